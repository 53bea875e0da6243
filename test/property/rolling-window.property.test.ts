import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daySetRanges } from '../../src/core/day-set.js';
import {
  daysUsedOn,
  findEarliestEntry,
  findFirstOverstayDay,
  SCHENGEN_RULE,
  type WindowRule,
} from '../../src/core/rolling-window.js';
import { buildCountingHistory } from '../../src/core/stays.js';
import {
  slowEarliestEntry,
  slowFirstOverstayDay,
  slowHistory,
  slowUsed,
  type SlowPeriod,
  type SlowStay,
} from '../reference/slow-rule.js';

// ---------------------------------------------------------------------------------------------
// Random histories
// ---------------------------------------------------------------------------------------------

/**
 * Days between one exit and the next entry: -1 = re-entry on the exit day (the stays touch and
 * share that day), 0 = re-entry the next day, up to 200 days of absence.
 */
const gapArbitrary = fc.oneof(
  { weight: 1, arbitrary: fc.constant(-1) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 200 }) },
);

/** Non-overlapping stays in order, 0 to 15 of them, 1 to 120 days each. */
const staysArbitrary: fc.Arbitrary<SlowStay[]> = fc
  .record({
    // Any integer day works (the rule has no calendar); include days before 1970 (negative).
    base: fc.integer({ min: -3_000, max: 25_000 }),
    parts: fc.array(fc.record({ gap: gapArbitrary, length: fc.integer({ min: 1, max: 120 }) }), { maxLength: 15 }),
  })
  .map(({ base, parts }) => {
    const stays: SlowStay[] = [];
    let previousExit = base;
    for (const { gap, length } of parts) {
      const entry = stays.length === 0 ? base : previousExit + gap + 1;
      stays.push({ entry, exit: entry + length - 1 });
      previousExit = entry + length - 1;
    }
    return stays;
  });

const ruleArbitrary: fc.Arbitrary<WindowRule> = fc
  .integer({ min: 1, max: 30 })
  .chain((maxDays) => fc.integer({ min: maxDays + 1, max: 60 }).map((windowDays) => ({ maxDays, windowDays })));

interface Scenario {
  readonly rule: WindowRule;
  readonly stays: SlowStay[];
  readonly exempt: SlowPeriod[];
  /** Days worth asking about: random days around the history plus every boundary ± 1. */
  readonly days: number[];
}

function scenarioArbitrary(rules: fc.Arbitrary<WindowRule>): fc.Arbitrary<Scenario> {
  return fc.tuple(rules, staysArbitrary).chain(([rule, stays]) => {
    const first = stays[0]?.entry ?? 0;
    const last = stays[stays.length - 1]?.exit ?? 0;
    const low = first - rule.windowDays - 30;
    const high = last + rule.windowDays + 30;
    const period = fc
      .record({ first: fc.integer({ min: low, max: high }), length: fc.integer({ min: 1, max: 90 }) })
      .map(({ first: start, length }) => ({ first: start, last: start + length - 1 }));
    const exempt: fc.Arbitrary<SlowPeriod[]> = fc.oneof(
      { weight: 3, arbitrary: fc.constant<SlowPeriod[]>([]) },
      { weight: 2, arbitrary: fc.array(period, { minLength: 1, maxLength: 2 }) },
    );
    const days = fc.array(fc.integer({ min: low, max: high }), { minLength: 1, maxLength: 4 });
    return fc.record({ exempt, days }).map(({ exempt: periods, days: randomDays }) => {
      const boundaries = [...stays.flatMap((s) => [s.entry, s.exit]), ...periods.flatMap((p) => [p.first, p.last])];
      const near = boundaries.flatMap((day) => [day - 1, day, day + 1]);
      return { rule, stays, exempt: periods, days: [...randomDays, ...near] };
    });
  });
}

const schengenScenario = scenarioArbitrary(fc.constant(SCHENGEN_RULE));
const otherRuleScenario = scenarioArbitrary(ruleArbitrary);

function build({ stays, exempt }: Scenario) {
  return { fast: buildCountingHistory(stays, { exempt }), slow: slowHistory(stays, exempt) };
}

/** One of the scenario's days, chosen by an index drawn alongside it. */
const pick = (days: readonly number[], index: number): number => days[index % days.length]!;

// ---------------------------------------------------------------------------------------------
// The properties, each run on 90/180 and on random small rules
// ---------------------------------------------------------------------------------------------

// 90/180 is the rule that matters: at least 1000 runs each. Random small rules (cheap to check)
// reach corners that 90/180 histories rarely do (windows shorter than a stay, maxDays = 1).
const suites = [
  { name: '90/180', scenario: schengenScenario, runs: 1000 },
  { name: 'random rules (maxDays 1..30, windowDays maxDays+1..60)', scenario: otherRuleScenario, runs: 1000 },
] as const;

for (const { name, scenario, runs } of suites) {
  describe(`the engine agrees with the day-by-day oracle: ${name}`, () => {
    it('daysUsedOn, on many days around the history', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const { fast, slow } = build(s);
          for (const day of s.days) expect(daysUsedOn(fast, s.rule, day), `day ${day}`).toBe(slowUsed(slow, s.rule, day));
        }),
        { numRuns: runs },
      );
    });

    it('findFirstOverstayDay over the whole history', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const { fast, slow } = build(s);
          expect(findFirstOverstayDay(fast, s.rule)).toBe(slowFirstOverstayDay(slow, s.rule));
        }),
        { numRuns: runs },
      );
    });

    it('findEarliestEntry for a trip of 1..maxDays days', () => {
      fc.assert(
        fc.property(scenario, fc.nat(), fc.nat(), (s, index, wanted) => {
          const { fast, slow } = build(s);
          const from = pick(s.days, index);
          const tripDays = 1 + (wanted % s.rule.maxDays);
          expect(findEarliestEntry(fast, s.rule, from, tripDays), `from ${from}, ${tripDays} days`).toBe(slowEarliestEntry(slow, s.rule, from, tripDays));
        }),
        { numRuns: runs },
      );
    });
  });
}

describe('findEarliestEntry for a full maxDays trip (its shortcut path)', () => {
  it('90/180, from any day, with or without exempt days', () => {
    fc.assert(
      fc.property(schengenScenario, fc.nat(), (s, index) => {
        const { fast, slow } = build(s);
        const from = pick(s.days, index);
        expect(findEarliestEntry(fast, s.rule, from, 90), `from ${from}`).toBe(slowEarliestEntry(slow, s.rule, from, 90));
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Building the history
// ---------------------------------------------------------------------------------------------

/** The sorted days of a set, as maximal runs of consecutive days. */
function runsOf(days: ReadonlySet<number>): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    const previous = runs[runs.length - 1];
    if (previous !== undefined && previous.last === day - 1) previous.last = day;
    else runs.push({ first: day, last: day });
  }
  return runs;
}

describe('buildCountingHistory', () => {
  it('stays in any order, touching or not: each day counts once, exempt days never', () => {
    const arbitrary = staysArbitrary.chain((stays) =>
      fc.record({
        stays: fc.constant(stays),
        shuffled: fc.shuffledSubarray(stays, { minLength: stays.length, maxLength: stays.length }),
        exempt: fc.array(
          fc.record({ first: fc.integer({ min: (stays[0]?.entry ?? 0) - 50, max: (stays[stays.length - 1]?.exit ?? 0) + 50 }), length: fc.integer({ min: 1, max: 100 }) }),
          { maxLength: 2 },
        ),
      }),
    );
    fc.assert(
      fc.property(arbitrary, ({ stays, shuffled, exempt: raw }) => {
        const exempt = raw.map(({ first, length }) => ({ first, last: first + length - 1 }));
        const slow = slowHistory(stays, exempt);
        const inOrder = buildCountingHistory(stays, { exempt });
        const anyOrder = buildCountingHistory(shuffled, { exempt: [...exempt].reverse() });
        expect(daySetRanges(anyOrder.counted)).toEqual(runsOf(slow.present));
        expect(anyOrder.counted.size).toBe(slow.present.size);
        expect(daySetRanges(inOrder.counted)).toEqual(daySetRanges(anyOrder.counted));
        expect(daySetRanges(anyOrder.exempt)).toEqual(runsOf(slow.exempt));
      }),
      { numRuns: 1000 },
    );
  });
});
