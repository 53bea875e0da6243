import { ExitCode } from '../../errors.js';
import { renderJson } from '../../render/json.js';
import { prepareContext, tableStyle, writeOut, writeWarnings, type HistoryOptions } from '../command-context.js';
import { statusQuery } from '../queries.js';

export async function runStatusCommand(file: string | undefined, options: HistoryOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  const result = statusQuery(history, today);
  await writeWarnings(result.warnings, catalogue);
  if (options.json) {
    writeOut(renderJson(result.json()));
  } else {
    const { renderStatusTable } = await import('../../render/table.js');
    writeOut(renderStatusTable(result.report, history.visas, tableStyle(catalogue)));
  }
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
