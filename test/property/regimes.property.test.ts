import fc from 'fast-check';
import { propertyRuns } from '../support/property-runs.js';
import { describe, expect, it } from 'vitest';
import { findEarliestTrip, findLatestExit, judgeTrip } from '../../src/core/authorisation.js';
import { coreCounted, coreUnauthorised, expectSameJudgement, expectSameLatestExit, expectSamePlannedEntry, expectSameTrip, sameStay, shuffledArbitrary, shuffledStayIndex, toItinerary } from '../support/core-vs-oracle.js';
import {
  regimeEarliestEntryCaseArbitrary,
  regimeItineraryArbitrary,
  regimeLatestExitCaseArbitrary,
  regimeTripCaseArbitrary,
} from '../reference/itinerary-arbitraries.js';
import {
  oracleCountedDays,
  oracleEarliestEntry,
  oracleTripCountry,
} from '../reference/itinerary-oracle.js';

/**
 * Issue 11: the core (src/core/authorisation.ts, src/core/regimes.ts) against the day-by-day oracle
 * (test/reference/itinerary-oracle.ts) for random regimes — every preset (its numbers copied from the
 * issue, not from src/) and random mixes of rolling N in M, N per calendar year and N per stay, in the
 * Schengen area, Russia, Belarus and Türkiye — over histories from late 2023 to 2026 with stays in
 * FR, BE, RU, BY, TR, CY and with no state, stickers and permits.
 */
const RUNS = propertyRuns(200);
/** The oracle's earliest entry judges up to 1500 whole itineraries: fewer runs. */
const EARLIEST_RUNS = propertyRuns(150);

describe('regimes: the core agrees with the day-by-day oracle', () => {
  it('judgeItinerary: the same counted days (P) for every zone', () => {
    fc.assert(
      fc.property(regimeItineraryArbitrary, (input) => {
        expect([...coreCounted(input)]).toEqual([...oracleCountedDays(input)].sort((a, b) => a - b));
      }),
      { numRuns: RUNS },
    );
  });

  it('judgeItinerary: the same unauthorised days, each with the same first limit', () => {
    fc.assert(
      fc.property(regimeItineraryArbitrary, (input) => {
        expectSameJudgement(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('findLatestExit: the same latest exit and binding limit', () => {
    let capped = 0;
    fc.assert(
      fc.property(regimeLatestExitCaseArbitrary, ({ input, stayIndex, from }) => {
        if (!expectSameLatestExit(input, stayIndex, from)) capped += 1;
      }),
      { numRuns: RUNS },
    );
    expect(capped).toBeLessThan(RUNS / 2);
  });

  it('judgeTrip: the same verdict, first day, limit and stay (the trip in the zone: no state in Schengen, RU in Russia…)', () => {
    fc.assert(
      fc.property(regimeTripCaseArbitrary, ({ input, entry, exit }) => {
        expectSameTrip(input, entry, exit);
      }),
      { numRuns: RUNS },
    );
  });

  it('computePlan without an end: the same latest exit, and the same entries refused for a booked stay (issue 19)', () => {
    fc.assert(
      fc.property(regimeTripCaseArbitrary, ({ input, entry }) => {
        expectSamePlannedEntry(input, entry);
      }),
      { numRuns: RUNS },
    );
  });

  it('findEarliestTrip: the same earliest entry', () => {
    fc.assert(
      fc.property(regimeEarliestEntryCaseArbitrary, ({ input, from, days }) => {
        const actual = findEarliestTrip(toItinerary(input), from, days);
        const expected = oracleEarliestEntry(input, from, days);
        expect(actual).toBe(expected);
      }),
      { numRuns: EARLIEST_RUNS },
    );
  });
});

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
      fc.property(shuffledArbitrary(regimeLatestExitCaseArbitrary), ({ value, shuffled }) => {
        const before = findLatestExit(toItinerary(value.input), value.stayIndex, value.from);
        const after = findLatestExit(toItinerary(shuffled), shuffledStayIndex(value.input.stays, value.stayIndex, shuffled.stays), value.from);
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
