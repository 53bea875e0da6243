/**
 * fast-check generators of random rich itineraries for the authorisation oracle (issue 9): stays
 * that may touch, country stamps around the HR (2023) and BG/RO (2024) accessions and in states
 * that never count, visa stickers of every type, residence permits. Plain data only; like the
 * oracle, nothing here comes from src/.
 */
import fc from 'fast-check';
import {
  oracleDay,
  type OracleInput,
  type OraclePermit,
  type OracleRegime,
  type OracleRule,
  type OracleShape,
  type OracleStay,
  type OracleVisa,
  type OracleZone,
} from './itinerary-oracle.js';

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
  .map(({ base, parts }) => staysInSequence(base, parts));

/**
 * Stays one after another: the first entered on `base`, each next one `gap` days after the exit
 * before it (0: the next day; -1: on that exit day, the stays touching).
 */
export function staysInSequence(base: number, parts: readonly { gap: number; length: number; country: string | null }[]): OracleStay[] {
  const stays: OracleStay[] = [];
  let previousExit = base - 1;
  for (const { gap, length, country } of parts) {
    const entry = stays.length === 0 ? base : previousExit + gap + 1;
    stays.push({ entry, exit: entry + length - 1, country });
    previousExit = entry + length - 1;
  }
  return stays;
}

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
export const tripCaseArbitrary: fc.Arbitrary<TripCase> = tripCaseOf(itineraryArbitrary);

export function tripCaseOf(itineraries: fc.Arbitrary<OracleInput>, maxLength = 90): fc.Arbitrary<TripCase> {
  return itineraries.chain((input) => {
    const periods = freePeriods(input.stays);
    return fc
      .record({
        period: fc.integer({ min: 0, max: periods.length - 1 }),
        offset: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 200 })),
        length: fc.oneof(fc.integer({ min: 1, max: maxLength }), fc.constantFrom(1, 2, 3, 30, 31, 90, 91)),
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
}

export interface LatestExitCase {
  readonly input: OracleInput;
  readonly stayIndex: number;
  readonly from: number;
}

/**
 * An itinerary with at least one stay, a stay of it, and a day `from` in it (or up to the next
 * stay's entry, which the stay may then reach): the reference day of a stay under way.
 */
export const latestExitCaseArbitrary: fc.Arbitrary<LatestExitCase> = latestExitCaseOf(itineraryArbitrary);

export function latestExitCaseOf(itineraries: fc.Arbitrary<OracleInput>): fc.Arbitrary<LatestExitCase> {
  return itineraries
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
}

export interface EarliestEntryCase {
  readonly input: OracleInput;
  readonly from: number;
  readonly days: number;
}

export const earliestEntryCaseArbitrary: fc.Arbitrary<EarliestEntryCase> = earliestEntryCaseOf(itineraryArbitrary);

export function earliestEntryCaseOf(itineraries: fc.Arbitrary<OracleInput>, maxDays = 90): fc.Arbitrary<EarliestEntryCase> {
  return itineraries.chain((input) => {
    const first = input.stays.length === 0 ? oracleDay(2024, 1, 1) : input.stays[0]!.entry;
    const last = input.stays.length === 0 ? first : Math.max(...input.stays.map((stay) => stay.exit));
    return fc
      .record({ from: fc.integer({ min: first - 30, max: last + 30 }), days: fc.oneof(fc.integer({ min: 1, max: maxDays }), fc.constantFrom(1, 2, 30, 90)) })
      .map(({ from, days }) => ({ input, from, days }));
  });
}

/** A permutation of 0..n−1. */
export const permutationArbitrary = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.nat(), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((key, index) => ({ key, index }))
      .sort((a, b) => a.key - b.key || a.index - b.index)
      .map(({ index }) => index),
  );

// ---------------------------------------------------------------------------------------------
// Regimes (issue 11): the presets' numbers copied from the issue and rules.md §6 (not from src/),
// and random mixes of rule shapes, over stays in the Schengen area, Russia, Belarus, Türkiye, Cyprus
// and no state, from late 2023 to 2026 (across 31 December and the Russian change of 2025-01-01).
// ---------------------------------------------------------------------------------------------

const always = (shape: OracleShape): OracleRule => ({ shape, from: null, until: null });
const ROLLING_90_180: OracleShape = { kind: 'rolling', maxDays: 90, windowDays: 180 };
/** Federal Law 260-FZ: the calendar-year rule from 1 January 2025. */
export const RU_SWITCH = oracleDay(2025, 1, 1);
/** rules.md §5.15 (issue 19): Russia's 90/180 from 1 January 2014 (amended 115-FZ, a secondary source). */
const RU_ROLLING_START = oracleDay(2014, 1, 1);
/** rules.md §6.2, §5.15: Belarus visa-free from 19 July 2024 to 31 December 2026; LT, LV from 15 April 2022, PL from 1 July 2022. */
const BY_START = oracleDay(2024, 7, 19);
const BY_END = oracleDay(2026, 12, 31);
const BY_LT_LV_START = oracleDay(2022, 4, 15);
const BY_PL_START = oracleDay(2022, 7, 1);
const dated = (shape: OracleShape, from: number, until: number): OracleRule => ({ shape, from, until });

/**
 * The presets of issues 11 and 19, by name; `by-visa-free-long` is by-visa-free for a national of LT
 * or LV, `by-visa-free-pl` for one of PL (the same rules, from a later day).
 */
export const ORACLE_PRESETS: Readonly<Record<string, { zone: OracleZone; rules: readonly OracleRule[] }>> = {
  schengen: { zone: 'schengen', rules: [always(ROLLING_90_180)] },
  'ru-visa-free': {
    zone: 'RU',
    rules: [
      { shape: ROLLING_90_180, from: RU_ROLLING_START, until: RU_SWITCH - 1 },
      { shape: { kind: 'calendarYear', maxDays: 90 }, from: RU_SWITCH, until: null },
      { shape: { kind: 'perStay', maxDays: 90 }, from: RU_SWITCH, until: null },
    ],
  },
  'ru-visa': { zone: 'RU', rules: [always(ROLLING_90_180)] },
  'by-visa-free': { zone: 'BY', rules: [dated({ kind: 'perStay', maxDays: 30 }, BY_START, BY_END), dated({ kind: 'calendarYear', maxDays: 90 }, BY_START, BY_END)] },
  'by-visa-free-long': { zone: 'BY', rules: [dated({ kind: 'perStay', maxDays: 90 }, BY_LT_LV_START, BY_END), dated({ kind: 'calendarYear', maxDays: 90 }, BY_LT_LV_START, BY_END)] },
  'by-visa-free-pl': { zone: 'BY', rules: [dated({ kind: 'perStay', maxDays: 90 }, BY_PL_START, BY_END), dated({ kind: 'calendarYear', maxDays: 90 }, BY_PL_START, BY_END)] },
  'by-transit': { zone: 'BY', rules: [always({ kind: 'perStay', maxDays: 2 })] },
  tr: { zone: 'TR', rules: [always(ROLLING_90_180)] },
};

/** An oracle regime with the name it came from (a preset, or `custom`); the oracle ignores the name. */
export type NamedOracleRegime = OracleRegime & { readonly name: string };

const maxDaysArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 120 }) },
  { weight: 1, arbitrary: fc.constantFrom(1, 2, 30, 90) },
);

export const shapeArbitrary: fc.Arbitrary<OracleShape> = fc.oneof(
  maxDaysArbitrary.chain((maxDays) =>
    fc
      .oneof(fc.integer({ min: maxDays, max: 400 }), fc.constantFrom(maxDays, maxDays + 1, 180, 365))
      .map((windowDays): OracleShape => ({ kind: 'rolling', maxDays, windowDays: Math.min(400, Math.max(windowDays, maxDays)) })),
  ),
  fc.constant<OracleShape>(ROLLING_90_180),
  maxDaysArbitrary.map((maxDays): OracleShape => ({ kind: 'calendarYear', maxDays })),
  maxDaysArbitrary.map((maxDays): OracleShape => ({ kind: 'perStay', maxDays })),
);

const ZONES: readonly OracleZone[] = ['schengen', 'RU', 'BY', 'TR'];

/** A preset (each equally likely) or a custom mix of 1–3 shapes in any zone; unnamed stays counted or not. */
export const regimeArbitrary: fc.Arbitrary<NamedOracleRegime> = fc.oneof(
  fc
    .record({ name: fc.constantFrom(...Object.keys(ORACLE_PRESETS)), countsUnnamed: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) })
    .map(({ name, countsUnnamed }) => {
      const preset = ORACLE_PRESETS[name]!;
      return { name, zone: preset.zone, rules: preset.rules, stickers: preset.zone === 'schengen', countsUnnamed };
    }),
  fc
    .record({
      zone: fc.constantFrom(...ZONES),
      shapes: fc.array(shapeArbitrary, { minLength: 1, maxLength: 3 }),
      countsUnnamed: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    })
    .map(({ zone, shapes, countsUnnamed }) => ({ name: 'custom', zone, rules: shapes.map(always), stickers: zone === 'schengen', countsUnnamed })),
);

export const REGIME_COUNTRIES = ['FR', 'BE', 'RU', 'BY', 'TR', 'CY'] as const;
const REGIME_FIRST_DAY = oracleDay(2023, 10, 1);
const REGIME_LAST_BASE_DAY = oracleDay(2025, 12, 1);

const regimeLengthArbitrary = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) },
  { weight: 3, arbitrary: fc.integer({ min: 4, max: 40 }) },
  { weight: 2, arbitrary: fc.integer({ min: 41, max: 130 }) },
);

/** 0–8 stays in order, none overlapping (they may touch); the regime's own state more likely. */
function regimeStaysArbitrary(zone: OracleZone): fc.Arbitrary<OracleStay[]> {
  const home = zone === 'schengen' ? ['FR', 'BE'] : [zone];
  const country: fc.Arbitrary<string | null> = fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.constantFrom(...home) },
    { weight: 3, arbitrary: fc.constantFrom(...REGIME_COUNTRIES) },
  );
  return fc
    .record({
      base: fc.integer({ min: REGIME_FIRST_DAY, max: REGIME_LAST_BASE_DAY }),
      parts: fc.array(fc.record({ gap: gapArbitrary, length: regimeLengthArbitrary, country }), { maxLength: 8 }),
    })
    .map(({ base, parts }) => staysInSequence(base, parts));
}

/** A random regime and a history for it: stays, 0–3 stickers (judged only in the Schengen zone), 0–2 permits. */
export const regimeItineraryArbitrary: fc.Arbitrary<OracleInput & { readonly regime: NamedOracleRegime }> = regimeArbitrary.chain((regime) =>
  regimeStaysArbitrary(regime.zone).chain((stays) => {
    const around = stays.length === 0 ? oracleDay(2025, 1, 1) : stays[0]!.entry;
    return fc
      .record({
        visas: fc.oneof(
          { weight: 2, arbitrary: fc.constant<OracleVisa[]>([]) },
          { weight: 1, arbitrary: fc.array(visaArbitrary(around), { minLength: 1, maxLength: 3 }) },
        ),
        permits: fc.oneof(
          { weight: 4, arbitrary: fc.constant<OraclePermit[]>([]) },
          { weight: 1, arbitrary: fc.array(permitArbitrary(around), { minLength: 1, maxLength: 2 }) },
        ),
      })
      .map(({ visas, permits }) => ({ stays, visas: withoutOverlappingStickers(visas), permits, regime }));
  }),
);

export const regimeTripCaseArbitrary = tripCaseOf(regimeItineraryArbitrary, 130);
export const regimeLatestExitCaseArbitrary = latestExitCaseOf(regimeItineraryArbitrary);
export const regimeEarliestEntryCaseArbitrary = earliestEntryCaseOf(regimeItineraryArbitrary, 100);
