import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/iso-date.js';

/** isoDate keeps what it formats in blocks of 512 days (1995-01-01 .. 2100-12-31); outside, it formats each time. */
describe('isoDate', () => {
  it('the edges of the kept days and of their blocks', () => {
    // Day 0 is 1970-01-01; 1995-01-01 is 25 years later with 6 leap days (72..92): 25 * 365 + 6 = 9131.
    expect(isoDate(9131)).toBe('1995-01-01');
    expect(isoDate(9130)).toBe('1994-12-31'); // before the kept days
    // The first block ends 511 days after 1995-01-01: 365 days of 1995, then 146 days into 1996, a
    // leap year (Jan..Apr: 31 + 29 + 31 + 30 = 121 days; 146 - 121 = 25 days after May 1st: May 26th).
    expect(isoDate(9131 + 510)).toBe('1996-05-25'); // asked first: a neighbour kept in the wrong place would show
    expect(isoDate(9131 + 511)).toBe('1996-05-26');
    expect(isoDate(9131 + 512)).toBe('1996-05-27'); // the first day of the second block
    // 2100-12-31: 1995-01-01 + 38,715 days (106 years of 365 days and 26 leap days, 1996..2096: 38,716 days in all).
    expect(isoDate(9131 + 38_715)).toBe('2100-12-31');
    expect(isoDate(9131 + 38_716)).toBe('2101-01-01'); // after the kept days
  });

  it('asked twice, the same text (the second from the block)', () => {
    expect(isoDate(20_000)).toBe(isoDate(20_000));
    expect(isoDate(20_000)).toBe('2024-10-04'); // 2024-01-01 is day 19,723 (54 years, 13 leap days); +277 = Oct 4th (leap year: 274 days to Oct 1st)
  });
});
