import { dayFromCivil, type Day } from './day.js';
import { daySetFromRanges, subtractDays, type DaySet } from './day-set.js';
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

/**
 * When the rules were in force (rules.md §5.15, §6; docs/regimes.md §2). Russia's 90/180 for visa-free
 * foreigners: from 1 January 2014 (a secondary source: the amended Art. 5 of 115-FZ, in force that day)
 * to 31 December 2024. Belarus's visa-free regime: from 19 July 2024, announced until 31 December 2026;
 * for nationals of Lithuania and Latvia from 15 April 2022, of Poland from 1 July 2022 (press and MFA
 * reports, secondary sources).
 */
export const RU_ROLLING_FROM = dayFromCivil(2014, 1, 1);
export const BY_VISA_FREE_FROM = dayFromCivil(2024, 7, 19);
export const BY_VISA_FREE_UNTIL = dayFromCivil(2026, 12, 31);
export const BY_LONG_STAY_FROM: Readonly<Record<string, Day>> = { LT: dayFromCivil(2022, 4, 15), LV: dayFromCivil(2022, 4, 15), PL: dayFromCivil(2022, 7, 1) };

const byVisaFree = (shape: RuleShape, from: Day): RuleInForce => ({ shape, from, until: BY_VISA_FREE_UNTIL });

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
      { shape: ROLLING_90_180, from: RU_ROLLING_FROM, until: RU_CALENDAR_YEAR_FROM - 1 },
      { shape: { kind: 'calendarYear', maxDays: 90 }, from: RU_CALENDAR_YEAR_FROM, until: null },
      { shape: { kind: 'perStay', maxDays: 90 }, from: RU_CALENDAR_YEAR_FROM, until: null },
    ],
    source: 'Federal Law 115-FZ Art. 5(1), as amended by Federal Law 260-FZ of 8 August 2024 (in force 1 January 2025)',
  },
  'ru-visa': { name: 'ru-visa', zone: 'RU', rules: [always(ROLLING_90_180)], source: 'Government Decree No. 635 of 4 October 2007 (multiple-entry visa: 90 days in any 180)' },
  'by-visa-free': {
    name: 'by-visa-free',
    zone: 'BY',
    rules: [byVisaFree({ kind: 'perStay', maxDays: 30 }, BY_VISA_FREE_FROM), byVisaFree({ kind: 'calendarYear', maxDays: 90 }, BY_VISA_FREE_FROM)],
    // Lithuania and Latvia's start; Poland's (1 July 2022) is set by regimeOf.
    longStayRules: [byVisaFree({ kind: 'perStay', maxDays: 90 }, BY_LONG_STAY_FROM['LT']!), byVisaFree({ kind: 'calendarYear', maxDays: 90 }, BY_LONG_STAY_FROM['LT']!)],
    source:
      'Presidential decision on the visa-free regime for citizens of 38 European states (in force 19 July 2024, extended to 31 December 2026; for LT and LV since 15 April 2022, for PL since 1 July 2022)',
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
  // The long-stay rules start on the day the regime began for that nationality.
  const longFrom = options.nationality === undefined ? undefined : BY_LONG_STAY_FROM[options.nationality];
  const longRules = info.longStayRules?.map((rule) => (longFrom === undefined || rule.from === longFrom ? rule : { ...rule, from: longFrom }));
  return {
    name,
    zone: info.zone,
    rules: long && longRules !== undefined ? longRules : info.rules,
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

const judgingRulesOf = new WeakMap<Regime, readonly RuleInForce[]>();

/**
 * The rules as they judge (rules.md §5.15, docs/regimes.md §1): each on the days it is in force, and a
 * day before the first of them (after the last) by the rules in force first (last): the rules nearest
 * in time. Such a day is judged by a rule that was not in force on it, so the answer warns
 * (`daysOutsideRules`). Rules in force on every day are unchanged.
 */
export function judgingRules(regime: Regime): readonly RuleInForce[] {
  let rules = judgingRulesOf.get(regime);
  if (rules === undefined) {
    const first = Math.min(...regime.rules.map((rule) => rule.from ?? -Infinity));
    const last = Math.max(...regime.rules.map((rule) => rule.until ?? Infinity));
    rules = regime.rules.map((rule) => {
      const from = rule.from === first ? null : rule.from;
      const until = rule.until === last ? null : rule.until;
      return from === rule.from && until === rule.until ? rule : { shape: rule.shape, from, until };
    });
    judgingRulesOf.set(regime, rules);
  }
  return rules;
}

/** Whether some rule of the regime has dates in force (a day may then fall outside them). */
export function hasDatedRules(regime: Regime): boolean {
  return regime.rules.some((rule) => rule.from !== null || rule.until !== null);
}

/** The rules that judge `day`: in force on it, or, outside every rule's dates, the nearest in time (`judgingRules`). */
export function rulesInForce(regime: Regime, day: Day): RuleShape[] {
  return judgingRules(regime)
    .filter((rule) => judges(rule, day))
    .map((rule) => rule.shape);
}

/** Whether a rule of `judgingRules` judges `day`. */
export function judges(rule: RuleInForce, day: Day): boolean {
  return (rule.from === null || day >= rule.from) && (rule.until === null || day <= rule.until);
}

/** A rule as `--rule` writes it: `90/180`, `90/year`, `stay<=30`. */
export function ruleText(shape: RuleShape): string {
  return shape.kind === 'rolling' ? `${shape.maxDays}/${shape.windowDays}` : shape.kind === 'calendarYear' ? `${shape.maxDays}/year` : `stay<=${shape.maxDays}`;
}

/**
 * Days of `days` on which no rule of the regime was in force: from the first to the last such day on
 * each side of the dates (before them, after them, or in a gap), with the rules that judged them.
 */
export interface DaysOutsideRules {
  readonly first: Day;
  readonly last: Day;
  /** The rules that judged those days (the nearest in time); empty in a gap between two periods. */
  readonly judgedBy: readonly RuleInForce[];
}

export function daysOutsideRules(regime: Regime, days: DaySet): DaysOutsideRules[] {
  if (!hasDatedRules(regime) || days.size === 0) return [];
  const inForce = daySetFromRanges(regime.rules.map((rule) => ({ first: rule.from ?? days.firsts[0]! - 1, last: rule.until ?? days.lasts[days.lasts.length - 1]! + 1 })));
  const outside = subtractDays(days, inForce);
  const judging = judgingRules(regime);
  const found: DaysOutsideRules[] = [];
  for (let i = 0; i < outside.firsts.length; i += 1) {
    const first = outside.firsts[i]!;
    // Every day of a range outside the dates is judged by the same rules (nothing starts or ends inside it).
    const judgedBy = regime.rules.filter((_, k) => {
      const rule = judging[k]!;
      return (rule.from === null || first >= rule.from) && (rule.until === null || first <= rule.until);
    });
    // Days on the same side of the dates (before them, after them, in one gap) make one range.
    const previous = found[found.length - 1];
    if (previous !== undefined && previous.judgedBy.length === judgedBy.length && previous.judgedBy.every((rule, k) => rule === judgedBy[k])) {
      found[found.length - 1] = { ...previous, last: outside.lasts[i]! };
    } else found.push({ first, last: outside.lasts[i]!, judgedBy });
  }
  return found;
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
  const later = judgingRules(regime).filter((rule) => rule.until === null || rule.until >= day);
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
