import fc from 'fast-check';
import { judgeItinerary, type Itinerary } from '../../src/core/authorisation.js';
import { SCHENGEN_REGIME, type Regime } from '../../src/core/regimes.js';
import { SCHENGEN_RULE } from '../../src/core/rolling-window.js';
import { permutationArbitrary, type NamedOracleRegime } from '../reference/itinerary-arbitraries.js';
import type { OracleInput, OracleStay } from '../reference/itinerary-oracle.js';

/**
 * What the property tests comparing the core with the day-by-day oracle share: the oracle's input
 * as the core's itinerary, the core's answers as the oracle writes them, shuffled inputs.
 */

function coreRegime(regime: NamedOracleRegime): Regime {
  // The plain Schengen preset goes in as the core's own object, so that its fast paths run too.
  if (regime.name === 'schengen' && regime.countsUnnamed) return SCHENGEN_REGIME;
  const name = regime.name === 'by-visa-free-long' ? 'by-visa-free' : (regime.name as Regime['name']);
  return { name, zone: regime.zone, rules: regime.rules, stickers: regime.stickers, countsUnnamed: regime.countsUnnamed };
}

/** The oracle's input as the core's itinerary; without a regime, the core's default (Schengen). */
export function toItinerary(input: OracleInput): Itinerary {
  const itinerary = { stays: input.stays, visas: input.visas, permits: input.permits, rule: SCHENGEN_RULE };
  return input.regime === undefined ? itinerary : { ...itinerary, regime: coreRegime(input.regime as NamedOracleRegime) };
}

/** The core's unauthorised days, one entry per day, as [day, limit] in day order. */
export function coreUnauthorised(input: OracleInput): [number, string][] {
  const days: [number, string][] = [];
  for (const range of judgeItinerary(toItinerary(input)).unauthorised) {
    for (let day = range.first; day <= range.last; day += 1) days.push([day, range.limit]);
  }
  return days;
}

/** The core's counted days (P), inserted in day order. */
export function coreCounted(input: OracleInput): Set<number> {
  const { counted } = judgeItinerary(toItinerary(input));
  const days = new Set<number>();
  counted.firsts.forEach((first, k) => {
    for (let day = first; day <= counted.lasts[k]!; day += 1) days.add(day);
  });
  return days;
}

export const sortedEntries = (map: Map<number, string>): [number, string][] => [...map].sort((a, b) => a[0] - b[0]);

function permute<T>(items: readonly T[], order: readonly number[]): T[] {
  return order.map((index) => items[index]!);
}

/** The input with its lists (and its regime's rules) reordered; `stayOrder[k]` = old index of the new k-th stay. */
export const shuffledArbitrary = <T extends { input: OracleInput }>(base: fc.Arbitrary<T>) =>
  base.chain((value) =>
    fc
      .tuple(
        permutationArbitrary(value.input.stays.length),
        permutationArbitrary(value.input.visas.length),
        permutationArbitrary(value.input.permits.length),
        permutationArbitrary(value.input.regime?.rules.length ?? 0),
      )
      .map(([stayOrder, visaOrder, permitOrder, ruleOrder]) => {
        const shuffled: OracleInput = {
          stays: permute(value.input.stays, stayOrder),
          visas: permute(value.input.visas, visaOrder),
          permits: permute(value.input.permits, permitOrder),
        };
        const regime = value.input.regime;
        return { value, stayOrder, shuffled: regime === undefined ? shuffled : { ...shuffled, regime: { ...regime, rules: permute(regime.rules, ruleOrder) } } };
      }),
  );

/** Two stays are the same stay when they have the same days and country (identical twins are interchangeable). */
export const sameStay = (a: OracleStay | undefined, b: OracleStay | undefined) =>
  a !== undefined && b !== undefined && a.entry === b.entry && a.exit === b.exit && a.country === b.country;

/**
 * Where stay `index` of `original` stands in `shuffled`. Identical stays (same days, same state) are
 * interchangeable, so the k-th of a set of twins maps to the k-th twin in the new order: the core
 * orders twins by input position, and which twin is "first" is what a shuffle may change.
 */
export function shuffledStayIndex(original: readonly OracleStay[], index: number, shuffled: readonly OracleStay[]): number {
  const rank = original.slice(0, index).filter((stay) => sameStay(stay, original[index])).length;
  return shuffled.map((stay, at) => ({ stay, at })).filter(({ stay }) => sameStay(stay, original[index]))[rank]!.at;
}
