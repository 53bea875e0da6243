import { computeStatus } from '../../core/reports.js';
import { SCHENGEN_RULE } from '../../core/rolling-window.js';
import { ExitCode } from '../../errors.js';
import { renderJson, statusToJson } from '../../render/json.js';
import { prepareContext, tableStyle, writeOut, type HistoryOptions } from '../command-context.js';

export async function runStatusCommand(file: string | undefined, options: HistoryOptions): Promise<ExitCode> {
  const { today, history, warnings } = await prepareContext(file, options);
  const report = computeStatus(history.counting, history.presence, SCHENGEN_RULE, today);
  if (options.json) {
    writeOut(renderJson(statusToJson(report, warnings)));
  } else {
    const { renderStatusTable } = await import('../../render/table.js');
    writeOut(renderStatusTable(report, warnings.map((w) => w.message), tableStyle()));
  }
  return options.failOnOverstay && report.firstOverstayDay !== null ? ExitCode.overstay : ExitCode.ok;
}
