import { applyNl } from './apply.js';
import { itineraryNl } from './itinerary.js';
import { declarationNl } from './declaration.js';
import { legalNl } from './legal.js';
import type { Messages } from '../en/table.js';
import type { LimitName } from '../../core/authorisation.js';
import type { Zone } from '../../core/regimes.js';

/** The zones (also after "in"), and each as the short head of a calendar event. */
const ZONE_NL: Readonly<Record<Zone, string>> = { schengen: 'het Schengengebied', RU: 'Rusland', BY: 'Belarus', TR: 'Turkije' };
const ZONE_SHORT: Readonly<Record<Zone, string>> = { schengen: 'Schengen', RU: 'Rusland', BY: 'Belarus', TR: 'Turkije' };

/** When the rules that judged a day outside every rule's dates were in force (warning ruleNotInForce). */
function ruleSpan(p: Readonly<Record<string, string | number>>, date: (isoDate: string) => string): string {
  const from = String(p['from'] ?? '');
  const until = String(p['until'] ?? '');
  return from === '' && until === '' ? 'altijd' : from === '' ? `tot ${date(until)}` : until === '' ? `vanaf ${date(from)}` : `${date(from)} – ${date(until)}`;
}

const dagen = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);

export const tableNl: Messages = {
  yes: 'ja',
  no: 'nee',
  none: 'geen',
  days: dagen,
  statusTitle: (date) => `Verblijfsstatus Schengen op ${date}`,
  window: (windowDays) => `Periode (${windowDays} dagen)`,
  daysUsed: 'Gebruikte dagen',
  daysUsedValue: (used, maxDays) => `${used} van ${maxDays}`,
  daysRemaining: 'Resterende dagen',
  inSchengen: 'Die dag in het Schengengebied',
  latestExit: 'Uiterste datum van vertrek',
  latestExitOverLimit: 'geen: het maximum is al overschreden, onmiddellijk vertrekken',
  notInside: 'niet in het Schengengebied',
  overstay: 'Boven de 90/180-limiet in deze periode',
  firstOverstayDay: 'Eerste dag boven 90/180 (hele geschiedenis)',
  fullStayPossibleFrom: (maxDays) => `Volledig verblijf van ${maxDays} dagen mogelijk vanaf`,
  planTitle: (date) => `Geplande binnenkomst op ${date}`,
  daysUsedBeforeEntry: 'Gebruikte dagen op de dag vóór binnenkomst',
  entryPossible: 'Binnenkomst mogelijk',
  longestStay: 'Langst mogelijke verblijf',
  plannedTrip: 'Geplande reis',
  tripRange: (entry, exit, days) => `${entry} tot ${exit} (${dagen(days)})`,
  tripCompliant: 'voldoet aan de regel',
  tripBreaks: (firstDay, overstayDays) => `overschrijdt het maximum vanaf ${firstDay} (${dagen(overstayDays)} te veel)`,
  peakDaysUsed: 'Hoogste aantal gebruikte dagen tijdens de reis',
  nextTitle: (days) => `Vroegste begin van een reis van ${dagen(days)}`,
  searchFrom: 'Gezocht vanaf',
  earliestEntry: 'Vroegste binnenkomst',
  exitAfterTrip: 'Vertrek aan het einde van de reis',
  warning: 'Let op',
  warnings: {
    openStay: (p, date) => `het verblijf vanaf ${date(String(p['entry']))} heeft nog geen uitreisstempel; geteld tot en met ${date(String(p['asOf']))}`,
    daysNotCountedInState: (p, date) =>
      `de dagen in ${p['country']} van ${date(String(p['first']))} tot ${date(String(p['last']))} tellen niet mee: de Schengenregels waren daar toen nog niet volledig van toepassing`,
    ambiguousDuration: (p) =>
      `het visum is meer dan zes maanden geldig maar de verblijfsduur is ${p['durationDays']} dagen: gelezen als ${p['durationDays']} dagen in totaal over de geldigheid (de strengste lezing; sommigen lezen ${p['durationDays']} dagen per 180 dagen)`,
    mrzUnmatched: (p, date) =>
      `de MRZ op regel ${p['line']} is geldig tot ${date(String(p['validUntil']))}, wat met geen enkele visumregel overeenkomt; de gedrukte velden van het visum gelden`,
    saturdayBefore2023: () =>
      'vóór 1 januari 2023 telde de rechtspraak zaterdag als werkdag; deze berekening niet (Burgerlijk Wetboek art. 1.7): --saturday-working geeft de oudere lezing',
    emptyInput: (p) => `${p['file']} bevat geen stempel, visum of verblijfstitel: het antwoord geldt voor een reiziger zonder verblijven`,
    ruleNotInForce: (p, date) =>
      p['judgedBy'] === ''
        ? `geen enkele regel die het programma kent was van kracht in ${ZONE_NL[p['zone'] as Zone]} van ${date(String(p['first']))} tot ${date(String(p['last']))}; die dagen zijn niet beoordeeld`
        : `geen enkele regel die het programma kent was van kracht in ${ZONE_NL[p['zone'] as Zone]} van ${date(String(p['first']))} tot ${date(String(p['last']))}; die dagen zijn beoordeeld volgens de regels die in de tijd het dichtst liggen: ${p['judgedBy']} (van kracht ${ruleSpan(p, date)})`,
    bookedStayUnauthorised: (p, date) =>
      `het geboekte verblijf ${date(String(p['entry']))} – ${date(String(p['exit']))} is ook zonder deze reis al niet toegestaan, vanaf ${date(String(p['first']))} (${tableNl.limitNames[p['limit'] as LimitName]}): het antwoord rekent dat de reis niet aan`,
  },
  refusals: {
    noVisa: 'op de dag van binnenkomst is geen enkel visum geldig',
    visaType: 'een luchthaventransitvisum (A) laat geen binnenkomst toe',
    visaTerritory: 'het visum is niet geldig voor deze staat (beperkte territoriale geldigheid)',
    visaEntries: 'het visum heeft geen binnenkomsten meer',
    visaUntil: 'het visum is verlopen (TOT)',
    visaDuration: 'het visum heeft geen verblijfsdagen meer',
    rule90180: 'geen dag meer over volgens de 90/180-dagenregel',
    rolling: 'geen dag meer over volgens de glijdende regel',
    calendarYear: 'geen dag meer over in dit kalenderjaar',
    perStay: 'geen dag meer over in dit verblijf',
    bookedStay: 'binnenkomen op die dag zou een geboekt verblijf niet toegestaan maken',
  },
  limitNames: {
    noVisa: 'geen geldig visum',
    visaType: 'soort visum (luchthaventransit)',
    visaTerritory: 'het grondgebied van het visum',
    visaEntries: 'het aantal binnenkomsten van het visum',
    visaUntil: 'de TOT-datum van het visum',
    visaDuration: 'de verblijfsduur van het visum',
    rule90180: 'de 90/180-dagenregel',
    rolling: 'de glijdende regel (N dagen in elke M)',
    calendarYear: 'de dagen per kalenderjaar',
    perStay: 'de dagen per verblijf',
    nextBookedStay: 'het volgende geboekte verblijf',
    bookedStay: 'een geboekt verblijf zou een limiet overschrijden',
  },
  regimes: {
    presets: {
      schengen: 'Schengen',
      'ru-visa-free': 'Rusland, visumvrij',
      'ru-visa': 'Rusland, visum voor meerdere binnenkomsten',
      'by-visa-free': 'Belarus, visumvrij',
      'by-transit': 'Belarus, transitvisum',
      tr: 'Turkije',
      custom: 'eigen regels',
    },
    zones: ZONE_NL,
    shape: (shape) =>
      shape.kind === 'rolling' ? `${shape.maxDays} dagen in elke ${shape.windowDays}` : shape.kind === 'calendarYear' ? `${shape.maxDays} dagen per kalenderjaar` : `${shape.maxDays} dagen per verblijf`,
    statusTitle: (regime, date) => `${regime}: verblijfsstatus op ${date}`,
    yearLabel: (year) => `Gebruikte dagen in ${year}`,
    stayLabel: 'Dagen van dit verblijf',
    inZone: 'Die dag ter plaatse',
    rulesLabel: 'Regels',
    inForce: (from, until) => (from === null && until === null ? 'altijd' : from === null ? `tot ${until}` : until === null ? `vanaf ${from}` : `${from} – ${until}`),
    listTitle: 'Verblijfsregels (--rules)',
    source: 'Bron',
    longStayNationalities: (codes) => `met --nationality ${codes}`,
  },
  authorisation: {
    firstUnauthorisedDay: 'Eerste niet-toegestane dag (hele geschiedenis)',
    unauthorisedDays: 'Niet-toegestane dagen (hele geschiedenis)',
    firstUnauthorisedValue: (date, limit) => `${date}: ${limit}`,
    alreadyUnauthorised: (date, limit) => `geen: niet toegestaan sinds ${date} (${limit}); onmiddellijk vertrekken`,
    notInArea: 'geen Schengendag (buiten het gebied, vóór de toetreding of met een verblijfstitel)',
    stayRange: (entry, exit) => `${entry} – ${exit}`,
    tripBreaksBookedStay: (firstDay, stay, limit) => `maakt het geboekte verblijf ${stay} niet toegestaan vanaf ${firstDay}: ${limit}`,
    insideAssumedToLeave: (date) => `vertrek aangenomen op ${date} (wijzigen met --leave)`,
    explainTitle: (date) => `Waarom: de berekening voor ${date}`,
    explainDay: 'Beslissende dag',
    explainWindow: (windowDays) => `Periode van ${windowDays} dagen`,
    explainStayDays: (stay, days) => `${stay}: ${dagen(days)} in de periode`,
    explainNoStay: 'geen verblijf in de periode',
    explainTotal: 'Dagen in de periode',
    explainLimits: 'Limieten',
    explainBroken: 'Die dag overschreden limiet',
    explainVisaDays: 'Dagen met dit visum, tot en met die dag',
    explainLimitValue: (value, mark) => (mark === 'binds' ? `${value}  ← bepalend` : mark === 'broken' ? `${value}  ← die dag overschreden` : value),
    explainNoLimitValue: 'niet van toepassing',
    explainSource: 'Rechtsgrond',
    explainWhy: {
      latestExit: 'de dag na de uiterste vertrekdatum',
      bookedStayBreak: 'de dag waarop een geboekt verblijf een limiet zou overschrijden als u één dag langer blijft',
      entryBreaksBookedStay: 'de dag waarop een geboekt verblijf een limiet zou overschrijden als u al binnenkomt',
      firstUnauthorised: 'de eerste niet-toegestane dag',
      entry: 'de dag van binnenkomst',
      reference: 'de peildatum',
      tripBreak: 'de eerste dag waarop de reis een limiet overschrijdt',
      earliestEntry: 'de dag waarop een reis die één dag eerder begint een limiet zou overschrijden',
      tripLastDay: 'de laatste dag van de reis',
      tightestDay: 'de dag van een nog niet afgelopen reis met de meeste gebruikte dagen (de minste over)',
    },
  },
  entryNotAllowed: 'Binnenkomst niet toegestaan',
  bindingLimit: 'Beslissende grens',
  visaSticker: 'Visum',
  visaExempt: 'geen (visumvrij: enkel 90/180)',
  visaExemptUnder: (rules) => `geen (visumvrij: enkel ${rules})`,
  stickersNotJudged: (rules) => `niet beoordeeld in deze zone (enkel Schengenvisa); toegepaste regels: ${rules}`,
  visaSummary: (type, entries, from, until, days) => `${type}, binnenkomsten: ${entries}, ${from} – ${until}, ${dagen(days)}`,
  visaUse: (entriesUsed, daysUsed) => `vóór dit verblijf gebruikt: ${entriesUsed === 1 ? '1 binnenkomst' : `${entriesUsed} binnenkomsten`}, ${dagen(daysUsed)}`,
  noEntryFound: 'geen: geen enkel visum laat zo’n reis toe',
  annex3: {
    title: 'Aankomstverklaring (bijlage 3)',
    arrival: 'Aankomst in België',
    schengenEntry: 'Binnenkomststempel Schengen',
    deadline: 'Aanmelden bij de gemeente uiterlijk op',
    deadlineValue: (date, workingDays) => `${date} (${workingDays} werkdagen na aankomst)`,
    skipped: 'Niet meegetelde dagen',
    nothingSkipped: 'geen',
    saturdayWorking: 'Zaterdag als werkdag geteld (rechtspraak vóór 2023)',
    endOfStay: 'Einde van het toegestane verblijf (bijlage 3)',
    entryAllowed: 'Binnenkomst toegestaan',
    legalBasis: 'Rechtsgrond',
    deadlineBasis: 'Wet van 15 december 1980, art. 5; koninklijk besluit van 8 oktober 1981, art. 18 en 20; werkdagen: Burgerlijk Wetboek art. 1.7',
    endBasis:
      'Schengengrenscode (Verordening 2016/399) art. 6; Visumcode (Verordening 810/2009) bijlage VII: de vroegste van de TOT-datum van het visum, binnenkomst + verblijfsduur − 1 en het maximum volgens de 90/180-dagenregel',
    printHeading: 'AANKOMSTVERKLARING (BIJLAGE 3): BEREKENDE DATA',
    printNotAllowed: (reason) => `geen toegestaan verblijf: ${reason}`,
  },
  calendar: {
    title: (zone, from, to) => `Dagen in ${ZONE_NL[zone]}, ${from} – ${to}`,
    legend: (maxDays) => [
      'Bovenste rij: waar u was',
      '  ■ binnen, telt mee   □ binnen, telt niet mee   · buiten   ! boven het maximum',
      'Onderste rij: gebruikte dagen in de laatste 180 dagen, in tientallen',
      `  4 = 40–49   leeg = geen   ! = meer dan ${maxDays}`,
    ],
    todayMark: (date) => `T  vandaag, ${date}`,
    latestExitMark: (date) => `X  uiterste datum van vertrek, ${date}`,
    fullStayMark: (maxDays, date) => `F  volledig verblijf van ${maxDays} dagen mogelijk vanaf ${date}`,
  },
  ics: {
    calendarName: (zone) => (zone === 'schengen' ? 'Schengenverblijf' : `Verblijf in ${ZONE_NL[zone]}`),
    latestExit: (zone) => `${ZONE_SHORT[zone]}: uiterste datum van vertrek`,
    latestExitDetail: (limit) => `Laatste dag van het toegestane verblijf; bepalende limiet: ${limit}.`,
    declarationDeadline: 'België: aanmelden bij de gemeente (bijlage 3)',
    declarationDetail: (arrival) => `Aankomstverklaring uiterlijk op het einde van deze dag (aankomst ${arrival}; 3 werkdagen).`,
    visaUntil: (type) => `Visum ${type} verloopt (TOT)`,
    visaUntilDetail: 'Uiterlijk op deze dag het Schengengebied verlaten, hoeveel dagen er ook over zijn.',
    fullStay: (zone, maxDays) => `${ZONE_SHORT[zone]}: volledig verblijf van ${maxDays} dagen weer mogelijk`,
    fullStayDetail: (maxDays) => `Vanaf deze dag voldoet een verblijf van ${maxDays} dagen aan de 90/180-dagenregel.`,
    reminder: (what, days) => (days === 0 ? `Vandaag: ${what}` : `Over ${dagen(days)}: ${what}`),
  },
  holidayNames: {
    newYear: 'Nieuwjaar',
    easterMonday: 'Paasmaandag',
    labourDay: 'Dag van de Arbeid',
    ascension: 'Onze-Lieve-Heer-Hemelvaart',
    whitMonday: 'Pinkstermaandag',
    nationalDay: 'Nationale feestdag',
    assumption: 'Onze-Lieve-Vrouw-Hemelvaart',
    allSaints: 'Allerheiligen',
    armistice: 'Wapenstilstand',
    christmas: 'Kerstmis',
    flemishCommunity: 'Feestdag van de Vlaamse Gemeenschap',
    frenchCommunity: 'Feestdag van de Franse Gemeenschap',
    germanCommunity: 'Feestdag van de Duitstalige Gemeenschap',
  },
  nonWorking: { saturday: 'zaterdag', sunday: 'zondag', closed: 'sluitingsdag van de gemeente' },
  mrz: {
    title: 'Machineleesbare zone van het visum (alle controlecijfers nagekeken)',
    format: 'Formaat',
    documentCode: 'Documentcode',
    issuingState: 'Uitgevende staat',
    name: 'Naam',
    documentNumber: 'Visumnummer',
    nationality: 'Nationaliteit',
    birthDate: 'Geboortedatum',
    birthDateValue: (yymmdd) => `${yymmdd.slice(4)}/${yymmdd.slice(2, 4)}/${yymmdd.slice(0, 2)} (dag/maand/jaar; de MRZ vermeldt de eeuw niet)`,
    sex: 'Geslacht',
    validUntil: 'Geldig tot',
    optionalData: 'Facultatieve gegevens',
    optionalHint: 'Facultatieve gegevens, als aanwijzing gelezen',
    noHint: 'geen bekend patroon',
    hint: (entries, days, fromMonthDay) =>
      `binnenkomsten: ${entries}, ${dagen(days)}, geldig vanaf ${fromMonthDay.slice(2)}/${fromMonthDay.slice(0, 2)} (niet bevestigd: de gedrukte velden gelden)`,
  },
  apply: applyNl,
  itinerary: itineraryNl,
  legal: legalNl,
  declaration: declarationNl,
  punctuation: { colon: ': ', semicolon: '; ' },
  annex3Form: {
    late: 'Aangifte te laat',
    lateValue: (n, deadline, saturdays) =>
      n === 0 ? `ja: de termijn (${deadline}) is verstreken, sindsdien geen werkdag` : `ja: ${n} ${n === 1 ? 'werkdag' : 'werkdagen'} ${saturdays ? '(ma–za, feestdagen niet meegeteld)' : '(ma–vr, feestdagen niet meegeteld)'} na de termijn van ${deadline}`,
  },
  travellers: {
    ownFile: '(eigen bestand)',
    heading: (name, file) => `${name}: ${file}`,
    noneYet: (directory) => `nog geen stempelbestand (gezocht in ${directory})`,
  },
  icsLeaveNow: {
    summary: (zone) => `${ZONE_SHORT[zone]}: limiet overschreden, nu vertrekken`,
    detail: (n) =>
      n === 0 ? 'Uw toegestane verblijf is voorbij: verlaat het Schengengebied onmiddellijk.' : `U zit ${n} ${n === 1 ? 'dag' : 'dagen'} boven de limiet van 90/180 dagen: verlaat het Schengengebied onmiddellijk.`,
  },
};
