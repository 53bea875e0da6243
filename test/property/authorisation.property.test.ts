import fc from 'fast-check';
import { propertyRuns } from '../support/property-runs.js';
import { describe, expect, it } from 'vitest';
import {
  daysUsedIn,
  findEarliestTrip,
  findLatestExit,
  judgeItinerary,
  judgeTrip,
} from '../../src/core/authorisation.js';
import { authoriseStay, computePlan } from '../../src/core/reports.js';
import { coreCounted, coreUnauthorised, expectSameJudgement, expectSameLatestExit, expectSamePlannedEntry, expectSameTrip, sameStay, shuffledArbitrary, shuffledStayIndex, sortedEntries, toItinerary } from '../support/core-vs-oracle.js';
import {
  earliestEntryCaseArbitrary,
  itineraryArbitrary,
  latestExitCaseArbitrary,
  tripCaseArbitrary,
} from '../reference/itinerary-arbitraries.js';
import {
  oracleCountedDays,
  oracleDay,
  oracleEarliestEntry,
  oracleFirstBreakOf,
  oracleLatestExit,
  oraclePlanTrip,
  oracleTripUnauthorisedDays,
  oracleUnauthorised,
  type OracleInput,
  type OracleStay,
} from '../reference/itinerary-oracle.js';

/**
 * The core (src/core/authorisation.ts) against the day-by-day oracle (test/reference/itinerary-oracle.ts),
 * on random rich itineraries: stays that touch, country stamps around the HR and BG/RO accessions and
 * in CY/IE/GB, stickers of every type, permits, booked stays. The oracle's header lists the readings
 * it takes where docs/authorisation.md leaves a choice (per-stay judgement of a shared day; a booked
 * stay "breaks a limit it would not break" when one of its days becomes unauthorised).
 */
const RUNS = propertyRuns(300);
/** The oracle's earliest entry tries up to 1500 entry days, each a whole judgement: fewer runs. */
const EARLIEST_RUNS = propertyRuns(100);

describe('the authorisation core agrees with the day-by-day oracle', () => {
  it('judgeItinerary: the same unauthorised days, each with the same first limit', () => {
    fc.assert(
      fc.property(itineraryArbitrary, (input) => {
        expectSameJudgement(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('judgeItinerary: the same Schengen days (P)', () => {
    fc.assert(
      fc.property(itineraryArbitrary, (input) => {
        expect([...coreCounted(input)].sort((a, b) => a - b)).toEqual([...oracleCountedDays(input)].sort((a, b) => a - b));
      }),
      { numRuns: RUNS },
    );
  });

  it("authoriseStay: each limit's own last day, for the stay kept up from its entry with nothing after it", () => {
    fc.assert(
      fc.property(
        // The stay entered last, alone on its entry day: nothing is booked after it.
        itineraryArbitrary.filter((input) => {
          const last = Math.max(...input.stays.map((stay) => stay.entry));
          return input.stays.filter((stay) => stay.entry === last).length === 1;
        }),
        (input) => {
          const index = input.stays.findIndex((stay) => stay.entry === Math.max(...input.stays.map((other) => other.entry)));
          const own = input.stays[index]!;
          // The oracle's reading: the stay kept up 800 days (past any break the rules make).
          const alone = { ...input, stays: input.stays.map((stay, k) => (k === index ? { ...stay, exit: own.entry + 800 } : stay)) };
          const kept = index;
          const expected = (first: number | null) => (first === null ? undefined : first <= own.entry ? null : first - 1);
          const limits = authoriseStay(toItinerary(input), index, own.entry).limits;
          const rules = expected(oracleFirstBreakOf(alone, kept, ['rule90180', 'rolling', 'calendarYear', 'perStay']));
          if (rules !== undefined) expect(limits.stayRule).toBe(rules);
          const rule90180 = expected(oracleFirstBreakOf(alone, kept, ['rule90180']));
          if (rule90180 !== undefined) expect(limits.rule90180).toBe(rule90180);
          const duration = expected(oracleFirstBreakOf(alone, kept, ['visaDuration']));
          if (duration !== undefined && limits.visaDuration !== null) expect(limits.visaDuration).toBe(duration);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('findLatestExit: the same latest exit and binding limit', () => {
    let capped = 0;
    fc.assert(
      fc.property(latestExitCaseArbitrary, ({ input, stayIndex, from }) => {
        if (!expectSameLatestExit(input, stayIndex, from)) capped += 1;
      }),
      { numRuns: RUNS },
    );
    expect(capped).toBeLessThan(RUNS / 2);
  });

  it('judgeTrip: the same verdict, first day, limit and stay', () => {
    fc.assert(
      fc.property(tripCaseArbitrary, ({ input, entry, exit }) => {
        expectSameTrip(input, entry, exit);
      }),
      { numRuns: RUNS },
    );
  });

  it('computePlan with an end: the counts cover the trip and the booked days it breaks, as the oracle counts them (issue 19)', () => {
    fc.assert(
      fc.property(tripCaseArbitrary, ({ input, entry, exit }) => {
        const trip = computePlan(toItinerary(input), entry, exit).trip!;
        expect(trip.unauthorisedDays).toBe(oracleTripUnauthorisedDays(input, entry, exit));
        expect(trip.overstayDays).toBe(oracleTripUnauthorisedDays(input, entry, exit, ['rule90180', 'rolling', 'calendarYear', 'perStay']));
        expect(trip.compliant).toBe(trip.unauthorisedDays === 0);
        expect(trip.firstOverstayDay === null).toBe(trip.overstayDays === 0);
      }),
      { numRuns: RUNS },
    );
  });

  it('computePlan without an end: the same latest exit, and the same entries refused for a booked stay (issue 19)', () => {
    let capped = 0;
    fc.assert(
      fc.property(tripCaseArbitrary, ({ input, entry }) => {
        if (!expectSamePlannedEntry(input, entry)) capped += 1;
      }),
      { numRuns: RUNS },
    );
    expect(capped).toBeLessThan(RUNS / 2);
  });

  it('findEarliestTrip: the same earliest entry', () => {
    fc.assert(
      fc.property(earliestEntryCaseArbitrary, ({ input, from, days }) => {
        expect(findEarliestTrip(toItinerary(input), from, days)).toBe(oracleEarliestEntry(input, from, days));
      }),
      { numRuns: EARLIEST_RUNS },
    );
  });
});

describe('order does not matter (docs §5)', () => {
  it('judgeItinerary: shuffling stays, stickers and permits changes no day', () => {
    fc.assert(
      fc.property(shuffledArbitrary(itineraryArbitrary.map((input) => ({ input }))), ({ value, shuffled }) => {
        expect(coreUnauthorised(shuffled)).toEqual(coreUnauthorised(value.input));
      }),
      { numRuns: RUNS },
    );
  });

  it('findLatestExit: the same answer for the same stay', () => {
    fc.assert(
      fc.property(shuffledArbitrary(latestExitCaseArbitrary), ({ value, shuffled }) => {
        const newIndex = shuffledStayIndex(value.input.stays, value.stayIndex, shuffled.stays);
        const before = findLatestExit(toItinerary(value.input), value.stayIndex, value.from);
        const after = findLatestExit(toItinerary(shuffled), newIndex, value.from);
        expect({ latestExit: after.latestExit, bindingLimit: after.bindingLimit }).toEqual({
          latestExit: before.latestExit,
          bindingLimit: before.bindingLimit,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('judgeTrip: the same answer, naming the same stay', () => {
    fc.assert(
      fc.property(shuffledArbitrary(tripCaseArbitrary), ({ value, shuffled }) => {
        const before = judgeTrip(toItinerary(value.input), value.entry, value.exit);
        const after = judgeTrip(toItinerary(shuffled), value.entry, value.exit);
        expect([after.compliant, after.firstUnauthorisedDay, after.brokenLimit]).toEqual([before.compliant, before.firstUnauthorisedDay, before.brokenLimit]);
        if (before.stayIndex === null || before.stayIndex === -1) expect(after.stayIndex).toBe(before.stayIndex);
        else expect(sameStay(shuffled.stays[after.stayIndex!], value.input.stays[before.stayIndex])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('findEarliestTrip: the same earliest entry', () => {
    fc.assert(
      fc.property(shuffledArbitrary(earliestEntryCaseArbitrary), ({ value, shuffled }) => {
        expect(findEarliestTrip(toItinerary(shuffled), value.from, value.days)).toBe(findEarliestTrip(toItinerary(value.input), value.from, value.days));
      }),
      { numRuns: EARLIEST_RUNS },
    );
  });
});

describe('adding a stay never lowers a count nor removes an unauthorised day (docs §2, §5)', () => {
  it('P grows, days used never fall, every unauthorised day stays unauthorised', () => {
    const countryArbitrary = fc.constantFrom<string | null>(null, 'FR', 'HR', 'BG', 'CY', 'GB');
    fc.assert(
      fc.property(tripCaseArbitrary, countryArbitrary, ({ input, entry, exit }, country) => {
        const larger: OracleInput = { ...input, stays: [...input.stays, { entry, exit, country }] };
        const before = judgeItinerary(toItinerary(input));
        const after = judgeItinerary(toItinerary(larger));
        const countedBefore = coreCounted(input);
        const countedAfter = coreCounted(larger);
        for (const day of countedBefore) expect(countedAfter.has(day)).toBe(true);
        for (const day of [...countedBefore, entry, exit]) expect(daysUsedIn(after, day)).toBeGreaterThanOrEqual(daysUsedIn(before, day));
        const unauthorisedAfter = new Set(coreUnauthorised(larger).map(([day]) => day));
        for (const [day] of coreUnauthorised(input)) expect(unauthorisedAfter.has(day)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Named examples from issue 9 (each checked against the oracle too)
// ---------------------------------------------------------------------------------------------

const d = oracleDay;
const stay = (entry: number, exit: number, country: string | null = null): OracleStay => ({ entry, exit, country });
const visa = (type: 'C' | 'LTV' | 'A' | 'D', entries: 1 | 2 | 'MULT', validFrom: number, validUntil: number, durationDays: number, validFor: string[] | null = null) => ({
  type,
  entries,
  validFrom,
  validUntil,
  durationDays,
  validFor,
});
const input = (stays: OracleStay[], visas: ReturnType<typeof visa>[] = [], permits: { first: number; last: number }[] = []): OracleInput => ({ stays, visas, permits });

/** The first unauthorised day and its limit, from the core, checked against the oracle. */
function firstBreak(it: OracleInput): { day: number; limit: string } | null {
  const core = coreUnauthorised(it);
  expect(core).toEqual(sortedEntries(oracleUnauthorised(it)));
  return core.length === 0 ? null : { day: core[0]![0], limit: core[0]![1] };
}

function latestExit(it: OracleInput, index: number, from: number) {
  const core = findLatestExit(toItinerary(it), index, from);
  const oracle = oracleLatestExit(it, index, from);
  expect({ latestExit: core.latestExit, bindingLimit: core.bindingLimit }).toEqual({ latestExit: oracle.latestExit, bindingLimit: oracle.bindingLimit });
  return { latestExit: core.latestExit, bindingLimit: core.bindingLimit };
}

describe('issue 9 examples', () => {
  it('a 10-day sticker, 21 days spent: an overstay of the duration from the 11th day', () => {
    const it = input([stay(d(2026, 1, 5), d(2026, 1, 25))], [visa('C', 1, d(2026, 1, 1), d(2026, 1, 31), 10)]);
    expect(firstBreak(it)).toEqual({ day: d(2026, 1, 15), limit: 'visaDuration' });
    expect(coreUnauthorised(it)).toHaveLength(11);
  });

  it('the same stay under way on 2026-01-20: entry allowed, already over the duration, no latest exit', () => {
    const it = input([stay(d(2026, 1, 5), d(2026, 1, 20))], [visa('C', 1, d(2026, 1, 1), d(2026, 1, 31), 10)]);
    expect(firstBreak(it)).toEqual({ day: d(2026, 1, 15), limit: 'visaDuration' });
    expect(latestExit(it, 0, d(2026, 1, 20))).toEqual({ latestExit: null, bindingLimit: null });
    // On 2026-01-10 the entry was allowed and the last day of the sticker's 10 was 2026-01-14.
    expect(latestExit(it, 0, d(2026, 1, 10))).toEqual({ latestExit: d(2026, 1, 14), bindingLimit: 'visaDuration' });
  });

  it('an entry inside the validity, still there after UNTIL: an overstay past UNTIL, not a refused entry', () => {
    const it = input([stay(d(2026, 1, 20), d(2026, 2, 5))], [visa('C', 'MULT', d(2026, 1, 1), d(2026, 1, 31), 90)]);
    expect(firstBreak(it)).toEqual({ day: d(2026, 2, 1), limit: 'visaUntil' });
  });

  it('a stay in Cyprus counts nothing and is never unauthorised', () => {
    const it = input([stay(d(2026, 10, 1), d(2027, 3, 1), 'CY')], [visa('C', 1, d(2026, 1, 1), d(2026, 1, 31), 10)]);
    expect(firstBreak(it)).toBeNull();
    expect(coreCounted(it).size).toBe(0);
  });

  it('a stay under way in Croatia from before the accession: 90 days from 2023-01-01', () => {
    const it = input([stay(d(2022, 12, 10), d(2022, 12, 20), 'HR')]);
    expect(latestExit(it, 0, d(2022, 12, 20))).toEqual({ latestExit: d(2023, 3, 31), bindingLimit: 'rule90180' });
    expect(latestExit(input([stay(d(2022, 12, 10), d(2023, 1, 1), 'HR')]), 0, d(2023, 1, 1))).toEqual({
      latestExit: d(2023, 3, 31),
      bindingLimit: 'rule90180',
    });
  });

  it('the same for Bulgaria before 2024-03-31', () => {
    const it = input([stay(d(2024, 3, 1), d(2024, 3, 10), 'BG')]);
    expect(latestExit(it, 0, d(2024, 3, 10))).toEqual({ latestExit: d(2024, 6, 28), bindingLimit: 'rule90180' });
  });

  it('a planned trip that would make a booked trip break 90/180 is not compliant, and names it', () => {
    const it = input([stay(d(2026, 1, 10), d(2026, 2, 20)), stay(d(2026, 7, 15), d(2026, 9, 10))]);
    const entry = d(2026, 5, 20);
    const exit = entry + 39;
    const expected = oraclePlanTrip(it, entry, exit);
    expect(expected).toMatchObject({ compliant: false, brokenLimit: 'rule90180', stayIndex: 1 });
    const actual = judgeTrip(toItinerary(it), entry, exit);
    expect({ compliant: actual.compliant, firstUnauthorisedDay: actual.firstUnauthorisedDay, brokenLimit: actual.brokenLimit, stayIndex: actual.stayIndex }).toEqual(
      expected,
    );
    // The booked trip would break the rule from the day the tool's own status gives once the trip is written in.
    const written = input([...it.stays, stay(entry, exit)]);
    expect(firstBreak(written)?.day).toBe(expected.firstUnauthorisedDay);
  });

  it('a day shared by a stay in Cyprus and one in France counts (11 days, not 10)', () => {
    const it = input([stay(d(2026, 3, 1), d(2026, 3, 10), 'CY'), stay(d(2026, 3, 10), d(2026, 3, 20), 'FR')]);
    expect(coreCounted(it).size).toBe(11);
    expect(oracleCountedDays(it).size).toBe(11);
  });

  it("a shared day counts once toward a sticker's DAYS: 11 used, 19 left from 2026-02-01", () => {
    const it = input(
      [stay(d(2026, 1, 5), d(2026, 1, 10)), stay(d(2026, 1, 10), d(2026, 1, 15)), stay(d(2026, 2, 1), d(2026, 2, 1))],
      [visa('C', 'MULT', d(2026, 1, 1), d(2026, 4, 30), 30)],
    );
    expect(latestExit(it, 2, d(2026, 2, 1))).toEqual({ latestExit: d(2026, 2, 19), bindingLimit: 'visaDuration' });
  });

  it('same-day exit and re-entry on a single-entry sticker: the re-entry breaks visaEntries, whatever the order', () => {
    const stays = [stay(d(2026, 1, 5), d(2026, 1, 10)), stay(d(2026, 1, 10), d(2026, 1, 15))];
    const visas = [visa('C', 1, d(2026, 1, 1), d(2026, 3, 31), 30)];
    for (const order of [stays, [...stays].reverse()]) {
      const it = input(order, visas);
      expect(firstBreak(it)).toEqual({ day: d(2026, 1, 10), limit: 'visaEntries' });
    }
    // A one-day trip and a re-entry the same day: the one-day stay came first.
    const oneDay = [stay(d(2026, 1, 5), d(2026, 1, 5)), stay(d(2026, 1, 5), d(2026, 1, 9))];
    for (const order of [oneDay, [...oneDay].reverse()]) {
      const it = input(order, visas);
      expect(firstBreak(it)).toEqual({ day: d(2026, 1, 5), limit: 'visaEntries' });
      expect(coreUnauthorised(it).map(([day]) => day)).toEqual([d(2026, 1, 5), d(2026, 1, 6), d(2026, 1, 7), d(2026, 1, 8), d(2026, 1, 9)]);
    }
  });

  it('latest exit when already unauthorised: null, and bindingLimit null with it', () => {
    const it = input([stay(d(2026, 1, 1), d(2026, 4, 5))]);
    expect(latestExit(it, 0, d(2026, 4, 5))).toEqual({ latestExit: null, bindingLimit: null });
  });

  it('six months: 2026-01-10..07-09 is six months (DURATION a total), 2026-01-10..07-10 more (90 in any 180)', () => {
    // 2 days in January, then 89 days up to the last day: 91 days on the sticker, 90 in the window.
    const sixMonths = input(
      [stay(d(2026, 1, 10), d(2026, 1, 11)), stay(d(2026, 4, 12), d(2026, 7, 9))],
      [visa('C', 'MULT', d(2026, 1, 10), d(2026, 7, 9), 90)],
    );
    expect(firstBreak(sixMonths)).toEqual({ day: d(2026, 7, 9), limit: 'visaDuration' });
    const moreThanSix = input(
      [stay(d(2026, 1, 10), d(2026, 1, 11)), stay(d(2026, 4, 13), d(2026, 7, 10))],
      [visa('C', 'MULT', d(2026, 1, 10), d(2026, 7, 10), 90)],
    );
    expect(firstBreak(moreThanSix)).toBeNull();
  });

  it('a booked stay that touches the stay under way: the latest exit is the reference day', () => {
    const it = input([stay(d(2026, 1, 5), d(2026, 1, 10), 'FR'), stay(d(2026, 1, 10), d(2026, 1, 20), 'DE')]);
    expect(oracleLatestExit(it, 0, d(2026, 1, 10))).toMatchObject({ latestExit: d(2026, 1, 10), bindingLimit: 'nextBookedStay' });
    expect(latestExit(it, 0, d(2026, 1, 10))).toEqual({ latestExit: d(2026, 1, 10), bindingLimit: 'nextBookedStay' });
  });
});
