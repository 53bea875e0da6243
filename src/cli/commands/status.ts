import { ExitCode } from '../../errors.js';
import { prepareContext, writeQueryResult, type HistoryOptions } from '../command-context.js';
import { statusQuery } from '../queries.js';

export async function runStatusCommand(file: string | undefined, options: HistoryOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  const result = statusQuery(history, today);
  await writeQueryResult(result, options, catalogue, async (style) => (await import('../../render/table.js')).renderStatusTable(result.report, history.visas, style));
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
