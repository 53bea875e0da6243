/**
 * A calendar day as a whole number: days since 1970-01-01 (day 0).
 * The core computes only with these; parsing and formatting (luxon) stay at the edges.
 */
export type Day = number;

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function isoWeekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Closed interval of days, both ends included. */
export interface DayRange {
  readonly first: Day;
  readonly last: Day;
}

export function rangeLength(range: DayRange): number {
  return range.last - range.first + 1;
}

/** The day number of a calendar date (proleptic Gregorian). Pure arithmetic, no clock. */
export function dayFromCivil(year: number, month: number, dayOfMonth: number): Day {
  return Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;
}
