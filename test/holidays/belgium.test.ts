import { describe, expect, it } from 'vitest';
import { dayFromCivil, type Day } from '../../src/core/day.js';
import { findDeclarationDeadline, type DeadlineCalendar } from '../../src/core/working-days.js';
import { belgianHolidays } from '../../src/holidays/belgium.js';

const d = (iso: string): Day => {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  return dayFromCivil(y, m, day);
};
const iso = (day: Day) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Written out by hand from the Easter dates in rules.md §3.3 (Easter Monday = Easter + 1,
 * Ascension = Easter + 39, Whit Monday = Easter + 50) and the seven fixed dates: an independent list.
 */
const LEGAL_HOLIDAYS: Record<number, string[]> = {
  2022: ['2022-01-01', '2022-04-18', '2022-05-01', '2022-05-26', '2022-06-06', '2022-07-21', '2022-08-15', '2022-11-01', '2022-11-11', '2022-12-25'],
  2023: ['2023-01-01', '2023-04-10', '2023-05-01', '2023-05-18', '2023-05-29', '2023-07-21', '2023-08-15', '2023-11-01', '2023-11-11', '2023-12-25'],
  2024: ['2024-01-01', '2024-04-01', '2024-05-01', '2024-05-09', '2024-05-20', '2024-07-21', '2024-08-15', '2024-11-01', '2024-11-11', '2024-12-25'],
  2025: ['2025-01-01', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09', '2025-07-21', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-25'],
  2026: ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-07-21', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25'],
  2027: ['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-07-21', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25'],
};
const NAMES = ['newYear', 'easterMonday', 'labourDay', 'ascension', 'whitMonday', 'nationalDay', 'assumption', 'allSaints', 'armistice', 'christmas'];

describe('Belgian legal holidays from date-holidays, against a hand-made list', () => {
  it.each(Object.entries(LEGAL_HOLIDAYS))('%s: exactly the ten legal holidays, with their names', (year, dates) => {
    const calendar = belgianHolidays(Number(year), Number(year));
    expect([...calendar.keys()].sort((a, b) => a - b).map(iso)).toEqual(dates);
    expect(dates.map((date) => calendar.get(d(date))?.name)).toEqual(NAMES);
  });

  it.each([
    // Easter dates: 1995-04-16, 2000-04-23, 2038-04-25, 2100-03-28
    [1995, '1995-04-17', '1995-05-25', '1995-06-05'],
    [2000, '2000-04-24', '2000-06-01', '2000-06-12'],
    [2038, '2038-04-26', '2038-06-03', '2038-06-14'],
    [2100, '2100-03-29', '2100-05-06', '2100-05-17'],
  ])('%i: Easter Monday, Ascension and Whit Monday', (year, easterMonday, ascension, whitMonday) => {
    const calendar = belgianHolidays(year, year);
    expect(calendar.get(d(easterMonday))?.name).toBe('easterMonday');
    expect(calendar.get(d(ascension))?.name).toBe('ascension');
    expect(calendar.get(d(whitMonday))?.name).toBe('whitMonday');
  });

  it('ten a year for every year 1995-2100, but in 2008 Ascension fell on 1 May (Easter 23 March)', () => {
    expect(belgianHolidays(1995, 2100).size).toBe(106 * 10 - 1);
    expect(belgianHolidays(2008, 2008).get(d('2008-05-01'))).toEqual({ kind: 'holiday', name: 'labourDay' });
    expect(belgianHolidays(2008, 2008).size).toBe(9);
  });

  it('Good Friday, 26 December and 2 November are working days', () => {
    const calendar = belgianHolidays(2026, 2026);
    for (const date of ['2026-04-03', '2026-12-26', '2026-11-02']) expect(calendar.has(d(date))).toBe(false);
  });

  it('community days only when asked, closing days as given', () => {
    expect(belgianHolidays(2026, 2026).has(d('2026-07-11'))).toBe(false);
    expect(belgianHolidays(2026, 2026, { community: 'vlg' }).get(d('2026-07-11'))).toEqual({ kind: 'community', name: 'flemishCommunity' });
    expect(belgianHolidays(2026, 2026, { community: 'fr' }).get(d('2026-09-27'))).toEqual({ kind: 'community', name: 'frenchCommunity' });
    expect(belgianHolidays(2026, 2026, { community: 'de' }).get(d('2026-11-15'))).toEqual({ kind: 'community', name: 'germanCommunity' });
    expect(belgianHolidays(2026, 2026, { closedDays: [d('2026-03-16')] }).get(d('2026-03-16'))).toEqual({ kind: 'closed', name: 'closed' });
  });

  it('refuses years it cannot vouch for', () => {
    expect(() => belgianHolidays(1994, 1995)).toThrow(RangeError);
    expect(() => belgianHolidays(2100, 2101)).toThrow(RangeError);
  });
});

describe('declaration deadline: the 3rd working day after arrival (rules.md §3.2)', () => {
  const calendar = (year: number, extra: Partial<DeadlineCalendar> & { community?: 'vlg' } = {}): DeadlineCalendar => ({
    saturdayIsWorkingDay: extra.saturdayIsWorkingDay ?? false,
    holidays: belgianHolidays(year, year + 1, extra.community === undefined ? {} : { community: extra.community }),
  });
  const deadline = (arrival: string, cal: DeadlineCalendar) => {
    const result = findDeclarationDeadline(d(arrival), 3, cal);
    return { deadline: iso(result.deadline), skipped: result.skipped.map((s) => `${iso(s.day)} ${s.name ?? s.reason}`) };
  };

  it.each([
    ['Friday: Mon, Tue, Wed', '2026-03-13', '2026-03-18', ['2026-03-14 saturday', '2026-03-15 sunday']],
    ['Saturday: the arrival day never counts', '2026-03-14', '2026-03-18', ['2026-03-15 sunday']],
    ['Sunday', '2026-03-15', '2026-03-18', []],
    ['Thursday before Easter: Good Friday counts, Easter Monday does not', '2026-04-02', '2026-04-08', ['2026-04-04 saturday', '2026-04-05 sunday', '2026-04-06 easterMonday']],
    ['Wednesday before Ascension', '2026-05-13', '2026-05-19', ['2026-05-14 ascension', '2026-05-16 saturday', '2026-05-17 sunday']],
    ['Friday before Whit Monday', '2026-05-22', '2026-05-28', ['2026-05-23 saturday', '2026-05-24 sunday', '2026-05-25 whitMonday']],
    ['Monday before 21 July', '2026-07-20', '2026-07-24', ['2026-07-21 nationalDay']],
    ['Tuesday before 11 November', '2026-11-10', '2026-11-16', ['2026-11-11 armistice', '2026-11-14 saturday', '2026-11-15 sunday']],
    ['Christmas Eve: 25, 26, 27 are passed over', '2026-12-24', '2026-12-30', ['2026-12-25 christmas', '2026-12-26 saturday', '2026-12-27 sunday']],
    ['rules.md §5.7: arrival Tue 08.07.2025', '2025-07-08', '2025-07-11', []],
  ])('%s', (_name, arrival, expected, skipped) => {
    expect(deadline(arrival, calendar(Number(arrival.slice(0, 4))))).toEqual({ deadline: expected, skipped });
  });

  it('rules.md §5.7: with the Flemish Community day skipped, 08.07.2025 → 14.07.2025', () => {
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
});
