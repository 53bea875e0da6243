import fc from 'fast-check';
import { expect } from 'vitest';
import { findLatestExit, judgeItinerary, judgeTrip, regimeOfItinerary, tripCountryOf, type Itinerary } from '../../src/core/authorisation.js';
import { SCHENGEN_REGIME, type Regime } from '../../src/core/regimes.js';
import { computePlan } from '../../src/core/reports.js';
import { SCHENGEN_RULE } from '../../src/core/rolling-window.js';
import { permutationArbitrary, type NamedOracleRegime } from '../reference/itinerary-arbitraries.js';
import { oracleLatestExit, oraclePlanTrip, oracleTripCountry, oracleUnauthorised, type OracleInput, type OracleStay } from '../reference/itinerary-oracle.js';

/**
 * What the property tests comparing the core with the day-by-day oracle share: the oracle's input
 * as the core's itinerary, the core's answers as the oracle writes them, shuffled inputs.
 */

function coreRegime(regime: NamedOracleRegime): Regime {
  // The plain Schengen preset goes in as the core's own object, so that its fast paths run too.
  if (regime.name === 'schengen' && regime.countsUnnamed) return SCHENGEN_REGIME;
  const name = regime.name === 'by-visa-free-long' || regime.name === 'by-visa-free-pl' ? 'by-visa-free' : (regime.name as Regime['name']);
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

/** The core's unauthorised days, each with its first limit, are the oracle's. */
export function expectSameJudgement(input: OracleInput): void {
  expect(coreUnauthorised(input)).toEqual(sortedEntries(oracleUnauthorised(input)));
}

/**
 * The core's latest exit and binding limit are the oracle's. False when there was nothing to compare:
 * the oracle's scan found no end (no limit ever binds, e.g. a stay in CY, IE or GB with nothing after it).
 */
export function expectSameLatestExit(input: OracleInput, stayIndex: number, from: number): boolean {
  const expected = oracleLatestExit(input, stayIndex, from);
  if (expected.scanCapped) return false;
  const actual = findLatestExit(toItinerary(input), stayIndex, from);
  expect({ latestExit: actual.latestExit, bindingLimit: actual.bindingLimit }).toEqual({ latestExit: expected.latestExit, bindingLimit: expected.bindingLimit });
  return true;
}

/**
 * A planned entry on `entry` (plan without an end; issue 19): the core's latest exit, binding limit and
 * refusal for a booked stay are the oracle's for the trip [entry, entry] added to the itinerary with
 * `entryPlanned`. False when there was nothing to compare (the oracle's scan found no end).
 */
export function expectSamePlannedEntry(input: OracleInput, entry: number): boolean {
  const itinerary = toItinerary(input);
  const country = tripCountryOf(regimeOfItinerary(itinerary));
  const withTrip: OracleInput = { ...input, stays: [...input.stays, { entry, exit: entry, country }] };
  const expected = oracleLatestExit(withTrip, input.stays.length, entry, { entryPlanned: true });
  if (expected.scanCapped) return false;
  const actual = computePlan(itinerary, entry, null, country).authorised;
  expect({ latestExit: actual.latestExit, bindingLimit: actual.bindingLimit, breaksBookedStay: actual.refusal === 'bookedStay' }).toEqual({
    latestExit: expected.latestExit,
    bindingLimit: expected.bindingLimit,
    breaksBookedStay: expected.entryBreaksBookedStay === true,
  });
  return true;
}

/** The core's verdict on a trip [entry, exit] in the regime's zone (no state in Schengen, RU in Russia…) is the oracle's. */
export function expectSameTrip(input: OracleInput, entry: number, exit: number): void {
  const itinerary = toItinerary(input);
  const country = tripCountryOf(regimeOfItinerary(itinerary));
  expect(country).toBe(oracleTripCountry(input));
  const actual = judgeTrip(itinerary, entry, exit, country);
  expect({
    compliant: actual.compliant,
    firstUnauthorisedDay: actual.firstUnauthorisedDay,
    brokenLimit: actual.brokenLimit,
    stayIndex: actual.stayIndex,
  }).toEqual(oraclePlanTrip(input, entry, exit));
}

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
