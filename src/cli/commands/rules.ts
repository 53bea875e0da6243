import { BY_LONG_STAY_NATIONALITIES, type RuleInForce } from '../../core/regimes.js';
import { rulesQuery } from '../../app/rules-query.js';
import { ExitCode } from '../../errors.js';
import { renderJson } from '../../render/json.js';
import { loadReaderCatalogue, tableStyle, tableWithVerdict, writeOut } from '../command-context.js';

export interface RulesCommandOptions {
  json?: boolean;
  lang?: string;
  color?: boolean;
}

/** parse → compute → render: the presets are data of the core; this only lays them out. */
export async function runRulesCommand(options: RulesCommandOptions): Promise<ExitCode> {
  const answer = rulesQuery();
  const presets = answer.report;
  if (options.json) {
    writeOut(renderJson(answer.json()));
    return ExitCode.ok;
  }
  const catalogue = await loadReaderCatalogue(options);
  const style = tableStyle(catalogue, options);
  const { renderRows } = await import('../../render/table.js');
  const { formatDay } = await import('../../render/format-date.js');
  const r = catalogue.table.regimes;
  const { colon, semicolon } = catalogue.table.punctuation;
  const ruleLines = (rules: readonly RuleInForce[]) =>
    rules.map((rule) => `${r.shape(rule.shape)} (${r.inForce(rule.from === null ? null : formatDay(rule.from, style.language), rule.until === null ? null : formatDay(rule.until, style.language))})`);
  const rows = presets.flatMap((info) => [
    { label: `${info.name}${colon}${r.presets[info.name]}`, value: [...ruleLines(info.rules), ...(info.longStayRules === undefined ? [] : [`${r.longStayNationalities(BY_LONG_STAY_NATIONALITIES.join(', '))}${colon}${ruleLines(info.longStayRules).join(semicolon)}`])].join('\n') },
    { label: '', value: `${r.source}${colon}${catalogue.table.legal.presets[info.name]}` },
  ]);
  writeOut(await tableWithVerdict(answer.verdict, catalogue, style, () => renderRows(style, r.listTitle, rows)));
  return ExitCode.ok;
}
