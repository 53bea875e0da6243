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
  readonly openStayNote: (entry: string, asOf: string) => string;
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
  openStayNote: (entry, asOf) => `the stay from ${entry} has no exit yet; counted as lasting until ${asOf}`,
};
