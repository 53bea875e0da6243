import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/messages/catalogue.js';
import { formatDay, formatIsoDate, formatMonth } from '../../src/render/format-date.js';

/** What luxon (CLDR through Intl) prints for the same patterns: the reference our own tables must match. */
const LUXON_PATTERNS: Record<Language, string> = { en: 'EEE d MMM yyyy', nl: 'EEE dd/MM/yyyy', fr: 'EEE dd/MM/yyyy', de: 'EEE dd.MM.yyyy' };
const LANGUAGES: readonly Language[] = ['en', 'nl', 'fr', 'de'];

describe('formatDay without luxon', () => {
  it.each([
    ['en', 'Wed 8 Apr 2026'],
    ['nl', 'wo 08/04/2026'],
    ['fr', 'mer. 08/04/2026'],
    ['de', 'Mi. 08.04.2026'],
  ] as const)('%s: %s (the examples of docs/settings.md, "Languages")', (language, expected) => {
    expect(formatIsoDate('2026-04-08', language)).toBe(expected);
  });

  it('prints what luxon prints for every day 1995-01-01..2101-12-31 in every language', () => {
    const first = Date.UTC(1995, 0, 1) / 86_400_000;
    const last = Date.UTC(2101, 11, 31) / 86_400_000;
    for (const language of LANGUAGES) {
      // Every day of a few years, then every 13th day (all weekdays and months) of the whole range.
      for (let day = first; day <= last; day += day < first + 4 * 366 ? 1 : 13) {
        const expected = DateTime.fromMillis(day * 86_400_000, { zone: 'utc', locale: language }).toFormat(LUXON_PATTERNS[language]);
        expect(formatDay(day, language), `${language} ${day}`).toBe(expected);
      }
    }
  });

  it('an ISO text that is not a date is shown as written', () => {
    expect(formatIsoDate('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatIsoDate('soon', 'de')).toBe('soon');
  });
});

describe('formatMonth without luxon (the calendar’s month labels, issue 21)', () => {
  it('prints what luxon prints for LLL yyyy, every month of 2026 and 2099, in every language', () => {
    for (const language of LANGUAGES) {
      for (const year of [2026, 2099]) {
        for (let month = 1; month <= 12; month += 1) {
          const day = Date.UTC(year, month - 1, 15) / 86_400_000;
          expect(formatMonth(day, language), `${language} ${year}-${month}`).toBe(DateTime.fromMillis(day * 86_400_000, { zone: 'utc', locale: language }).toFormat('LLL yyyy'));
        }
      }
    }
  });
});
