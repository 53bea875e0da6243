import type { Day } from '../../core/day.js';
import { computePlan } from '../../core/reports.js';
import { ExitCode, UsageError } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import { parseCountryCode } from '../../parse/visa-text.js';
import { planToJson, renderJson } from '../../render/json.js';
import { prepareContext, tableStyle, writeWarnings, visaWarnings, warningsToJson, writeOut, type HistoryOptions } from '../command-context.js';

export interface PlanOptions extends HistoryOptions {
  enter: string;
  exit?: string;
  days?: number;
  country?: string;
}

export async function runPlanCommand(file: string | undefined, options: PlanOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  const entry = parseDate(options.enter, { field: '--enter' });
  let exit: Day | null = null;
  if (options.exit !== undefined) {
    exit = parseDate(options.exit, { field: '--exit' });
    if (exit < entry) {
      throw new UsageError('plan.exitBeforeEntry', { exit: options.exit, entry: options.enter }, { field: '--exit' });
    }
  } else if (options.days !== undefined) {
    exit = entry + options.days - 1;
  }
  const country = options.country === undefined ? undefined : parseCountryCode(options.country, {}, '--country');
  const report = computePlan(history, entry, exit, country);
  const warnings = [...history.warnings, ...visaWarnings(report.authorised, history.visas)];
  writeWarnings(warnings, catalogue);
  if (options.json) {
    writeOut(renderJson(planToJson(report, today, history.visas, warningsToJson(warnings))));
  } else {
    const { renderPlanTable } = await import('../../render/table.js');
    writeOut(renderPlanTable(report, history.visas, tableStyle(catalogue)));
  }
  const historyBroken = report.daysUsedBeforeEntry > history.rule.maxDays;
  const broken = historyBroken || !report.authorised.allowed || (report.trip !== null && report.trip.firstUnauthorisedDay !== null);
  return options.failOnOverstay && broken ? ExitCode.overstay : ExitCode.ok;
}
