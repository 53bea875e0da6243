import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/core/day.js';
import { InputError } from '../../src/errors.js';
import { parseDate } from '../../src/parse/dates.js';

describe('parseDate accepts the stamped and typed forms', () => {
  it.each([
    ['ISO', '2026-03-14', [2026, 3, 14]],
    ['stamped, two-digit year', '14.03.26', [2026, 3, 14]],
    ['stamped, four-digit year', '14.03.2026', [2026, 3, 14]],
    ['stamped, one-digit day and month', '4.3.26', [2026, 3, 4]],
    ['spelled month', '14 MAR 2026', [2026, 3, 14]],
    ['spelled month, lower case', '14 mar 2026', [2026, 3, 14]],
    ['spelled month, two-digit year', '01 JAN 99', [1999, 1, 1]],
    ['two-digit year 95 is 1995', '26.03.95', [1995, 3, 26]],
    ['two-digit year 94 is 2094', '01.01.94', [2094, 1, 1]],
    ['29 February of a leap year', '29.02.2024', [2024, 2, 29]],
  ] as const)('%s: %s', (_name, text, [year, month, day]) => {
    expect(parseDate(text)).toBe(dayFromCivil(year, month, day));
  });
});

describe('parseDate refuses what it would have to guess', () => {
  it.each([
    ['slashes: day/month order unknown', '03/04/2026', 'day and month order is ambiguous'],
    ['US order with dashes', '03-14-2026', 'day and month order is ambiguous'],
    ['31 February', '31.02.2026', 'no such day'],
    ['29 February of a common year', '2025-02-29', 'no such day'],
    ['month 13', '2026-13-01', 'no such day'],
    ['unknown month name', '14 MRZ 2026', 'unknown month "MRZ"'],
    ['free text', 'yesterday', 'unrecognised form'],
    ['ISO without leading zeros', '2026-3-14', 'day and month order is ambiguous'],
  ])('%s: %s', (_name, text, why) => {
    expect(() => parseDate(text, { file: 'f.txt', line: 3, field: 'date' })).toThrowError(why);
    try {
      parseDate(text, { file: 'f.txt', line: 3, field: 'date' });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).location).toEqual({ file: 'f.txt', line: 3, field: 'date' });
      expect((error as InputError).message).toContain('expected YYYY-MM-DD');
    }
  });

  it('refuses dates before 1995 and after 2100', () => {
    expect(() => parseDate('1994-12-31')).toThrowError('outside the years we accept');
    expect(() => parseDate('2101-01-01')).toThrowError('outside the years we accept');
  });
});
