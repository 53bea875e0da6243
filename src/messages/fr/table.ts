import { applyFr } from './apply.js';
import { itineraryFr } from './itinerary.js';
import { declarationFr } from './declaration.js';
import { legalFr } from './legal.js';
import type { Messages } from '../en/table.js';
import type { LimitName } from '../../core/authorisation.js';
import type { Zone } from '../../core/regimes.js';

/** The zone of the rules in force with its preposition (en Russie, au Bélarus: it depends on the country, so it is not built from `regimes.zones`), and as the short head of a calendar event. */
const ZONE_IN: Readonly<Record<Zone, string>> = { schengen: 'dans l’espace Schengen', RU: 'en Russie', BY: 'au Bélarus', TR: 'en Türkiye' };
const ZONE_SHORT: Readonly<Record<Zone, string>> = { schengen: 'Schengen', RU: 'Russie', BY: 'Bélarus', TR: 'Türkiye' };

/** When the rules that judged a day outside every rule's dates were in force (warning ruleNotInForce). */
function ruleSpan(p: Readonly<Record<string, string | number>>, date: (isoDate: string) => string): string {
  const from = String(p['from'] ?? '');
  const until = String(p['until'] ?? '');
  return from === '' && until === '' ? 'toujours' : from === '' ? `jusqu’au ${date(until)}` : until === '' ? `à partir du ${date(from)}` : `${date(from)} – ${date(until)}`;
}


/** French: 0 and 1 take the singular. */
const jours = (n: number) => (n <= 1 ? `${n} jour` : `${n} jours`);

export const tableFr: Messages = {
  yes: 'oui',
  no: 'non',
  none: 'aucun',
  days: jours,
  statusTitle: (date) => `Situation de séjour Schengen au ${date}`,
  window: (windowDays) => `Période (${windowDays} jours)`,
  daysUsed: 'Jours utilisés',
  daysUsedValue: (used, maxDays) => `${used} sur ${maxDays}`,
  daysRemaining: 'Jours restants',
  inSchengen: 'Dans l’espace Schengen ce jour-là',
  latestExit: 'Date de sortie au plus tard',
  latestExitOverLimit: 'aucune : la limite est déjà dépassée, quitter immédiatement',
  notInside: 'hors de l’espace Schengen',
  overstay: 'Au-delà de 90/180 sur cette période',
  firstOverstayDay: 'Premier jour au-delà de 90/180 (tout l’historique)',
  fullStayPossibleFrom: (maxDays) => `Séjour complet de ${maxDays} jours possible à partir du`,
  planTitle: (date) => `Entrée prévue le ${date}`,
  daysUsedBeforeEntry: 'Jours utilisés la veille de l’entrée',
  entryPossible: 'Entrée possible',
  longestStay: 'Séjour le plus long possible',
  plannedTrip: 'Voyage prévu',
  tripRange: (entry, exit, days) => `du ${entry} au ${exit} (${jours(days)})`,
  tripCompliant: 'respecte la règle',
  tripBreaks: (firstDay, overstayDays) => `dépasse la limite à partir du ${firstDay} (${jours(overstayDays)} de trop)`,
  peakDaysUsed: 'Nombre maximal de jours utilisés pendant le voyage',
  nextTitle: (days) => `Début au plus tôt d’un voyage de ${jours(days)}`,
  searchFrom: 'Recherche à partir du',
  earliestEntry: 'Entrée au plus tôt',
  exitAfterTrip: 'Sortie à la fin du voyage',
  warning: 'Attention',
  warnings: {
    openStay: (p, date) => `le séjour commencé le ${date(String(p['entry']))} n’a pas encore de cachet de sortie ; compté jusqu’au ${date(String(p['asOf']))} inclus`,
    daysNotCountedInState: (p, date) =>
      `les jours passés en ${p['country']} du ${date(String(p['first']))} au ${date(String(p['last']))} ne comptent pas : les règles de Schengen n’y étaient pas encore pleinement appliquées`,
    ambiguousDuration: (p) =>
      `le visa est valable plus de six mois mais sa durée de séjour est de ${p['durationDays']} jours : lu comme ${p['durationDays']} jours au total sur sa validité (la lecture la plus stricte ; certains lisent ${p['durationDays']} jours par période de 180 jours)`,
    mrzUnmatched: (p, date) =>
      `la ZLA de la ligne ${p['line']} est valable jusqu’au ${date(String(p['validUntil']))}, ce qui ne correspond à aucune ligne de visa ; les champs imprimés du visa font foi`,
    saturdayBefore2023: () =>
      'avant le 1er janvier 2023, la jurisprudence comptait le samedi comme jour ouvrable ; ce calcul ne le fait pas (Code civil, art. 1.7) : --saturday-working donne l’ancienne lecture',
    emptyInput: (p) => `${p['file']} ne contient aucun cachet, visa ni titre de séjour : la réponse vaut pour un voyageur sans séjour`,
    ruleNotInForce: (p, date) =>
      p['judgedBy'] === ''
        ? `aucune règle connue de l’outil n’était en vigueur ${ZONE_IN[p['zone'] as Zone]} du ${date(String(p['first']))} au ${date(String(p['last']))} ; ces jours n’ont pas été examinés`
        : `aucune règle connue de l’outil n’était en vigueur ${ZONE_IN[p['zone'] as Zone]} du ${date(String(p['first']))} au ${date(String(p['last']))} ; ces jours ont été examinés selon les règles les plus proches dans le temps : ${p['judgedBy']} (en vigueur ${ruleSpan(p, date)})`,
    bookedStayUnauthorised: (p, date) =>
      `le séjour réservé ${date(String(p['entry']))} – ${date(String(p['exit']))} est déjà non autorisé sans ce voyage, à partir du ${date(String(p['first']))} (${tableFr.limitNames[p['limit'] as LimitName]}) : la réponse ne l’impute pas au voyage`,
  },
  refusals: {
    noVisa: 'aucun visa n’est valable le jour de l’entrée',
    visaType: 'un visa de transit aéroportuaire (A) ne permet pas d’entrer',
    visaTerritory: 'le visa n’est pas valable pour l’État d’entrée (validité territoriale limitée)',
    visaEntries: 'le visa n’a plus d’entrées',
    visaUntil: 'le visa a expiré (AU)',
    visaDuration: 'le visa n’a plus de jours de séjour',
    rule90180: 'plus aucun jour selon la règle des 90/180 jours',
    rolling: 'plus aucun jour selon la règle glissante',
    calendarYear: 'plus aucun jour cette année civile',
    perStay: 'plus aucun jour pour ce séjour',
    bookedStay: 'entrer ce jour-là rendrait un séjour réservé non autorisé',
  },
  limitNames: {
    noVisa: 'pas de visa valable',
    visaType: 'type de visa (transit aéroportuaire)',
    visaTerritory: 'le territoire du visa',
    visaEntries: 'le nombre d’entrées du visa',
    visaUntil: 'la date AU du visa',
    visaDuration: 'la durée de séjour du visa',
    rule90180: 'la règle des 90/180 jours',
    rolling: 'la règle glissante (N jours sur toute période de M)',
    calendarYear: 'les jours par année civile',
    perStay: 'les jours par séjour',
    nextBookedStay: 'le prochain séjour réservé',
    bookedStay: 'un séjour réservé dépasserait une limite',
  },
  regimes: {
    presets: {
      schengen: 'Schengen',
      'ru-visa-free': 'Russie, sans visa',
      'ru-visa': 'Russie, visa à entrées multiples',
      'by-visa-free': 'Bélarus, sans visa',
      'by-transit': 'Bélarus, visa de transit',
      tr: 'Türkiye',
      custom: 'règles personnalisées',
    },
    zones: { schengen: 'l’espace Schengen', RU: 'la Russie', BY: 'le Bélarus', TR: 'la Türkiye' },
    shape: (shape) =>
      shape.kind === 'rolling'
        ? `${shape.maxDays} jours sur toute période de ${shape.windowDays}`
        : shape.kind === 'calendarYear'
          ? `${shape.maxDays} jours par année civile`
          : `${shape.maxDays} jours par séjour`,
    statusTitle: (regime, date) => `${regime}\u00a0: situation du séjour le ${date}`,
    yearLabel: (year) => `Jours utilisés en ${year}`,
    stayLabel: 'Jours de ce séjour',
    inZone: 'Sur place ce jour-là',
    rulesLabel: 'Règles',
    inForce: (from, until) => (from === null && until === null ? 'toujours' : from === null ? `jusqu’au ${until}` : until === null ? `à partir du ${from}` : `${from} – ${until}`),
    listTitle: 'Règles de séjour (--rules)',
    source: 'Source',
    longStayNationalities: (codes) => `avec --nationality ${codes}`,
  },
  authorisation: {
    firstUnauthorisedDay: 'Premier jour non autorisé (tout l’historique)',
    unauthorisedDays: 'Jours non autorisés (tout l’historique)',
    firstUnauthorisedValue: (date, limit) => `${date}\u00a0: ${limit}`,
    alreadyUnauthorised: (date, limit) => `aucune\u00a0: séjour non autorisé depuis le ${date} (${limit})\u202f; quitter immédiatement`,
    notInArea: 'pas un jour Schengen (hors de l’espace, avant l’adhésion ou sous titre de séjour)',
    stayRange: (entry, exit) => `${entry} – ${exit}`,
    tripBreaksBookedStay: (firstDay, stay, limit) => `rend le séjour réservé ${stay} non autorisé à partir du ${firstDay}\u00a0: ${limit}`,
    insideAssumedToLeave: (date) => `départ supposé le ${date} (--leave pour le changer)`,
    explainTitle: (date) => `Pourquoi\u00a0: le calcul pour le ${date}`,
    explainDay: 'Jour déterminant',
    explainWindow: (windowDays) => `Sa période de ${windowDays} jours`,
    explainStayDays: (stay, days) => `${stay}\u00a0: ${jours(days)} dans la période`,
    explainNoStay: 'aucun séjour dans la période',
    explainTotal: 'Jours dans la période',
    explainLimits: 'Limites',
    explainBroken: 'Limite dépassée ce jour-là',
    explainVisaDays: 'Jours sous ce visa, jusqu’à ce jour inclus',
    explainLimitValue: (value, mark) => (mark === 'binds' ? `${value}  ← déterminante` : mark === 'broken' ? `${value}  ← dépassée ce jour-là` : value),
    explainNoLimitValue: 'ne s’applique pas',
    explainSource: 'Base légale',
    explainWhy: {
      latestExit: 'le lendemain de la date de sortie au plus tard',
      bookedStayBreak: 'le jour où un séjour réservé dépasserait une limite si vous restiez un jour de plus',
      entryBreaksBookedStay: 'le jour où un séjour réservé dépasserait une limite si vous entriez ce jour-là',
      firstUnauthorised: 'le premier jour non autorisé',
      entry: 'le jour de l’entrée',
      reference: 'la date de référence',
      tripBreak: 'le premier jour où le voyage dépasse une limite',
      earliestEntry: 'le jour où un voyage commençant un jour plus tôt dépasserait une limite',
      tripLastDay: 'le dernier jour du voyage',
      tightestDay: 'le jour d’un voyage pas encore terminé où le plus de jours sont utilisés (le moins de jours restants)',
    },
  },
  entryNotAllowed: 'Entrée non autorisée',
  bindingLimit: 'Limite déterminante',
  visaSticker: 'Visa',
  visaExempt: 'aucun (exempté de visa : 90/180 seulement)',
  visaExemptUnder: (rules) => `aucun (exempté de visa : ${rules} seulement)`,
  stickersNotJudged: (rules) => `non examiné dans cette zone (visas Schengen seulement) ; règles appliquées : ${rules}`,
  visaSummary: (type, entries, from, until, days) => `${type}, entrées : ${entries}, ${from} – ${until}, ${jours(days)}`,
  visaUse: (entriesUsed, daysUsed) => `utilisé avant ce séjour\u00a0: ${entriesUsed <= 1 ? `${entriesUsed}\u00a0entrée` : `${entriesUsed}\u00a0entrées`}, ${jours(daysUsed)}`,
  noEntryFound: 'aucune : aucun visa ne permet un tel voyage',
  annex3: {
    title: 'Déclaration d’arrivée (annexe 3)',
    arrival: 'Arrivée en Belgique',
    schengenEntry: 'Cachet d’entrée Schengen',
    deadline: 'Se présenter à la commune au plus tard le',
    deadlineValue: (date, workingDays) => `${date} (${workingDays} jours ouvrables après l’arrivée)`,
    skipped: 'Jours non comptés',
    nothingSkipped: 'aucun',
    saturdayWorking: 'Samedi compté comme jour ouvrable (jurisprudence avant 2023)',
    endOfStay: 'Fin du séjour autorisé (annexe 3)',
    entryAllowed: 'Entrée autorisée',
    legalBasis: 'Base légale',
    deadlineBasis: 'Loi du 15 décembre 1980, art. 5 ; arrêté royal du 8 octobre 1981, art. 18 et 20 ; jours ouvrables : Code civil, art. 1.7',
    endBasis:
      'Code frontières Schengen (règlement 2016/399) art. 6 ; code des visas (règlement 810/2009) annexe VII : la plus tôt des dates suivantes : la date AU du visa, l’entrée + durée − 1, la limite de la règle des 90/180 jours',
    printHeading: 'DÉCLARATION D’ARRIVÉE (ANNEXE 3) : DATES CALCULÉES',
    printNotAllowed: (reason) => `aucun séjour autorisé : ${reason}`,
  },
  calendar: {
    title: (zone, from, to) => `Jours ${ZONE_IN[zone]}, ${from} – ${to}`,
    legend: (maxDays) => [
      'Ligne du haut : où vous étiez',
      '  ■ présent, compte   □ présent, ne compte pas   · absent   ! au-delà de la limite',
      'Ligne du bas : jours utilisés sur les 180 derniers jours, en dizaines',
      `  4 = 40–49   vide = aucun   ! = plus de ${maxDays}`,
    ],
    todayMark: (date) => `T  aujourd’hui, ${date}`,
    latestExitMark: (date) => `X  sortie au plus tard, ${date}`,
    fullStayMark: (maxDays, date) => `F  séjour complet de ${maxDays} jours possible à partir du ${date}`,
  },
  ics: {
    calendarName: (zone) => (zone === 'schengen' ? 'Séjour Schengen' : `Séjour ${ZONE_IN[zone]}`),
    latestExit: (zone) => `${ZONE_SHORT[zone]} : sortie au plus tard`,
    latestExitDetail: (limit) => `Dernier jour du séjour autorisé ; limite déterminante : ${limit}.`,
    declarationDeadline: 'Belgique : se présenter à la commune (annexe 3)',
    declarationDetail: (arrival) => `Déclaration d’arrivée au plus tard à la fin de ce jour (arrivée le ${arrival} ; 3 jours ouvrables).`,
    visaUntil: (type) => `Le visa ${type} expire (AU)`,
    visaUntilDetail: 'Quitter l’espace Schengen au plus tard ce jour, quel que soit le nombre de jours restants.',
    fullStay: (zone, maxDays) => `${ZONE_SHORT[zone]} : séjour complet de ${maxDays} jours de nouveau possible`,
    fullStayDetail: (maxDays) => `À partir de ce jour, un séjour de ${maxDays} jours respecte la règle des 90/180 jours.`,
    reminder: (what, days) => (days === 0 ? `Aujourd’hui : ${what}` : `Dans ${jours(days)} : ${what}`),
  },
  holidayNames: {
    newYear: 'Jour de l’An',
    easterMonday: 'Lundi de Pâques',
    labourDay: 'Fête du Travail',
    ascension: 'Ascension',
    whitMonday: 'Lundi de Pentecôte',
    nationalDay: 'Fête nationale',
    assumption: 'Assomption',
    allSaints: 'Toussaint',
    armistice: 'Armistice',
    christmas: 'Noël',
    flemishCommunity: 'Fête de la Communauté flamande',
    frenchCommunity: 'Fête de la Communauté française',
    germanCommunity: 'Fête de la Communauté germanophone',
  },
  nonWorking: { saturday: 'samedi', sunday: 'dimanche', closed: 'jour de fermeture de la commune' },
  mrz: {
    title: 'Zone de lecture automatique du visa (tous les chiffres de contrôle vérifiés)',
    format: 'Format',
    documentCode: 'Code du document',
    issuingState: 'État de délivrance',
    name: 'Nom',
    documentNumber: 'Numéro du visa',
    nationality: 'Nationalité',
    birthDate: 'Date de naissance',
    birthDateValue: (yymmdd) => `${yymmdd.slice(4)}/${yymmdd.slice(2, 4)}/${yymmdd.slice(0, 2)} (jour/mois/année ; la ZLA n’indique pas le siècle)`,
    sex: 'Sexe',
    validUntil: 'Valable jusqu’au',
    optionalData: 'Données facultatives',
    optionalHint: 'Données facultatives, lues comme indice',
    noHint: 'aucun schéma connu',
    hint: (entries, days, fromMonthDay) =>
      `entrées\u00a0: ${entries}, ${jours(days)}, valable à partir du ${fromMonthDay.slice(2)}/${fromMonthDay.slice(0, 2)} (non vérifié : les champs imprimés font foi)`,
  },
  apply: applyFr,
  itinerary: itineraryFr,
  legal: legalFr,
  declaration: declarationFr,
  punctuation: { colon: '\u00a0: ', semicolon: '\u202f; ' },
  annex3Form: {
    late: 'Déclaration en retard',
    lateValue: (n, deadline, saturdays) =>
      n === 0
        ? `oui : le délai (${deadline}) est dépassé, aucun jour ouvrable depuis`
        : `oui : ${n} jour${n === 1 ? '' : 's'} ouvrable${n === 1 ? '' : 's'} ${saturdays ? '(lun.–sam., jours fériés exclus)' : '(lun.–ven., jours fériés exclus)'} après le délai du ${deadline}`,
  },
  travellers: {
    ownFile: '(fichier personnel)',
    heading: (name, file) => `${name} : ${file}`,
    noneYet: (directory) => `pas encore de fichier de cachets (cherché dans ${directory})`,
  },
  icsLeaveNow: {
    summary: (zone) => `${ZONE_SHORT[zone]} : limite dépassée, partir maintenant`,
    detail: (n) =>
      n === 0 ? 'Votre séjour autorisé a pris fin : quittez l’espace Schengen immédiatement.' : `Vous dépassez la limite des 90/180 jours de ${n} jour${n === 1 ? '' : 's'} : quittez l’espace Schengen immédiatement.`,
  },
};
