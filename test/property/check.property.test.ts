import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCheck } from '../../src/core/itinerary-check.js';
import { shuffledArbitrary, toItinerary } from '../support/core-vs-oracle.js';
import { itineraryArbitrary } from '../reference/itinerary-arbitraries.js';
import { oracleDay, oracleEarliestEntry, oracleLatestExit, oracleLongestTripIn, oracleStayVerdicts, type OracleInput } from '../reference/itinerary-oracle.js';
import { propertyRuns } from '../support/property-runs.js';

/**
 * `check` (src/core/itinerary-check.ts) against the day-by-day oracle (test/reference/): every trip's
 * verdict, how far each trip not over yet could run on, and the longest trip between the trips ahead.
 */
const RUNS = propertyRuns(80);
/** Each trip's latest exit is a day-by-day scan of up to 2000 days: fewer runs. */
const ROOM_RUNS = propertyRuns(40);
/** The gaps are searched by trying every entry and exit: only short ones, and fewer runs. */
const GAP_RUNS = propertyRuns(50);
/** The oracle's earliest entry tries up to 1500 days, each a whole judgement. */
const FULL_TRIP_RUNS = propertyRuns(15);
const SHORT_GAP = 14;

/** An itinerary and a reference day somewhere around its stays. */
const checkCaseArbitrary = itineraryArbitrary.chain((input) => {
  const first = input.stays.length === 0 ? oracleDay(2024, 1, 1) : input.stays[0]!.entry;
  const last = input.stays.length === 0 ? first : Math.max(...input.stays.map((stay) => stay.exit));
  return fc.integer({ min: first - 30, max: last + 10 }).map((on) => ({ input, on }));
});

/** The trips as the test reads them: by entry, then exit (the input's stays are already in order). */
const sameTrip = (trip: { entry: number; exit: number; country: string | null }) => `${trip.entry}/${trip.exit}/${trip.country}`;

function expectedGaps(input: OracleInput, on: number): { first: number; last: number }[] {
  // From the reference day (after the stay it falls in), each span before a stay entered after it.
  const sorted = [...input.stays].sort((a, b) => a.entry - b.entry || a.exit - b.exit);
  let cursor = on;
  for (const stay of sorted) if (stay.entry <= on && stay.exit >= on) cursor = Math.max(cursor, stay.exit + 1);
  const gaps: { first: number; last: number }[] = [];
  for (const stay of sorted) {
    if (stay.entry <= on) continue;
    if (stay.entry > cursor) gaps.push({ first: cursor, last: stay.entry - 1 });
    cursor = Math.max(cursor, stay.exit + 1);
  }
  return gaps;
}

describe('check agrees with the day-by-day oracle', () => {
  it("every trip: compliant, its first unauthorised day and that day's first limit", () => {
    fc.assert(
      fc.property(checkCaseArbitrary, ({ input, on }) => {
        const report = computeCheck(toItinerary(input), on);
        const expected = oracleStayVerdicts(input);
        expect(report.trips).toHaveLength(input.stays.length);
        for (const trip of report.trips) {
          const verdict = expected[trip.stayIndex]!;
          expect({ compliant: trip.compliant, day: trip.firstUnauthorisedDay, limit: trip.brokenLimit }).toEqual({
            compliant: verdict === null,
            day: verdict?.day ?? null,
            limit: verdict?.limit ?? null,
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every trip not over yet that complies: the room left is the latest exit from its last day', () => {
    let compared = 0;
    fc.assert(
      fc.property(checkCaseArbitrary, ({ input, on }) => {
        for (const trip of computeCheck(toItinerary(input), on).trips) {
          if (trip.state === 'past' || !trip.compliant) {
            expect(trip.extraDays).toBeNull();
            continue;
          }
          const expected = oracleLatestExit(input, trip.stayIndex, trip.exit);
          if (expected.scanCapped) continue;
          compared += 1;
          expect({ latestExit: trip.latestExit, stop: trip.extraStop }).toEqual({ latestExit: expected.latestExit, stop: expected.bindingLimit });
          expect(trip.extraDays).toBe(expected.latestExit === null ? null : expected.latestExit - trip.exit);
        }
      }),
      { numRuns: ROOM_RUNS },
    );
    expect(compared).toBeGreaterThan(ROOM_RUNS / 4);
  });

  it('the gaps between the trips ahead, and the longest trip that fits in each (short gaps)', () => {
    let compared = 0;
    fc.assert(
      fc.property(checkCaseArbitrary, ({ input, on }) => {
        const report = computeCheck(toItinerary(input), on);
        const gaps = expectedGaps(input, on);
        const finite = report.gaps.filter((gap) => gap.last !== null);
        expect(finite.map((gap) => ({ first: gap.first, last: gap.last }))).toEqual(gaps);
        expect(report.gaps[report.gaps.length - 1]!.last).toBeNull();
        for (const gap of finite) {
          if (gap.last! - gap.first + 1 > SHORT_GAP) continue;
          compared += 1;
          const expected = oracleLongestTripIn(input, gap.first, gap.last!);
          expect({ days: gap.longestTripDays, entry: gap.longestTripEntry }).toEqual(expected);
        }
      }),
      { numRuns: GAP_RUNS },
    );
    expect(compared).toBeGreaterThan(GAP_RUNS / 5);
  });

  it('after the last trip: the earliest entry of a full 90-day trip', () => {
    fc.assert(
      fc.property(checkCaseArbitrary, ({ input, on }) => {
        const report = computeCheck(toItinerary(input), on);
        const last = report.gaps[report.gaps.length - 1]!;
        expect(last.longestTripDays).toBe(90);
        expect(last.longestTripEntry).toBe(oracleEarliestEntry(input, last.first, 90));
      }),
      { numRuns: FULL_TRIP_RUNS },
    );
  });

  it('trips in any order: the same trips, each with the same verdict and room', () => {
    fc.assert(
      fc.property(
        shuffledArbitrary(checkCaseArbitrary),
        ({ value, shuffled }) => {
          const project = (input: OracleInput) =>
            computeCheck(toItinerary(input), value.on)
              .trips.map((trip) => ({ key: sameTrip(trip), state: trip.state, compliant: trip.compliant, first: trip.firstUnauthorisedDay, limit: trip.brokenLimit, latestExit: trip.latestExit, peak: trip.peakDaysUsed }))
              .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
          expect(project(shuffled)).toEqual(project(value.input));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
