import { civilFromDay, dayFromCivil, daysInMonth, isoWeekday, type Day } from '../core/day.js';
import { InputError, type InputLocation } from '../errors.js';

/** The earliest date accepted anywhere: the Schengen rules as we implement them start in 1995. */
export const EARLIEST_YEAR = 1995;
/** The latest year accepted anywhere (the Belgian holiday tables are checked up to 2100). */
export const LATEST_YEAR = 2100;

/**
 * Month names in en, nl, fr and de, without accents, lower case. A word names a month when it is
 * the start (3 letters or more) of one of these names and of no other month's: "sept", "févr.",
 * "MÄR", "okt" and "maart" all work, "ju" does not.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januari', 'janvier', 'januar', 'janner'],
  ['february', 'februari', 'fevrier', 'februar', 'feber'],
  ['march', 'maart', 'mrt', 'mars', 'marz', 'maerz', 'mrz'],
  ['april', 'avril'],
  ['may', 'mei', 'mai'],
  ['june', 'juni', 'juin'],
  ['july', 'juli', 'juillet'],
  ['august', 'augustus', 'aout'],
  ['september', 'septembre'],
  ['october', 'oktober', 'octobre'],
  ['november', 'novembre'],
  ['december', 'decembre', 'dezember'],
];

/** Weekday names (1 = Monday), for the weekday the tables print before a date ("jeu. 11/12/2014"). */
const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['monday', 'maandag', 'lundi', 'montag'],
  ['tuesday', 'dinsdag', 'mardi', 'dienstag'],
  ['wednesday', 'woensdag', 'mercredi', 'mittwoch'],
  ['thursday', 'donderdag', 'jeudi', 'donnerstag'],
  ['friday', 'vrijdag', 'vendredi', 'freitag'],
  ['saturday', 'zaterdag', 'samedi', 'samstag', 'sonnabend'],
  ['sunday', 'zondag', 'dimanche', 'sonntag'],
];

/**
 * Days relative to the reference day, in the four languages ("morgen" is tomorrow in nl and de). A
 * Map, not an object: a typed word is looked up in it, and an object would also find
 * "constructor" or "__proto__" (Object.prototype's), which are not dates.
 */
const RELATIVE_WORDS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tomorrow', 1],
  ['yesterday', -1],
  ['vandaag', 0],
  ['morgen', 1],
  ['gisteren', -1],
  ["aujourd'hui", 0],
  ['aujourd’hui', 0],
  ['demain', 1],
  ['hier', -1],
  ['heute', 0],
  ['gestern', -1],
]);

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Year first: 2026-7-20, 2026/11/30, 2026.11.30 (one separator throughout). */
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
/** Day first, as stamps and the nl/fr/de tables write it: 14.03.26, 17/07/2026, 14-03-2026. */
const DAY_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;
/** Day, month name, year: 14 MAR 2026, 14 maart 2026, 14. März 2026, 1er mars 2026, 14-Mar-26. */
const DAY_NAME_YEAR = /^(\d{1,2})(?:er|st|nd|rd|th)?\.?[\s/-]*(\p{L}+)\.?[\s/-]*,?\s*(\d+)$/u;
/** Month name, day, year: March 14, 2026. */
const NAME_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d+)$/u;
/** A date with no year: 14/03, 14 mars. */
const NO_YEAR = /^(?:\d{1,2}[-/.]\d{1,2}\.?|\d{1,2}\.?\s*\p{L}+\.?|\p{L}+\.?\s*\d{1,2})$/u;
/** Days before or after the reference day: +30d, -7d, +1D. */
const OFFSET = /^([+-])(\d{1,5})\s*d$/i;
/** A leading weekday: "do 11/12/2014", "jeu. 11/12/2014", "Thu 11 Dec 2014", "Donnerstag, 11.12.2014". */
const LEADING_WORD = /^(\p{L}+)\.?,?\s+(?=\d)/u;

function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u00df/g, 'ss')
    .toLowerCase();
}

/** The numbers (1-based) of the entries of `names` that `word` starts, 3 letters at least unless a whole name. */
function namesStartedBy(names: readonly (readonly string[])[], word: string, minimum: number): number[] {
  const folded = fold(word);
  const found: number[] = [];
  names.forEach((variants, index) => {
    if (variants.some((name) => name === folded || (folded.length >= minimum && name.startsWith(folded)))) found.push(index + 1);
  });
  return found;
}

/** 1..12 for a month name in any of the four languages, or null (unknown, or the start of several). */
export function monthFromName(word: string): number | null {
  const months = namesStartedBy(MONTH_NAMES, word, 3);
  return months.length === 1 ? months[0]! : null;
}

/**
 * A two-digit year is read as the one year in 1995..2094 that ends in those digits: the only
 * years we accept, so the reading is never a guess.
 */
function expandYear(digits: string): number {
  if (digits.length !== 2) return Number(digits);
  const yy = Number(digits);
  return yy >= 95 ? 1900 + yy : 2000 + yy;
}

/**
 * Dates already read, by their exact text: a batch of a million travellers repeats the same few
 * thousand dates. Only accepted absolute dates are kept (never "today" or "+3d"), and the cache is
 * emptied when it gets large.
 */
const parsedDates = new Map<string, Day>();
const PARSED_DATES_LIMIT = 100_000;

/**
 * Parses a date as written on a stamp or typed by a user; ambiguous or impossible dates throw with
 * the reason. `reference` is the day "today", "tomorrow", "yesterday", "+30d" and "-7d" count
 * from; without it (stamp files, JSON, batch records: data that must mean the same tomorrow) a
 * relative date is refused.
 */
export function parseDate(text: string, location: InputLocation = {}, reference?: Day): Day {
  const known = knownDate(text);
  if (known !== null) return known;
  const relative = parseRelative(text, location, reference);
  if (relative !== null) return checkYear(relative, text, location);
  const day = parseAbsolute(text, location);
  if (parsedDates.size >= PARSED_DATES_LIMIT) parsedDates.clear();
  parsedDates.set(text, day);
  return day;
}

/**
 * The day of a date already read, or of a plain ISO date (YYYY-MM-DD, a real day, in the years
 * accepted), without a location to build: what `parseDate` returns for it. Null for anything else
 * (then `parseDate`, which also says what is wrong).
 */
export function knownDate(text: string): Day | null {
  // A plain ISO date is worked out, not looked up: hashing each fresh string of a JSON record costs more (issue 21).
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const dayOfMonth = digits(text, 8, 10);
    const day = year >= EARLIEST_YEAR && year <= LATEST_YEAR ? civilDayOrNull(year, month, dayOfMonth) : null;
    if (day !== null) return day;
  }
  return parsedDates.get(text) ?? null;
}

/** The number written by the ASCII digits text[from..to), or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function parseRelative(text: string, location: InputLocation, reference: Day | undefined): Day | null {
  const trimmed = text.trim();
  const word = trimmed.toLowerCase();
  const offsetMatch = OFFSET.exec(trimmed);
  const offset = offsetMatch ? (offsetMatch[1] === '-' ? -1 : 1) * Number(offsetMatch[2]) : RELATIVE_WORDS.get(word);
  if (offset === undefined) return null;
  if (reference === undefined) throw new InputError('date.relativeNotAllowed', { text }, location);
  return reference + offset;
}

function checkYear(day: Day, text: string, location: InputLocation): Day {
  const { year } = civilFromDay(day);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    throw new InputError('date.outOfRange', { text, earliest: EARLIEST_YEAR, latest: LATEST_YEAR }, location);
  }
  return day;
}

function parseAbsolute(text: string, location: InputLocation): Day {
  let rest = text.trim();
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(rest))) return civilDay(Number(match[1]), Number(match[2]), Number(match[3]), text, location);
  let weekdays: number[] | null = null;
  const leading = LEADING_WORD.exec(rest);
  if (leading) {
    const names = namesStartedBy(WEEKDAY_NAMES, leading[1]!, 2);
    if (names.length > 0) {
      weekdays = names;
      rest = rest.slice(leading[0].length);
    }
  }
  const day = parseWithoutWeekday(rest, text, location);
  if (weekdays !== null && !weekdays.includes(isoWeekday(day))) {
    throw new InputError('date.weekdayMismatch', { text, weekday: leading![1]! }, location);
  }
  return day;
}

function parseWithoutWeekday(rest: string, text: string, location: InputLocation): Day {
  let match: RegExpExecArray | null;
  if ((match = YEAR_FIRST.exec(rest))) return civilDay(Number(match[1]), Number(match[3]), Number(match[4]), text, location);
  if ((match = DAY_FIRST.exec(rest))) return civilDay(expandYear(match[4]!), Number(match[3]), Number(match[1]), text, location);
  const dayFirst = DAY_NAME_YEAR.exec(rest);
  const named = dayFirst ?? NAME_DAY_YEAR.exec(rest);
  if (named) {
    const [dayText, monthText] = dayFirst ? [named[1]!, named[2]!] : [named[2]!, named[1]!];
    const month = monthFromName(monthText);
    if (month === null) throw new InputError('date.unknownMonth', { text, month: monthText }, location);
    const yearText = named[3]!;
    if (yearText.length !== 2 && yearText.length !== 4) throw new InputError('date.unrecognised', { text }, location);
    return civilDay(expandYear(yearText), month, Number(dayText), text, location);
  }
  if (NO_YEAR.test(rest)) throw new InputError('date.yearMissing', { text }, location);
  throw new InputError('date.unrecognised', { text }, location);
}

/** The day of a date whose parts were read; the refusal says which part is wrong. */
function civilDay(year: number, month: number, dayOfMonth: number, text: string, location: InputLocation): Day {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    throw new InputError('date.outOfRange', { text, earliest: EARLIEST_YEAR, latest: LATEST_YEAR }, location);
  }
  if (month < 1 || month > 12) throw new InputError('date.noSuchMonth', { text, month }, location);
  const result = civilDayOrNull(year, month, dayOfMonth);
  if (result === null) throw new InputError('date.noSuchDay', { text }, location);
  return result;
}

/**
 * The day of a calendar date (a year of four digits), or null if there is no such date (31.02):
 * checked against the days of its month, by arithmetic: batch runs parse millions of dates, and a
 * luxon object per date would cost more than everything else together.
 */
export function civilDayOrNull(year: number, month: number, dayOfMonth: number): Day | null {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;
  return dayFromCivil(year, month, dayOfMonth);
}
