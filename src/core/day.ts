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

/** The days of a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number of a calendar date (proleptic Gregorian). Pure arithmetic, no clock. A real date
 * of a year from 100 to 9999 is counted directly (H. Hinnant's days_from_civil: March-based years of 153-day
 * five-month cycles, eras of 400 years): cheaper than Date.UTC, which every record's dates went
 * through (issue 21). Anything else (a month or day to carry over, a year below 100) keeps Date.UTC's
 * own reading, so the result is the same for every argument.
 */
export function dayFromCivil(year: number, month: number, dayOfMonth: number): Day {
  if ((year | 0) === year && year >= 100 && year <= 9999 && (month | 0) === month && month >= 1 && month <= 12 && (dayOfMonth | 0) === dayOfMonth && dayOfMonth >= 1 && (dayOfMonth <= 28 || dayOfMonth <= daysInMonth(year, month))) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + dayOfMonth - 1;
    return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
  }
  return Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;
}

/**
 * The calendar date of a day number. A whole day number of the years 327 to 9909 is worked out
 * directly (Hinnant's civil_from_days, the inverse of the count above), without a Date object
 * (issue 21); any other number keeps the Date's reading.
 */
export function civilFromDay(day: Day): { year: number; month: number; dayOfMonth: number } {
  if ((day | 0) === day && day >= -600_000 && day <= 2_900_000) {
    const shifted = day + 719_468;
    const era = Math.floor(shifted / 146_097);
    const dayOfEra = shifted - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
    const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1 };
  }
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
}

/** The same day of the month `months` later, clamped to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const { year, month, dayOfMonth } = civilFromDay(day);
  const targetMonthIndex = month - 1 + months;
  // The target month found by arithmetic, its day clamped (no month to carry over through Date.UTC);
  // outside the years counted directly, Date.UTC's reading as before.
  const monthCount = year * 12 + targetMonthIndex;
  const targetYear = Math.floor(monthCount / 12);
  if ((months | 0) === months && targetYear >= 100 && targetYear <= 9999 && year >= 100 && year <= 9999) {
    const targetMonth = monthCount - targetYear * 12 + 1;
    return dayFromCivil(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)));
  }
  const lastOfTarget = dayFromCivil(year, targetMonthIndex + 2, 0);
  return Math.min(dayFromCivil(year, targetMonthIndex + 1, dayOfMonth), lastOfTarget);
}

/**
 * The first day of `first..last` on which `holds` is true, where it is false up to some day and true
 * from then on, and true on `last`: a binary search, for the first unauthorised day of a run of
 * presence (a count that never falls within the run breaks its limit on a suffix of it).
 */
export function firstDayHolding(first: Day, last: Day, holds: (day: Day) => boolean): Day {
  let low = first;
  let high = last;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (holds(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
