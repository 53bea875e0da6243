import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday, type Day } from '../../src/core/day.js';
import { findDeclarationDeadline, type CalendarEntry, type DeadlineCalendar, type NonWorkingDay } from '../../src/core/working-days.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The day of an ISO date, refusing a wrong weekday so that every hand-written weekday below is checked. */
function day(iso: string, weekday: (typeof WEEKDAYS)[number]): Day {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const actual = WEEKDAYS[new Date(ms).getUTCDay()];
  if (actual !== weekday) throw new Error(`${iso} is a ${actual}, not a ${weekday}`);
  return ms / 86_400_000;
}
const iso = (d: Day): string => new Date(d * 86_400_000).toISOString().slice(0, 10);

function calendar(holidays: Record<string, CalendarEntry> = {}, saturdayIsWorkingDay = false): DeadlineCalendar {
  return { saturdayIsWorkingDay, holidays: new Map(Object.entries(holidays).map(([date, entry]) => [Date.parse(date) / 86_400_000, entry])) };
}
const readable = (skipped: readonly NonWorkingDay[]) => skipped.map((s) => `${iso(s.day)} ${s.reason}${s.name === undefined ? '' : ` ${s.name}`}`);
const deadline = (arrival: Day, cal: DeadlineCalendar, workingDays = 3) => {
  const result = findDeclarationDeadline(arrival, workingDays, cal);
  return { deadline: iso(result.deadline), skipped: readable(result.skipped) };
};

// The week of Mon 2026-03-09 .. Sun 2026-03-15 has no Belgian holiday near it.
describe('three working days, Monday to Friday, no holidays', () => {
  it.each([
    ['Mon', day('2026-03-09', 'Mon'), '2026-03-12', []], // Tue 10, Wed 11, Thu 12
    ['Tue', day('2026-03-10', 'Tue'), '2026-03-13', []], // Wed 11, Thu 12, Fri 13
    ['Wed', day('2026-03-11', 'Wed'), '2026-03-16', ['2026-03-14 saturday', '2026-03-15 sunday']], // Thu 12, Fri 13, Mon 16
    ['Thu', day('2026-03-12', 'Thu'), '2026-03-17', ['2026-03-14 saturday', '2026-03-15 sunday']], // Fri 13, Mon 16, Tue 17
    ['Fri', day('2026-03-13', 'Fri'), '2026-03-18', ['2026-03-14 saturday', '2026-03-15 sunday']], // Mon 16, Tue 17, Wed 18
    ['Sat', day('2026-03-14', 'Sat'), '2026-03-18', ['2026-03-15 sunday']], // the arrival Saturday is not listed: it never counts anyway
    ['Sun', day('2026-03-15', 'Sun'), '2026-03-18', []], // Mon 16, Tue 17, Wed 18
  ])('arrival on a %s', (_weekday, arrival, expected, skipped) => {
    expect(deadline(arrival, calendar())).toEqual({ deadline: expected, skipped });
  });
});

describe('Saturday as a working day (the pre-2023 case law, rules.md §3.2)', () => {
  const saturdays = calendar({}, true);
  it.each([
    ['Wed', day('2026-03-11', 'Wed'), '2026-03-14', []], // Thu 12, Fri 13, Sat 14
    ['Thu', day('2026-03-12', 'Thu'), '2026-03-16', ['2026-03-15 sunday']], // Fri 13, Sat 14, Mon 16
    ['Fri', day('2026-03-13', 'Fri'), '2026-03-17', ['2026-03-15 sunday']], // Sat 14, Mon 16, Tue 17
    ['Sat', day('2026-03-14', 'Sat'), '2026-03-18', ['2026-03-15 sunday']], // Mon 16, Tue 17, Wed 18
  ])('arrival on a %s', (_weekday, arrival, expected, skipped) => {
    expect(deadline(arrival, saturdays)).toEqual({ deadline: expected, skipped });
  });

  it('a holiday on a Saturday still does not count', () => {
    const cal = calendar({ '2026-03-14': { kind: 'holiday', name: 'h' } }, true);
    // Fri 13, Mon 16, Tue 17 (Sat 14 is the holiday, Sun 15 a Sunday)
    expect(deadline(day('2026-03-12', 'Thu'), cal)).toEqual({ deadline: '2026-03-17', skipped: ['2026-03-14 holiday h', '2026-03-15 sunday'] });
  });
});

describe('holidays and closing days', () => {
  it('a weekday holiday is passed over and listed with its name', () => {
    const cal = calendar({ '2026-03-17': { kind: 'holiday', name: 'x' } });
    // Fri 13 → Mon 16, (Tue 17 holiday), Wed 18, Thu 19
    expect(deadline(day('2026-03-13', 'Fri'), cal)).toEqual({
      deadline: '2026-03-19',
      skipped: ['2026-03-14 saturday', '2026-03-15 sunday', '2026-03-17 holiday x'],
    });
  });

  it('a holiday on a Sunday is listed as the holiday, once, and moves nothing', () => {
    const cal = calendar({ '2026-03-15': { kind: 'holiday', name: 'h' } });
    expect(deadline(day('2026-03-13', 'Fri'), cal)).toEqual({ deadline: '2026-03-18', skipped: ['2026-03-14 saturday', '2026-03-15 holiday h'] });
  });

  it('community and closing days are passed over with their own reason', () => {
    const cal = calendar({ '2026-03-16': { kind: 'community', name: 'c' }, '2026-03-17': { kind: 'closed', name: 'closed' } });
    // Fri 13 → (Sat 14, Sun 15, Mon 16 community, Tue 17 closed) Wed 18, Thu 19, Fri 20
    expect(deadline(day('2026-03-13', 'Fri'), cal)).toEqual({
      deadline: '2026-03-20',
      skipped: ['2026-03-14 saturday', '2026-03-15 sunday', '2026-03-16 community c', '2026-03-17 closed closed'],
    });
  });

  it('a holiday on the arrival day or after the deadline changes nothing and is not listed', () => {
    const cal = calendar({ '2026-03-09': { kind: 'holiday', name: 'a' }, '2026-03-13': { kind: 'holiday', name: 'b' } });
    // Mon 9 → Tue 10, Wed 11, Thu 12; Fri 13 comes after
    expect(deadline(day('2026-03-09', 'Mon'), cal)).toEqual({ deadline: '2026-03-12', skipped: [] });
  });

  it('a long closure is crossed', () => {
    const closed = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [iso(day('2026-03-16', 'Mon') + i), { kind: 'closed', name: 'closed' } as const]));
    // closed Mon 16 Mar .. Tue 14 Apr; then Wed 15, Thu 16, Fri 17 April
    const result = findDeclarationDeadline(day('2026-03-13', 'Fri'), 3, calendar(closed));
    expect(iso(result.deadline)).toBe('2026-04-17');
    expect(isoWeekday(result.deadline)).toBe(5);
    expect(result.skipped).toHaveLength(2 + 30);
  });
});

describe('other numbers of working days', () => {
  it('0 is the arrival day itself, 1 the next working day', () => {
    expect(deadline(day('2026-03-13', 'Fri'), calendar(), 0)).toEqual({ deadline: '2026-03-13', skipped: [] });
    expect(deadline(day('2026-03-13', 'Fri'), calendar(), 1)).toEqual({ deadline: '2026-03-16', skipped: ['2026-03-14 saturday', '2026-03-15 sunday'] });
  });

  it('10 working days (annex 3ter): Mon 9 → Mon 23 March 2026', () => {
    // Tue 10 .. Fri 13 (4), Mon 16 .. Fri 20 (9), Mon 23 (10)
    expect(deadline(day('2026-03-09', 'Mon'), calendar(), 10)).toEqual({
      deadline: '2026-03-23',
      skipped: ['2026-03-14 saturday', '2026-03-15 sunday', '2026-03-21 saturday', '2026-03-22 sunday'],
    });
  });

  it.each([-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s working days', (n) => {
    expect(() => findDeclarationDeadline(0, n, calendar())).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('every day between arrival and deadline is either counted or listed, in order, and the deadline is a working day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 9131, max: 47_846 }), // 1995-01-01 .. 2100-12-31
        fc.integer({ min: 0, max: 15 }),
        fc.boolean(),
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 12 }),
        (arrival, workingDays, saturdayIsWorkingDay, offsets) => {
          const holidays = new Map(offsets.map((o): [Day, CalendarEntry] => [arrival + o, { kind: 'holiday', name: `h${o}` }]));
          const cal: DeadlineCalendar = { saturdayIsWorkingDay, holidays };
          const { deadline: end, skipped } = findDeclarationDeadline(arrival, workingDays, cal);
          expect(end - arrival).toBe(workingDays + skipped.length);
          const days = skipped.map((s) => s.day);
          expect(days).toEqual([...days].sort((a, b) => a - b));
          expect(new Set(days).size).toBe(days.length);
          for (const s of skipped) {
            expect(s.day).toBeGreaterThan(arrival);
            expect(s.day).toBeLessThan(end);
          }
          if (workingDays > 0) {
            expect(holidays.has(end)).toBe(false);
            expect(isoWeekday(end)).toBeLessThanOrEqual(saturdayIsWorkingDay ? 6 : 5);
          }
        },
      ),
    );
  });
});
