import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEarliestTrip, findLatestExit, judgeItinerary, judgeTrip, tripCountryOf, type Itinerary } from '../../src/core/authorisation.js';
import { SCHENGEN_REGIME, type Regime } from '../../src/core/regimes.js';
import { SCHENGEN_RULE } from '../../src/core/rolling-window.js';
import {
  permutationArbitrary,
  regimeEarliestEntryCaseArbitrary,
  regimeItineraryArbitrary,
  regimeLatestExitCaseArbitrary,
  regimeTripCaseArbitrary,
  type NamedOracleRegime,
} from '../reference/itinerary-arbitraries.js';
import {
  oracleCountedDays,
  oracleEarliestEntry,
  oracleLatestExit,
  oraclePlanTrip,
  oracleTripCountry,
  oracleUnauthorised,
  type OracleInput,
  type OracleStay,
} from '../reference/itinerary-oracle.js';

/**
 * Issue 11: the core (src/core/authorisation.ts, src/core/regimes.ts) against the day-by-day oracle
 * (test/reference/itinerary-oracle.ts) for random regimes — every preset (its numbers copied from the
 * issue, not from src/) and random mixes of rolling N in M, N per calendar year and N per stay, in the
 * Schengen area, Russia, Belarus and Türkiye — over histories from late 2023 to 2026 with stays in
 * FR, BE, RU, BY, TR, CY and with no state, stickers and permits.
 */
const RUNS = 200;
/** The oracle's earliest entry judges up to 1500 whole itineraries: fewer runs. */
const EARLIEST_RUNS = 150;

function coreRegime(regime: NamedOracleRegime): Regime {
  // The plain Schengen preset goes in as the core's own object, so that its fast paths run too.
  if (regime.name === 'schengen' && regime.countsUnnamed) return SCHENGEN_REGIME;
  const name = regime.name === 'by-visa-free-long' ? 'by-visa-free' : (regime.name as Regime['name']);
  return { name, zone: regime.zone, rules: regime.rules, stickers: regime.stickers, countsUnnamed: regime.countsUnnamed };
}

function toItinerary(input: OracleInput): Itinerary {
  const regime = coreRegime(input.regime as NamedOracleRegime);
  return { stays: input.stays, visas: input.visas, permits: input.permits, rule: SCHENGEN_RULE, regime };
}

function coreUnauthorised(input: OracleInput): [number, string][] {
  const days: [number, string][] = [];
  for (const range of judgeItinerary(toItinerary(input)).unauthorised) {
    for (let day = range.first; day <= range.last; day += 1) days.push([day, range.limit]);
  }
  return days;
}

function coreCounted(input: OracleInput): number[] {
  const { counted } = judgeItinerary(toItinerary(input));
  const days: number[] = [];
  counted.firsts.forEach((first, k) => {
    for (let day = first; day <= counted.lasts[k]!; day += 1) days.push(day);
  });
  return days;
}

const sortedEntries = (map: Map<number, string>): [number, string][] => [...map].sort((a, b) => a[0] - b[0]);

function permute<T>(items: readonly T[], order: readonly number[]): T[] {
  return order.map((index) => items[index]!);
}

const shuffledArbitrary = <T extends { input: OracleInput }>(base: fc.Arbitrary<T>) =>
  base.chain((value) =>
    fc
      .tuple(
        permutationArbitrary(value.input.stays.length),
        permutationArbitrary(value.input.visas.length),
        permutationArbitrary(value.input.permits.length),
        permutationArbitrary(value.input.regime!.rules.length),
      )
      .map(([stayOrder, visaOrder, permitOrder, ruleOrder]) => ({
        value,
        stayOrder,
        shuffled: {
          stays: permute(value.input.stays, stayOrder),
          visas: permute(value.input.visas, visaOrder),
          permits: permute(value.input.permits, permitOrder),
          regime: { ...value.input.regime!, rules: permute(value.input.regime!.rules, ruleOrder) },
        } satisfies OracleInput,
      })),
  );

const sameStay = (a: OracleStay | undefined, b: OracleStay | undefined) =>
  a !== undefined && b !== undefined && a.entry === b.entry && a.exit === b.exit && a.country === b.country;

describe('regimes: the core agrees with the day-by-day oracle', () => {
  it('judgeItinerary: the same counted days (P) for every zone', () => {
    fc.assert(
      fc.property(regimeItineraryArbitrary, (input) => {
        expect(coreCounted(input)).toEqual([...oracleCountedDays(input)].sort((a, b) => a - b));
      }),
      { numRuns: RUNS },
    );
  });

  it('judgeItinerary: the same unauthorised days, each with the same first limit', () => {
    fc.assert(
      fc.property(regimeItineraryArbitrary, (input) => {
        expect(coreUnauthorised(input)).toEqual(sortedEntries(oracleUnauthorised(input)));
      }),
      { numRuns: RUNS },
    );
  });

  it('findLatestExit: the same latest exit and binding limit', () => {
    let capped = 0;
    fc.assert(
      fc.property(regimeLatestExitCaseArbitrary, ({ input, stayIndex, from }) => {
        const expected = oracleLatestExit(input, stayIndex, from);
        if (expected.scanCapped) {
          capped += 1;
          return;
        }
        const actual = findLatestExit(toItinerary(input), stayIndex, from);
        expect({ latestExit: actual.latestExit, bindingLimit: actual.bindingLimit }).toEqual({
          latestExit: expected.latestExit,
          bindingLimit: expected.bindingLimit,
        });
      }),
      { numRuns: RUNS },
    );
    expect(capped).toBeLessThan(RUNS / 2);
  });

  it('judgeTrip: the same verdict, first day, limit and stay (the trip in the zone: no state in Schengen, RU in Russia…)', () => {
    fc.assert(
      fc.property(regimeTripCaseArbitrary, ({ input, entry, exit }) => {
        const itinerary = toItinerary(input);
        const country = tripCountryOf(itinerary.regime!);
        expect(country).toBe(oracleTripCountry(input));
        const expected = oraclePlanTrip(input, entry, exit);
        const actual = judgeTrip(itinerary, entry, exit, country);
        expect({
          compliant: actual.compliant,
          firstUnauthorisedDay: actual.firstUnauthorisedDay,
          brokenLimit: actual.brokenLimit,
          stayIndex: actual.stayIndex,
        }).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('findEarliestTrip: the same earliest entry', () => {
    fc.assert(
      fc.property(regimeEarliestEntryCaseArbitrary, ({ input, from, days }) => {
        const actual = findEarliestTrip(toItinerary(input), from, days);
        const expected = oracleEarliestEntry(input, from, days);
        // KNOWN CORE BUGS (report on issue 11; the `it.fails` tests in test/core/regimes.test.ts):
        // the core answers null where a trip complies, in three cases `knownEarliestBug` names.
        // Only a null from the core is excused, and only in those cases; drop this once fixed.
        if (CORE_BUGS_OPEN && actual === null && expected !== null && knownEarliestBug(input, from, days, expected)) return;
        expect(actual).toBe(expected);
      }),
      { numRuns: EARLIEST_RUNS },
    );
  });
});

const CORE_BUGS_OPEN = false;

/**
 * The cases where findEarliestTrip answers null although the oracle finds a compliant entry:
 * 1. `days` is over the shortest rolling or per-stay rule in force on `from` (longestPossibleTrip),
 *    yet the trip complies: some of its days are under a permit, or a rolling N in N never breaks,
 *    or the trip does not count at all;
 * 2. a Schengen-zone regime that does not count unnamed stays, with a sticker: the trip (no state)
 *    never counts, but the search stops when the last sticker expires;
 * 3. the compliant trip has a day under a permit or D visa beyond the search horizon, which
 *    ignores permits when no visa is needed (a yearly rule shorter than the trip).
 */
function knownEarliestBug(input: OracleInput, from: number, days: number, expected: number): boolean {
  const regime = input.regime!;
  if (days > shortestCap(input, from)) return true;
  if (regime.zone === 'schengen' && !regime.countsUnnamed) return true;
  const exempt = [...input.permits, ...input.visas.filter((visa) => visa.type === 'D').map((visa) => ({ first: visa.validFrom, last: visa.validUntil }))];
  return exempt.some((range) => range.first <= expected + days - 1 && expected <= range.last);
}

/** The shortest rolling or per-stay maximum among the rules in force on `day` (Infinity: none). */
function shortestCap(input: OracleInput, day: number): number {
  let cap = Infinity;
  for (const rule of input.regime!.rules) {
    if ((rule.from !== null && day < rule.from) || (rule.until !== null && day > rule.until)) continue;
    if (rule.shape.kind !== 'calendarYear') cap = Math.min(cap, rule.shape.maxDays);
  }
  return cap;
}

describe('regimes: order does not matter', () => {
  it('judgeItinerary: shuffling stays, stickers, permits and rules changes no day', () => {
    fc.assert(
      fc.property(shuffledArbitrary(regimeItineraryArbitrary.map((input) => ({ input }))), ({ value, shuffled }) => {
        expect(coreUnauthorised(shuffled)).toEqual(coreUnauthorised(value.input));
      }),
      { numRuns: RUNS },
    );
  });

  it('findLatestExit: the same answer for the same stay', () => {
    fc.assert(
      fc.property(shuffledArbitrary(regimeLatestExitCaseArbitrary), ({ value, stayOrder, shuffled }) => {
        const before = findLatestExit(toItinerary(value.input), value.stayIndex, value.from);
        const after = findLatestExit(toItinerary(shuffled), stayOrder.indexOf(value.stayIndex), value.from);
        expect({ latestExit: after.latestExit, bindingLimit: after.bindingLimit }).toEqual({ latestExit: before.latestExit, bindingLimit: before.bindingLimit });
      }),
      { numRuns: RUNS },
    );
  });

  it('judgeTrip: the same answer, naming the same stay', () => {
    fc.assert(
      fc.property(shuffledArbitrary(regimeTripCaseArbitrary), ({ value, shuffled }) => {
        const country = oracleTripCountry(value.input);
        const before = judgeTrip(toItinerary(value.input), value.entry, value.exit, country);
        const after = judgeTrip(toItinerary(shuffled), value.entry, value.exit, country);
        expect([after.compliant, after.firstUnauthorisedDay, after.brokenLimit]).toEqual([before.compliant, before.firstUnauthorisedDay, before.brokenLimit]);
        if (before.stayIndex === null || before.stayIndex === -1) expect(after.stayIndex).toBe(before.stayIndex);
        else expect(sameStay(shuffled.stays[after.stayIndex!], value.input.stays[before.stayIndex])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('findEarliestTrip: the same earliest entry', () => {
    fc.assert(
      fc.property(shuffledArbitrary(regimeEarliestEntryCaseArbitrary), ({ value, shuffled }) => {
        expect(findEarliestTrip(toItinerary(shuffled), value.from, value.days)).toBe(findEarliestTrip(toItinerary(value.input), value.from, value.days));
      }),
      { numRuns: EARLIEST_RUNS },
    );
  });
});
