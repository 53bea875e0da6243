import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/core/day.js';
import { findDeclarationDeadline, type DeadlineCalendar } from '../../src/core/working-days.js';
import { belgianHolidays, easterSunday } from '../../src/holidays/belgium.js';

const d = (iso: string): Day => {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, day) / 86_400_000;
};
const iso = (day: Day) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const weekday = (iso: string) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${iso}T00:00:00Z`).getUTCDay()];
const sortedIsos = (calendar: ReadonlyMap<Day, unknown>) => [...calendar.keys()].sort((a, b) => a - b).map(iso);

const NAMES = ['newYear', 'easterMonday', 'labourDay', 'ascension', 'whitMonday', 'nationalDay', 'assumption', 'allSaints', 'armistice', 'christmas'];

/**
 * Written out by hand from Easter (rules.md §3.3 for 2022-2027; 1995-04-16, 2000-04-23, 2038-04-25,
 * 2100-03-28): Easter Monday = Easter + 1, Ascension = Easter + 39, Whit Monday = Easter + 50, and the
 * seven fixed dates. In the order of NAMES, which is also date order in these years.
 */
const LEGAL_HOLIDAYS: Record<number, string[]> = {
  1995: ['1995-01-01', '1995-04-17', '1995-05-01', '1995-05-25', '1995-06-05', '1995-07-21', '1995-08-15', '1995-11-01', '1995-11-11', '1995-12-25'],
  2000: ['2000-01-01', '2000-04-24', '2000-05-01', '2000-06-01', '2000-06-12', '2000-07-21', '2000-08-15', '2000-11-01', '2000-11-11', '2000-12-25'],
  2022: ['2022-01-01', '2022-04-18', '2022-05-01', '2022-05-26', '2022-06-06', '2022-07-21', '2022-08-15', '2022-11-01', '2022-11-11', '2022-12-25'],
  2023: ['2023-01-01', '2023-04-10', '2023-05-01', '2023-05-18', '2023-05-29', '2023-07-21', '2023-08-15', '2023-11-01', '2023-11-11', '2023-12-25'],
  2024: ['2024-01-01', '2024-04-01', '2024-05-01', '2024-05-09', '2024-05-20', '2024-07-21', '2024-08-15', '2024-11-01', '2024-11-11', '2024-12-25'],
  2025: ['2025-01-01', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09', '2025-07-21', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-25'],
  2026: ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-07-21', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25'],
  2027: ['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-07-21', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25'],
  2038: ['2038-01-01', '2038-04-26', '2038-05-01', '2038-06-03', '2038-06-14', '2038-07-21', '2038-08-15', '2038-11-01', '2038-11-11', '2038-12-25'],
  2100: ['2100-01-01', '2100-03-29', '2100-05-01', '2100-05-06', '2100-05-17', '2100-07-21', '2100-08-15', '2100-11-01', '2100-11-11', '2100-12-25'],
};

/** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher): a different method from the epact computation of src/holidays. */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

const ALL_YEARS = Array.from({ length: 2101 - 1995 + 1 }, (_, i) => 1995 + i);

describe('Belgian legal holidays, against a hand-made list and a second Easter computation', () => {
  it.each(Object.entries(LEGAL_HOLIDAYS))('%s: exactly the ten legal holidays, with their names', (year, dates) => {
    const calendar = belgianHolidays(Number(year), Number(year));
    expect(sortedIsos(calendar)).toEqual(dates);
    expect(dates.map((date) => calendar.get(d(date)))).toEqual(NAMES.map((name) => ({ kind: 'holiday', name })));
  });

  it('the Easter algorithm of this test agrees with the Easter dates written by hand', () => {
    const easters = ['1995-04-16', '2000-04-23', '2022-04-17', '2023-04-09', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25', '2100-03-28'];
    expect(easters.map((date) => iso(easter(Number(date.slice(0, 4)))))).toEqual(easters);
  });

  it('Easter Sunday of src/holidays agrees with this test\'s algorithm every year 1583-4099, and is a Sunday in March or April', () => {
    for (let year = 1583; year <= 4099; year += 1) {
      const own = easterSunday(year);
      expect(own, String(year)).toBe(easter(year));
      expect(weekday(iso(own)), String(year)).toBe('Sun');
      expect(own, String(year)).toBeGreaterThanOrEqual(d(`${year}-03-22`));
      expect(own, String(year)).toBeLessThanOrEqual(d(`${year}-04-25`));
    }
    // The extremes of the Gregorian cycle: 22 March (1818, 2285) and 25 April (1943, 2038).
    expect(['1818', '2285', '1943', '2038'].map((year) => iso(easterSunday(Number(year))))).toEqual(['1818-03-22', '2285-03-22', '1943-04-25', '2038-04-25']);
  });

  it('every year 1995-2101: the ten holidays on the right days, nothing else', () => {
    const all = belgianHolidays(1995, 2101);
    for (const year of ALL_YEARS) {
      const e = easter(year);
      const fixed = (month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;
      const expected = new Map([
        [fixed(1, 1), 'newYear'],
        [e + 1, 'easterMonday'],
        [e + 39, 'ascension'],
        [e + 50, 'whitMonday'],
        [fixed(7, 21), 'nationalDay'],
        [fixed(8, 15), 'assumption'],
        [fixed(11, 1), 'allSaints'],
        [fixed(11, 11), 'armistice'],
        [fixed(12, 25), 'christmas'],
      ]);
      // Labour Day names 1 May even when Ascension falls on it (only 2008 in this range).
      expected.set(fixed(5, 1), 'labourDay');
      const own = belgianHolidays(year, year);
      expect(new Map([...own].map(([day, entry]) => [day, entry.name])), String(year)).toEqual(expected);
      expect(own.size, String(year)).toBe(year === 2008 ? 9 : 10);
      for (const day of own.keys()) expect(all.get(day)).toEqual(own.get(day));
    }
    expect(all.size).toBe(107 * 10 - 1);
  });

  it('2008: Ascension on 1 May (Easter 23 March), one day for two holidays', () => {
    const calendar = belgianHolidays(2008, 2008);
    expect(sortedIsos(calendar)).toEqual(['2008-01-01', '2008-03-24', '2008-05-01', '2008-05-12', '2008-07-21', '2008-08-15', '2008-11-01', '2008-11-11', '2008-12-25']);
    expect(calendar.get(d('2008-05-01'))).toEqual({ kind: 'holiday', name: 'labourDay' });
  });

  it('Good Friday, Easter Sunday, Whit Sunday, 2 November, 15 November and 26 December are not legal holidays', () => {
    const all = belgianHolidays(1995, 2101);
    for (const year of ALL_YEARS) {
      const e = easter(year);
      for (const day of [e - 2, e, e + 49, d(`${year}-11-02`), d(`${year}-11-15`), d(`${year}-12-26`)]) {
        expect(all.has(day), `${iso(day)} is listed`).toBe(false);
      }
    }
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env['TZ'];
    const reference = sortedIsos(belgianHolidays(2024, 2026));
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Brussels', 'UTC']) {
        process.env['TZ'] = zone;
        expect(sortedIsos(belgianHolidays(2024, 2026)), zone).toEqual(reference);
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });

  it('community days only when asked, and only the one asked', () => {
    const plain = belgianHolidays(2026, 2026);
    for (const date of ['2026-07-11', '2026-09-27', '2026-11-15']) expect(plain.has(d(date))).toBe(false);
    const flemish = belgianHolidays(2025, 2026, { community: 'vlg' });
    expect(flemish.get(d('2025-07-11'))).toEqual({ kind: 'community', name: 'flemishCommunity' });
    expect(flemish.get(d('2026-07-11'))).toEqual({ kind: 'community', name: 'flemishCommunity' });
    expect(flemish.has(d('2026-09-27'))).toBe(false);
    expect(flemish.size).toBe(2 * 11);
    expect(belgianHolidays(2026, 2026, { community: 'fr' }).get(d('2026-09-27'))).toEqual({ kind: 'community', name: 'frenchCommunity' });
    expect(belgianHolidays(2026, 2026, { community: 'de' }).get(d('2026-11-15'))).toEqual({ kind: 'community', name: 'germanCommunity' });
  });

  it('closing days as given; a closing day that is a holiday stays the holiday', () => {
    const calendar = belgianHolidays(2026, 2026, { closedDays: [d('2026-03-16'), d('2026-12-25'), d('2027-01-04')] });
    expect(calendar.get(d('2026-03-16'))).toEqual({ kind: 'closed', name: 'closed' });
    expect(calendar.get(d('2026-12-25'))).toEqual({ kind: 'holiday', name: 'christmas' });
    // Outside the years asked, but the caller named it: closing days are not tied to a year.
    expect(calendar.get(d('2027-01-04'))).toEqual({ kind: 'closed', name: 'closed' });
  });

  it('refuses years it cannot vouch for', () => {
    expect(() => belgianHolidays(1994, 1995)).toThrow(Error);
    expect(() => belgianHolidays(2101, 2102)).toThrow(Error);
    expect(() => belgianHolidays(2026, 2025)).toThrow(Error);
    expect(() => belgianHolidays(2025.5, 2026)).toThrow(Error);
  });
});

describe('declaration deadline with the Belgian calendar: the 3rd working day after arrival (rules.md §3.2)', () => {
  const calendar = (year: number, extra: { saturdayIsWorkingDay?: boolean; community?: 'vlg' } = {}): DeadlineCalendar => ({
    saturdayIsWorkingDay: extra.saturdayIsWorkingDay ?? false,
    holidays: belgianHolidays(year, year + 1, extra.community === undefined ? {} : { community: extra.community }),
  });
  const deadline = (arrival: string, cal: DeadlineCalendar) => {
    const result = findDeclarationDeadline(d(arrival), 3, cal);
    return { deadline: iso(result.deadline), skipped: result.skipped.map((s) => `${iso(s.day)} ${s.name ?? s.reason}`) };
  };

  it.each([
    // [case, arrival, its weekday, deadline, its weekday, skipped]
    ['Friday, no holiday', '2026-03-13', 'Fri', '2026-03-18', 'Wed', ['2026-03-14 saturday', '2026-03-15 sunday']],
    ['Thursday before Easter: Good Friday counts, Easter Monday does not', '2026-04-02', 'Thu', '2026-04-08', 'Wed', ['2026-04-04 saturday', '2026-04-05 sunday', '2026-04-06 easterMonday']],
    ['Wednesday before Ascension', '2026-05-13', 'Wed', '2026-05-19', 'Tue', ['2026-05-14 ascension', '2026-05-16 saturday', '2026-05-17 sunday']],
    ['Friday before Whit Monday', '2026-05-22', 'Fri', '2026-05-28', 'Thu', ['2026-05-23 saturday', '2026-05-24 sunday', '2026-05-25 whitMonday']],
    ['Monday before 21 July', '2026-07-20', 'Mon', '2026-07-24', 'Fri', ['2026-07-21 nationalDay']],
    ['Thursday before 15 August', '2025-08-14', 'Thu', '2025-08-20', 'Wed', ['2025-08-15 assumption', '2025-08-16 saturday', '2025-08-17 sunday']],
    ['Friday before All Saints on a Sunday: 2 November counts', '2026-10-30', 'Fri', '2026-11-04', 'Wed', ['2026-10-31 saturday', '2026-11-01 allSaints']],
    ['Tuesday before 11 November', '2026-11-10', 'Tue', '2026-11-16', 'Mon', ['2026-11-11 armistice', '2026-11-14 saturday', '2026-11-15 sunday']],
    // Mon 28, Tue 29, Wed 30: the 3rd working day is Wednesday, not Tuesday
    ['Christmas Eve: 25, 26 and 27 are passed over, 26 December counts only as a Saturday', '2026-12-24', 'Thu', '2026-12-30', 'Wed', ['2026-12-25 christmas', '2026-12-26 saturday', '2026-12-27 sunday']],
    ['New Year\'s Eve: across the year boundary', '2025-12-31', 'Wed', '2026-01-06', 'Tue', ['2026-01-01 newYear', '2026-01-03 saturday', '2026-01-04 sunday']],
    ['rules.md §5.7: arrival 08.07.2025, the Flemish day is a working day by default', '2025-07-08', 'Tue', '2025-07-11', 'Fri', []],
  ])('%s', (_name, arrival, arrivalWeekday, expected, expectedWeekday, skipped) => {
    expect([weekday(arrival), weekday(expected)]).toEqual([arrivalWeekday, expectedWeekday]);
    expect(deadline(arrival, calendar(Number(arrival.slice(0, 4))))).toEqual({ deadline: expected, skipped });
  });

  it('rules.md §5.7: with the Flemish Community day skipped, Tue 08.07.2025 → Mon 14.07.2025', () => {
    expect(deadline('2025-07-08', calendar(2025, { community: 'vlg' }))).toEqual({
      deadline: '2025-07-14',
      skipped: ['2025-07-11 flemishCommunity', '2025-07-12 saturday', '2025-07-13 sunday'],
    });
  });

  it('the pre-2023 reading counts Saturday: Thu 02.06.2022 → Tue 07.06.2022 instead of Wed 08.06 (Whit Monday 06.06)', () => {
    expect(deadline('2022-06-02', calendar(2022)).deadline).toBe('2022-06-08');
    expect(deadline('2022-06-02', calendar(2022, { saturdayIsWorkingDay: true }))).toEqual({
      deadline: '2022-06-07',
      skipped: ['2022-06-05 sunday', '2022-06-06 whitMonday'],
    });
  });

  it('2008, Ascension on Labour Day: Wed 30.04 → Tue 06.05 (Mon 05.05 with Saturdays)', () => {
    expect(deadline('2008-04-30', calendar(2008))).toEqual({ deadline: '2008-05-06', skipped: ['2008-05-01 labourDay', '2008-05-03 saturday', '2008-05-04 sunday'] });
    expect(deadline('2008-04-30', calendar(2008, { saturdayIsWorkingDay: true }))).toEqual({ deadline: '2008-05-05', skipped: ['2008-05-01 labourDay', '2008-05-04 sunday'] });
  });
});
