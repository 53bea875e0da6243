import type { EntryRefusal, LimitName, StopReason } from '../../core/authorisation.js';
import type { ExplainedDayReason } from '../../core/explanation.js';
import type { PresetName, RuleShape, Zone } from '../../core/regimes.js';
import type { WarningCode } from '../../core/warning.js';
import { applyEn, type ApplyMessages } from './apply.js';
import { declarationEn, type DeclarationMessages } from './declaration.js';
import { legalEn, type LegalSources } from './legal.js';
import { itineraryEn, type ItineraryMessages } from './itinerary.js';

/** The zones (also after "in"), and each as the short head of a calendar event. */
const ZONE_EN: Readonly<Record<Zone, string>> = { schengen: 'the Schengen area', RU: 'Russia', BY: 'Belarus', TR: 'Türkiye' };
const ZONE_SHORT_EN: Readonly<Record<Zone, string>> = { schengen: 'Schengen', RU: 'Russia', BY: 'Belarus', TR: 'Türkiye' };

/** When the rules that judged a day outside every rule's dates were in force (warning ruleNotInForce). */
function ruleSpan(p: Readonly<Record<string, string | number>>, date: (isoDate: string) => string): string {
  const from = String(p['from'] ?? '');
  const until = String(p['until'] ?? '');
  return from === '' && until === '' ? 'always' : from === '' ? `until ${date(until)}` : until === '' ? `from ${date(from)}` : `${date(from)} – ${date(until)}`;
}

/** Writes an ISO date the reader's way. */
export type DateWriter = (isoDate: string) => string;
type Params = Readonly<Record<string, string | number>>;

/**
 * Every word the table output shows, in English. Other languages implement the same interface, so
 * the compiler refuses a translation with a missing label.
 */
export interface Messages {
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly days: (count: number) => string;
  readonly statusTitle: (date: string) => string;
  readonly window: (windowDays: number) => string;
  readonly daysUsed: string;
  readonly daysUsedValue: (used: number, maxDays: number) => string;
  readonly daysRemaining: string;
  readonly inSchengen: string;
  readonly latestExit: string;
  readonly latestExitOverLimit: string;
  readonly notInside: string;
  readonly overstay: string;
  readonly firstOverstayDay: string;
  readonly fullStayPossibleFrom: (maxDays: number) => string;
  readonly planTitle: (date: string) => string;
  readonly daysUsedBeforeEntry: string;
  readonly entryPossible: string;
  readonly longestStay: string;
  readonly plannedTrip: string;
  readonly tripRange: (entry: string, exit: string, days: number) => string;
  readonly tripCompliant: string;
  readonly tripBreaks: (firstDay: string, overstayDays: number) => string;
  readonly peakDaysUsed: string;
  readonly nextTitle: (days: number) => string;
  readonly searchFrom: string;
  readonly earliestEntry: string;
  readonly exitAfterTrip: string;
  readonly warning: string;
  readonly warnings: Readonly<Record<WarningCode, (params: Params, date: DateWriter) => string>>;
  /** Why an entry was not allowed, by the limit its Schengen entry day breaks (or the booked stay a planned entry breaks). */
  readonly refusals: Readonly<Record<EntryRefusal, string>>;
  readonly limitNames: Readonly<Record<StopReason, string>>;
  readonly authorisation: AuthorisationMessages;
  readonly regimes: RegimeMessages;
  readonly entryNotAllowed: string;
  readonly bindingLimit: string;
  readonly visaSticker: string;
  readonly visaExempt: string;
  /** A visa-exempt traveller under rules of their own (--rule) in the Schengen area. */
  readonly visaExemptUnder: (rules: string) => string;
  /** Outside the Schengen area, where Schengen stickers are not judged: the regime's rules. */
  readonly stickersNotJudged: (rules: string) => string;
  readonly visaSummary: (type: string, entries: string, from: string, until: string, days: number) => string;
  readonly visaUse: (entriesUsed: number, daysUsed: number) => string;
  readonly noEntryFound: string;
  readonly annex3: {
    readonly title: string;
    readonly arrival: string;
    readonly schengenEntry: string;
    readonly deadline: string;
    readonly deadlineValue: (date: string, workingDays: number) => string;
    readonly skipped: string;
    readonly nothingSkipped: string;
    readonly saturdayWorking: string;
    readonly endOfStay: string;
    readonly entryAllowed: string;
    readonly legalBasis: string;
    readonly deadlineBasis: string;
    readonly endBasis: string;
    readonly printHeading: string;
    readonly printNotAllowed: (reason: string) => string;
  };
  readonly calendar: {
    /** The zone of the rules in force (a Russia calendar is not a Schengen one). */
    readonly title: (zone: Zone, from: string, to: string) => string;
    /** Lines of at most 80 characters. */
    readonly legend: (maxDays: number) => string[];
    readonly todayMark: (date: string) => string;
    readonly latestExitMark: (date: string) => string;
    readonly fullStayMark: (maxDays: number, date: string) => string;
  };
  readonly ics: {
    readonly calendarName: (zone: Zone) => string;
    readonly latestExit: (zone: Zone) => string;
    readonly latestExitDetail: (bindingLimit: string) => string;
    readonly declarationDeadline: string;
    readonly declarationDetail: (arrival: string) => string;
    readonly visaUntil: (type: string) => string;
    readonly visaUntilDetail: string;
    readonly fullStay: (zone: Zone, maxDays: number) => string;
    readonly fullStayDetail: (maxDays: number) => string;
    readonly reminder: (what: string, days: number) => string;
  };
  readonly holidayNames: Readonly<Record<string, string>>;
  readonly nonWorking: Readonly<Record<'saturday' | 'sunday' | 'closed', string>>;
  readonly mrz: {
    readonly title: string;
    readonly format: string;
    readonly documentCode: string;
    readonly issuingState: string;
    readonly name: string;
    readonly documentNumber: string;
    readonly nationality: string;
    readonly birthDate: string;
    /** The birth date as the MRZ has it: two-digit year, month, day (no century). */
    readonly birthDateValue: (yymmdd: string) => string;
    readonly sex: string;
    readonly validUntil: string;
    readonly optionalData: string;
    readonly optionalHint: string;
    readonly noHint: string;
    readonly hint: (entries: string, days: number, fromMonthDay: string) => string;
  };
  /** schengen apply: src/messages/en/apply.ts. */
  readonly apply: ApplyMessages;
  /** The legal sources shown by --explain and `schengen rules` (src/messages/<lang>/legal.ts). */
  readonly legal: LegalSources;
  /** Annex 3 as handed out: the form, the refusal notice, the worksheet (declaration.ts). */
  readonly declaration: DeclarationMessages;
  /** The punctuation that joins a label and its value, and two parts of a list (French: spaces before : and ;). */
  readonly punctuation: { readonly colon: string; readonly semicolon: string };
  /** check, its timeline, the EES reconciliation, statement, booked trips in the log: src/messages/<lang>/itinerary.ts. */
  readonly itinerary: ItineraryMessages;
  // issue 13 (clerk's form, traveller's log, calendar file)
  readonly annex3Form: {
    readonly late: string;
    /** Lateness is counted with the deadline's calendar: with Saturday a working day, Saturdays count (rules.md §5.13). */
    readonly lateValue: (workingDaysLate: number, deadline: string, saturdayIsWorkingDay: boolean) => string;
  };
  readonly travellers: {
    readonly ownFile: string;
    readonly heading: (name: string, file: string) => string;
    readonly noneYet: (directory: string) => string;
  };
  readonly icsLeaveNow: {
    readonly summary: (zone: Zone) => string;
    readonly detail: (overstayDays: number) => string;
  };
}

/** Words of the stay regimes (docs/regimes.md): presets, rule shapes, the figures of each rule. */
export interface RegimeMessages {
  readonly presets: Readonly<Record<PresetName | 'custom', string>>;
  readonly zones: Readonly<Record<Zone, string>>;
  readonly shape: (shape: RuleShape) => string;
  readonly statusTitle: (regime: string, date: string) => string;
  readonly yearLabel: (year: number) => string;
  readonly stayLabel: string;
  readonly inZone: string;
  readonly rulesLabel: string;
  readonly inForce: (from: string | null, until: string | null) => string;
  readonly listTitle: string;
  readonly source: string;
  readonly longStayNationalities: (codes: string) => string;
}

/** Words of the authorisation model (docs/authorisation.md) and of --explain. */
export interface AuthorisationMessages {
  readonly firstUnauthorisedDay: string;
  readonly unauthorisedDays: string;
  readonly firstUnauthorisedValue: (date: string, limit: string) => string;
  readonly alreadyUnauthorised: (date: string, limit: string) => string;
  readonly notInArea: string;
  readonly stayRange: (entry: string, exit: string) => string;
  readonly tripBreaksBookedStay: (firstDay: string, stay: string, limit: string) => string;
  readonly insideAssumedToLeave: (date: string) => string;
  readonly explainTitle: (date: string) => string;
  readonly explainDay: string;
  readonly explainWindow: (windowDays: number) => string;
  readonly explainStayDays: (stay: string, days: number) => string;
  readonly explainNoStay: string;
  readonly explainTotal: string;
  readonly explainLimits: string;
  readonly explainBroken: string;
  readonly explainVisaDays: string;
  /** The limit's last day, marked when it binds, or when it is the limit the explained day breaks. */
  readonly explainLimitValue: (value: string, mark: 'binds' | 'broken' | null) => string;
  readonly explainNoLimitValue: string;
  readonly explainSource: string;
  readonly explainWhy: Readonly<Record<ExplainedDayReason, string>>;
}

export const en: Messages = {
  yes: 'yes',
  no: 'no',
  none: 'none',
  days: (count) => (count === 1 ? '1 day' : `${count} days`),
  statusTitle: (date) => `Schengen stay status on ${date}`,
  window: (windowDays) => `Window (${windowDays} days)`,
  daysUsed: 'Days used',
  daysUsedValue: (used, maxDays) => `${used} of ${maxDays}`,
  daysRemaining: 'Days remaining',
  inSchengen: 'In the Schengen area that day',
  latestExit: 'Latest exit',
  latestExitOverLimit: 'none: already over the limit, leave at once',
  notInside: 'not inside',
  overstay: 'Over the 90/180 limit in this window',
  firstOverstayDay: 'First day over 90/180 (whole history)',
  fullStayPossibleFrom: (maxDays) => `A full ${maxDays}-day stay possible from`,
  planTitle: (date) => `Planned entry on ${date}`,
  daysUsedBeforeEntry: 'Days used on the day before entry',
  entryPossible: 'Entry possible',
  longestStay: 'Longest stay',
  plannedTrip: 'Planned trip',
  tripRange: (entry, exit, days) => `${entry} to ${exit} (${days} ${days === 1 ? 'day' : 'days'})`,
  tripCompliant: 'complies with the rule',
  tripBreaks: (firstDay, overstayDays) => `breaks the rule from ${firstDay} (${overstayDays} ${overstayDays === 1 ? 'day' : 'days'} over)`,
  peakDaysUsed: 'Most days used on any day of the trip',
  nextTitle: (days) => `Earliest start of a ${days}-day trip`,
  searchFrom: 'Searching from',
  earliestEntry: 'Earliest entry',
  exitAfterTrip: 'Exit at the end of the trip',
  warning: 'Warning',
  warnings: {
    openStay: (p, date) => `the stay from ${date(String(p['entry']))} has no exit yet; counted as lasting until ${date(String(p['asOf']))}`,
    daysNotCountedInState: (p, date) =>
      `days in ${p['country']} from ${date(String(p['first']))} to ${date(String(p['last']))} do not count: the Schengen rules did not apply there in full then`,
    ambiguousDuration: (p) =>
      `the visa is valid for more than six months but its duration is ${p['durationDays']} days: read as ${p['durationDays']} days in total over its validity (the stricter reading; some read it as ${p['durationDays']} days in any 180)`,
    mrzUnmatched: (p, date) => `the MRZ on line ${p['line']} is valid until ${date(String(p['validUntil']))}, which matches no visa line; the printed visa fields are what counts`,
    saturdayBefore2023: () =>
      'before 1 January 2023 the courts counted Saturday as a working day; this answer does not (Civil Code Art. 1.7): --saturday-working gives the older reading',
    emptyInput: (p) => `${p['file']} holds no stamp, visa or permit: the answer is for a traveller with no stays`,
    ruleNotInForce: (p, date) =>
      p['judgedBy'] === ''
        ? `no rule the tool knows was in force in ${ZONE_EN[p['zone'] as Zone]} from ${date(String(p['first']))} to ${date(String(p['last']))}; those days were not judged`
        : `no rule the tool knows was in force in ${ZONE_EN[p['zone'] as Zone]} from ${date(String(p['first']))} to ${date(String(p['last']))}; those days were judged by the rules nearest in time: ${p['judgedBy']} (in force ${ruleSpan(p, date)})`,
    bookedStayUnauthorised: (p, date) =>
      `the booked stay ${date(String(p['entry']))} – ${date(String(p['exit']))} is already unauthorised without this trip, from ${date(String(p['first']))} (${en.limitNames[p['limit'] as LimitName]}): the answer does not count it against the trip`,
  },
  refusals: {
    noVisa: 'no visa sticker is valid on the day of entry',
    visaType: 'an airport transit (A) visa does not allow entry',
    visaTerritory: 'the visa is not valid for the state of entry (limited territorial validity)',
    visaEntries: 'the visa has no entries left',
    visaUntil: 'the visa has expired (UNTIL)',
    visaDuration: 'the visa has no days of stay left',
    rule90180: 'no day left under the 90/180-day rule',
    rolling: 'no day left under the rolling rule',
    calendarYear: 'no day left this calendar year',
    perStay: 'no day left in this stay',
    bookedStay: 'entering that day would make a booked stay unauthorised',
  },
  limitNames: {
    noVisa: 'no valid visa',
    visaType: 'visa type (airport transit)',
    visaTerritory: "the visa's territory",
    visaEntries: "the visa's number of entries",
    visaUntil: 'the visa UNTIL date',
    visaDuration: "the visa's duration of stay",
    rule90180: 'the 90/180-day rule',
    rolling: 'the rolling rule (N days in any M)',
    calendarYear: 'the days per calendar year',
    perStay: 'the days per stay',
    nextBookedStay: 'the next booked stay',
    bookedStay: 'a booked stay would break a limit',
  },
  regimes: {
    presets: {
      schengen: 'Schengen',
      'ru-visa-free': 'Russia, visa-free',
      'ru-visa': 'Russia, multiple-entry visa',
      'by-visa-free': 'Belarus, visa-free',
      'by-transit': 'Belarus, transit visa',
      tr: 'Türkiye',
      custom: 'your own rules',
    },
    zones: ZONE_EN,
    shape: (shape) =>
      shape.kind === 'rolling' ? `${shape.maxDays} days in any ${shape.windowDays}` : shape.kind === 'calendarYear' ? `${shape.maxDays} days per calendar year` : `${shape.maxDays} days per stay`,
    statusTitle: (regime, date) => `${regime}: stay status on ${date}`,
    yearLabel: (year) => `Days used in ${year}`,
    stayLabel: 'Days of this stay',
    inZone: 'Inside that day',
    rulesLabel: 'Rules',
    inForce: (from, until) => (from === null && until === null ? 'always' : from === null ? `until ${until}` : until === null ? `from ${from}` : `${from} – ${until}`),
    listTitle: 'Stay rules (--rules)',
    source: 'Source',
    longStayNationalities: (codes) => `with --nationality ${codes}`,
  },
  authorisation: {
    firstUnauthorisedDay: 'First unauthorised day (whole history)',
    unauthorisedDays: 'Unauthorised days (whole history)',
    firstUnauthorisedValue: (date, limit) => `${date}: ${limit}`,
    alreadyUnauthorised: (date, limit) => `none: unauthorised since ${date} (${limit}); leave at once`,
    notInArea: 'not a Schengen day (outside the area, before accession, or under a permit)',
    stayRange: (entry, exit) => `${entry} – ${exit}`,
    tripBreaksBookedStay: (firstDay, stay, limit) => `makes the booked stay ${stay} unauthorised from ${firstDay}: ${limit}`,
    insideAssumedToLeave: (date) => `taken to leave on ${date} (--leave to change)`,
    explainTitle: (date) => `Why: the workings for ${date}`,
    explainDay: 'Day that decides',
    explainWindow: (windowDays) => `Its ${windowDays}-day window`,
    explainStayDays: (stay, days) => `${stay}: ${days} ${days === 1 ? 'day' : 'days'} in the window`,
    explainNoStay: 'no stay in the window',
    explainTotal: 'Days in the window',
    explainLimits: 'Limits',
    explainBroken: 'Limit broken that day',
    explainVisaDays: 'Days under this visa, up to that day',
    explainLimitValue: (value, mark) => (mark === 'binds' ? `${value}  ← binds` : mark === 'broken' ? `${value}  ← broken that day` : value),
    explainNoLimitValue: 'does not apply',
    explainSource: 'Legal source',
    explainWhy: {
      latestExit: 'the day after the latest exit',
      bookedStayBreak: 'the day a booked stay would break, were you to stay one day longer',
      entryBreaksBookedStay: 'the day a booked stay would break, were you to enter at all',
      firstUnauthorised: 'the first unauthorised day',
      entry: 'the day of entry',
      reference: 'the reference day',
      tripBreak: 'the first day the trip breaks',
      earliestEntry: 'the day a trip starting one day earlier would break',
      tripLastDay: 'the last day of the trip',
      tightestDay: 'the day of a trip not over yet with the most days used (the fewest left)',
    },
  },
  entryNotAllowed: 'Entry not allowed',
  bindingLimit: 'Limit that binds',
  visaSticker: 'Visa sticker',
  visaExempt: 'none (visa-exempt: 90/180 only)',
  visaExemptUnder: (rules) => `none (visa-exempt: ${rules} only)`,
  stickersNotJudged: (rules) => `not judged in this zone (Schengen stickers only); the rules applied: ${rules}`,
  visaSummary: (type, entries, from, until, days) => `${type}, entries: ${entries}, ${from} – ${until}, ${days} days`,
  visaUse: (entriesUsed, daysUsed) => `used before this stay: ${entriesUsed} ${entriesUsed === 1 ? 'entry' : 'entries'}, ${daysUsed} ${daysUsed === 1 ? 'day' : 'days'}`,
  noEntryFound: 'none: no sticker allows such a trip',
  annex3: {
    title: 'Arrival declaration (annex 3)',
    arrival: 'Arrival in Belgium',
    schengenEntry: 'Schengen entry stamp',
    deadline: 'Report to the municipality by',
    deadlineValue: (date, workingDays) => `${date} (${workingDays} working days after arrival)`,
    skipped: 'Days not counted',
    nothingSkipped: 'none',
    saturdayWorking: 'Saturday counted as a working day (case law before 2023)',
    endOfStay: 'End of the authorised stay (annex 3)',
    entryAllowed: 'Entry allowed',
    legalBasis: 'Legal basis',
    deadlineBasis: 'Law of 15 December 1980, Art. 5; Royal Decree of 8 October 1981, Arts. 18 and 20; working days: Civil Code Art. 1.7',
    endBasis: 'Schengen Borders Code (Reg. 2016/399) Art. 6; Visa Code (Reg. 810/2009) Annex VII: the lowest of the visa UNTIL date, entry + duration − 1 and the 90/180-day limit',
    printHeading: 'ARRIVAL DECLARATION (ANNEX 3): COMPUTED DATES',
    printNotAllowed: (reason) => `no authorised stay: ${reason}`,
  },
  calendar: {
    title: (zone, from, to) => `Days in ${ZONE_EN[zone]}, ${from} – ${to}`,
    legend: (maxDays) => [
      'Upper row: where you were',
      '  ■ inside, counts   □ inside, does not count   · outside   ! over the limit',
      'Lower row: days used in the last 180 days, in tens',
      `  4 = 40–49   blank = none   ! = over ${maxDays}`,
    ],
    todayMark: (date) => `T  today, ${date}`,
    latestExitMark: (date) => `X  latest exit, ${date}`,
    fullStayMark: (maxDays, date) => `F  a full ${maxDays}-day stay possible from ${date}`,
  },
  ics: {
    calendarName: (zone) => (zone === 'schengen' ? 'Schengen stay' : `Stay in ${ZONE_EN[zone]}`),
    latestExit: (zone) => `${ZONE_SHORT_EN[zone]}: latest exit`,
    latestExitDetail: (limit) => `Last day of the authorised stay; the limit that binds: ${limit}.`,
    declarationDeadline: 'Belgium: report to the municipality (annex 3)',
    declarationDetail: (arrival) => `Arrival declaration due by the end of this day (arrival ${arrival}; 3 working days).`,
    visaUntil: (type) => `Visa ${type} expires (UNTIL)`,
    visaUntilDetail: 'Leave the Schengen area by this day at the latest, whatever days are left.',
    fullStay: (zone, maxDays) => `${ZONE_SHORT_EN[zone]}: a full ${maxDays}-day stay possible again`,
    fullStayDetail: (maxDays) => `From this day a stay of ${maxDays} days complies with the 90/180-day rule.`,
    reminder: (what, days) => (days === 0 ? `Today: ${what}` : `In ${days} ${days === 1 ? 'day' : 'days'}: ${what}`),
  },
  holidayNames: {
    newYear: "New Year's Day",
    easterMonday: 'Easter Monday',
    labourDay: 'Labour Day',
    ascension: 'Ascension Day',
    whitMonday: 'Whit Monday',
    nationalDay: 'National Day',
    assumption: 'Assumption',
    allSaints: "All Saints' Day",
    armistice: 'Armistice Day',
    christmas: 'Christmas Day',
    flemishCommunity: 'Day of the Flemish Community',
    frenchCommunity: 'Day of the French Community',
    germanCommunity: 'Day of the German-speaking Community',
  },
  nonWorking: { saturday: 'Saturday', sunday: 'Sunday', closed: 'municipal closing day' },
  mrz: {
    title: 'Visa machine-readable zone (all check digits verified)',
    format: 'Format',
    documentCode: 'Document code',
    issuingState: 'Issuing state',
    name: 'Name',
    documentNumber: 'Visa number',
    nationality: 'Nationality',
    birthDate: 'Date of birth',
    birthDateValue: (yymmdd) => `${yymmdd.slice(4)}/${yymmdd.slice(2, 4)}/${yymmdd.slice(0, 2)} (day/month/year; the MRZ does not give the century)`,
    sex: 'Sex',
    validUntil: 'Valid until',
    optionalData: 'Optional data',
    optionalHint: 'Optional data, read as a hint',
    noHint: 'no known pattern',
    hint: (entries, days, fromMonthDay) =>
      `entries: ${entries}, ${days === 1 ? '1 day' : `${days} days`}, valid from ${fromMonthDay.slice(2)}/${fromMonthDay.slice(0, 2)} (unverified: the printed fields decide)`,
  },
  apply: applyEn,
  legal: legalEn,
  declaration: declarationEn,
  punctuation: { colon: ': ', semicolon: '; ' },
  itinerary: itineraryEn,
  annex3Form: {
    late: 'Declaration late',
    lateValue: (n, deadline, saturdays) =>
      n === 0 ? `yes: the deadline (${deadline}) has passed, no working day since` : `yes: ${n} working ${n === 1 ? 'day' : 'days'} ${saturdays ? '(Mon–Sat, holidays excluded)' : '(Mon–Fri, holidays excluded)'} after the deadline of ${deadline}`,
  },
  travellers: {
    ownFile: '(own file)',
    heading: (name, file) => `${name}: ${file}`,
    noneYet: (directory) => `no stamp file yet (looked in ${directory})`,
  },
  icsLeaveNow: {
    summary: (zone) => `${ZONE_SHORT_EN[zone]}: over the limit, leave now`,
    detail: (n) =>
      n === 0 ? 'Your authorised stay has ended: leave the Schengen area at once.' : `You are over the 90/180-day limit by ${n} ${n === 1 ? 'day' : 'days'}: leave the Schengen area at once.`,
  },
};
