import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, civilFromDay, dayFromCivil, daysInMonth } from '../../src/core/day.js';

/** dayFromCivil counts real dates itself (issue 21) and leaves the rest to Date.UTC: the same day either way. */
describe('dayFromCivil', () => {
  it('gives the days since 1970-01-01 counted by hand', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    // 2000-01-01: 30 years, 7 leap days (1972–1996): 30 × 365 + 7 = 10957; then 31 (January) + 29 (a leap February).
    expect(dayFromCivil(2000, 3, 1)).toBe(10957 + 31 + 29);
    // 2026-01-01: 56 years, 14 leap days (1972–2024): 20454; to 22 November: 304 days of January–October, then 21.
    expect(dayFromCivil(2026, 11, 22)).toBe(20454 + 304 + 21);
    // 1969-12-31 is the day before day 0; 2100 is no leap year: 28 February then 1 March.
    expect(dayFromCivil(1969, 12, 31)).toBe(-1);
    expect(dayFromCivil(2100, 3, 1) - dayFromCivil(2100, 2, 28)).toBe(1);
  });

  it('is Date.UTC’s day for any numbers, real dates or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 12_000 }), fc.integer({ min: -2, max: 15 }), fc.integer({ min: -2, max: 34 }), (year, month, day) => {
        expect(dayFromCivil(year, month, day)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
      }),
      { numRuns: 5000 },
    );
  });

  it('knows the length of every month, February by the Gregorian leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2024, 2100, 2000, 1900].map((year) => daysInMonth(year, 2))).toEqual([29, 28, 29, 28]);
  });

  it('civilFromDay reads back the date of every day, as a Date object does', () => {
    // 20779 is 2026-11-22 (counted above); -1 is 1969-12-31; 11016 is 29 February 2000.
    expect([20779, -1, 11016].map(civilFromDay)).toEqual([
      { year: 2026, month: 11, dayOfMonth: 22 },
      { year: 1969, month: 12, dayOfMonth: 31 },
      { year: 2000, month: 2, dayOfMonth: 29 },
    ]);
    // From the year 190 (day -650,000): Date.UTC reads the years 0–99 as 1900–1999, so below them a date does not read back.
    fc.assert(
      fc.property(fc.integer({ min: -650_000, max: 3_000_000 }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(civilFromDay(day)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() });
        expect(dayFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it('addMonths keeps the day of the month, clamped to the month’s end, as Date.UTC’s carrying over did', () => {
    // 31 August 2026 + 6 months: February 2027 has 28 days. 31 January 2024 + 1: 29 February (leap year).
    expect(addMonths(dayFromCivil(2026, 8, 31), 6)).toBe(dayFromCivil(2027, 2, 28));
    expect(addMonths(dayFromCivil(2024, 1, 31), 1)).toBe(dayFromCivil(2024, 2, 29));
    expect(addMonths(dayFromCivil(2026, 11, 22), -24)).toBe(dayFromCivil(2024, 11, 22));
    // The way it was worked out before (issue 21): the day in the month carried over by Date.UTC, at most that month's last day.
    const byDate = (day: number, months: number) => {
      const { year, month, dayOfMonth } = civilFromDay(day);
      return Math.min(Date.UTC(year, month - 1 + months, dayOfMonth), Date.UTC(year, month + months, 0)) / 86_400_000;
    };
    fc.assert(
      fc.property(fc.integer({ min: -650_000, max: 3_000_000 }), fc.integer({ min: -2400, max: 2400 }), (day, months) => {
        expect(addMonths(day, months)).toBe(byDate(day, months));
      }),
      { numRuns: 5000 },
    );
  });
});
