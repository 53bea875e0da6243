import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTrip, daysUsedOn, findEarliestEntry, findFirstOverstayDay, findLongestStay, type WindowRule } from '../../src/core/rolling-window.js';
import { buildCountingHistory } from '../../src/core/stays.js';
import { slowEarliestEntry, slowFirstOverstay, slowHistory, slowLongestStay, slowTripFirstOverstay, slowUsed } from '../reference/slow-rule.js';

const BASE = 20_000; // around 2024: any integer works, the rule has no calendar in it

/** Random histories: non-overlapping stays in order, gaps of 0 (touching on one day) to 200 days. */
const staysArbitrary = fc
  .array(fc.record({ gap: fc.integer({ min: -1, max: 200 }), length: fc.integer({ min: 1, max: 120 }) }), { maxLength: 12 })
  .map((parts) => {
    const stays: { entry: number; exit: number }[] = [];
    let day = BASE;
    for (const { gap, length } of parts) {
      // gap -1: re-entry on the exit day (touching stays share one day)
      const entry = stays.length === 0 ? day : day + gap + 1;
      stays.push({ entry, exit: entry + length - 1 });
      day = entry + length - 1;
    }
    return stays;
  });

const exemptArbitrary = fc.array(
  fc.record({ start: fc.integer({ min: -50, max: 1500 }), length: fc.integer({ min: 1, max: 150 }) }).map(({ start, length }) => ({ first: BASE + start, last: BASE + start + length - 1 })),
  { maxLength: 2 },
);

const ruleArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constant<WindowRule>({ maxDays: 90, windowDays: 180 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20 }).chain((maxDays) => fc.integer({ min: maxDays + 1, max: 50 }).map((windowDays) => ({ maxDays, windowDays }))) },
);

const scenario = fc.record({ stays: staysArbitrary, exempt: exemptArbitrary, rule: ruleArbitrary, offset: fc.integer({ min: -200, max: 1800 }) });

function build(stays: { entry: number; exit: number }[], exempt: { first: number; last: number }[]) {
  return { fast: buildCountingHistory(stays, { exempt }), slow: slowHistory(stays, exempt) };
}

describe('the engine agrees with a day-by-day oracle', () => {
  it('days used on any day', () => {
    fc.assert(
      fc.property(scenario, ({ stays, exempt, rule, offset }) => {
        const { fast, slow } = build(stays, exempt);
        expect(daysUsedOn(fast, rule, BASE + offset)).toBe(slowUsed(slow, rule, BASE + offset));
      }),
      { numRuns: 2000 },
    );
  });

  it('first overstay day over the whole history', () => {
    fc.assert(
      fc.property(scenario, ({ stays, exempt, rule }) => {
        const { fast, slow } = build(stays, exempt);
        expect(findFirstOverstayDay(fast, rule)).toBe(slowFirstOverstay(slow, rule));
      }),
      { numRuns: 1500 },
    );
  });

  it('longest stay (latest exit) from any day', () => {
    fc.assert(
      fc.property(scenario, ({ stays, exempt, rule, offset }) => {
        const { fast, slow } = build(stays, exempt);
        const entry = BASE + offset;
        const days = slowLongestStay(slow, rule, entry);
        expect(findLongestStay(fast, rule, entry)).toEqual({ days, lastDay: days === 0 ? null : entry + days - 1 });
      }),
      { numRuns: 1000 },
    );
  });

  it('a planned trip: the first day it breaks the rule', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 150 }), ({ stays, exempt, rule, offset }, length) => {
        const { fast, slow } = build(stays, exempt);
        const entry = BASE + offset;
        const exit = entry + length - 1;
        const first = slowTripFirstOverstay(slow, rule, entry, exit);
        expect(checkTrip(fast, rule, { first: entry, last: exit })).toMatchObject({ firstOverstayDay: first, compliant: first === null });
      }),
      { numRuns: 1000 },
    );
  });

  it('earliest entry for a trip of N days', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 90 }), ({ stays, exempt, rule, offset }, wanted) => {
        const { fast, slow } = build(stays, exempt);
        const tripDays = Math.min(wanted, rule.maxDays);
        const from = BASE + offset;
        expect(findEarliestEntry(fast, rule, from, tripDays)).toBe(slowEarliestEntry(slow, rule, from, tripDays));
      }),
      { numRuns: 700 },
    );
  });

  it('stays given in any order, touching or not, count each day once', () => {
    fc.assert(
      fc.property(staysArbitrary, fc.integer(), (stays, seed) => {
        const shuffled = [...stays].sort((a, b) => ((a.entry * 7919 + seed) % 13) - ((b.entry * 7919 + seed) % 13));
        const distinct = new Set(stays.flatMap((s) => Array.from({ length: s.exit - s.entry + 1 }, (_, i) => s.entry + i)));
        expect(buildCountingHistory(shuffled).counted.size).toBe(distinct.size);
      }),
      { numRuns: 500 },
    );
  });
});
