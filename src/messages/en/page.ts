import type { Language } from '../catalogue.js';

/**
 * The words of the web page (`schengen serve`) that the table catalogues do not already have; the
 * results reuse the table labels. A Record over every language: a missing translation does not compile.
 */
export interface PageMessages {
  readonly title: string;
  readonly intro: string;
  readonly language: string;
  readonly stamps: string;
  readonly stampsHint: string;
  readonly arrival: string;
  readonly entry: string;
  readonly visa: string;
  readonly visaHint: string;
  readonly optional: string;
  readonly dateHint: string;
  readonly community: string;
  readonly closed: string;
  readonly closedHint: string;
  readonly submit: string;
  readonly print: string;
  readonly fixInput: string;
  readonly summary: string;
  readonly computedOn: (date: string) => string;
  readonly nothingStored: string;
  /** The line `schengen serve` prints on start, on stdout. */
  readonly serving: (url: string) => string;
}

export const pageMessages: Readonly<Record<Language, PageMessages>> = {
  en: {
    title: 'Arrival declaration (annex 3) and Schengen 90/180 days',
    intro: 'Type the stamps from the passport, the arrival in Belgium and, if there is one, the visa sticker.',
    language: 'Language',
    stamps: 'Stamps',
    stampsHint: 'One stamp a line: "entry 2026-01-10 FR", "exit 20.02.2026". A visa can also be a line: "visa C 1 2026-12-01..2027-01-31 30".',
    arrival: 'Arrival in Belgium',
    entry: 'Schengen entry stamp, if earlier',
    visa: 'Visa sticker',
    visaHint: 'TYPE ENTRIES FROM..UNTIL DAYS, e.g. C 1 2026-12-01..2027-01-31 30',
    optional: 'optional',
    dateHint: 'e.g. 2026-12-24 or 24.12.2026',
    community: 'Community holiday the municipality keeps',
    closed: 'Days the municipality is closed',
    closedHint: 'comma-separated, e.g. 2026-12-31, 02.01.2027',
    submit: 'Compute',
    print: 'Print (A4)',
    fixInput: 'Please check the input',
    summary: 'Summary',
    computedOn: (date) => `Computed on ${date} by schengen. Check the dates against the passport before filling in the form.`,
    nothingStored: 'Nothing typed here is stored or sent elsewhere.',
    serving: (url) => `schengen: serving on ${url} (Ctrl-C stops)`,
  },
  nl: {
    title: 'Aankomstverklaring (bijlage 3) en Schengen 90/180 dagen',
    intro: 'Typ de stempels uit het paspoort, de aankomst in België en, als er een is, het visum.',
    language: 'Taal',
    stamps: 'Stempels',
    stampsHint: 'Eén stempel per regel: "entry 2026-01-10 FR", "exit 20.02.2026". Een visum kan ook een regel zijn: "visa C 1 2026-12-01..2027-01-31 30".',
    arrival: 'Aankomst in België',
    entry: 'Binnenkomststempel Schengen, als die vroeger is',
    visa: 'Visum',
    visaHint: 'TYPE BINNENKOMSTEN VAN..TOT DAGEN, bv. C 1 2026-12-01..2027-01-31 30',
    optional: 'niet verplicht',
    dateHint: 'bv. 2026-12-24 of 24.12.2026',
    community: 'Feestdag van de Gemeenschap die de gemeente houdt',
    closed: 'Sluitingsdagen van de gemeente',
    closedHint: 'gescheiden door komma’s, bv. 2026-12-31, 02.01.2027',
    submit: 'Berekenen',
    print: 'Afdrukken (A4)',
    fixInput: 'Controleer de invoer',
    summary: 'Overzicht',
    computedOn: (date) => `Berekend op ${date} door schengen. Vergelijk de data met het paspoort voor u het formulier invult.`,
    nothingStored: 'Niets van wat u hier typt, wordt bewaard of doorgestuurd.',
    serving: (url) => `schengen: bereikbaar op ${url} (Ctrl-C stopt)`,
  },
  fr: {
    title: "Déclaration d'arrivée (annexe 3) et Schengen 90/180 jours",
    intro: "Saisissez les cachets du passeport, l'arrivée en Belgique et, s'il y en a un, le visa.",
    language: 'Langue',
    stamps: 'Cachets',
    stampsHint: 'Un cachet par ligne : « entry 2026-01-10 FR », « exit 20.02.2026 ». Un visa peut aussi être une ligne : « visa C 1 2026-12-01..2027-01-31 30 ».',
    arrival: 'Arrivée en Belgique',
    entry: "Cachet d'entrée Schengen, s'il est antérieur",
    visa: 'Visa',
    visaHint: 'TYPE ENTRÉES DU..AU JOURS, p. ex. C 1 2026-12-01..2027-01-31 30',
    optional: 'facultatif',
    dateHint: 'p. ex. 2026-12-24 ou 24.12.2026',
    community: 'Fête de Communauté observée par la commune',
    closed: 'Jours de fermeture de la commune',
    closedHint: 'séparés par des virgules, p. ex. 2026-12-31, 02.01.2027',
    submit: 'Calculer',
    print: 'Imprimer (A4)',
    fixInput: 'Veuillez vérifier la saisie',
    summary: 'Récapitulatif',
    computedOn: (date) => `Calculé le ${date} par schengen. Vérifiez les dates sur le passeport avant de remplir le formulaire.`,
    nothingStored: "Rien de ce que vous saisissez ici n'est conservé ni transmis.",
    serving: (url) => `schengen : en service sur ${url} (Ctrl-C arrête)`,
  },
  de: {
    title: 'Ankunftserklärung (Anlage 3) und Schengen 90/180 Tage',
    intro: 'Geben Sie die Stempel aus dem Reisepass, die Ankunft in Belgien und, falls vorhanden, das Visum ein.',
    language: 'Sprache',
    stamps: 'Stempel',
    stampsHint: 'Ein Stempel pro Zeile: „entry 2026-01-10 FR“, „exit 20.02.2026“. Ein Visum kann auch eine Zeile sein: „visa C 1 2026-12-01..2027-01-31 30“.',
    arrival: 'Ankunft in Belgien',
    entry: 'Schengen-Einreisestempel, falls früher',
    visa: 'Visum',
    visaHint: 'TYP EINREISEN VON..BIS TAGE, z. B. C 1 2026-12-01..2027-01-31 30',
    optional: 'freiwillig',
    dateHint: 'z. B. 2026-12-24 oder 24.12.2026',
    community: 'Feiertag der Gemeinschaft, den die Gemeinde einhält',
    closed: 'Schließtage der Gemeinde',
    closedHint: 'durch Kommas getrennt, z. B. 2026-12-31, 02.01.2027',
    submit: 'Berechnen',
    print: 'Drucken (A4)',
    fixInput: 'Bitte prüfen Sie die Eingabe',
    summary: 'Übersicht',
    computedOn: (date) => `Berechnet am ${date} von schengen. Prüfen Sie die Daten anhand des Reisepasses, bevor Sie das Formular ausfüllen.`,
    nothingStored: 'Nichts, was Sie hier eingeben, wird gespeichert oder weitergegeben.',
    serving: (url) => `schengen: erreichbar unter ${url} (Strg-C beendet)`,
  },
};
