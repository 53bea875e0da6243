/**
 * fast-check generators of random rich itineraries for the authorisation oracle (issue 9): stays
 * that may touch, country stamps around the HR (2023) and BG/RO (2024) accessions and in states
 * that never count, visa stickers of every type, residence permits. Plain data only; like the
 * oracle, nothing here comes from src/.
 */
import fc from 'fast-check';
import { oracleDay, type OracleInput, type OraclePermit, type OracleStay, type OracleVisa } from './itinerary-oracle.js';

export const ARBITRARY_COUNTRIES = ['FR', 'BE', 'DE', 'HR', 'BG', 'RO', 'CY', 'IE', 'GB'] as const;
const LTV_STATES = ['FR', 'BE', 'DE', 'HR', 'BG', 'RO'] as const;

/** Itineraries start between mid-2022 and 2025, so that the HR and BG/RO accessions fall inside. */
const FIRST_DAY = oracleDay(2022, 6, 1);
const LAST_BASE_DAY = oracleDay(2025, 6, 1);

/** Days between an exit and the next entry: −1 = re-entry on the exit day (the stays touch). */
const gapArbitrary = fc.oneof(
  { weight: 2, arbitrary: fc.constant(-1) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 4, arbitrary: fc.integer({ min: 6, max: 200 }) },
);

const lengthArbitrary = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) },
  { weight: 3, arbitrary: fc.integer({ min: 4, max: 40 }) },
  { weight: 2, arbitrary: fc.integer({ min: 41, max: 100 }) },
);

const countryArbitrary: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...ARBITRARY_COUNTRIES) },
);

/** 0–8 stays in chronological order, none overlapping (they may touch). */
export const staysArbitrary: fc.Arbitrary<OracleStay[]> = fc
  .record({
    base: fc.integer({ min: FIRST_DAY, max: LAST_BASE_DAY }),
    parts: fc.array(fc.record({ gap: gapArbitrary, length: lengthArbitrary, country: countryArbitrary }), { maxLength: 8 }),
  })
  .map(({ base, parts }) => {
    const stays: OracleStay[] = [];
    let previousExit = base - 1;
    for (const { gap, length, country } of parts) {
      const entry = stays.length === 0 ? base : previousExit + gap + 1;
      stays.push({ entry, exit: entry + length - 1, country });
      previousExit = entry + length - 1;
    }
    return stays;
  });

const visaArbitrary = (around: number): fc.Arbitrary<OracleVisa> =>
  fc
    .record({
      type: fc.constantFrom<OracleVisa['type']>('C', 'C', 'LTV', 'A', 'D'),
      entries: fc.constantFrom<OracleVisa['entries']>(1, 2, 'MULT', 'MULT'),
      offset: fc.integer({ min: -150, max: 500 }),
      validity: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 175, max: 190 })),
      durationDays: fc.oneof(fc.integer({ min: 1, max: 90 }), fc.constant(90)),
      states: fc.uniqueArray(fc.constantFrom(...LTV_STATES), { minLength: 1, maxLength: 3 }),
    })
    .map(({ type, entries, offset, validity, durationDays, states }) => ({
      type,
      entries,
      validFrom: around + offset,
      validUntil: around + offset + validity - 1,
      durationDays,
      validFor: type === 'LTV' ? states : null,
    }));

/** Drops each short-stay sticker valid on a day an earlier-kept one is (the real input refuses overlaps). */
function withoutOverlappingStickers(visas: readonly OracleVisa[]): OracleVisa[] {
  const kept: OracleVisa[] = [];
  for (const visa of visas) {
    const shortStay = visa.type !== 'D';
    const clashes = kept.some((other) => other.type !== 'D' && shortStay && other.validFrom <= visa.validUntil && visa.validFrom <= other.validUntil);
    if (!clashes) kept.push(visa);
  }
  return kept;
}

const permitArbitrary = (around: number): fc.Arbitrary<OraclePermit> =>
  fc.record({ offset: fc.integer({ min: -100, max: 600 }), length: fc.integer({ min: 1, max: 200 }) }).map(({ offset, length }) => ({
    first: around + offset,
    last: around + offset + length - 1,
  }));

/** A random rich itinerary: stays, 0–3 stickers (short-stay ones never overlapping), 0–2 permits. */
export const itineraryArbitrary: fc.Arbitrary<OracleInput> = staysArbitrary.chain((stays) => {
  const around = stays.length === 0 ? oracleDay(2024, 1, 1) : stays[0]!.entry;
  return fc
    .record({
      visas: fc.oneof(
        { weight: 1, arbitrary: fc.constant<OracleVisa[]>([]) },
        { weight: 4, arbitrary: fc.array(visaArbitrary(around), { minLength: 1, maxLength: 3 }) },
      ),
      permits: fc.oneof(
        { weight: 3, arbitrary: fc.constant<OraclePermit[]>([]) },
        { weight: 1, arbitrary: fc.array(permitArbitrary(around), { minLength: 1, maxLength: 2 }) },
      ),
    })
    .map(({ visas, permits }) => ({ stays, visas: withoutOverlappingStickers(visas), permits }));
});

/** The free periods of an itinerary: before the first stay, each gap of at least one day, after the last. */
export function freePeriods(stays: readonly OracleStay[]): { first: number; last: number }[] {
  const sorted = [...stays].sort((a, b) => a.entry - b.entry || a.exit - b.exit);
  if (sorted.length === 0) return [{ first: oracleDay(2024, 1, 1) - 200, last: Infinity }];
  const periods: { first: number; last: number }[] = [{ first: sorted[0]!.entry - 200, last: sorted[0]!.entry - 1 }];
  let reach = sorted[0]!.exit;
  for (const stay of sorted.slice(1)) {
    if (stay.entry > reach + 1) periods.push({ first: reach + 1, last: stay.entry - 1 });
    reach = Math.max(reach, stay.exit);
  }
  periods.push({ first: reach + 1, last: Infinity });
  return periods;
}

export interface TripCase {
  readonly input: OracleInput;
  readonly entry: number;
  readonly exit: number;
}

/** An itinerary and a trip of 1–90 days placed in a gap (shortened to fit) or after the last stay. */
export const tripCaseArbitrary: fc.Arbitrary<TripCase> = itineraryArbitrary.chain((input) => {
  const periods = freePeriods(input.stays);
  return fc
    .record({
      period: fc.integer({ min: 0, max: periods.length - 1 }),
      offset: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 200 })),
      length: fc.oneof(fc.integer({ min: 1, max: 90 }), fc.constantFrom(1, 30, 90)),
      after: fc.boolean(),
    })
    .map(({ period, offset, length, after }) => {
      // Half the time the trip goes after the last stay, where booked stays never are.
      const chosen = after ? periods[periods.length - 1]! : periods[period]!;
      const entry = Math.min(chosen.first + offset, chosen.last);
      const exit = Math.min(entry + length - 1, chosen.last);
      return { input, entry, exit };
    });
});

export interface LatestExitCase {
  readonly input: OracleInput;
  readonly stayIndex: number;
  readonly from: number;
}

/**
 * An itinerary with at least one stay, a stay of it, and a day `from` in it (or up to the next
 * stay's entry, which the stay may then reach): the reference day of a stay under way.
 */
export const latestExitCaseArbitrary: fc.Arbitrary<LatestExitCase> = itineraryArbitrary
  .filter((input) => input.stays.length > 0)
  .chain((input) =>
    fc.record({ stayIndex: fc.integer({ min: 0, max: input.stays.length - 1 }), offset: fc.nat({ max: 150 }) }).map(({ stayIndex, offset }) => {
      const stay = input.stays[stayIndex]!;
      // The stays are generated in order: the next one is the next in the list.
      const next = input.stays[stayIndex + 1];
      const last = next === undefined ? stay.exit + 30 : Math.max(stay.entry, next.entry);
      return { input, stayIndex, from: Math.min(stay.entry + offset, last) };
    }),
  );

export interface EarliestEntryCase {
  readonly input: OracleInput;
  readonly from: number;
  readonly days: number;
}

export const earliestEntryCaseArbitrary: fc.Arbitrary<EarliestEntryCase> = itineraryArbitrary.chain((input) => {
  const first = input.stays.length === 0 ? oracleDay(2024, 1, 1) : input.stays[0]!.entry;
  const last = input.stays.length === 0 ? first : Math.max(...input.stays.map((stay) => stay.exit));
  return fc
    .record({ from: fc.integer({ min: first - 30, max: last + 30 }), days: fc.oneof(fc.integer({ min: 1, max: 90 }), fc.constantFrom(1, 90)) })
    .map(({ from, days }) => ({ input, from, days }));
});

/** A permutation of 0..n−1. */
export const permutationArbitrary = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.nat(), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((key, index) => ({ key, index }))
      .sort((a, b) => a.key - b.key || a.index - b.index)
      .map(({ index }) => index),
  );
