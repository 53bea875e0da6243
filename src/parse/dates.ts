import { civilFromDay, dayFromCivil, type Day } from '../core/day.js';
import { InputError, type InputLocation } from '../errors.js';

/** The earliest date accepted anywhere: the Schengen rules as we implement them start in 1995. */
export const EARLIEST_YEAR = 1995;
/** The latest year accepted anywhere (the Belgian holiday tables are checked up to 2100). */
export const LATEST_YEAR = 2100;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];


const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
const SPELLED = /^(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{2}|\d{4})$/;
const SLASHED_OR_DASHED = /^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}$/;

/**
 * A two-digit year is read as the one year in 1995..2094 that ends in those digits: the only
 * years we accept, so the reading is never a guess.
 */
function expandYear(digits: string): number {
  if (digits.length === 4) return Number(digits);
  const yy = Number(digits);
  return yy >= 95 ? 1900 + yy : 2000 + yy;
}


/**
 * Dates already read, by their exact text: a batch of a million travellers repeats the same few
 * thousand dates. Only accepted dates are kept, and the cache is emptied when it gets large.
 */
const parsedDates = new Map<string, Day>();
const PARSED_DATES_LIMIT = 100_000;

/** Parses a date as written on a stamp or typed by a user. Ambiguous or impossible dates throw. */
export function parseDate(text: string, location: InputLocation = {}): Day {
  const known = parsedDates.get(text);
  if (known !== undefined) return known;
  const day = parseDateUncached(text, location);
  if (parsedDates.size >= PARSED_DATES_LIMIT) parsedDates.clear();
  parsedDates.set(text, day);
  return day;
}

function parseDateUncached(text: string, location: InputLocation): Day {
  const trimmed = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(trimmed))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = DOTTED.exec(trimmed))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), expandYear(match[3]!)];
  } else if ((match = SPELLED.exec(trimmed))) {
    const monthIndex = MONTHS.indexOf(match[2]!.toUpperCase());
    if (monthIndex < 0) throw new InputError('date.unknownMonth', { text, month: match[2]! }, location);
    [day, month, year] = [Number(match[1]), monthIndex + 1, expandYear(match[3]!)];
  } else if (SLASHED_OR_DASHED.test(trimmed)) {
    throw new InputError('date.ambiguous', { text }, location);
  } else {
    throw new InputError('date.unrecognised', { text }, location);
  }
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    throw new InputError('date.outOfRange', { text, earliest: EARLIEST_YEAR, latest: LATEST_YEAR }, location);
  }
  const result = civilDayOrNull(year, month, day);
  if (result === null) throw new InputError('date.noSuchDay', { text }, location);
  return result;
}

/**
 * The day of a calendar date, or null if there is no such date (31.02). Checked by a round trip
 * through the built-in Date: batch runs parse millions of dates, and a luxon object per date
 * would cost more than everything else together.
 */
export function civilDayOrNull(year: number, month: number, dayOfMonth: number): Day | null {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  const day = dayFromCivil(year, month, dayOfMonth);
  const back = civilFromDay(day);
  return back.month === month && back.dayOfMonth === dayOfMonth ? day : null;
}
