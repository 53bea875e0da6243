import { describe, expect, it } from 'vitest';
import { dayFromCivil, type Day } from '../../src/core/day.js';
import {
  daysUsedOn,
  findEarliestEntry,
  findFirstOverstayDay,
  findLongestStay,
  SCHENGEN_RULE,
  windowEndingOn,
} from '../../src/core/rolling-window.js';
import { buildCountingHistory, findStayProblems } from '../../src/core/stays.js';

/** "15.08.2014" → day number */
const d = (text: string): Day => {
  const [day, month, year] = text.split('.').map(Number) as [number, number, number];
  return dayFromCivil(year, month, day);
};
const history = (...stays: [string, string][]) => buildCountingHistory(stays.map(([entry, exit]) => ({ entry: d(entry), exit: d(exit) })));
const rule = SCHENGEN_RULE;

describe('official worked examples (rules.md §1.4), with the published figures', () => {
  it('SEM 1: a 47-day stay, then re-entry on 01.01.2015 may last 90 days', () => {
    const h = history(['15.08.2014', '30.09.2014']);
    expect(h.counted.size).toBe(47);
    expect(findLongestStay(h, rule, d('01.01.2015'))).toEqual({ days: 90, lastDay: d('31.03.2015') });
  });

  it('SEM 2: at the exit on 30.11.2014 a stay would have been possible until 13.12.2014', () => {
    const h = history(['15.08.2014', '30.09.2014'], ['01.11.2014', '30.11.2014']);
    // 47 + 30 = 77 used; 13 more days before anything drops out of the window.
    expect(daysUsedOn(h, rule, d('30.11.2014'))).toBe(77);
    expect(findLongestStay(h, rule, d('30.11.2014')).lastDay).toBe(d('13.12.2014'));
  });

  it('SEM 4: the June/July 2013 stay is outside the period; could have stayed until 31.03.2014', () => {
    const h = history(['01.06.2013', '13.07.2013'], ['15.08.2013', '30.09.2013'], ['01.01.2014', '30.01.2014']);
    // Window of 30.01.2014 starts 04.08.2013: 47 + 30 = 77.
    expect(daysUsedOn(h, rule, d('30.01.2014'))).toBe(77);
    expect(findLongestStay(h, rule, d('30.01.2014')).lastDay).toBe(d('31.03.2014'));
  });

  it('SEM 5: overstay of 9 days at 09.06.2014; from 30.08.2014 (window from 04.03.2014) up to 50 days', () => {
    const h = history(['01.09.2013', '30.09.2013'], ['21.02.2014', '20.04.2014'], ['01.05.2014', '09.06.2014']);
    // 59 (21.02–20.04) + 40 (01.05–09.06) = 99
    expect(daysUsedOn(h, rule, d('09.06.2014')) - rule.maxDays).toBe(9);
    expect(windowEndingOn(rule, d('30.08.2014')).first).toBe(d('04.03.2014'));
    // In the window of the entry day: 48 (04.03–20.04) + 40 = 88 days, yet 50 days are possible
    expect(daysUsedOn(h, rule, d('30.08.2014'))).toBe(88);
    expect(findLongestStay(h, rule, d('30.08.2014')).days).toBe(50);
  });

  it('SEM 6: overstay of 74 days within 03.09.2013–01.03.2014; first day over the limit 05.11.2013 (derived)', () => {
    const h = history(['28.06.2013', '09.08.2013'], ['19.09.2013', '01.03.2014']);
    expect(windowEndingOn(rule, d('01.03.2014')).first).toBe(d('03.09.2013'));
    // 19.09.2013–01.03.2014 = 164 days
    expect(daysUsedOn(h, rule, d('01.03.2014')) - rule.maxDays).toBe(74);
    // 43 days of the first stay + 48 days (19.09–05.11) = 91
    expect(findFirstOverstayDay(h, rule)).toBe(d('05.11.2013'));
  });

  it('Visa Code Handbook: 89 days over 16.03–11.09.2014; a full 90 days only from 11.12.2014 (derived)', () => {
    const h = history(['19.04.2014', '21.04.2014'], ['18.06.2014', '11.09.2014']);
    expect(windowEndingOn(rule, d('11.09.2014')).first).toBe(d('16.03.2014'));
    expect(daysUsedOn(h, rule, d('11.09.2014'))).toBe(89);
    expect(findFirstOverstayDay(h, rule)).toBeNull();
    // rules.md: "4 days from 16.10.2014"
    expect(findLongestStay(h, rule, d('16.10.2014')).days).toBe(4);
    expect(findEarliestEntry(h, rule, d('12.09.2014'), 90)).toBe(d('11.12.2014'));
  });

  it('French explanatory note, example 1: irregular from 01.07.2014', () => {
    const h = history(['01.01.2014', '01.01.2014'], ['02.04.2014', '29.06.2014'], ['30.06.2014', '27.09.2014']);
    expect(findFirstOverstayDay(h, rule)).toBe(d('01.07.2014'));
  });

  // SEM example 3 is not tested: its stamp table is garbled in every copy found (rules.md §1.4, §5.10).
});

describe('edge cases', () => {
  it('an empty history: nothing used, a full stay from any day', () => {
    const h = history();
    expect(daysUsedOn(h, rule, d('01.01.2026'))).toBe(0);
    expect(findLongestStay(h, rule, d('01.01.2026'))).toEqual({ days: 90, lastDay: d('31.03.2026') });
    expect(findFirstOverstayDay(h, rule)).toBeNull();
  });

  it('touching stays (exit and re-entry the same day) count that day once', () => {
    expect(history(['01.01.2026', '10.01.2026'], ['10.01.2026', '20.01.2026']).counted.size).toBe(20);
  });

  it('a full 90-day stay needs 90 days of absence', () => {
    const h = history(['01.01.2026', '31.03.2026']); // 90 days
    // absent 01.04–29.06 (90 days): a new 90-day stay from 30.06
    expect(findEarliestEntry(h, rule, d('01.04.2026'), 90)).toBe(d('30.06.2026'));
    // one day earlier the window of 29.06 still reaches back to 01.01: 90 + 1 > 90
    expect(findLongestStay(h, rule, d('29.06.2026')).days).toBe(0);
  });

  it('29 February is an ordinary day of the window', () => {
    const h = history(['01.02.2024', '29.02.2024']);
    expect(daysUsedOn(h, rule, d('29.02.2024'))).toBe(29);
    // 26.08.2024 is day 239 of the leap year; 239 − 179 = day 60 = 29.02.2024
    expect(windowEndingOn(rule, d('26.08.2024')).first).toBe(d('29.02.2024'));
    expect(daysUsedOn(h, rule, d('26.08.2024'))).toBe(1);
    expect(daysUsedOn(h, rule, d('27.08.2024'))).toBe(0);
  });

  it('days under a permit do not count, and the count resumes the next day', () => {
    const h = buildCountingHistory([{ entry: d('01.01.2026'), exit: d('30.06.2026') }], { exempt: [{ first: d('01.01.2026'), last: d('31.05.2026') }] });
    expect(daysUsedOn(h, rule, d('31.05.2026'))).toBe(0);
    expect(daysUsedOn(h, rule, d('30.06.2026'))).toBe(30);
  });
});

describe('findStayProblems', () => {
  const s = (entry: string, exit: string | null) => ({ entry: d(entry), exit: exit === null ? null : d(exit) });
  it.each([
    ['exit before entry', [s('10.01.2026', '05.01.2026')], [{ kind: 'exitBeforeEntry', index: 0 }]],
    ['overlap', [s('01.01.2026', '10.01.2026'), s('09.01.2026', '12.01.2026')], [{ kind: 'overlap', index: 1, otherIndex: 0 }]],
    ['touching is allowed', [s('01.01.2026', '10.01.2026'), s('10.01.2026', '12.01.2026')], []],
    ['an open stay that is not the last', [s('01.01.2026', null), s('10.01.2026', '12.01.2026')], [{ kind: 'openStayNotLast', index: 0, otherIndex: 1 }]],
    ['an open last stay is fine', [s('01.01.2026', '05.01.2026'), s('10.01.2026', null)], []],
  ])('%s', (_name, stays, problems) => {
    expect(findStayProblems(stays)).toEqual(problems);
  });
});
