import { ExitCode } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import { prepareContext, writeQueryResult, type HistoryOptions } from '../command-context.js';
import { nextQuery } from '../queries.js';

export interface NextOptions extends HistoryOptions {
  days: number;
  from?: string;
}

export async function runNextCommand(file: string | undefined, options: NextOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  const from = options.from === undefined ? today : parseDate(options.from, { field: '--from' }, today);
  const result = nextQuery(history, today, { tripDays: options.days, from });
  await writeQueryResult(result, options, catalogue, async (style) => (await import('../../render/table.js')).renderNextTable(result.report, history.visas, style));
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
