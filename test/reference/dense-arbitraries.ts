/*
 * Denser itineraries than itinerary-arbitraries.ts (from a review of the core's shortcuts): many
 * one-day stays, several entered the same day, chains of up to 16 stickers (often back to back, more
 * than the core's FEW_VISAS = 8, so its sticker index runs) with a D visa at times, and Schengen-zone
 * regimes that mix rolling, calendar-year and per-stay rules.
 */
import fc from 'fast-check';
import { regimeArbitrary, staysInSequence, type NamedOracleRegime } from './itinerary-arbitraries.js';
import { oracleDay, type OracleInput, type OracleVisa } from './itinerary-oracle.js';
const COUNTRIES = [null, null, 'FR', 'DE', 'BE', 'HR', 'BG', 'CY'] as const;
/** Dense stays: many one-day stays touching, several entered the same day (up to `maxParts` runs of them). */
const denseStaysOf = (maxParts: number) => fc.record({
  base: fc.integer({ min: oracleDay(2022, 10, 1), max: oracleDay(2025, 1, 1) }),
  parts: fc.array(fc.record({
    gap: fc.oneof({ weight: 4, arbitrary: fc.constant(-1) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 10 }) }, { weight: 2, arbitrary: fc.integer({ min: 11, max: 120 }) }),
    length: fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, { weight: 3, arbitrary: fc.integer({ min: 2, max: 30 }) }, { weight: 1, arbitrary: fc.integer({ min: 31, max: 95 }) }),
    country: fc.constantFrom(...COUNTRIES),
  }), { maxLength: maxParts }),
}).map(({ base, parts }) => staysInSequence(base, parts));

/** 0..16 short-stay stickers one after another (often adjacent), plus maybe a D visa: more than FEW_VISAS = 8. */
const stickerChain = (around: number) => fc.record({
  start: fc.integer({ min: -60, max: 60 }),
  chain: fc.array(fc.record({
    gap: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 20 }) }),
    validity: fc.oneof(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 16, max: 120 }), fc.integer({ min: 175, max: 200 })),
    type: fc.constantFrom<OracleVisa['type']>('C', 'C', 'C', 'LTV', 'A'),
    entries: fc.constantFrom<OracleVisa['entries']>(1, 2, 'MULT', 'MULT'),
    durationDays: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 90 }), fc.constant(90)),
    states: fc.uniqueArray(fc.constantFrom('FR', 'DE', 'BE', 'HR', 'BG'), { minLength: 1, maxLength: 3 }),
  }), { minLength: 0, maxLength: 16 }),
  d: fc.option(fc.record({ offset: fc.integer({ min: -30, max: 400 }), length: fc.integer({ min: 1, max: 100 }) }), { freq: 4 }),
}).map(({ start, chain, d }) => {
  const visas: OracleVisa[] = [];
  let from = around + start;
  for (const v of chain) {
    from += v.gap;
    visas.push({ type: v.type, entries: v.entries, validFrom: from, validUntil: from + v.validity - 1, durationDays: v.durationDays, validFor: v.type === 'LTV' ? v.states : null });
    from += v.validity;
  }
  if (d !== null) visas.push({ type: 'D', entries: 'MULT', validFrom: around + d.offset, validUntil: around + d.offset + d.length - 1, durationDays: 90, validFor: null });
  return visas;
});

const denseSchengenOf = (maxParts: number): fc.Arbitrary<OracleInput> => denseStaysOf(maxParts).chain((stays) => {
  const around = stays.length === 0 ? oracleDay(2024, 1, 1) : stays[0]!.entry;
  return fc.record({
    visas: stickerChain(around),
    permits: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.record({ o: fc.integer({ min: -50, max: 400 }), l: fc.integer({ min: 1, max: 60 }) }).map(({ o, l }) => ({ first: around + o, last: around + o + l - 1 })), { maxLength: 2 }) }),
  }).map(({ visas, permits }) => ({ stays, visas, permits }));
});

/** Schengen-zone regimes (stickers judged) mixing rolling / calendar-year / per-stay rules. */
const schengenRegime = regimeArbitrary.filter((r) => r.zone === 'schengen');
/** Under 90/180 or under a mix of rule shapes, half and half; up to `maxParts` runs of stays. */
export const denseItineraryArbitraryOf = (maxParts: number): fc.Arbitrary<OracleInput> =>
  fc.oneof(denseSchengenOf(maxParts), fc.tuple(denseSchengenOf(maxParts), schengenRegime).map(([input, regime]) => ({ ...input, regime: regime as NamedOracleRegime })));

export const denseItineraryArbitrary: fc.Arbitrary<OracleInput> = denseItineraryArbitraryOf(10);

