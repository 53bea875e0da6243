import { describe, expect, it } from 'vitest';
import { dayFromCivil, type Day, type DayRange } from '../../src/core/day.js';
import { findLatestExit, stayContaining, type Itinerary } from '../../src/core/authorisation.js';
import { computePlan } from '../../src/core/reports.js';
import { daysUsedOn, findEarliestEntry, findFirstOverstayDay, SCHENGEN_RULE, windowEndingOn, type CountingHistory } from '../../src/core/rolling-window.js';
import { buildCountingHistory, findStayProblems, type Stay } from '../../src/core/stays.js';

/*
 * Every expected value below is either a figure published in an official worked example
 * (rules.md §1.4; marked "published") or our own arithmetic, written out in the comment next to
 * it (marked "derived"). None was copied from the code's output.
 *
 * Arithmetic conventions: "a–b = n" counts both ends; the window of a day d is [d − 179, d]
 * (rules.md §1.3, §5.1). Day-of-year numbers: 2013/2014/2015/2026 are common years
 * (end of Jan 31, Feb 59, Mar 90, Apr 120, May 151, Jun 181, Jul 212, Aug 243, Sep 273, Oct 304,
 * Nov 334, Dec 365); 2024 is a leap year (Feb 60, Mar 91, …, Aug 244).
 */

/** "15.08.2014" → day number */
const d = (text: string): Day => {
  const [day, month, year] = text.split('.').map(Number) as [number, number, number];
  return dayFromCivil(year, month, day);
};
const range = (first: string, last: string): DayRange => ({ first: d(first), last: d(last) });
/** The days that count, and the same stays as the itinerary the authorisation model judges (no state, no sticker; exempt days as permits). */
type History = CountingHistory & { readonly itinerary: Itinerary };
const history = (stays: [string, string][], exempt: [string, string][] = []): History => {
  const ranges = stays.map(([entry, exit]) => ({ entry: d(entry), exit: d(exit) }));
  const permits = exempt.map(([first, last]) => range(first, last));
  return {
    ...buildCountingHistory(ranges, { exempt: permits }),
    itinerary: { stays: ranges.map((stay) => ({ ...stay, country: null })), visas: [], permits, rule: SCHENGEN_RULE },
  };
};
const rule = SCHENGEN_RULE;

/**
 * The longest stay from `entry`, read from the authorisation model: the latest exit of the stay under
 * way that day (a control at the border), else of a trip entered that day (\`plan --enter\`).
 */
function findLongestStay(h: History, _rule: typeof rule, entry: Day): { days: number; lastDay: Day | null } {
  const inside = stayContaining(h.itinerary, entry);
  const latest = inside !== null ? findLatestExit(h.itinerary, inside, entry).latestExit : computePlan(h.itinerary, entry, null).authorised.latestExit;
  return latest === null ? { days: 0, lastDay: null } : { days: latest - entry + 1, lastDay: latest };
}

/** A planned trip, read from the authorisation model (\`plan --enter --exit\`): its 90/180 figures. */
function checkTrip(h: History, _rule: typeof rule, trip: DayRange) {
  const { compliant, firstOverstayDay, overstayDays, peakDaysUsed } = computePlan(h.itinerary, trip.first, trip.last).trip!;
  return { compliant, firstOverstayDay, overstayDays, peakDaysUsed };
}

describe('official worked examples (rules.md §1.4), asserting the published figures', () => {
  describe('SEM example 1: one stay 15.08–30.09.2014, planning a re-entry on 01.01.2015', () => {
    const h = history([['15.08.2014', '30.09.2014']]);

    it('published: the stay was 47 days', () => {
      // 15.08–31.08 = 17, 01.09–30.09 = 30; 17 + 30 = 47
      expect(h.counted.size).toBe(47);
    });

    it('published: may stay 90 days from 01.01.2015 (derived last day 31.03.2015)', () => {
      // Derived: on 01.01.2015 + j the window starts 06.07.2014 + j (01.01.2015 − 179 = day
      // 365 + 1 − 179 = 187 of 2014 = 06.07.2014). Days used = (days of 15.08–30.09 still in the
      // window) + (j + 1): 47 + j + 1 while j ≤ 40 (88 on j = 40), then one day in and one out
      // (88) until 30.09 leaves at j = 87, then 89 (j = 88), 90 (j = 89), 91 (j = 90).
      // So j = 0..89: 90 days; last day 01.01.2015 + 89 = 31.03.2015 (31 + 28 + 31 = 90).
      expect(daysUsedOn(h, rule, d('01.01.2015'))).toBe(47);
      expect(findLongestStay(h, rule, d('01.01.2015'))).toEqual({ days: 90, lastDay: d('31.03.2015') });
    });
  });

  it('SEM example 2: control at the exit 30.11.2014 — published: legal, a stay possible until 13.12.2014', () => {
    const h = history([
      ['15.08.2014', '30.09.2014'],
      ['01.11.2014', '30.11.2014'],
    ]);
    // Derived: window of 30.11.2014 (day 334; 334 − 179 = 155) = 04.06.2014–30.11.2014 holds 47 + 30 = 77 days.
    expect(daysUsedOn(h, rule, d('30.11.2014'))).toBe(77);
    expect(findFirstOverstayDay(h, rule)).toBeNull();
    // Staying on: nothing leaves the window before 15.08.2014 + 180 = 11.02.2015, so each day adds
    // one: 77 + k ≤ 90 ⇔ k ≤ 13 ⇒ last day 30.11 + 13 = 13.12.2014; 30.11..13.12 = 1 + 13 = 14 days.
    expect(findLongestStay(h, rule, d('30.11.2014'))).toEqual({ days: 14, lastDay: d('13.12.2014') });
  });

  it('SEM example 4: control at the exit 30.01.2014 — published: June/July stay outside the period, legal, could stay until 31.03.2014', () => {
    const h = history([
      ['01.06.2013', '13.07.2013'],
      ['15.08.2013', '30.09.2013'],
      ['01.01.2014', '30.01.2014'],
    ]);
    // Derived: 30.01.2014 − 179 = day 365 + 30 − 179 = 216 of 2013 = 04.08.2013 (212 = 31.07),
    // after 13.07.2013. Used: 15.08–30.09.2013 (17 + 30 = 47) + 01.01–30.01.2014 (30) = 77.
    expect(windowEndingOn(rule, d('30.01.2014')).first).toBe(d('04.08.2013'));
    expect(daysUsedOn(h, rule, d('30.01.2014'))).toBe(77);
    // Staying on from 31.01: +1 a day up to 10.02.2014 (whose window starts 15.08.2013): 77 + 11 = 88.
    // Then 15.08–30.09.2013 leaves one day a day while one is added: 88 up to 28.03.2014 (its
    // window starts 30.09.2013 = day 273; 273 + 179 = 452 − 365 = 87 = 28.03.2014).
    // From 29.03 the window starts in the absence of Oct–Dec 2013 and only days are added:
    // window 29.03 = 01.10.2013–29.03.2014 holds 01.01–29.03.2014 = 31 + 28 + 29 = 88;
    // 30.03: 89; 31.03: 90; 01.04: 91. Last day 31.03.2014; 30.01..31.03 = 2 + 28 + 31 = 61 days.
    expect(findLongestStay(h, rule, d('30.01.2014'))).toEqual({ days: 61, lastDay: d('31.03.2014') });
  });

  describe('SEM example 5: 01.09–30.09.2013, 21.02–20.04.2014, 01.05–09.06.2014', () => {
    const h = history([
      ['01.09.2013', '30.09.2013'],
      ['21.02.2014', '20.04.2014'],
      ['01.05.2014', '09.06.2014'],
    ]);

    it('published: overstay of 9 days at the exit 09.06.2014', () => {
      // Derived: 09.06.2014 = day 160; 160 − 179 = −19 ⇒ day 346 of 2013 = 12.12.2013: Sept 2013 is out.
      // 21.02–20.04 = 8 + 31 + 20 = 59; 01.05–09.06 = 31 + 9 = 40; 59 + 40 = 99; 99 − 90 = 9.
      expect(daysUsedOn(h, rule, d('09.06.2014')) - rule.maxDays).toBe(9);
    });

    it('derived: the first day over the limit was 01.06.2014', () => {
      // From 01.05.2014 (window from 03.11.2013) used = 59 + (k + 1) on 01.05 + k: 91 at k = 31.
      expect(findFirstOverstayDay(h, rule)).toBe(d('01.06.2014'));
    });

    it('published: reference period from 04.03.2014 for 30.08.2014, return possible for up to 50 days', () => {
      // Derived: 30.08.2014 = day 242; 242 − 179 = 63 = 04.03.2014.
      expect(windowEndingOn(rule, d('30.08.2014')).first).toBe(d('04.03.2014'));
      // Used on 30.08 before entering: 04.03–20.04 = 28 + 20 = 48, plus 40 = 88 (only 2 days left
      // as a snapshot, yet 50 days possible: days leave the window while the stay goes on).
      expect(daysUsedOn(h, rule, d('30.08.2014'))).toBe(88);
      // On 30.08 + k the window starts 04.03 + k: while k ≤ 47, (48 − k) + 40 + (k + 1) = 89;
      // for 48 ≤ k ≤ 57 (window starts 21.04–30.04) 0 + 40 + (k + 1) = k + 41 ≤ 90 ⇔ k ≤ 49.
      // 50 days: 30.08–18.10.2014 (2 + 30 + 18 = 50).
      expect(findLongestStay(h, rule, d('30.08.2014'))).toEqual({ days: 50, lastDay: d('18.10.2014') });
      // The 51st day breaks the rule (k = 50: 91), and only that one.
      expect(checkTrip(h, rule, range('30.08.2014', '19.10.2014'))).toEqual({
        compliant: false,
        firstOverstayDay: d('19.10.2014'),
        overstayDays: 1,
        peakDaysUsed: 91,
      });
    });
  });

  it('SEM example 6: control at the exit 01.03.2014 — published: overstay of 74 days within 03.09.2013–01.03.2014; first overstay day 05.11.2013 (derived)', () => {
    const h = history([
      ['28.06.2013', '09.08.2013'],
      ['19.09.2013', '01.03.2014'],
    ]);
    // 01.03.2014 = day 60; 60 − 179 = −119 ⇒ day 246 of 2013 = 03.09.2013 (published period).
    expect(windowEndingOn(rule, d('01.03.2014')).first).toBe(d('03.09.2013'));
    // 19.09.2013–01.03.2014 = 12 + 31 + 30 + 31 + 31 + 28 + 1 = 164; 164 − 90 = 74.
    expect(daysUsedOn(h, rule, d('01.03.2014')) - rule.maxDays).toBe(74);
    // Derived: 28.06–09.08.2013 = 3 + 31 + 9 = 43 days, all in the window of 05.11.2013
    // (it starts 10.05.2013); 19.09–05.11 = 12 + 31 + 5 = 48; 43 + 48 = 91 > 90; on 04.11: 90.
    expect(daysUsedOn(h, rule, d('04.11.2013'))).toBe(90);
    expect(findFirstOverstayDay(h, rule)).toBe(d('05.11.2013'));
  });

  describe('Visa Code Handbook: 19–21.04.2014 and 18.06–11.09.2014', () => {
    const h = history([
      ['19.04.2014', '21.04.2014'],
      ['18.06.2014', '11.09.2014'],
    ]);

    it('published: 89 days on 11.09.2014 over 16.03–11.09.2014, no overstay', () => {
      // 11.09.2014 = day 254; 254 − 179 = 75 = 16.03.2014. 3 + (13 + 31 + 31 + 11 = 86) = 89.
      expect(windowEndingOn(rule, d('11.09.2014')).first).toBe(d('16.03.2014'));
      expect(daysUsedOn(h, rule, d('11.09.2014'))).toBe(89);
      expect(findFirstOverstayDay(h, rule)).toBeNull();
    });

    it('derived (the Handbook follow-on figures are unverified): 4 days from 16.10.2014, a full 90 days only from 11.12.2014', () => {
      // 16.10.2014 = day 289; window starts 289 − 179 = 110 = 20.04. On 16.10 + j the window starts
      // 20.04 + j: j = 0: 2 + 86 + 1 = 89; j = 1: 1 + 86 + 2 = 89; j = 2: 86 + 3 = 89; j = 3: 90; j = 4: 91.
      expect(findLongestStay(h, rule, d('16.10.2014'))).toEqual({ days: 4, lastDay: d('19.10.2014') });
      // A 90-day stay E..E+89: the window of its last day is [E − 90, E + 89] and must miss
      // 11.09.2014, so E − 90 ≥ 12.09.2014 ⇒ E ≥ 11.09 + 91 = 11.12.2014 (19 + 31 + 30 + 11 = 91).
      expect(findEarliestEntry(h, rule, d('12.09.2014'), 90)).toBe(d('11.12.2014'));
      expect(findLongestStay(h, rule, d('11.12.2014'))).toEqual({ days: 90, lastDay: d('10.03.2015') });
      // One day earlier is a cliff, not 89 days: from 10.12.2014 the window starts 14.06 + j and
      // still holds all 86 days of 18.06–11.09 up to j = 4: 86 + (j + 1) = 91 on j = 4 ⇒ 4 days.
      expect(findLongestStay(h, rule, d('10.12.2014')).days).toBe(4);
    });
  });

  describe('French explanatory note, example 1: 01.01.2014, 02.04–29.06.2014, 30.06–27.09.2014', () => {
    const earlier: [string, string][] = [
      ['01.01.2014', '01.01.2014'],
      ['02.04.2014', '29.06.2014'],
    ];

    it('published: irregular from 01.07.2014', () => {
      const h = history([...earlier, ['30.06.2014', '27.09.2014']]);
      // 02.04–29.06 = 29 + 31 + 29 = 89. 30.06.2014 = day 181; window from day 2 = 02.01.2014, so
      // 01.01 is out: 89 + 1 = 90 (legal). 01.07.2014: 89 + 2 = 91.
      expect(daysUsedOn(h, rule, d('30.06.2014'))).toBe(90);
      expect(daysUsedOn(h, rule, d('01.07.2014'))).toBe(91);
      expect(findFirstOverstayDay(h, rule)).toBe(d('01.07.2014'));
    });

    it('derived: the third stay checked as a planned trip breaks the rule on each of its days from 01.07.2014', () => {
      const h = history(earlier);
      // On 30.06 + k (k ≤ 89) the window starts day 2 + k ≤ 91 = 01.04, so it holds all 89 days of
      // 02.04–29.06: 89 + k + 1 > 90 ⇔ k ≥ 1. Overstay days: 01.07–27.09 = 31 + 31 + 27 = 89.
      // Peak on 27.09 (k = 89): 89 + 90 = 179.
      expect(checkTrip(h, rule, range('30.06.2014', '27.09.2014'))).toEqual({
        compliant: false,
        firstOverstayDay: d('01.07.2014'),
        overstayDays: 89,
        peakDaysUsed: 179,
      });
    });
  });

  // SEM example 3 is not tested: its stamp table is garbled in every copy found, and no reading
  // of the stamps reproduces the published answer (rules.md §1.4, §5.10).
});

describe('edge cases', () => {
  describe('an empty history', () => {
    const h = history([]);
    it.each([
      // [what, actual, expected]
      ['days used', () => daysUsedOn(h, rule, d('01.01.2026')), 0],
      ['no overstay', () => findFirstOverstayDay(h, rule), null],
      // 01.01.2026 + 89: 31 + 28 + 31 = 90 ⇒ 31.03.2026
      ['a full stay', () => findLongestStay(h, rule, d('01.01.2026')), { days: 90, lastDay: d('31.03.2026') }],
      ['entry at once', () => findEarliestEntry(h, rule, d('01.01.2026'), 90), d('01.01.2026')],
      // a 91-day trip 01.01–01.04.2026: only its 91st day, 01.04, breaks the rule
      ['a 91-day trip', () => checkTrip(h, rule, range('01.01.2026', '01.04.2026')), { compliant: false, firstOverstayDay: d('01.04.2026'), overstayDays: 1, peakDaysUsed: 91 }],
    ])('%s', (_what, actual, expected) => {
      expect(actual()).toEqual(expected);
    });
  });

  it.each([
    ['in order', [['01.01.2026', '10.01.2026'], ['10.01.2026', '20.01.2026']]],
    ['given in reverse order', [['10.01.2026', '20.01.2026'], ['01.01.2026', '10.01.2026']]],
    ['three stays touching on one day', [['01.01.2026', '10.01.2026'], ['10.01.2026', '10.01.2026'], ['10.01.2026', '20.01.2026']]],
  ] as [string, [string, string][]][])('touching stays (%s) count the shared day once', (_what, stays) => {
    const h = history(stays);
    // 01.01–20.01 = 20 days (10 + 11 − 1)
    expect(h.counted.size).toBe(20);
    expect(daysUsedOn(h, rule, d('20.01.2026'))).toBe(20);
  });

  describe('a full 90-day stay needs 90 days of absence', () => {
    // 01.01–31.03.2026 = 31 + 28 + 31 = 90 days; absence 01.04–28.06 = 30 + 31 + 28 = 89 days,
    // 01.04–29.06 = 90 days.
    const h = history([['01.01.2026', '31.03.2026']]);
    it('after 90 days of absence (entry 30.06.2026) a new 90-day stay is possible', () => {
      // window of the last day 27.09.2026 (= 30.06 + 89; day 270) starts day 91 = 01.04.2026.
      expect(findEarliestEntry(h, rule, d('01.04.2026'), 90)).toBe(d('30.06.2026'));
      expect(findLongestStay(h, rule, d('30.06.2026'))).toEqual({ days: 90, lastDay: d('27.09.2026') });
    });
    it('after 89 days of absence (entry 29.06.2026) not even one day', () => {
      // 29.06.2026 = day 180; its window starts day 1 = 01.01.2026: 90 + 1 = 91.
      expect(findLongestStay(h, rule, d('29.06.2026'))).toEqual({ days: 0, lastDay: null });
      expect(checkTrip(h, rule, range('29.06.2026', '29.06.2026')).firstOverstayDay).toBe(d('29.06.2026'));
    });
    it('a shorter trip does not fit in earlier either: a 1-day or 10-day trip also waits until 30.06.2026', () => {
      // A trip day x ≤ day 180 (29.06) has a window [x − 179, x] starting on or before day 1, so it
      // holds all 90 days: 90 + (at least 1) > 90. For x ≥ day 181 the window keeps 270 − x days
      // of 01.01–31.03 (days x − 179 .. 90), and the trip from E adds x − E + 1:
      // 270 − x + x − E + 1 = 271 − E ≤ 90 ⇔ E ≥ 181 = 30.06.2026, whatever the trip length.
      expect(findEarliestEntry(h, rule, d('01.04.2026'), 1)).toBe(d('30.06.2026'));
      expect(findEarliestEntry(h, rule, d('01.04.2026'), 10)).toBe(d('30.06.2026'));
    });
  });

  describe('29 February is an ordinary day of the window', () => {
    it('a February 2024 stay (29 days) leaves the window day by day, the last on 26.08.2024', () => {
      const h = history([['01.02.2024', '29.02.2024']]);
      expect(daysUsedOn(h, rule, d('29.02.2024'))).toBe(29);
      // 26.08.2024 = day 244 − 5 = 239 of the leap year; 239 − 179 = 60 = 29.02.2024.
      expect(windowEndingOn(rule, d('26.08.2024')).first).toBe(d('29.02.2024'));
      expect(daysUsedOn(h, rule, d('26.08.2024'))).toBe(1);
      expect(daysUsedOn(h, rule, d('27.08.2024'))).toBe(0);
    });
    it('a 90-day stay from 01.01.2024 ends on 30.03.2024, not 31.03', () => {
      // 31 (Jan) + 29 (Feb) = 60; + 30 March days = 90.
      expect(findLongestStay(history([]), rule, d('01.01.2024'))).toEqual({ days: 90, lastDay: d('30.03.2024') });
    });
  });

  describe('days under a residence permit (exempt) do not count', () => {
    // Present 01.01–30.06.2026, permit 01.01–31.05.2026.
    const h = history([['01.01.2026', '30.06.2026']], [['01.01.2026', '31.05.2026']]);
    it.each([
      // 31.05: only permit days in the window ⇒ 0
      ['31.05.2026', 0],
      // the count resumes the day after the permit ends: 01.06 ⇒ 1
      ['01.06.2026', 1],
      // 01.06–30.06 = 30
      ['30.06.2026', 30],
    ])('days used on %s: %i', (day, expected) => {
      expect(daysUsedOn(h, rule, d(day))).toBe(expected);
    });
    it('no overstay, and from 01.06 a full 90-day stay (to 29.08.2026)', () => {
      expect(findFirstOverstayDay(h, rule)).toBeNull();
      // 01.06 + 89: 30 (June) + 31 (July) + 29 (Aug) = 90 ⇒ 29.08.2026
      expect(findLongestStay(h, rule, d('01.06.2026'))).toEqual({ days: 90, lastDay: d('29.08.2026') });
    });
    it('permit days inside a planned stay lengthen it', () => {
      // Nothing recorded, permit 11.01–20.01.2026 (10 days): a stay from 01.01 may last 90 + 10 = 100
      // days, to 10.04.2026 (31 + 28 + 31 + 10 = 100).
      const planned = history([], [['11.01.2026', '20.01.2026']]);
      expect(findLongestStay(planned, rule, d('01.01.2026'))).toEqual({ days: 100, lastDay: d('10.04.2026') });
    });
  });

  it.each([0, 91, 1.5])('findEarliestEntry refuses a trip of %s days (1..90 only)', (tripDays) => {
    expect(() => findEarliestEntry(history([]), rule, d('01.01.2026'), tripDays)).toThrow(RangeError);
  });
});

describe('findStayProblems', () => {
  const s = (entry: string, exit: string | null): Stay => ({ entry: d(entry), exit: exit === null ? null : d(exit) });
  it.each([
    ['no stays', [], []],
    ['exit before entry', [s('10.01.2026', '05.01.2026')], [{ kind: 'exitBeforeEntry', index: 0 }]],
    ['entry and exit the same day is fine', [s('10.01.2026', '10.01.2026')], []],
    ['overlap', [s('01.01.2026', '10.01.2026'), s('09.01.2026', '12.01.2026')], [{ kind: 'overlap', index: 1, otherIndex: 0 }]],
    ['overlap, given out of order', [s('09.01.2026', '12.01.2026'), s('01.01.2026', '10.01.2026')], [{ kind: 'overlap', index: 1, otherIndex: 0 }]],
    ['a stay inside another', [s('01.01.2026', '31.01.2026'), s('10.01.2026', '12.01.2026')], [{ kind: 'overlap', index: 1, otherIndex: 0 }]],
    ['touching (re-entry on the exit day) is allowed', [s('01.01.2026', '10.01.2026'), s('10.01.2026', '12.01.2026')], []],
    ['re-entry the next day is allowed', [s('01.01.2026', '10.01.2026'), s('11.01.2026', '12.01.2026')], []],
    ['an open stay that is not the last', [s('01.01.2026', null), s('10.01.2026', '12.01.2026')], [{ kind: 'openStayNotLast', index: 0, otherIndex: 1 }]],
    ['an open last stay is fine', [s('01.01.2026', '05.01.2026'), s('10.01.2026', null)], []],
    ['an open last stay touching the previous one is fine', [s('01.01.2026', '05.01.2026'), s('05.01.2026', null)], []],
    // A one-day trip, then re-entry the same day: valid in either listing order (review finding).
    ['a one-day trip listed after the longer stay of the same entry day', [s('01.01.2026', '31.01.2026'), s('01.01.2026', '01.01.2026')], []],
    ['a one-day trip listed after an open stay of the same entry day', [s('01.01.2026', null), s('01.01.2026', '01.01.2026')], []],
  ] as [string, Stay[], unknown[]][])('%s', (_name, stays, problems) => {
    expect(findStayProblems(stays)).toEqual(problems);
  });
});
