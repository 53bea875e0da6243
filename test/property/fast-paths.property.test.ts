import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEarliestTrip, findLatestExit, judgeTrip, RULE_LIMITS, type Judgement, type JudgedStay, type LimitName } from '../../src/core/authorisation.js';
import { denseItineraryArbitraryOf } from '../reference/dense-arbitraries.js';
import { oracleDay, type OracleInput } from '../reference/itinerary-oracle.js';
import { toItinerary } from '../support/core-vs-oracle.js';

/*
 * The fast paths of issue 21 against the plain judgement (`plain: true`: every itinerary a search
 * tries judged whole). A search takes up the judgement of the itinerary without the stay it varies
 * and judges again only that stay and those after it (docs/authorisation.md, "How the answers are
 * found quickly"); the answers, and every stay's judgement, must be the plain ones. On dense
 * histories: one-day stays, several on one day, touching stays, stays booked after the day asked,
 * long chains of stickers, permits, mixed rule shapes. Not timed.
 */
const RUNS = 150;
const PLAIN = { plain: true } as const;

/** Up to 40 runs of stays: enough of them before and after the stay varied. */
const itineraries = denseItineraryArbitraryOf(40);

/** What a judged stay says, as plain data (the fast one computes its labelled days on demand). */
function stayFacts(stay: JudgedStay) {
  return {
    index: stay.index,
    start: stay.start,
    visaIndex: stay.visaIndex,
    entriesUsedBefore: stay.entriesUsedBefore,
    visaDaysBefore: stay.visaDaysBefore,
    entryRefusal: stay.entryRefusal,
    unauthorised: stay.unauthorised.map((range) => ({ ...range })),
    breaks: stay.breaks === null ? null : [...stay.breaks].map(([limit, days]) => [limit, [...days.firsts], [...days.lasts]]).sort(),
  };
}

function judgementFacts(judgement: Judgement) {
  return {
    stays: judgement.stays.map(stayFacts),
    unauthorised: judgement.unauthorised.map((range) => ({ ...range })),
    counted: [[...judgement.counted.firsts], [...judgement.counted.lasts]],
  };
}

/** A stay, and a day from its entry up to the next stay's entry (stays after it are booked ones). */
const latestCase = itineraries
  .filter((input) => input.stays.length > 0)
  .chain((input) =>
    fc
      .record({ k: fc.nat({ max: input.stays.length - 1 }), offset: fc.oneof(fc.constant(0), fc.nat({ max: 120 })), planned: fc.boolean() })
      .map(({ k, offset, planned }) => {
        const stay = input.stays[k]!;
        const later = input.stays.filter((other, j) => j !== k && (other.entry > stay.entry || (other.entry === stay.entry && j > k)));
        const last = later.length === 0 ? stay.exit + 30 : Math.max(stay.entry, Math.min(...later.map((other) => other.entry)));
        return { input, stayIndex: k, from: Math.min(stay.entry + offset, last), planned };
      }),
  );

/** A trip in a free period of the history (before, between or after its stays). */
const tripCase = itineraries.chain((input: OracleInput) => {
  const first = input.stays.length === 0 ? oracleDay(2024, 1, 1) : input.stays[0]!.entry;
  const last = input.stays.length === 0 ? first : Math.max(...input.stays.map((stay) => stay.exit));
  return fc
    .record({ from: fc.integer({ min: first - 60, max: last + 60 }), days: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(1, 2, 30, 90)) })
    .map(({ from, days }) => ({ input, from, days }));
});

const LIMIT_SETS: readonly ReadonlySet<LimitName>[] = [RULE_LIMITS, new Set(['visaDuration']), new Set(['rule90180'])];

describe('the fast paths give the plain judgement', () => {
  it('judgeTrip: the same verdict, counts and judgement of every stay', () => {
    fc.assert(
      fc.property(tripCase, ({ input, from, days }) => {
        const exit = from + days - 1;
        if (input.stays.some((stay) => stay.entry <= exit && from <= stay.exit)) return;
        const itinerary = toItinerary(input);
        for (const options of [{}, { limits: RULE_LIMITS }]) {
          const fast = judgeTrip(itinerary, from, exit, null, options);
          const plain = judgeTrip(itinerary, from, exit, null, { ...options, ...PLAIN });
          const { judgement: fastJudgement, ...fastAnswer } = fast;
          const { judgement: plainJudgement, ...plainAnswer } = plain;
          expect(fastAnswer).toEqual(plainAnswer);
          expect(judgementFacts(fastJudgement)).toEqual(judgementFacts(plainJudgement));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('findLatestExit: the same latest exit, limit, booked stay and each limit alone, for a stay under way or planned', () => {
    fc.assert(
      fc.property(latestCase, ({ input, stayIndex, from, planned }) => {
        const itinerary = toItinerary(input);
        const options = planned ? { entryPlanned: true } : {};
        const fast = findLatestExit(itinerary, stayIndex, from, options);
        const plain = findLatestExit(itinerary, stayIndex, from, { ...options, ...PLAIN });
        const facts = (latest: typeof fast) => ({
          latestExit: latest.latestExit,
          bindingLimit: latest.bindingLimit,
          bookedStayIndex: latest.bookedStayIndex,
          alreadyBroken: latest.alreadyBroken,
          bookedBreakDay: latest.bookedBreakDay,
          entryBreaksBookedStay: latest.entryBreaksBookedStay,
          alone: latest.lastDayUnder === null ? null : LIMIT_SETS.map((limits) => latest.lastDayUnder!(limits)),
          kept: judgementFacts(latest.kept),
        });
        expect(facts(fast)).toEqual(facts(plain));
      }),
      { numRuns: RUNS },
    );
  });

  it('findEarliestTrip: the same earliest entry, with every limit and with the rules alone', () => {
    fc.assert(
      fc.property(tripCase, ({ input, from, days }) => {
        const itinerary = toItinerary(input);
        expect(findEarliestTrip(itinerary, from, days)).toBe(findEarliestTrip(itinerary, from, days, PLAIN));
        expect(findEarliestTrip(itinerary, from, days, { limits: RULE_LIMITS })).toBe(findEarliestTrip(itinerary, from, days, { limits: RULE_LIMITS, ...PLAIN }));
      }),
      { numRuns: RUNS / 3 },
    );
  });
});
