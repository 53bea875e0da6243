import { ExitCode } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import { renderJson } from '../../render/json.js';
import { prepareContext, tableStyle, writeOut, writeWarnings, type HistoryOptions } from '../command-context.js';
import { nextQuery } from '../queries.js';

export interface NextOptions extends HistoryOptions {
  days: number;
  from?: string;
}

export async function runNextCommand(file: string | undefined, options: NextOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  const from = options.from === undefined ? today : parseDate(options.from, { field: '--from' });
  const result = nextQuery(history, today, { tripDays: options.days, from });
  await writeWarnings(result.warnings, catalogue);
  if (options.json) {
    writeOut(renderJson(result.json()));
  } else {
    const { renderNextTable } = await import('../../render/table.js');
    writeOut(renderNextTable(result.report, history.visas, tableStyle(catalogue)));
  }
  return ExitCode.ok;
}
