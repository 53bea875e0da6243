import { civilFromDay, dayFromCivil, isoWeekday, type Day } from '../core/day.js';
import type { Language } from '../messages/catalogue.js';

/**
 * A day the way a reader of each language writes it, with the weekday (deadlines hinge on it):
 * `Wed 8 Apr 2026`, `wo 08/04/2026`, `mer. 08/04/2026`, `Mi. 08.04.2026`. The names are those of the
 * CLDR (what luxon and Intl print; test/render/format-date.test.ts compares every day with luxon),
 * written out here so that a warning or a table does not load a date library to say one date.
 */
const WEEKDAYS: Record<Language, readonly string[]> = {
  // ISO order, Monday first.
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  fr: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
  de: ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'],
};
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The CLDR's short month names standing alone (luxon's `LLL`), for the calendar's month labels. */
const MONTHS: Record<Language, readonly string[]> = {
  en: ENGLISH_MONTHS,
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
};

const twoDigits = (value: number) => String(value).padStart(2, '0');

export function formatDay(day: Day, language: Language): string {
  const { year, month, dayOfMonth } = civilFromDay(day);
  const weekday = WEEKDAYS[language][isoWeekday(day) - 1];
  if (language === 'en') return `${weekday} ${dayOfMonth} ${ENGLISH_MONTHS[month - 1]} ${year}`;
  const separator = language === 'de' ? '.' : '/';
  return `${weekday} ${twoDigits(dayOfMonth)}${separator}${twoDigits(month)}${separator}${year}`;
}

/**
 * The month of a day and its year, as luxon's `LLL yyyy` prints it (`Apr 2026`, `mrt 2026`,
 * `févr. 2026`, `Mär 2026`): the calendar labels its rows without loading luxon (issue 21).
 */
export function formatMonth(day: Day, language: Language): string {
  const { year, month } = civilFromDay(day);
  return `${MONTHS[language][month - 1]} ${year}`;
}

/** The same for an ISO date carried in a warning's parameters; anything else is shown as it is. */
export function formatIsoDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) return isoDate;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayFromCivil(year, month, dayOfMonth);
  // An impossible date (2026-02-30) would roll over into another day: show it as written instead.
  const civil = civilFromDay(day);
  return civil.month === month && civil.dayOfMonth === dayOfMonth ? formatDay(day, language) : isoDate;
}

/**
 * A day as a form prints it, without the weekday: `24 Dec 2026`, `24/12/2026` (nl, fr),
 * `24.12.2026` (de).
 */
export function formatFormDay(day: Day, language: Language): string {
  const { year, month, dayOfMonth } = civilFromDay(day);
  if (language === 'en') return `${dayOfMonth} ${ENGLISH_MONTHS[month - 1]} ${year}`;
  const separator = language === 'de' ? '.' : '/';
  return `${twoDigits(dayOfMonth)}${separator}${twoDigits(month)}${separator}${year}`;
}
