import { dayFromCivil, type Day, type DayRange } from './day.js';

/**
 * From which day the Schengen acquis applies in full in each state, so that days there count
 * (rules.md §4; EES Art. 11(4)). `null`: days there never count. Where land and air borders
 * opened on different dates, the first (the acquis applying in full) is used.
 */
const COUNTS_FROM: Readonly<Record<string, Day | null>> = Object.freeze({
  ...Object.fromEntries(['BE', 'DE', 'ES', 'FR', 'LU', 'NL', 'PT'].map((code) => [code, dayFromCivil(1995, 3, 26)])),
  IT: dayFromCivil(1997, 10, 26),
  AT: dayFromCivil(1997, 12, 1),
  GR: dayFromCivil(2000, 3, 26),
  ...Object.fromEntries(['DK', 'FI', 'SE', 'IS', 'NO'].map((code) => [code, dayFromCivil(2001, 3, 25)])),
  ...Object.fromEntries(['CZ', 'EE', 'HU', 'LV', 'LT', 'MT', 'PL', 'SK', 'SI'].map((code) => [code, dayFromCivil(2007, 12, 21)])),
  CH: dayFromCivil(2008, 12, 12),
  LI: dayFromCivil(2011, 12, 19),
  HR: dayFromCivil(2023, 1, 1),
  BG: dayFromCivil(2024, 3, 31),
  RO: dayFromCivil(2024, 3, 31),
  CY: null,
  // States outside the area whose own regimes the tool knows (docs/regimes.md): never Schengen days.
  RU: null,
  BY: null,
  TR: null,
  IE: null,
  GB: null,
});

export const KNOWN_COUNTRY_CODES: readonly string[] = Object.keys(COUNTS_FROM).sort();

export function isKnownCountry(code: string): boolean {
  return Object.hasOwn(COUNTS_FROM, code);
}

/** First day on which a day spent in `country` counts; null if it never does. */
export function schengenCountsFrom(country: string): Day | null {
  const from = COUNTS_FROM[country];
  if (from === undefined) throw new RangeError(`unknown country code ${country}`);
  return from;
}

/** The part of a stay in `country` that does not count (before accession, or all of it). */
export function daysNotCountedIn(country: string, stay: DayRange): DayRange | null {
  const from = schengenCountsFrom(country);
  if (from === null) return stay;
  if (stay.first >= from) return null;
  return { first: stay.first, last: Math.min(stay.last, from - 1) };
}
