import { customRegime, PRESET_NAMES, regimeOf, SCHENGEN_REGIME, type PresetName, type Regime, type RuleShape } from '../core/regimes.js';
import { UsageError, type InputLocation } from '../errors.js';

/** Days a rule may count up to: ten years, like the longest validity the tool accepts. */
const MAX_RULE_DAYS = 3660;

export interface RulesFlags {
  /** A preset name (`--rules`). */
  readonly rules?: string | undefined;
  /** Rules one by one (`--rule`, repeatable): `90/180`, `90/year`, `stay<=30`. */
  readonly rule?: readonly string[] | undefined;
  /** ISO 3166 alpha-2 nationality, for rules that depend on it (`by-visa-free`). */
  readonly nationality?: string | undefined;
}

function isPreset(text: string): text is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(text);
}

function days(text: string, location: InputLocation, ruleText: string): number {
  const value = Number(text);
  if (!/^\d{1,4}$/.test(text) || value < 1 || value > MAX_RULE_DAYS) throw new UsageError('rules.ruleForm', { text: ruleText }, location);
  return value;
}

/** One `--rule`: `N/M` (N days in any M), `N/year` (N per calendar year), `stay<=N` (N per stay). */
export function parseRuleText(text: string, location: InputLocation = { field: '--rule' }): RuleShape {
  const trimmed = text.trim().toLowerCase().replace(/\s+/g, '');
  let match = /^(\d+)\/(\d+)$/.exec(trimmed);
  if (match !== null) {
    const maxDays = days(match[1]!, location, text);
    const windowDays = days(match[2]!, location, text);
    if (maxDays > windowDays) throw new UsageError('rules.ruleForm', { text }, location);
    return { kind: 'rolling', maxDays, windowDays };
  }
  match = /^(\d+)\/(year|y|calendar-year)$/.exec(trimmed);
  if (match !== null) return { kind: 'calendarYear', maxDays: days(match[1]!, location, text) };
  match = /^stay<=(\d+)$/.exec(trimmed);
  if (match !== null) return { kind: 'perStay', maxDays: days(match[1]!, location, text) };
  throw new UsageError('rules.ruleForm', { text }, location);
}

/** The regime the flags ask for (default: Schengen); `--rule` replaces the preset's rules. */
export function regimeFromFlags(flags: RulesFlags, prefix = '--', location: InputLocation = {}): Regime {
  const nationality = flags.nationality?.trim().toUpperCase();
  if (nationality !== undefined && !/^[A-Z]{2}$/.test(nationality)) {
    throw new UsageError('rules.nationality', { text: flags.nationality ?? '' }, { ...location, field: `${prefix}nationality` });
  }
  let regime = SCHENGEN_REGIME;
  if (flags.rules !== undefined) {
    const name = flags.rules.trim().toLowerCase();
    if (!isPreset(name)) throw new UsageError('rules.unknownPreset', { text: flags.rules, known: PRESET_NAMES.join(', ') }, { ...location, field: `${prefix}rules` });
    regime = regimeOf(name, { nationality });
  }
  const custom = flags.rule ?? [];
  if (custom.length > 0) regime = customRegime(regime, custom.map((text) => parseRuleText(text, { ...location, field: `${prefix}rule` })));
  return regime;
}

/** Whether the flags narrow the answer to one regime (otherwise status shows every zone of the history). */
export function rulesAsked(flags: RulesFlags): boolean {
  return flags.rules !== undefined || (flags.rule ?? []).length > 0;
}
