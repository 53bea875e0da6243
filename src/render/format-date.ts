import { DateTime } from 'luxon';
import type { Day } from '../core/day.js';
import type { Language } from '../messages/catalogue.js';

const PATTERNS: Record<Language, string> = {
  en: 'EEE d MMM yyyy',
  nl: 'EEE dd/MM/yyyy',
  fr: 'EEE dd/MM/yyyy',
  de: 'EEE dd.MM.yyyy',
};

/** A day the way a reader of `language` writes it, with the weekday (deadlines hinge on it). */
export function formatDay(day: Day, language: Language): string {
  return DateTime.fromMillis(day * 86_400_000, { zone: 'utc', locale: language }).toFormat(PATTERNS[language]);
}

/** The same for an ISO date carried in a warning's parameters. */
export function formatIsoDate(isoDate: string, language: Language): string {
  const date = DateTime.fromISO(isoDate, { zone: 'utc' });
  return date.isValid ? formatDay(Math.round(date.toMillis() / 86_400_000), language) : isoDate;
}
