import { regimeFromFlags } from '../../parse/rules.js';
import { ExitCode } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import { prepareContext, writeQueryResult, type HistoryOptions, type RulesOptions } from '../command-context.js';
import { parseAnswerFields } from '../../app/fields.js';
import { nextQuery } from '../../app/queries.js';

export interface NextOptions extends HistoryOptions, RulesOptions {
  days: number;
  from?: string;
  leave?: string;
  explain?: boolean;
}

export async function runNextCommand(file: string | undefined, options: NextOptions): Promise<ExitCode> {
  const fields = parseAnswerFields('next', options.fields, {}, '--fields');
  const { today, history, catalogue } = await prepareContext(file, options, true, regimeFromFlags(options));
  const from = options.from === undefined ? today : parseDate(options.from, { field: '--from' }, today);
  const leave = options.leave === undefined ? {} : { leave: parseDate(options.leave, { field: '--leave' }, today) };
  const result = nextQuery(history, today, { tripDays: options.days, from, ...leave, explain: options.explain === true, fields });
  await writeQueryResult(result, options, catalogue, async (style) => (await import('../../render/table.js')).renderNextTable(result.report, history.visas, style, result.explanation));
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
