import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/core/day.js';
import { daysNotCountedIn, isKnownCountry, schengenCountsFrom } from '../../src/core/membership.js';
import { computeStatus } from '../../src/core/reports.js';
import { assembleHistory } from '../../src/parse/assemble-history.js';
import { parseStampFile } from '../../src/parse/stamp-file.js';

const d = (y: number, m: number, day: number) => dayFromCivil(y, m, day);

describe('Schengen membership timeline (rules.md §4)', () => {
  it.each([
    ['HR', d(2023, 1, 1)],
    ['BG', d(2024, 3, 31)],
    ['RO', d(2024, 3, 31)],
    ['CH', d(2008, 12, 12)],
    ['LI', d(2011, 12, 19)],
    ['PL', d(2007, 12, 21)],
    ['BE', d(1995, 3, 26)],
  ])('%s counts from its accession', (country, day) => {
    expect(schengenCountsFrom(country)).toBe(day);
  });

  it.each(['CY', 'IE', 'GB'])('%s never counts', (country) => {
    expect(schengenCountsFrom(country)).toBeNull();
    expect(daysNotCountedIn(country, { first: d(2026, 1, 1), last: d(2026, 1, 5) })).toEqual({ first: d(2026, 1, 1), last: d(2026, 1, 5) });
  });

  it('BG/RO days count from 31.03.2024, not from 1.1.2025 (a common secondary-source error)', () => {
    expect(daysNotCountedIn('BG', { first: d(2024, 3, 20), last: d(2024, 4, 5) })).toEqual({ first: d(2024, 3, 20), last: d(2024, 3, 30) });
    expect(daysNotCountedIn('RO', { first: d(2024, 12, 1), last: d(2024, 12, 31) })).toBeNull();
  });

  it('unknown codes are not known', () => {
    expect(isKnownCountry('XX')).toBe(false);
    expect(() => schengenCountsFrom('XX')).toThrow(RangeError);
  });
});

describe('country-aware stamps in a history', () => {
  const on = (text: string, y: number, m: number, day: number) => {
    const history = assembleHistory(parseStampFile(text, 's.txt'), d(y, m, day));
    return { used: computeStatus(history, d(y, m, day)).daysUsed, warnings: history.warnings };
  };

  it('a stay in Croatia crossing 01.01.2023 counts from that date', () => {
    // 01.01–10.01.2023 = 10 days; the 184 days of 2022 do not count.
    const result = on('entry 2022-07-01 HR Bregana\nexit 2023-01-10 HR', 2023, 1, 10);
    expect(result.used).toBe(10);
    expect(result.warnings).toContainEqual({ code: 'daysNotCountedInState', params: { country: 'HR', first: '2022-07-01', last: '2022-12-31' } });
  });

  it('a stay in Bulgaria 20.03–05.04.2024 counts 6 days (31.03–05.04)', () => {
    expect(on('entry 2024-03-20 BG\nexit 2024-04-05 BG', 2024, 4, 5).used).toBe(6);
  });

  it('days in Cyprus never count', () => {
    expect(on('entry 2026-05-01 CY Larnaca\nexit 2026-05-20 CY', 2026, 5, 20).used).toBe(0);
  });

  it('a stamp without a country counts in full', () => {
    expect(on('entry 2026-05-01\nexit 2026-05-20', 2026, 5, 20).used).toBe(20);
  });
});
