import fc from 'fast-check';
import { propertyRuns } from '../support/property-runs.js';
import { describe, expect, it } from 'vitest';
import { findEarliestTrip, findLatestExit } from '../../src/core/authorisation.js';
import { authoriseStay } from '../../src/core/reports.js';
import { expectSameJudgement, expectSameLatestExit, expectSameTrip, toItinerary } from '../support/core-vs-oracle.js';
import { denseItineraryArbitrary } from '../reference/dense-arbitraries.js';
import {
  oracleDay,
  oracleEarliestEntry,
  oracleFirstBreakOf,
  oracleLatestExit,
  type OracleInput,
} from '../reference/itinerary-oracle.js';

/*
 * The core's shortcuts (docs/authorisation.md, "How the answers are found quickly") against the
 * day-by-day oracle on dense itineraries: same-day stays, long sticker chains, mixed rule shapes.
 */
const RUNS = propertyRuns(200);
const EARLIEST_RUNS = propertyRuns(60);
const ALL_LIMITS = ['noVisa', 'visaType', 'visaTerritory', 'visaEntries', 'visaUntil', 'visaDuration', 'rule90180', 'rolling', 'calendarYear', 'perStay'] as const;

/** A stay and a reference day from its entry up to the next stay's entry. */
const latestCase = denseItineraryArbitrary
  .filter((input) => input.stays.length > 0)
  .chain((input) =>
    fc.record({ k: fc.nat({ max: input.stays.length - 1 }), offset: fc.oneof(fc.constant(0), fc.nat({ max: 120 })) }).map(({ k, offset }) => {
      const stay = input.stays[k]!;
      const later = input.stays.filter((other, j) => j !== k && (other.entry > stay.entry || (other.entry === stay.entry && j > k)));
      const last = later.length === 0 ? stay.exit + 30 : Math.max(stay.entry, Math.min(...later.map((other) => other.entry)));
      return { input, stayIndex: k, from: Math.min(stay.entry + offset, last) };
    }),
  );

const tripCase = denseItineraryArbitrary.chain((input) => {
  const first = input.stays.length === 0 ? oracleDay(2024, 1, 1) : input.stays[0]!.entry;
  const last = input.stays.length === 0 ? first : Math.max(...input.stays.map((stay) => stay.exit));
  return fc
    .record({ from: fc.integer({ min: first - 30, max: last + 30 }), days: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(1, 2, 5, 30, 90)) })
    .map(({ from, days }) => ({ input, from, days }));
});

describe('the core agrees with the oracle on dense itineraries', () => {
  it('a one-day stay and a longer one entered the same day, asked on that day: leaving that day keeps the entry (found by a review)', () => {
    // One entry: left on 10.06, BE and HR are both one-day stays and BE (by state) takes the entry;
    // staying on makes BE the longer stay, ordered after HR, which then takes it.
    const day = oracleDay(2024, 6, 10);
    const input: OracleInput = {
      stays: [
        { entry: day, exit: day, country: 'HR' },
        { entry: day, exit: day + 5, country: 'BE' },
      ],
      visas: [{ type: 'C', entries: 1, validFrom: day - 10, validUntil: day + 100, durationDays: 90, validFor: null }],
      permits: [],
    };
    expect(oracleLatestExit(input, 1, day)).toMatchObject({ latestExit: day, bindingLimit: 'visaEntries' });
    expect(findLatestExit(toItinerary(input), 1, day)).toMatchObject({ latestExit: day, bindingLimit: 'visaEntries' });
  });

  it('judgeItinerary', () => {
    fc.assert(
      fc.property(denseItineraryArbitrary, (input) => {
        expectSameJudgement(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('findLatestExit, often asked on the entry day', () => {
    fc.assert(
      fc.property(latestCase, ({ input, stayIndex, from }) => {
        expectSameLatestExit(input, stayIndex, from);
      }),
      { numRuns: RUNS },
    );
  });

  it('authoriseStay: the entry is allowed exactly when the oracle finds no break on the Schengen entry', () => {
    fc.assert(
      fc.property(latestCase, ({ input, stayIndex, from }) => {
        if (from > input.stays[stayIndex]!.exit) return;
        const authorised = authoriseStay(toItinerary(input), stayIndex, from);
        if (authorised.schengenEntry === null) return;
        expect(authorised.allowed).toBe(oracleFirstBreakOf(input, stayIndex, [...ALL_LIMITS]) !== authorised.schengenEntry);
      }),
      { numRuns: RUNS },
    );
  });

  it('judgeTrip', () => {
    fc.assert(
      fc.property(tripCase, ({ input, from, days }) => {
        const exit = from + days - 1;
        if (input.stays.some((stay) => stay.entry <= exit && from <= stay.exit)) return;
        expectSameTrip(input, from, exit);
      }),
      { numRuns: RUNS },
    );
  });

  it('findEarliestTrip', () => {
    fc.assert(
      fc.property(tripCase, ({ input, from, days }) => {
        const expected = oracleEarliestEntry(input, from, days);
        const actual = findEarliestTrip(toItinerary(input), from, days);
        if (expected === null && actual !== null && actual > from + 1500) return; // beyond the oracle's scan
        expect(actual).toBe(expected);
      }),
      { numRuns: EARLIEST_RUNS },
    );
  });
});
