import { regimeFromFlags } from '../../parse/rules.js';
import { ExitCode } from '../../errors.js';
import { prepareContext, writeQueryResult, type HistoryOptions, type RulesOptions } from '../command-context.js';
import { parseAnswerFields } from '../../app/fields.js';
import { planQuery } from '../../app/queries.js';
import { planParams } from '../../app/plan-params.js';

export interface PlanOptions extends HistoryOptions, RulesOptions {
  enter: string;
  exit?: string;
  days?: number;
  country?: string;
  explain?: boolean;
}

export async function runPlanCommand(file: string | undefined, options: PlanOptions): Promise<ExitCode> {
  const fields = parseAnswerFields('plan', options.fields, {}, '--fields');
  const { today, history, catalogue } = await prepareContext(file, options, true, regimeFromFlags(options));
  const result = planQuery(history, today, { ...planParams(options, {}, '--', today), explain: options.explain === true, fields });
  await writeQueryResult(result, options, catalogue, async (style) => (await import('../../render/table.js')).renderPlanTable(result.report, history.visas, style, result.explanation));
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
