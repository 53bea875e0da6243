import { computeStatus } from '../../core/reports.js';
import { ExitCode } from '../../errors.js';
import { renderJson, statusToJson } from '../../render/json.js';
import { prepareContext, tableStyle, writeWarnings, visaWarnings, warningsToJson, writeOut, type HistoryOptions } from '../command-context.js';

export async function runStatusCommand(file: string | undefined, options: HistoryOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  const report = computeStatus(history, today);
  const warnings = [...history.warnings, ...visaWarnings(report.currentStay, history.visas)];
  writeWarnings(warnings, catalogue);
  if (options.json) {
    writeOut(renderJson(statusToJson(report, history.visas, warningsToJson(warnings))));
  } else {
    const { renderStatusTable } = await import('../../render/table.js');
    writeOut(renderStatusTable(report, history.visas, tableStyle(catalogue)));
  }
  const overstaying = report.firstOverstayDay !== null || (report.currentStay !== null && !report.currentStay.allowed);
  return options.failOnOverstay && overstaying ? ExitCode.overstay : ExitCode.ok;
}
