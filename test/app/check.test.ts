import { describe, expect, it } from 'vitest';
import { askQuestion, RECORD_KEYS } from '../../src/app/record.js';
import type { CheckDto } from '../../src/app/check-answer.js';
import { dayFromCivil } from '../../src/core/day.js';
import { travelInputFromJson } from '../../src/parse/json-input.js';
import { parseStampFile } from '../../src/parse/stamp-file.js';

/** `check` through the application layer, as every door asks it; every expected value worked out by hand. */
function check(record: Record<string, unknown>): CheckDto {
  const input = travelInputFromJson(record, {}, RECORD_KEYS);
  return askQuestion('check', { input, fields: record, today: dayFromCivil(2026, 12, 20), calendar: null }).json() as CheckDto;
}

// Inside since 1 December (no exit yet), a trip booked 1 February – 20 March 2027, an old trip in January.
const booked = { entry: '2027-02-01', exit: '2027-03-20' };
const underWay = { entry: '2026-12-01', exit: null };
const old = { entry: '2026-01-10', exit: '2026-02-20' };

describe('check: every trip judged at once', () => {
  it('trips in any order give the same answer', () => {
    const orders = [[old, underWay, booked], [booked, old, underWay], [underWay, booked, old]];
    const answers = orders.map((stays) => check({ stays, on: '2026-12-20' }));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('each trip: its days, state, verdict, busiest day and the room it leaves', () => {
    const answer = check({ stays: [booked, old, underWay], on: '2026-12-20' });
    expect(answer.verdict).toEqual({ ok: true, code: 'checkAllComply', text: 'OK: every trip in the Schengen area complies with every limit (3 trips, 1 booked ahead).' });
    expect(answer.trips.map((trip) => [trip.entry, trip.exit, trip.state, trip.days, trip.exitAssumed])).toEqual([
      // 10 Jan – 20 Feb: 22 + 20 = 42 days
      ['2026-01-10', '2026-02-20', 'past', 42, false],
      // 1 – 20 Dec, counted up to the reference day
      ['2026-12-01', '2026-12-20', 'underWay', 20, true],
      // 1 Feb – 20 Mar: 28 + 20 = 48 days
      ['2027-02-01', '2027-03-20', 'booked', 48, false],
    ]);
    const [past, inside, ahead] = answer.trips;
    expect(past).toMatchObject({ compliant: true, latestExit: null, extraDays: null });
    // Staying on past 20 Dec: on 20 Mar 2027 the window [22 Sep 2026, 20 Mar 2027] holds 20 + k + 48 days,
    // at most 90: k = 22 more days, to 11 Jan 2027; one more would make the booked trip break.
    expect(inside).toMatchObject({ compliant: true, latestExit: '2027-01-11', extraDays: 22, extraStop: 'bookedStay', peakDaysUsed: 20 });
    // The booked trip: 20 + 48 = 68 used on 20 Mar; each day more adds one (1 Dec stays in the window
    // until 30 May), so 22 more days, to 11 Apr, then the 90/180 rule.
    expect(ahead).toMatchObject({ compliant: true, peakDaysUsed: 68, peakDay: '2027-03-20', latestExit: '2027-04-11', extraDays: 22, extraStop: 'rule90180' });
  });

  it('the room between booked trips: the longest trip that fits, and a full trip after the last', () => {
    const answer = check({ stays: [old, underWay, booked], on: '2026-12-20' });
    expect(answer.gaps).toEqual([
      // 21 Dec – 31 Jan: the same 22 days as staying on (the booked trip's 20 March decides).
      { from: '2026-12-21', to: '2027-01-31', longestTripDays: 22, longestTripEntry: '2026-12-21', longestTripExit: '2027-01-11' },
      // A trip of 90 days ending on E + 89 needs its window [E − 90, E + 89] free of 20 March: E − 90 > 20 Mar, E ≥ 19 Jun.
      { from: '2027-03-21', to: null, longestTripDays: 90, longestTripEntry: '2027-06-19', longestTripExit: '2027-09-16' },
    ]);
  });

  it('a gap longer than a full stay holds a full 90-day trip, and no longer one', () => {
    // Nothing before, outside on 20 Dec 2026, one trip booked 1 – 10 Sep 2027: the gap 20 Dec – 31 Aug
    // has 255 days. 90 days from 20 Dec: 12 + 31 + 28 + 19 = 90, to 19 Mar; the booked trip's window on
    // 10 Sep, [15 Mar, 10 Sep], then holds 5 + 10 = 15 days: it still complies.
    const answer = check({ stays: [{ entry: '2027-09-01', exit: '2027-09-10' }], on: '2026-12-20' });
    expect(answer.gaps).toEqual([
      { from: '2026-12-20', to: '2027-08-31', longestTripDays: 90, longestTripEntry: '2026-12-20', longestTripExit: '2027-03-19' },
      // After it: a 90-day window [E − 90, E + 89] free of 10 Sep: E − 90 ≥ 11 Sep, E ≥ 10 Dec 2027;
      // E + 89: 22 + 31 + 29 (2028 is a leap year) + 8 = 90, to 8 Mar 2028.
      { from: '2027-09-11', to: null, longestTripDays: 90, longestTripEntry: '2027-12-10', longestTripExit: '2028-03-08' },
    ]);
  });

  it('a booked trip that breaks the rule is named with its first unauthorised day', () => {
    // 1 Oct – 29 Nov 2026: 31 + 29 = 60 days, all in the window of every day of the booked trip
    // (1 Oct leaves it only on 30 Mar 2027). From 10 Jan: 60 + k days, 91 on the 31st day: 9 Feb.
    const answer = check({ stays: [{ entry: '2027-01-10', exit: '2027-02-20' }, { entry: '2026-10-01', exit: '2026-11-29' }], on: '2026-12-20' });
    expect(answer.verdict).toEqual({
      ok: false,
      code: 'checkTripBreaks',
      text: 'Not OK: the booked trip 2027-01-10 – 2027-02-20 breaks the 90/180-day rule from 2027-02-09; shorten or move it.',
    });
    const trip = answer.trips[1]!;
    // 9 – 20 Feb: 12 days
    expect(trip).toMatchObject({ state: 'booked', compliant: false, firstUnauthorisedDay: '2027-02-09', brokenLimit: 'rule90180', unauthorisedDays: 12, latestExit: null, extraDays: null });
    expect(answer).toMatchObject({ firstUnauthorisedDay: '2027-02-09', brokenLimit: 'rule90180', unauthorisedDays: 12 });
    // Any trip before it makes the booked trip break sooner: none fits (rules.md §5.16).
    expect(answer.gaps[0]).toMatchObject({ from: '2026-12-20', to: '2027-01-09', longestTripDays: 0, longestTripEntry: null });
  });

  it('only past trips break: the verdict says every trip ahead complies', () => {
    // 1 Jun – 31 Aug 2026: 30 + 31 + 31 = 92 days; the 91st day is 30 Aug.
    const answer = check({ stays: [{ entry: '2026-06-01', exit: '2026-08-31' }, { entry: '2027-06-01', exit: '2027-06-10' }], on: '2026-12-20' });
    expect(answer.verdict).toMatchObject({ ok: false, code: 'checkPastBreaks' });
    expect(answer.verdict.text).toBe('Not OK: 2 unauthorised days in the Schengen area in past trips, the first on 2026-08-30 (the 90/180-day rule); every trip ahead complies.');
  });

  it('--explain: the day that decides is the first unauthorised day, else the busiest day ahead', () => {
    const broken = check({ stays: [{ entry: '2027-01-10', exit: '2027-02-20' }, { entry: '2026-10-01', exit: '2026-11-29' }], on: '2026-12-20', explain: true });
    expect(broken.explanation).toMatchObject({ day: '2027-02-09', reason: 'firstUnauthorised', daysInWindow: 91, brokenLimit: 'rule90180' });
    const fine = check({ stays: [old, underWay, booked], on: '2026-12-20', explain: true });
    expect(fine.explanation).toMatchObject({ day: '2027-03-20', reason: 'tightestDay', daysInWindow: 68, window: { start: '2026-09-22', end: '2027-03-20' } });
  });

  it('--timeline: the exact days left on each day, booked days apart from recorded ones', () => {
    const { timeline } = check({ stays: [old, underWay, booked], on: '2026-12-20', timeline: true });
    // Six months ahead is 20 Jun 2027: to the end of that month.
    expect(timeline).toMatchObject({ from: '2026-12-20', to: '2027-06-30', maxDays: 90 });
    const on = (date: string) => timeline!.days.find((day) => day.date === date);
    expect(timeline!.days).toHaveLength(193); // 12 + 31 + 28 + 31 + 30 + 31 + 30
    expect(on('2026-12-20')).toEqual({ date: '2026-12-20', presence: 'recorded', counted: true, daysUsed: 20, daysLeft: 70, unauthorised: false });
    expect(on('2027-01-15')).toMatchObject({ presence: 'none', daysLeft: 70 });
    // 20 + 1 on 1 Feb; 88 and 80 must read as such (the calendar drew both as 8).
    expect(on('2027-02-01')).toMatchObject({ presence: 'booked', daysUsed: 21, daysLeft: 69 });
    expect(on('2027-03-20')).toMatchObject({ presence: 'booked', daysUsed: 68, daysLeft: 22 });
    // 1 Dec leaves the window on 30 May: 67 used, 23 left.
    expect(on('2027-05-30')).toMatchObject({ presence: 'none', daysUsed: 67, daysLeft: 23 });
  });

  it('a stamp file with booked trips, in any order of its lines', () => {
    const text = 'booked 2027-02-01..2027-03-20 ES\ntrip 2026-01-10..2026-02-20 FR\nentry 2026-12-01 BE\n';
    const input = parseStampFile(text, 'stamps.txt');
    const answer = askQuestion('check', { input, fields: { on: '2026-12-20' }, today: 0, calendar: null }).json() as CheckDto;
    expect(answer.trips.map((trip) => [trip.entry, trip.country, trip.state])).toEqual([
      ['2026-01-10', 'FR', 'past'],
      ['2026-12-01', 'BE', 'underWay'],
      ['2027-02-01', 'ES', 'booked'],
    ]);
  });
});
