import { BY_LONG_STAY_NATIONALITIES, PRESET_NAMES, PRESETS, type PresetInfo, type RuleInForce } from '../../core/regimes.js';
import { ExitCode } from '../../errors.js';
import { renderJson, SCHEMA_VERSION, shapesToJson, type RulesDto } from '../../render/json.js';
import { loadReaderCatalogue, tableStyle, writeOut } from '../command-context.js';

export interface RulesCommandOptions {
  json?: boolean;
  lang?: string;
  color?: boolean;
}

export interface PresetDto {
  name: string;
  zone: string;
  rules: RulesDto['shapes'];
  /** Rules for the nationalities listed, where they differ. */
  longStayRules: RulesDto['shapes'] | null;
  longStayNationalities: string[] | null;
  source: string;
}

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

/** parse → compute → render: the presets are data of the core; this only lays them out. */
export async function runRulesCommand(options: RulesCommandOptions): Promise<ExitCode> {
  const presets = PRESET_NAMES.map((name) => PRESETS[name]);
  if (options.json) {
    writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'rules', presets: presets.map(presetToJson) }));
    return ExitCode.ok;
  }
  const catalogue = await loadReaderCatalogue(options);
  const style = tableStyle(catalogue, options);
  const { renderRows } = await import('../../render/table.js');
  const { formatDay } = await import('../../render/format-date.js');
  const r = catalogue.table.regimes;
  const ruleLines = (rules: readonly RuleInForce[]) =>
    rules.map((rule) => `${r.shape(rule.shape)} (${r.inForce(rule.from === null ? null : formatDay(rule.from, style.language), rule.until === null ? null : formatDay(rule.until, style.language))})`);
  const rows = presets.flatMap((info) => [
    { label: `${info.name}: ${r.presets[info.name]}`, value: [...ruleLines(info.rules), ...(info.longStayRules === undefined ? [] : [`${r.longStayNationalities(BY_LONG_STAY_NATIONALITIES.join(', '))}: ${ruleLines(info.longStayRules).join('; ')}`])].join('\n') },
    { label: '', value: `${r.source}: ${info.source}` },
  ]);
  writeOut(renderRows(style, r.listTitle, rows));
  return ExitCode.ok;
}
