import { applyDe } from './apply.js';
import { itineraryDe } from './itinerary.js';
import { declarationDe } from './declaration.js';
import { legalDe } from './legal.js';
import type { Messages } from '../en/table.js';
import type { LimitName } from '../../core/authorisation.js';
import type { Zone } from '../../core/regimes.js';

/** The zone of the rules in force with its preposition (im Schengen-Raum, in der Türkei: it depends on the country, so it is not built from `regimes.zones`), and as the short head of a calendar event. */
const ZONE_IN: Readonly<Record<Zone, string>> = { schengen: 'im Schengen-Raum', RU: 'in Russland', BY: 'in Belarus', TR: 'in der Türkei' };
const ZONE_SHORT: Readonly<Record<Zone, string>> = { schengen: 'Schengen', RU: 'Russland', BY: 'Belarus', TR: 'Türkei' };

/** When the rules that judged a day outside every rule's dates were in force (warning ruleNotInForce). */
function ruleSpan(p: Readonly<Record<string, string | number>>, date: (isoDate: string) => string): string {
  const from = String(p['from'] ?? '');
  const until = String(p['until'] ?? '');
  return from === '' && until === '' ? 'immer' : from === '' ? `bis ${date(until)}` : until === '' ? `ab ${date(from)}` : `${date(from)} – ${date(until)}`;
}

const tage = (n: number) => (n === 1 ? '1 Tag' : `${n} Tage`);
/** The dative: "in 7 Tagen", "einer Reise von 30 Tagen". */
const tagen = (n: number) => (n === 1 ? '1 Tag' : `${n} Tagen`);

export const tableDe: Messages = {
  yes: 'ja',
  no: 'nein',
  none: 'keiner',
  days: tage,
  statusTitle: (date) => `Schengen-Aufenthaltsstatus am ${date}`,
  window: (windowDays) => `Zeitraum (${windowDays} Tage)`,
  daysUsed: 'Genutzte Tage',
  daysUsedValue: (used, maxDays) => `${used} von ${maxDays}`,
  daysRemaining: 'Verbleibende Tage',
  inSchengen: 'An diesem Tag im Schengen-Raum',
  latestExit: 'Späteste Ausreise',
  latestExitOverLimit: 'keine: Höchstdauer bereits überschritten, sofort ausreisen',
  notInside: 'nicht im Schengen-Raum',
  overstay: 'Über 90/180 in diesem Zeitraum',
  firstOverstayDay: 'Erster Tag über 90/180 (gesamter Verlauf)',
  fullStayPossibleFrom: (maxDays) => `Voller Aufenthalt von ${maxDays} Tagen möglich ab`,
  planTitle: (date) => `Geplante Einreise am ${date}`,
  daysUsedBeforeEntry: 'Genutzte Tage am Tag vor der Einreise',
  entryPossible: 'Einreise möglich',
  longestStay: 'Längster möglicher Aufenthalt',
  plannedTrip: 'Geplante Reise',
  tripRange: (entry, exit, days) => `${entry} bis ${exit} (${tage(days)})`,
  tripCompliant: 'hält die Regel ein',
  tripBreaks: (firstDay, overstayDays) => `überschreitet die Höchstdauer ab ${firstDay} (${tage(overstayDays)} zu viel)`,
  peakDaysUsed: 'Höchste Zahl genutzter Tage während der Reise',
  nextTitle: (days) => `Frühester Beginn einer Reise von ${tagen(days)}`,
  searchFrom: 'Gesucht ab',
  earliestEntry: 'Früheste Einreise',
  exitAfterTrip: 'Ausreise am Ende der Reise',
  warning: 'Achtung',
  warnings: {
    openStay: (p, date) => `der Aufenthalt ab ${date(String(p['entry']))} hat noch keinen Ausreisestempel; gezählt bis einschließlich ${date(String(p['asOf']))}`,
    daysNotCountedInState: (p, date) =>
      `die Tage in ${p['country']} vom ${date(String(p['first']))} bis ${date(String(p['last']))} zählen nicht: die Schengen-Regeln galten dort damals noch nicht vollständig`,
    ambiguousDuration: (p) =>
      `das Visum ist länger als sechs Monate gültig, die Aufenthaltsdauer beträgt aber ${p['durationDays']} Tage: gelesen als ${p['durationDays']} Tage insgesamt während der Gültigkeit (die strengere Lesart; manche lesen ${p['durationDays']} Tage je 180 Tage)`,
    mrzUnmatched: (p, date) =>
      `die MRZ in Zeile ${p['line']} ist gültig bis ${date(String(p['validUntil']))} und passt zu keiner Visumzeile; es gelten die gedruckten Felder des Visums`,
    saturdayBefore2023: () =>
      'vor dem 1. Januar 2023 zählte die Rechtsprechung den Samstag als Arbeitstag; diese Berechnung nicht (Zivilgesetzbuch Art. 1.7): --saturday-working ergibt die ältere Lesart',
    emptyInput: (p) => `${p['file']} enthält keinen Stempel, kein Visum und keinen Aufenthaltstitel: die Antwort gilt für einen Reisenden ohne Aufenthalte`,
    ruleNotInForce: (p, date) =>
      p['judgedBy'] === ''
        ? `keine dem Programm bekannte Regel galt ${ZONE_IN[p['zone'] as Zone]} vom ${date(String(p['first']))} bis zum ${date(String(p['last']))}; diese Tage wurden nicht geprüft`
        : `keine dem Programm bekannte Regel galt ${ZONE_IN[p['zone'] as Zone]} vom ${date(String(p['first']))} bis zum ${date(String(p['last']))}; diese Tage wurden nach den zeitlich nächsten Regeln geprüft: ${p['judgedBy']} (in Kraft ${ruleSpan(p, date)})`,
    bookedStayUnauthorised: (p, date) =>
      `der gebuchte Aufenthalt ${date(String(p['entry']))} – ${date(String(p['exit']))} ist schon ohne diese Reise unerlaubt, ab ${date(String(p['first']))} (${tableDe.limitNames[p['limit'] as LimitName]}): die Antwort rechnet ihn der Reise nicht an`,
  },
  refusals: {
    noVisa: 'am Tag der Einreise ist kein Visum gültig',
    visaType: 'ein Flughafentransitvisum (A) erlaubt keine Einreise',
    visaTerritory: 'das Visum gilt nicht für den Einreisestaat (räumlich beschränkte Gültigkeit)',
    visaEntries: 'das Visum hat keine Einreisen mehr',
    visaUntil: 'das Visum ist abgelaufen (BIS)',
    visaDuration: 'das Visum hat keine Aufenthaltstage mehr',
    rule90180: 'nach der 90/180-Tage-Regel bleibt kein Tag',
    rolling: 'nach der gleitenden Regel bleibt kein Tag',
    calendarYear: 'in diesem Kalenderjahr bleibt kein Tag',
    perStay: 'in diesem Aufenthalt bleibt kein Tag',
    bookedStay: 'eine Einreise an diesem Tag machte einen gebuchten Aufenthalt unerlaubt',
  },
  limitNames: {
    noVisa: 'kein gültiges Visum',
    visaType: 'Visumart (Flughafentransit)',
    visaTerritory: 'Geltungsbereich des Visums',
    visaEntries: 'Zahl der Einreisen des Visums',
    visaUntil: 'das BIS-Datum des Visums',
    visaDuration: 'die Aufenthaltsdauer des Visums',
    rule90180: 'die 90/180-Tage-Regel',
    rolling: 'die gleitende Regel (N Tage in jedem Zeitraum von M)',
    calendarYear: 'die Tage je Kalenderjahr',
    perStay: 'die Tage je Aufenthalt',
    nextBookedStay: 'der nächste gebuchte Aufenthalt',
    bookedStay: 'ein gebuchter Aufenthalt würde eine Höchstdauer überschreiten',
  },
  regimes: {
    presets: {
      schengen: 'Schengen',
      'ru-visa-free': 'Russland, visumfrei',
      'ru-visa': 'Russland, Visum für mehrfache Einreise',
      'by-visa-free': 'Belarus, visumfrei',
      'by-transit': 'Belarus, Transitvisum',
      tr: 'Türkei',
      custom: 'eigene Regeln',
    },
    zones: { schengen: 'der Schengen-Raum', RU: 'Russland', BY: 'Belarus', TR: 'die Türkei' },
    shape: (shape) =>
      shape.kind === 'rolling' ? `${shape.maxDays} Tage in jedem Zeitraum von ${shape.windowDays}` : shape.kind === 'calendarYear' ? `${shape.maxDays} Tage je Kalenderjahr` : `${shape.maxDays} Tage je Aufenthalt`,
    statusTitle: (regime, date) => `${regime}: Aufenthaltsstatus am ${date}`,
    yearLabel: (year) => `Genutzte Tage ${year}`,
    stayLabel: 'Tage dieses Aufenthalts',
    inZone: 'An diesem Tag vor Ort',
    rulesLabel: 'Regeln',
    inForce: (from, until) => (from === null && until === null ? 'immer' : from === null ? `bis ${until}` : until === null ? `ab ${from}` : `${from} – ${until}`),
    listTitle: 'Aufenthaltsregeln (--rules)',
    source: 'Quelle',
    longStayNationalities: (codes) => `mit --nationality ${codes}`,
  },
  authorisation: {
    firstUnauthorisedDay: 'Erster nicht erlaubter Tag (gesamter Verlauf)',
    unauthorisedDays: 'Nicht erlaubte Tage (gesamter Verlauf)',
    firstUnauthorisedValue: (date, limit) => `${date}: ${limit}`,
    alreadyUnauthorised: (date, limit) => `keine: seit ${date} nicht erlaubt (${limit}); sofort ausreisen`,
    notInArea: 'kein Schengen-Tag (außerhalb des Raums, vor dem Beitritt oder mit Aufenthaltstitel)',
    stayRange: (entry, exit) => `${entry} – ${exit}`,
    tripBreaksBookedStay: (firstDay, stay, limit) => `macht den gebuchten Aufenthalt ${stay} ab ${firstDay} unerlaubt: ${limit}`,
    insideAssumedToLeave: (date) => `Ausreise am ${date} angenommen (mit --leave ändern)`,
    explainTitle: (date) => `Warum: die Berechnung für den ${date}`,
    explainDay: 'Entscheidender Tag',
    explainWindow: (windowDays) => `Sein Zeitraum von ${windowDays} Tagen`,
    explainStayDays: (stay, days) => `${stay}: ${tage(days)} im Zeitraum`,
    explainNoStay: 'kein Aufenthalt im Zeitraum',
    explainTotal: 'Tage im Zeitraum',
    explainLimits: 'Höchstgrenzen',
    explainBroken: 'An diesem Tag überschrittene Höchstgrenze',
    explainVisaDays: 'Tage mit diesem Visum bis zu diesem Tag',
    explainLimitValue: (value, mark) => (mark === 'binds' ? `${value}  ← maßgeblich` : mark === 'broken' ? `${value}  ← an diesem Tag überschritten` : value),
    explainNoLimitValue: 'gilt nicht',
    explainSource: 'Rechtsgrundlage',
    explainWhy: {
      latestExit: 'der Tag nach der spätesten Ausreise',
      bookedStayBreak: 'der Tag, an dem ein gebuchter Aufenthalt eine Höchstgrenze überschreiten würde, wenn Sie einen Tag länger blieben',
      entryBreaksBookedStay: 'der Tag, an dem ein gebuchter Aufenthalt eine Höchstgrenze überschreiten würde, wenn Sie überhaupt einreisten',
      firstUnauthorised: 'der erste nicht erlaubte Tag',
      entry: 'der Tag der Einreise',
      reference: 'der Stichtag',
      tripBreak: 'der erste Tag, an dem die Reise eine Höchstgrenze überschreitet',
      earliestEntry: 'der Tag, an dem eine einen Tag früher beginnende Reise eine Höchstgrenze überschreiten würde',
      tripLastDay: 'der letzte Tag der Reise',
      tightestDay: 'der Tag einer noch nicht beendeten Reise mit den meisten genutzten Tagen (den wenigsten übrigen)',
    },
  },
  entryNotAllowed: 'Einreise nicht erlaubt',
  bindingLimit: 'Maßgebliche Grenze',
  visaSticker: 'Visum',
  visaExempt: 'keines (visumfrei: nur 90/180)',
  visaExemptUnder: (rules) => `keines (visumfrei: nur ${rules})`,
  stickersNotJudged: (rules) => `in dieser Zone nicht geprüft (nur Schengen-Visa); angewandte Regeln: ${rules}`,
  visaSummary: (type, entries, from, until, days) => `${type}, Einreisen: ${entries}, ${from} – ${until}, ${tage(days)}`,
  visaUse: (entriesUsed, daysUsed) => `vor diesem Aufenthalt genutzt: ${entriesUsed === 1 ? '1 Einreise' : `${entriesUsed} Einreisen`}, ${tage(daysUsed)}`,
  noEntryFound: 'keine: kein Visum erlaubt eine solche Reise',
  annex3: {
    title: 'Ankunftserklärung (Anlage 3)',
    arrival: 'Ankunft in Belgien',
    schengenEntry: 'Schengen-Einreisestempel',
    deadline: 'Meldung bei der Gemeinde spätestens am',
    deadlineValue: (date, workingDays) => `${date} (${workingDays} Arbeitstage Mo–Fr nach der Ankunft)`,
    skipped: 'Nicht gezählte Tage',
    nothingSkipped: 'keine',
    saturdayWorking: 'Samstag als Arbeitstag gezählt (Rechtsprechung vor 2023)',
    endOfStay: 'Ende des erlaubten Aufenthalts (Anlage 3)',
    entryAllowed: 'Einreise erlaubt',
    legalBasis: 'Rechtsgrundlage',
    deadlineBasis: 'Gesetz vom 15. Dezember 1980, Art. 5; Königlicher Erlass vom 8. Oktober 1981, Art. 18 und 20; Arbeitstage (Mo–Fr): Zivilgesetzbuch Art. 1.7',
    endBasis:
      'Schengener Grenzkodex (Verordnung 2016/399) Art. 6; Visakodex (Verordnung 810/2009) Anhang VII: der früheste dieser Tage: das BIS-Datum des Visums, Einreise + Aufenthaltsdauer − 1, das Ende der Höchstdauer nach der 90/180-Tage-Regel',
    printHeading: 'ANKUNFTSERKLÄRUNG (ANLAGE 3): BERECHNETE DATEN',
    printNotAllowed: (reason) => `kein erlaubter Aufenthalt: ${reason}`,
  },
  calendar: {
    title: (zone, from, to) => `Tage ${ZONE_IN[zone]}, ${from} – ${to}`,
    legend: (maxDays) => [
      'Obere Zeile: wo Sie waren',
      '  ■ anwesend, zählt   □ anwesend, zählt nicht   · abwesend   ! über der Höchstdauer',
      'Untere Zeile: genutzte Tage der letzten 180 Tage, in Zehnern',
      `  4 = 40–49   leer = keine   ! = über ${maxDays}`,
    ],
    todayMark: (date) => `T  heute, ${date}`,
    latestExitMark: (date) => `X  späteste Ausreise, ${date}`,
    fullStayMark: (maxDays, date) => `F  voller Aufenthalt von ${maxDays} Tagen möglich ab ${date}`,
  },
  ics: {
    calendarName: (zone) => (zone === 'schengen' ? 'Schengen-Aufenthalt' : `Aufenthalt ${ZONE_IN[zone]}`),
    latestExit: (zone) => `${ZONE_SHORT[zone]}: späteste Ausreise`,
    latestExitDetail: (limit) => `Letzter Tag des erlaubten Aufenthalts; maßgebliches Limit: ${limit}.`,
    declarationDeadline: 'Belgien: Meldung bei der Gemeinde (Anlage 3)',
    declarationDetail: (arrival) => `Ankunftserklärung spätestens am Ende dieses Tages (Ankunft ${arrival}; 3 Arbeitstage, Mo–Fr).`,
    visaUntil: (type) => `Visum ${type} läuft ab (BIS)`,
    visaUntilDetail: 'Spätestens an diesem Tag den Schengen-Raum verlassen, gleich wie viele Tage übrig sind.',
    fullStay: (zone, maxDays) => `${ZONE_SHORT[zone]}: voller Aufenthalt von ${maxDays} Tagen wieder möglich`,
    fullStayDetail: (maxDays) => `Ab diesem Tag hält ein Aufenthalt von ${maxDays} Tagen die 90/180-Tage-Regel ein.`,
    reminder: (what, days) => (days === 0 ? `Heute: ${what}` : `In ${tagen(days)}: ${what}`),
  },
  holidayNames: {
    newYear: 'Neujahr',
    easterMonday: 'Ostermontag',
    labourDay: 'Tag der Arbeit',
    ascension: 'Christi Himmelfahrt',
    whitMonday: 'Pfingstmontag',
    nationalDay: 'Nationalfeiertag',
    assumption: 'Mariä Himmelfahrt',
    allSaints: 'Allerheiligen',
    armistice: 'Waffenstillstand',
    christmas: 'Weihnachten',
    flemishCommunity: 'Feiertag der Flämischen Gemeinschaft',
    frenchCommunity: 'Feiertag der Französischen Gemeinschaft',
    germanCommunity: 'Feiertag der Deutschsprachigen Gemeinschaft',
  },
  nonWorking: { saturday: 'Samstag', sunday: 'Sonntag', closed: 'Schließtag der Gemeinde' },
  mrz: {
    title: 'Maschinenlesbare Zone des Visums (alle Prüfziffern geprüft)',
    format: 'Format',
    documentCode: 'Dokumentencode',
    issuingState: 'Ausstellender Staat',
    name: 'Name',
    documentNumber: 'Visumnummer',
    nationality: 'Staatsangehörigkeit',
    birthDate: 'Geburtsdatum',
    birthDateValue: (yymmdd) => `${yymmdd.slice(4)}.${yymmdd.slice(2, 4)}.${yymmdd.slice(0, 2)} (Tag.Monat.Jahr; die MRZ nennt das Jahrhundert nicht)`,
    sex: 'Geschlecht',
    validUntil: 'Gültig bis',
    optionalData: 'Optionale Daten',
    optionalHint: 'Optionale Daten, als Hinweis gelesen',
    noHint: 'kein bekanntes Muster',
    hint: (entries, days, fromMonthDay) =>
      `Einreisen: ${entries}, ${tage(days)}, gültig ab ${fromMonthDay.slice(2)}.${fromMonthDay.slice(0, 2)}. (nicht bestätigt: es gelten die gedruckten Felder)`,
  },
  apply: applyDe,
  itinerary: itineraryDe,
  legal: legalDe,
  declaration: declarationDe,
  punctuation: { colon: ': ', semicolon: '; ' },
  annex3Form: {
    late: 'Erklärung verspätet',
    lateValue: (n, deadline, saturdays) =>
      n === 0 ? `ja: die Frist (${deadline}) ist abgelaufen, seitdem kein Arbeitstag` : `ja: ${n} ${n === 1 ? 'Arbeitstag' : 'Arbeitstage'} ${saturdays ? '(Mo–Sa, ohne Feiertage)' : '(Mo–Fr, ohne Feiertage)'} nach der Frist vom ${deadline}`,
  },
  travellers: {
    ownFile: '(eigene Datei)',
    heading: (name, file) => `${name}: ${file}`,
    noneYet: (directory) => `noch keine Stempeldatei (gesucht in ${directory})`,
  },
  icsLeaveNow: {
    summary: (zone) => `${ZONE_SHORT[zone]}: Grenze überschritten, jetzt ausreisen`,
    detail: (n) =>
      n === 0 ? 'Ihr erlaubter Aufenthalt ist beendet: verlassen Sie den Schengen-Raum sofort.' : `Sie liegen ${n} ${n === 1 ? 'Tag' : 'Tage'} über der 90/180-Tage-Grenze: verlassen Sie den Schengen-Raum sofort.`,
  },
};
