import { BY_LONG_STAY_NATIONALITIES, PRESET_NAMES, PRESETS, type PresetInfo } from '../core/regimes.js';
import type { Static } from 'typebox';
import type { RulesSchema } from './answer-schemas.js';
import { SCHEMA_VERSION, shapesToJson, verdictToJson } from './answers.js';
import { rulesVerdict, type Verdict } from './verdict.js';

/** `schengen rules --json` (its one definition: answer-schemas.ts). */
export type RulesListDto = Static<typeof RulesSchema>;
export type PresetDto = RulesListDto['presets'][number];

function presetToJson(info: PresetInfo): PresetDto {
  return {
    name: info.name,
    zone: info.zone,
    rules: shapesToJson(info.rules),
    longStayRules: info.longStayRules === undefined ? null : shapesToJson(info.longStayRules),
    longStayNationalities: info.longStayRules === undefined ? null : [...BY_LONG_STAY_NATIONALITIES],
    source: info.source,
  };
}

/** `rules`: the presets of stay rules, with their dates in force and sources (data of the core). */
export function rulesQuery(): { readonly verdict: Verdict; readonly report: readonly PresetInfo[]; readonly json: () => RulesListDto } {
  const report = PRESET_NAMES.map((name) => PRESETS[name]);
  const verdict = rulesVerdict(report.length);
  return { verdict, report, json: () => ({ schemaVersion: SCHEMA_VERSION, command: 'rules', verdict: verdictToJson(verdict), presets: report.map(presetToJson) }) };
}
