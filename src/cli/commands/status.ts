import { ExitCode } from '../../errors.js';
import { prepareContext, writeQueryResult, type HistoryOptions } from '../command-context.js';
import { statusQuery } from '../queries.js';

export interface StatusOptions extends HistoryOptions {
  explain?: boolean;
}

export async function runStatusCommand(file: string | undefined, options: StatusOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  const result = statusQuery(history, today, { explain: options.explain === true });
  await writeQueryResult(result, options, catalogue, async (style) => (await import('../../render/table.js')).renderStatusTable(result.report, history.visas, style, result.explanation));
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
