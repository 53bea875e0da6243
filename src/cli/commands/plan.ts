import { computePlan } from '../../core/reports.js';
import { SCHENGEN_RULE } from '../../core/rolling-window.js';
import { findFirstOverstayDay } from '../../core/rolling-window.js';
import { ExitCode, UsageError } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import { planToJson, renderJson } from '../../render/json.js';
import { prepareContext, tableStyle, writeOut, type HistoryOptions } from '../command-context.js';

export interface PlanOptions extends HistoryOptions {
  enter: string;
  exit?: string;
  days?: number;
}

export async function runPlanCommand(file: string | undefined, options: PlanOptions): Promise<ExitCode> {
  const { today, history, warnings } = await prepareContext(file, options);
  const entry = parseDate(options.enter, { field: '--enter' });
  let exit: number | null = null;
  if (options.exit !== undefined) {
    exit = parseDate(options.exit, { field: '--exit' });
    if (exit < entry) {
      throw new UsageError({
        code: 'plan.exitBeforeEntry',
        message: `--exit ${options.exit} is before --enter ${options.enter}; expected an exit on or after the entry day`,
        params: { exit: options.exit, entry: options.enter },
        location: { field: '--exit' },
      });
    }
  } else if (options.days !== undefined) {
    exit = entry + options.days - 1;
  }
  const report = computePlan(history.counting, SCHENGEN_RULE, entry, exit);
  if (options.json) {
    writeOut(renderJson(planToJson(report, today, warnings)));
  } else {
    const { renderPlanTable } = await import('../../render/table.js');
    writeOut(renderPlanTable(report, warnings.map((w) => w.message), tableStyle()));
  }
  const broken =
    findFirstOverstayDay(history.counting, SCHENGEN_RULE) !== null || report.maxStayDays === 0 || report.trip?.compliant === false;
  return options.failOnOverstay && broken ? ExitCode.overstay : ExitCode.ok;
}
