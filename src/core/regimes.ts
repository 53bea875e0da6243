import { dayFromCivil, type Day } from './day.js';
import { schengenCountsFrom } from './membership.js';

/**
 * The shapes a stay rule takes (docs/regimes.md): at most N days in any M days ending on the day
 * judged; at most N days between 1 January and 31 December; at most N days in one stay, the entry
 * day being day 1. A day must satisfy every rule in force on it.
 */
export type RuleShape =
  | { readonly kind: 'rolling'; readonly maxDays: number; readonly windowDays: number }
  | { readonly kind: 'calendarYear'; readonly maxDays: number }
  | { readonly kind: 'perStay'; readonly maxDays: number };

/** A rule and the days it is in force on (null: no bound). A day is judged by the rules in force on it. */
export interface RuleInForce {
  readonly shape: RuleShape;
  readonly from: Day | null;
  readonly until: Day | null;
}

/** Where a regime counts days: the Schengen area, or one state. */
export type Zone = 'schengen' | 'RU' | 'BY' | 'TR';

export const PRESET_NAMES = ['schengen', 'ru-visa-free', 'ru-visa', 'by-visa-free', 'by-transit', 'tr'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Regime {
  /** The preset, or `custom` for rules given one by one. */
  readonly name: PresetName | 'custom';
  readonly zone: Zone;
  readonly rules: readonly RuleInForce[];
  /** Schengen visa stickers are judged (Schengen zone only: the stickers are Schengen visas). */
  readonly stickers: boolean;
  /** Stays whose stamp names no state count here (the regime asked for; docs/regimes.md). */
  readonly countsUnnamed: boolean;
}

const always = (shape: RuleShape): RuleInForce => ({ shape, from: null, until: null });
const ROLLING_90_180: RuleShape = { kind: 'rolling', maxDays: 90, windowDays: 180 };

/** Federal Law No. 260-FZ of 8 August 2024: the calendar-year rule applies from 1 January 2025. */
export const RU_CALENDAR_YEAR_FROM = dayFromCivil(2025, 1, 1);

/** Nationalities whose visa-free stay in Belarus may last 90 days, not 30 (rules.md §6.2). */
export const BY_LONG_STAY_NATIONALITIES: readonly string[] = ['PL', 'LT', 'LV'];

export interface PresetInfo {
  readonly name: PresetName;
  readonly zone: Zone;
  readonly rules: readonly RuleInForce[];
  /** Rules for the nationalities in `BY_LONG_STAY_NATIONALITIES` where they differ. */
  readonly longStayRules?: readonly RuleInForce[];
  readonly source: string;
}

export const PRESETS: Readonly<Record<PresetName, PresetInfo>> = {
  schengen: { name: 'schengen', zone: 'schengen', rules: [always(ROLLING_90_180)], source: 'Schengen Borders Code (Reg. (EU) 2016/399) Art. 6(1)' },
  'ru-visa-free': {
    name: 'ru-visa-free',
    zone: 'RU',
    rules: [
      { shape: ROLLING_90_180, from: null, until: RU_CALENDAR_YEAR_FROM - 1 },
      { shape: { kind: 'calendarYear', maxDays: 90 }, from: RU_CALENDAR_YEAR_FROM, until: null },
      { shape: { kind: 'perStay', maxDays: 90 }, from: RU_CALENDAR_YEAR_FROM, until: null },
    ],
    source: 'Federal Law 115-FZ Art. 5(1), as amended by Federal Law 260-FZ of 8 August 2024 (in force 1 January 2025)',
  },
  'ru-visa': { name: 'ru-visa', zone: 'RU', rules: [always(ROLLING_90_180)], source: 'Government Decree No. 635 of 4 October 2007 (multiple-entry visa: 90 days in any 180)' },
  'by-visa-free': {
    name: 'by-visa-free',
    zone: 'BY',
    rules: [always({ kind: 'perStay', maxDays: 30 }), always({ kind: 'calendarYear', maxDays: 90 })],
    longStayRules: [always({ kind: 'perStay', maxDays: 90 }), always({ kind: 'calendarYear', maxDays: 90 })],
    source: 'Presidential decision on the visa-free regime for citizens of 38 European states (in force 19 July 2024, extended to 31 December 2026)',
  },
  'by-transit': { name: 'by-transit', zone: 'BY', rules: [always({ kind: 'perStay', maxDays: 2 })], source: 'Belarus transit visa (B): at most 2 days from the calendar date of each entry (MFA of Belarus)' },
  tr: { name: 'tr', zone: 'TR', rules: [always(ROLLING_90_180)], source: 'Law No. 6458 on Foreigners and International Protection, Art. 18' },
};

/** The order zones are shown in. */
export const ZONE_ORDER: readonly Zone[] = ['schengen', 'RU', 'BY', 'TR'];

/** The rolling rule of a regime's window figures: its first rolling rule, else 90/180 (then unused). */
export function windowRuleOfRegime(regime: Regime): { maxDays: number; windowDays: number } {
  const rolling = regime.rules.find((rule) => rule.shape.kind === 'rolling')?.shape;
  return rolling?.kind === 'rolling' ? { maxDays: rolling.maxDays, windowDays: rolling.windowDays } : { maxDays: 90, windowDays: 180 };
}

/** The preset for a zone when nothing narrower is asked (the visa-free regime). */
export const DEFAULT_PRESET_OF_ZONE: Readonly<Record<Zone, PresetName>> = { schengen: 'schengen', RU: 'ru-visa-free', BY: 'by-visa-free', TR: 'tr' };

export function regimeOf(name: PresetName, options: { nationality?: string | undefined; countsUnnamed?: boolean } = {}): Regime {
  const info = PRESETS[name];
  const long = options.nationality !== undefined && BY_LONG_STAY_NATIONALITIES.includes(options.nationality);
  return {
    name,
    zone: info.zone,
    rules: long && info.longStayRules !== undefined ? info.longStayRules : info.rules,
    stickers: info.zone === 'schengen',
    countsUnnamed: options.countsUnnamed ?? true,
  };
}

export const SCHENGEN_REGIME: Regime = regimeOf('schengen');

/** Rules given one by one (`--rule`), in the zone of `base`; they replace its rules. */
export function customRegime(base: Regime, shapes: readonly RuleShape[]): Regime {
  return { ...base, name: 'custom', rules: shapes.map(always) };
}

/** The zone a state belongs to, or null for a state no regime here covers (CY, IE, GB). */
export function zoneOfCountry(country: string): Zone | null {
  if (country === 'RU' || country === 'BY' || country === 'TR') return country;
  return schengenCountsFrom(country) === null ? null : 'schengen';
}

/**
 * First day on which a day in `country` counts for the regime; null when it never does. A stay with
 * no state counts from the start when the regime takes unnamed stays.
 */
export function regimeCountsFrom(regime: Regime, country: string | null): Day | null {
  if (country === null) return regime.countsUnnamed ? -Infinity : null;
  if (regime.zone === 'schengen') return schengenCountsFrom(country);
  return country === regime.zone ? -Infinity : null;
}

export function rulesInForce(regime: Regime, day: Day): RuleShape[] {
  return regime.rules.filter((rule) => (rule.from === null || day >= rule.from) && (rule.until === null || day <= rule.until)).map((rule) => rule.shape);
}

/**
 * The length of a full stay under the rules in force on `day` (docs/regimes.md §1): the lowest N of
 * them, a calendar-year rule included (the longest stay one calendar year allows; a stay across
 * 1 January may be longer). Null when no rule limits a stay (N in any N days limits nothing).
 */
export function fullStayLength(regime: Regime, day: Day): number | null {
  const caps = rulesInForce(regime, day)
    .filter((shape) => shape.kind !== 'rolling' || shape.windowDays > shape.maxDays)
    .map((shape) => shape.maxDays);
  return caps.length === 0 ? null : Math.min(...caps);
}

/** The rolling rule in force on `day` (the first, if several), as the window figures use it; null when none is. */
export function rollingRuleOn(regime: Regime, day: Day): { readonly maxDays: number; readonly windowDays: number } | null {
  const rolling = rulesInForce(regime, day).find((shape) => shape.kind === 'rolling');
  return rolling?.kind === 'rolling' ? { maxDays: rolling.maxDays, windowDays: rolling.windowDays } : null;
}

/**
 * The rule that caps every trip from `day` on, when the rules no longer change from that day (each
 * rule either ended before it or is in force on it and stays so): the lowest rolling or per-stay
 * maximum, with the rolling rule's window when that is the one. Null when no rule caps a trip or the
 * rules change later (a trip may then fit around the change).
 */
export function tripCapFrom(regime: Regime, day: Day): { readonly shape: RuleShape; readonly maxDays: number; readonly windowDays: number | null } | null {
  const later = regime.rules.filter((rule) => rule.until === null || rule.until >= day);
  if (later.some((rule) => rule.until !== null || (rule.from !== null && rule.from > day))) return null;
  let cap: RuleShape | null = null;
  for (const { shape } of later) {
    // N in any N days is never broken: it caps nothing. N per calendar year allows a trip across 1 January.
    const caps = shape.kind === 'perStay' || (shape.kind === 'rolling' && shape.windowDays > shape.maxDays);
    if (caps && (cap === null || shape.maxDays < cap.maxDays)) cap = shape;
  }
  return cap === null ? null : { shape: cap, maxDays: cap.maxDays, windowDays: cap.kind === 'rolling' ? cap.windowDays : null };
}

/** The limit name a rule reports: `rule90180` for 90 in any 180, else its shape. */
export function limitOfShape(shape: RuleShape): 'rule90180' | 'rolling' | 'calendarYear' | 'perStay' {
  if (shape.kind === 'rolling') return shape.maxDays === 90 && shape.windowDays === 180 ? 'rule90180' : 'rolling';
  return shape.kind;
}
