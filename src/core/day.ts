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

/** The day number of a calendar date (proleptic Gregorian). Pure arithmetic, no clock. */
export function dayFromCivil(year: number, month: number, dayOfMonth: number): Day {
  return Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;
}

/** The calendar date of a day number. */
export function civilFromDay(day: Day): { year: number; month: number; dayOfMonth: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
}

/** The same day of the month `months` later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const { year, month, dayOfMonth } = civilFromDay(day);
  const targetMonthIndex = month - 1 + months;
  const lastOfTarget = dayFromCivil(year, targetMonthIndex + 2, 0);
  return Math.min(dayFromCivil(year, targetMonthIndex + 1, dayOfMonth), lastOfTarget);
}
