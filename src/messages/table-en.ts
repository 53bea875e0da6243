import type { EntryRefusal, LimitName } from '../core/visa.js';

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
  /** Warnings by code; unknown codes fall back to the English text. */
  readonly warnings: Readonly<Record<string, (params: Params, date: DateWriter) => string>>;
  readonly refusals: Readonly<Record<EntryRefusal, string>>;
  readonly limitNames: Readonly<Record<LimitName | 'entry', string>>;
  readonly entryNotAllowed: string;
  readonly bindingLimit: string;
  readonly visaSticker: string;
  readonly visaExempt: string;
  readonly visaSummary: (type: string, entries: string, from: string, until: string, days: number) => string;
  readonly visaUse: (entriesUsed: number, daysUsed: number) => string;
  readonly noEntryFound: string;
  readonly mrz: {
    readonly title: string;
    readonly format: string;
    readonly documentCode: string;
    readonly issuingState: string;
    readonly name: string;
    readonly documentNumber: string;
    readonly nationality: string;
    readonly birthDate: string;
    readonly sex: string;
    readonly validUntil: string;
    readonly optionalData: string;
    readonly optionalHint: string;
    readonly noHint: string;
    readonly hint: (entries: string, days: number, fromMonthDay: string) => string;
  };
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
  overstay: 'Overstay in this window',
  firstOverstayDay: 'First day over the limit (whole history)',
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
    staysWithoutVisa: (p, date) => `the stay from ${date(String(p['entry']))} is not covered by any visa sticker given`,
  },
  refusals: {
    noVisa: 'no visa sticker covers this entry',
    airportTransitOnly: 'an airport transit (A) visa does not allow entry',
    beforeValidity: 'the entry is before the visa is valid (FROM)',
    afterValidity: 'the entry is after the visa has expired (UNTIL)',
    entriesUsedUp: 'the visa has no entries left',
    durationUsedUp: 'the visa has no days of stay left',
    notValidForState: 'the visa is not valid for the state of entry (limited territorial validity)',
    rule90180: 'no day left under the 90/180-day rule',
  },
  limitNames: {
    visaUntil: 'the visa UNTIL date',
    visaDuration: "the visa's duration of stay",
    rule90180: 'the 90/180-day rule',
    entry: 'entry not allowed',
  },
  entryNotAllowed: 'Entry not allowed',
  bindingLimit: 'Limit that binds',
  visaSticker: 'Visa sticker',
  visaExempt: 'none (visa-exempt: 90/180 only)',
  visaSummary: (type, entries, from, until, days) => `${type}, entries: ${entries}, ${from} – ${until}, ${days} days`,
  visaUse: (entriesUsed, daysUsed) => `used before this stay: ${entriesUsed} ${entriesUsed === 1 ? 'entry' : 'entries'}, ${daysUsed} ${daysUsed === 1 ? 'day' : 'days'}`,
  noEntryFound: 'none: no sticker allows such a trip',
  mrz: {
    title: 'Visa machine-readable zone (all check digits verified)',
    format: 'Format',
    documentCode: 'Document code',
    issuingState: 'Issuing state',
    name: 'Name',
    documentNumber: 'Visa number',
    nationality: 'Nationality',
    birthDate: 'Date of birth',
    sex: 'Sex',
    validUntil: 'Valid until',
    optionalData: 'Optional data',
    optionalHint: 'Optional data, read as a hint',
    noHint: 'no known pattern',
    hint: (entries, days, fromMonthDay) =>
      `${entries} entries, ${days} days, valid from ${fromMonthDay.slice(2)}/${fromMonthDay.slice(0, 2)} (unverified: the printed fields decide)`,
  },
};
