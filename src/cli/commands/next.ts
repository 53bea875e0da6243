import { computeNext } from '../../core/reports.js';
import { ExitCode, UsageError } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import { nextToJson, renderJson } from '../../render/json.js';
import { prepareContext, tableStyle, writeWarnings, warningsToJson, writeOut, type HistoryOptions } from '../command-context.js';

export interface NextOptions extends HistoryOptions {
  days: number;
  from?: string;
}

export async function runNextCommand(file: string | undefined, options: NextOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  const { rule } = history;
  if (options.days > rule.maxDays) {
    throw new UsageError('next.tooLong', { days: options.days, maxDays: rule.maxDays, windowDays: rule.windowDays }, { field: '--days' });
  }
  const from = options.from === undefined ? today : parseDate(options.from, { field: '--from' });
  const report = computeNext(history, from, options.days);
  writeWarnings(history.warnings, catalogue);
  if (options.json) {
    writeOut(renderJson(nextToJson(report, today, history.visas, warningsToJson(history.warnings))));
  } else {
    const { renderNextTable } = await import('../../render/table.js');
    writeOut(renderNextTable(report, history.visas, tableStyle(catalogue)));
  }
  return ExitCode.ok;
}
