import { describe, expect, it } from 'vitest';
import { findEarliestTrip, findLatestExit, judgeItinerary, judgeTrip, type Itinerary, type ItineraryStay } from '../../src/core/authorisation.js';
import { dayFromCivil, type DayRange } from '../../src/core/day.js';
import { customRegime, regimeOf, SCHENGEN_REGIME, type Regime } from '../../src/core/regimes.js';
import { SCHENGEN_RULE } from '../../src/core/rolling-window.js';
import type { Visa } from '../../src/core/visa.js';
import { computeNext, computePlan, computeStatus } from '../../src/core/reports.js';
import { ORACLE_PRESETS } from '../reference/itinerary-arbitraries.js';
import { oracleEarliestEntry, oracleLatestExit, oraclePlanTrip, oracleUnauthorised, type OracleInput } from '../reference/itinerary-oracle.js';

/**
 * Issue 11: the law's own boundaries, each worked out by hand (the arithmetic is in the comments),
 * then checked against the core and the day-by-day oracle alike.
 */

const d = dayFromCivil;
const stay = (entry: number, exit: number, country: string | null): ItineraryStay => ({ entry, exit, country });

function itinerary(regime: Regime, stays: ItineraryStay[], permits: DayRange[] = [], visas: Visa[] = []): Itinerary {
  return { stays, visas, permits, rule: SCHENGEN_RULE, regime };
}

function oracleInput(it: Itinerary): OracleInput {
  const regime = it.regime!;
  return { stays: it.stays, visas: it.visas, permits: it.permits, regime: { zone: regime.zone, rules: regime.rules, stickers: regime.stickers, countsUnnamed: regime.countsUnnamed } };
}

/** The unauthorised days as ranges with their limit, from the core, checked day by day against the oracle. */
function unauthorised(it: Itinerary): { first: number; last: number; limit: string }[] {
  const ranges = judgeItinerary(it).unauthorised.map(({ first, last, limit }) => ({ first, last, limit }));
  const days: [number, string][] = [];
  for (const range of ranges) for (let day = range.first; day <= range.last; day += 1) days.push([day, range.limit]);
  expect(days).toEqual([...oracleUnauthorised(oracleInput(it))].sort((a, b) => a[0] - b[0]));
  return ranges;
}

function latestExit(it: Itinerary, index: number, from: number) {
  const core = findLatestExit(it, index, from);
  const oracle = oracleLatestExit(oracleInput(it), index, from);
  const answer = { latestExit: core.latestExit, bindingLimit: core.bindingLimit };
  expect(answer).toEqual({ latestExit: oracle.latestExit, bindingLimit: oracle.bindingLimit });
  return answer;
}

function earliest(it: Itinerary, from: number, days: number): number | null {
  const core = findEarliestTrip(it, from, days);
  expect(core).toBe(oracleEarliestEntry(oracleInput(it), from, days));
  return core;
}

const RU_FREE = regimeOf('ru-visa-free');
const BY_FREE = regimeOf('by-visa-free');

describe('the presets say what issue 11 and rules.md §6 say', () => {
  it.each([
    ['schengen', undefined, 'schengen'],
    ['ru-visa-free', undefined, 'ru-visa-free'],
    ['ru-visa', undefined, 'ru-visa'],
    ['by-visa-free', undefined, 'by-visa-free'],
    ['by-visa-free', 'PL', 'by-visa-free-pl'],
    ['by-visa-free', 'LT', 'by-visa-free-long'],
    ['by-visa-free', 'LV', 'by-visa-free-long'],
    ['by-visa-free', 'DE', 'by-visa-free'],
    ['by-transit', undefined, 'by-transit'],
    ['tr', undefined, 'tr'],
  ] as const)('%s (nationality %s)', (name, nationality, copied) => {
    const regime = regimeOf(name, { nationality });
    expect({ zone: regime.zone, rules: regime.rules, stickers: regime.stickers }).toEqual({
      zone: ORACLE_PRESETS[copied]!.zone,
      rules: ORACLE_PRESETS[copied]!.rules,
      stickers: regime.zone === 'schengen',
    });
  });
});

describe('Russia, visa-free: a stay across 31 December', () => {
  // Stay from 2025-11-01: November has 30 days, so 2025-11-30 is its day 30 and 2025-12-31 its
  // day 30 + 31 = 61; 2026-01-29 is day 61 + 29 = 90, 2026-01-30 day 91 (over the 90 per stay).
  const long = stay(d(2025, 11, 1), d(2026, 2, 10), 'RU');

  it('29 earlier days in 2025: 29 + 61 = 90 in 2025, then the yearly count restarts; the stay count does not', () => {
    // 2025-02-01..2025-03-01: 28 February days + 1 = 29 days.
    const it = itinerary(RU_FREE, [stay(d(2025, 2, 1), d(2025, 3, 1), 'RU'), long]);
    // 2026-01-30: 30 days in 2026 (within 90), but day 91 of the stay.
    expect(unauthorised(it)).toEqual([{ first: d(2026, 1, 30), last: d(2026, 2, 10), limit: 'perStay' }]);
    expect(latestExit({ ...it, stays: [it.stays[0]!, stay(d(2025, 11, 1), d(2025, 12, 20), 'RU')] }, 1, d(2025, 12, 20))).toEqual({
      latestExit: d(2026, 1, 29),
      bindingLimit: 'perStay',
    });
  });

  it('30 earlier days in 2025: 31 December is day 91 of the year, 1 January day 1 of the next', () => {
    // 2025-02-01..2025-03-02: 30 days; 30 + 61 = 91 > 90 on 2025-12-31 only (30 + 60 = 90 on 12-30).
    // On 2026-01-01 the 2026 count is 1: authorised again, until the stay's day 91 (2026-01-30).
    const it = itinerary(RU_FREE, [stay(d(2025, 2, 1), d(2025, 3, 2), 'RU'), long]);
    expect(unauthorised(it)).toEqual([
      { first: d(2025, 12, 31), last: d(2025, 12, 31), limit: 'calendarYear' },
      { first: d(2026, 1, 30), last: d(2026, 2, 10), limit: 'perStay' },
    ]);
    // Present on 2025-12-20: day 50 of the stay, 30 + 50 = 80 in 2025; 2025-12-30 makes 90, 12-31 91.
    expect(latestExit({ ...it, stays: [it.stays[0]!, stay(d(2025, 11, 1), d(2025, 12, 20), 'RU')] }, 1, d(2025, 12, 20))).toEqual({
      latestExit: d(2025, 12, 30),
      bindingLimit: 'calendarYear',
    });
  });
});

describe('Russia, visa-free: a stay across 2025-01-01 (90/180 before, 90 per year and 90 per stay from then)', () => {
  it('a stay from 2024-10-01: day 91 (2024-12-30) breaks 90/180; from 2025-01-01 the per-stay count (93) still counts the 2024 days', () => {
    // October 31 + November 30 = 61 days; 2024-12-29 is day 61 + 29 = 90, 12-30 day 91: all 91 days
    // lie in the 180 days ending on 12-30, so 12-30 and 12-31 break 90/180. On 2025-01-01 90/180 no
    // longer applies; the 2025 count is 1, but it is the stay's day 93 (> 90): perStay from then on.
    const it = itinerary(RU_FREE, [stay(d(2024, 10, 1), d(2025, 1, 10), 'RU')]);
    expect(unauthorised(it)).toEqual([
      { first: d(2024, 12, 30), last: d(2024, 12, 31), limit: 'rule90180' },
      { first: d(2025, 1, 1), last: d(2025, 1, 10), limit: 'perStay' },
    ]);
  });

  it('90 days in the summer of 2024: December 2024 breaks 90/180, January 2025 is allowed', () => {
    // 2024-07-01..2024-09-28: July 31 + August 31 + September 28 = 90 days. On 2024-12-01 the 180 days
    // back to 2024-06-05 hold all 90 of them + 1 = 91: December breaks 90/180 (on 12-31 the window
    // from 07-05 holds 27 + 31 + 28 = 86 summer days + 31 = 117). On 2025-01-01 the 2025 count is 1
    // and the stay's day 32: both within 90, and 90/180 is no longer the rule.
    const it = itinerary(RU_FREE, [stay(d(2024, 7, 1), d(2024, 9, 28), 'RU'), stay(d(2024, 12, 1), d(2025, 1, 20), 'RU')]);
    expect(unauthorised(it)).toEqual([{ first: d(2024, 12, 1), last: d(2024, 12, 31), limit: 'rule90180' }]);
  });

  it('entering on 2024-12-20 with nothing before: the latest exit is day 90 of the stay, 2025-03-19', () => {
    // 2024-12-20..12-31 = 12 days, January 31 + February 28 = 71, 2025-03-19 = day 71 + 19 = 90.
    // The 2025 count on 03-20 is 79 (within 90): the per-stay rule binds.
    const it = itinerary(RU_FREE, [stay(d(2024, 12, 20), d(2024, 12, 20), 'RU')]);
    expect(latestExit(it, 0, d(2024, 12, 20))).toEqual({ latestExit: d(2025, 3, 19), bindingLimit: 'perStay' });
  });
});

describe('Belarus, visa-free', () => {
  it('30 days per stay: the entry day is day 1, day 31 breaks', () => {
    // 2025-03-01 is day 1, 2025-03-30 day 30, 2025-03-31 day 31.
    const it = itinerary(BY_FREE, [stay(d(2025, 3, 1), d(2025, 4, 5), 'BY')]);
    expect(unauthorised(it)).toEqual([{ first: d(2025, 3, 31), last: d(2025, 4, 5), limit: 'perStay' }]);
    expect(latestExit(itinerary(BY_FREE, [stay(d(2025, 3, 1), d(2025, 3, 1), 'BY')]), 0, d(2025, 3, 1))).toEqual({
      latestExit: d(2025, 3, 30),
      bindingLimit: 'perStay',
    });
    // A 30-day trip fits, a 31-day trip never does.
    expect(earliest(itinerary(BY_FREE, []), d(2025, 3, 1), 30)).toBe(d(2025, 3, 1));
    expect(earliest(itinerary(BY_FREE, []), d(2025, 3, 1), 31)).toBeNull();
  });

  it('90 per stay for a Polish citizen: from 2025-11-01, day 90 is 2026-01-29', () => {
    // November 30 + December 31 = 61; 2026-01-29 = day 61 + 29 = 90. The yearly counts stay within
    // 90 (61 in 2025, 30 in 2026 on 01-30), so the per-stay rule binds.
    const polish = regimeOf('by-visa-free', { nationality: 'PL' });
    const it = itinerary(polish, [stay(d(2025, 11, 1), d(2025, 11, 1), 'BY')]);
    expect(latestExit(it, 0, d(2025, 11, 1))).toEqual({ latestExit: d(2026, 1, 29), bindingLimit: 'perStay' });
    // The same stay for a German citizen: 30 days, 2025-11-30.
    expect(latestExit(itinerary(BY_FREE, it.stays.slice()), 0, d(2025, 11, 1))).toEqual({ latestExit: d(2025, 11, 30), bindingLimit: 'perStay' });
  });

  it('90 per calendar year: three 30-day stays use the year; a fourth is refused until 1 January', () => {
    // January 1–30, March 1–30, May 1–30 2025: 90 days. 2025-07-01 would be the 91st.
    const stays = [stay(d(2025, 1, 1), d(2025, 1, 30), 'BY'), stay(d(2025, 3, 1), d(2025, 3, 30), 'BY'), stay(d(2025, 5, 1), d(2025, 5, 30), 'BY')];
    const it = itinerary(BY_FREE, stays);
    expect(unauthorised(it)).toEqual([]);
    const trip = judgeTrip(it, d(2025, 7, 1), d(2025, 7, 5), 'BY');
    expect(trip).toMatchObject({ compliant: false, firstUnauthorisedDay: d(2025, 7, 1), brokenLimit: 'calendarYear', stayIndex: -1 });
    expect(oraclePlanTrip(oracleInput(it), d(2025, 7, 1), d(2025, 7, 5))).toEqual({
      compliant: false,
      firstUnauthorisedDay: d(2025, 7, 1),
      brokenLimit: 'calendarYear',
      stayIndex: -1,
    });
    expect(earliest(it, d(2025, 6, 1), 10)).toBe(d(2026, 1, 1));
  });
});

describe('Belarus transit visa: 2 days per crossing', () => {
  const TRANSIT = regimeOf('by-transit');

  it('entry day + 1 is the last day; the third day breaks', () => {
    // 2025-06-10 is day 1, 06-11 day 2, 06-12 day 3.
    const it = itinerary(TRANSIT, [stay(d(2025, 6, 10), d(2025, 6, 12), 'BY')]);
    expect(unauthorised(it)).toEqual([{ first: d(2025, 6, 12), last: d(2025, 6, 12), limit: 'perStay' }]);
    expect(latestExit(itinerary(TRANSIT, [stay(d(2025, 6, 10), d(2025, 6, 10), 'BY')]), 0, d(2025, 6, 10))).toEqual({
      latestExit: d(2025, 6, 11),
      bindingLimit: 'perStay',
    });
    expect(earliest(itinerary(TRANSIT, []), d(2025, 6, 10), 2)).toBe(d(2025, 6, 10));
    expect(earliest(itinerary(TRANSIT, []), d(2025, 6, 10), 3)).toBeNull();
  });

  it('each crossing counts again: out and back in on day 2 starts a new stay', () => {
    // [06-10, 06-11] then [06-11, 06-12]: each stay has 2 days.
    const it = itinerary(TRANSIT, [stay(d(2025, 6, 10), d(2025, 6, 11), 'BY'), stay(d(2025, 6, 11), d(2025, 6, 12), 'BY')]);
    expect(unauthorised(it)).toEqual([]);
  });

  it('days in Poland, Russia or with no stamp of Belarus do not count for Belarus; unnamed days do when asked', () => {
    const it = itinerary(TRANSIT, [stay(d(2025, 6, 1), d(2025, 6, 20), 'PL'), stay(d(2025, 6, 21), d(2025, 6, 30), 'RU')]);
    expect(unauthorised(it)).toEqual([]);
    // A stay with no state counts for the regime asked: 06-01..06-03, the third day breaks.
    expect(unauthorised(itinerary(TRANSIT, [stay(d(2025, 6, 1), d(2025, 6, 3), null)]))).toEqual([{ first: d(2025, 6, 3), last: d(2025, 6, 3), limit: 'perStay' }]);
    // Not when the regime takes no unnamed stays (another zone's block of a mixed log).
    expect(unauthorised(itinerary(regimeOf('by-transit', { countsUnnamed: false }), [stay(d(2025, 6, 1), d(2025, 6, 3), null)]))).toEqual([]);
  });
});

describe('a custom mix: 90 per calendar year and at most 30 per stay (--rule 90/year --rule stay<=30)', () => {
  const MIX = customRegime(SCHENGEN_REGIME, [
    { kind: 'calendarYear', maxDays: 90 },
    { kind: 'perStay', maxDays: 30 },
  ]);
  // 2026-01-05..02-03: 27 January days + 3 = 30; March 1–30: 30; May 1–30: 30. 90 in 2026.
  const stays = [stay(d(2026, 1, 5), d(2026, 2, 3), 'FR'), stay(d(2026, 3, 1), d(2026, 3, 30), 'FR'), stay(d(2026, 5, 1), d(2026, 5, 30), 'BE')];

  it('no 90/180 rule: 90 days in 146 is allowed; a 31st day of a stay is not', () => {
    // 2026-01-05..05-30 = 146 days holding 90 days of stay; 90/180 is not among the rules.
    const it = itinerary(MIX, stays);
    expect(unauthorised(it)).toEqual([]);
    // March 1–31 instead: day 31 of that stay breaks perStay (the year count on 03-31 is 61).
    expect(unauthorised(itinerary(MIX, [stays[0]!, stay(d(2026, 3, 1), d(2026, 3, 31), 'FR')]))).toEqual([{ first: d(2026, 3, 31), last: d(2026, 3, 31), limit: 'perStay' }]);
  });

  it('the year is used up: the next trip can start on 2027-01-01; a 31-day trip never', () => {
    const it = itinerary(MIX, stays);
    // Any day of 2026 after May is the 91st of the year.
    expect(judgeTrip(it, d(2026, 7, 1), d(2026, 7, 10))).toMatchObject({ compliant: false, firstUnauthorisedDay: d(2026, 7, 1), brokenLimit: 'calendarYear', stayIndex: -1 });
    // A trip 2026-12-31..2027-01-29 breaks on 12-31 (91st in 2026), though its 2027 days are fine.
    expect(judgeTrip(it, d(2026, 12, 31), d(2027, 1, 29))).toMatchObject({ compliant: false, firstUnauthorisedDay: d(2026, 12, 31), brokenLimit: 'calendarYear' });
    expect(earliest(it, d(2026, 6, 1), 30)).toBe(d(2027, 1, 1));
    expect(earliest(it, d(2026, 6, 1), 31)).toBeNull();
  });
});

/** Bugs the oracle found in findEarliestTrip (fixed): each case states the answer the oracle gives. */
describe('findEarliestTrip: regressions found by the oracle', () => {
  it('a 100-day trip inside a residence permit complies (no day counts), but the cap of 90 refuses it', () => {
    // Permit 2026-01-01..2026-12-31; trip 2026-03-01..2026-06-08 (100 days), all under the permit.
    const it = itinerary(SCHENGEN_REGIME, [], [{ first: d(2026, 1, 1), last: d(2026, 12, 31) }]);
    expect(oracleEarliestEntry(oracleInput(it), d(2026, 3, 1), 100)).toBe(d(2026, 3, 1));
    expect(findEarliestTrip(it, d(2026, 3, 1), 100)).toBe(d(2026, 3, 1));
  });

  it('a rolling rule of N in N days never breaks, but the cap of N refuses a longer trip', () => {
    // Any 2 consecutive days hold at most 2 days: 2 in any 2 is never over.
    const it = itinerary(customRegime(SCHENGEN_REGIME, [{ kind: 'rolling', maxDays: 2, windowDays: 2 }]), []);
    expect(oracleEarliestEntry(oracleInput(it), d(2026, 3, 1), 3)).toBe(d(2026, 3, 1));
    expect(findEarliestTrip(it, d(2026, 3, 1), 3)).toBe(d(2026, 3, 1));
  });

  it('a trip partly under a permit beyond the search horizon (no visa needed) is not found', () => {
    // 7 per year, in Russia; permit from 2026-06-01. A 30-day trip fits only with 23 of its days under
    // the permit: 2026-05-25..06-23 has 7 counted days (May 25–31). The search stops at
    // from + 2 × 366 + 30 = 2025-01-02 + 30 days, long before.
    const it = itinerary(customRegime(regimeOf('ru-visa'), [{ kind: 'calendarYear', maxDays: 7 }]), [], [{ first: d(2026, 6, 1), last: d(2026, 12, 31) }]);
    expect(oracleEarliestEntry(oracleInput(it), d(2024, 1, 1), 30)).toBe(d(2026, 5, 25));
    expect(findEarliestTrip(it, d(2024, 1, 1), 30)).toBe(d(2026, 5, 25));
  });
});

describe('issue 19.3: a regime without a rolling rule is reported by its own rules', () => {
  // plan --rules by-visa-free --stay 2025-01-05..2025-02-01 --stay 2025-10-01..2025-10-20 --enter 2025-12-20
  // 05.01–31.01 = 27 days, 01.02 = 1: 28; 01.10–20.10 = 20: 48 days in 2025 before the entry.
  // The 180 days ending on 19.12.2025 begin on 23.06.2025: they hold October's 20 only.
  const by = itinerary(BY_FREE, [stay(d(2025, 1, 5), d(2025, 2, 1), null), stay(d(2025, 10, 1), d(2025, 10, 20), null)]);

  it('plan: no rolling rule, days used before entry counted by the calendar year (48 of 90), not by 90/180 (20)', () => {
    const report = computePlan(by, d(2025, 12, 20), null);
    expect(report.rule).toBeNull();
    expect(report.daysUsedBeforeEntry).toBe(48);
    expect(report.countBeforeEntry).toMatchObject({ limit: 'calendarYear', period: { first: d(2025, 1, 1), last: d(2025, 12, 19) }, daysUsed: 48, maxDays: 90, daysRemaining: 42 });
  });

  it('plan: limits.rule90180 is for 90/180 only (null here); limits.stayRule is the regime’s own last day', () => {
    // 30 per stay: 20.12 is day 1, 18.01.2026 day 30 (12 days in December + 18). The year: 48 + 12 = 60 in 2025.
    const report = computePlan(by, d(2025, 12, 20), null);
    expect(report.authorised).toMatchObject({ latestExit: d(2026, 1, 18), bindingLimit: 'perStay' });
    expect(report.authorised.limits).toMatchObject({ rule90180: null, stayRule: d(2026, 1, 18) });
  });

  it('plan with an end: the peak is the calendar-year count (60 on 31.12.2025), not a 90/180 count', () => {
    // 20.12.2025–05.01.2026: 48 + 12 = 60 on 31.12; 2026 starts again at 1 (5 on 05.01).
    expect(computePlan(by, d(2025, 12, 20), d(2026, 1, 5)).trip).toMatchObject({ compliant: true, peakDaysUsed: 60 });
  });

  it('next: no rolling rule, rule null', () => {
    expect(computeNext(by, d(2025, 11, 1), 10).rule).toBeNull();
  });

  it('ru-visa-free: 90/180 in force on an entry in 2024, none in 2026', () => {
    const ru = itinerary(RU_FREE, []);
    expect(computePlan(ru, d(2024, 6, 1), null).rule).toEqual({ maxDays: 90, windowDays: 180 });
    expect(computePlan(ru, d(2026, 6, 1), null).rule).toBeNull();
  });

  it('the Schengen area: rule 90/180, days used by it, and limits.rule90180 = limits.stayRule', () => {
    // 10.01–20.02.2026: 22 + 20 = 42 days, all in the 180 days ending on 28.02; 01.03 + 47 = 17.04 is day 90.
    const report = computePlan(itinerary(SCHENGEN_REGIME, [stay(d(2026, 1, 10), d(2026, 2, 20), null)]), d(2026, 3, 1), null);
    expect(report).toMatchObject({ rule: { maxDays: 90, windowDays: 180 }, daysUsedBeforeEntry: 42 });
    expect(report.authorised.limits).toMatchObject({ rule90180: d(2026, 4, 17), stayRule: d(2026, 4, 17) });
  });

  it('status --rule 90/year --stay 2026-01-10..2026-02-20 --on 2026-03-01: a full stay of 90 days from 14.11.2026', () => {
    // 42 days used in 2026 (22 + 20). A 90-day stay must keep 2026 at 90: at most 48 days in 2026, so it
    // starts on 14.11 at the earliest (14.11–30.11 = 17, December 31: 48) and ends on 11.02.2027 (42 in 2027).
    const report = computeStatus(itinerary(customRegime(SCHENGEN_REGIME, [{ kind: 'calendarYear', maxDays: 90 }]), [stay(d(2026, 1, 10), d(2026, 2, 20), null)]), d(2026, 3, 1));
    expect(report).toMatchObject({ rule: null, fullStayDays: 90, fullStayPossibleFrom: d(2026, 11, 14) });
  });
});

describe('issue 19.7: rules outside their dates in force (rules.md §5.15)', () => {
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const warningsOf = (warnings: readonly { code: string; params: Readonly<Record<string, string | number>> }[]) => warnings.filter((warning) => warning.code === 'ruleNotInForce');

  it('the Belarus presets carry their dates: 19.07.2024–31.12.2026; PL, LT and LV since 2022', () => {
    expect(regimeOf('by-visa-free').rules.map((rule) => [iso(rule.from!), iso(rule.until!)])).toEqual([
      ['2024-07-19', '2026-12-31'],
      ['2024-07-19', '2026-12-31'],
    ]);
    // Lithuania and Latvia from 15.04.2022, Poland from 01.07.2022 (secondary sources: docs/regimes.md).
    expect(iso(regimeOf('by-visa-free', { nationality: 'LT' }).rules[0]!.from!)).toBe('2022-04-15');
    expect(iso(regimeOf('by-visa-free', { nationality: 'PL' }).rules[0]!.from!)).toBe('2022-07-01');
    // Russia: 90/180 from 01.01.2014 (secondary source) to 31.12.2024.
    expect(regimeOf('ru-visa-free').rules.map((rule) => [rule.from === null ? null : iso(rule.from), rule.until === null ? null : iso(rule.until)])).toEqual([
      ['2014-01-01', '2024-12-31'],
      ['2025-01-01', null],
      ['2025-01-01', null],
    ]);
  });

  it('a Belarus stay in 2023, before the regime: judged by its nearest rules (day 31 of the stay breaks), and warned', () => {
    // 01.05.2023 is day 1, 30.05 day 30, 31.05 day 31: 31.05–15.06 over 30 per stay.
    const by = itinerary(BY_FREE, [stay(d(2023, 5, 1), d(2023, 6, 15), 'BY')]);
    expect(unauthorised(by)).toEqual([{ first: d(2023, 5, 31), last: d(2023, 6, 15), limit: 'perStay' }]);
    expect(warningsOf(computeStatus(by, d(2023, 7, 1)).warnings)).toEqual([
      {
        code: 'ruleNotInForce',
        params: { zone: 'BY', first: '2023-05-01', last: '2023-07-01', judgedBy: 'stay<=30, 90/year', from: '2024-07-19', until: '2026-12-31' },
      },
    ]);
  });

  it('a stay inside the dates is not warned about', () => {
    const by = itinerary(BY_FREE, [stay(d(2025, 5, 1), d(2025, 5, 10), 'BY')]);
    expect(warningsOf(computeStatus(by, d(2025, 6, 1)).warnings)).toEqual([]);
  });

  it('a trip planned after 31.12.2026 is judged by the last rules and warned; the history in force is not', () => {
    const by = itinerary(BY_FREE, [stay(d(2025, 5, 1), d(2025, 5, 10), 'BY')]);
    const plan = computePlan(by, d(2027, 2, 1), d(2027, 2, 10), 'BY');
    expect(plan.trip).toMatchObject({ compliant: true });
    expect(warningsOf(plan.warnings)).toEqual([
      { code: 'ruleNotInForce', params: { zone: 'BY', first: '2027-02-01', last: '2027-02-10', judgedBy: 'stay<=30, 90/year', from: '2024-07-19', until: '2026-12-31' } },
    ]);
    // next: the trip found (01.02.2027, 10 days) is outside the dates too.
    expect(warningsOf(computeNext(by, d(2027, 2, 1), 10).warnings)).toEqual([
      { code: 'ruleNotInForce', params: { zone: 'BY', first: '2027-02-01', last: '2027-02-10', judgedBy: 'stay<=30, 90/year', from: '2024-07-19', until: '2026-12-31' } },
    ]);
  });

  it('Russia before 2014: judged by 90/180, named, and warned', () => {
    const ru = itinerary(RU_FREE, [stay(d(2013, 6, 1), d(2013, 6, 10), 'RU')]);
    expect(warningsOf(computeStatus(ru, d(2013, 6, 10)).warnings)).toEqual([
      { code: 'ruleNotInForce', params: { zone: 'RU', first: '2013-06-01', last: '2013-06-10', judgedBy: '90/180', from: '2014-01-01', until: '2024-12-31' } },
    ]);
  });

  it('the Schengen area has no dates: never warned', () => {
    expect(warningsOf(computeStatus(itinerary(SCHENGEN_REGIME, [stay(d(2010, 6, 1), d(2010, 6, 10), null)]), d(2010, 6, 10)).warnings)).toEqual([]);
  });
});
