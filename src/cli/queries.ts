import { computeAnnex3, type Annex3Report } from '../core/annex3.js';
import { dayFromCivil, type Day } from '../core/day.js';
import { computeNext, computePlan, computeStatus, type NextReport, type PlanReport, type StatusReport } from '../core/reports.js';
import { findFirstOverstayDay } from '../core/rolling-window.js';
import type { AuthorisedStay, Visa } from '../core/visa.js';
import type { Warning } from '../core/warning.js';
import type { DeadlineCalendar } from '../core/working-days.js';
import { UsageError } from '../errors.js';
import type { AssembledHistory } from '../parse/assemble-history.js';
import { annex3ToJson, nextToJson, planToJson, statusToJson, type Annex3Settings } from '../render/json.js';
import { warningsToJson } from './command-context.js';

/**
 * compute: one function per question, shared by the single commands and by batch. Each returns
 * the core report, the warnings that go with it, its JSON DTO, and whether it found a breach
 * (for --fail-on-overstay).
 */
export interface QueryResult<R> {
  readonly report: R;
  readonly warnings: Warning[];
  readonly json: () => object;
  readonly breach: boolean;
}

/** The warning a visa with an ambiguous duration deserves wherever it is applied (rules.md §2.2). */
function visaWarnings(authorised: AuthorisedStay | null, visas: readonly Visa[]): Warning[] {
  const use = authorised?.visa;
  if (use === undefined || use === null || !use.ambiguousDuration) return [];
  return [{ code: 'ambiguousDuration', params: { durationDays: visas[use.visaIndex]!.durationDays } }];
}

export function statusQuery(history: AssembledHistory, today: Day): QueryResult<StatusReport> {
  const report = computeStatus(history, today);
  const warnings = [...history.warnings, ...visaWarnings(report.currentStay, history.visas)];
  return {
    report,
    warnings,
    json: () => statusToJson(report, history.visas, warningsToJson(warnings)),
    breach: report.firstOverstayDay !== null || (report.currentStay !== null && !report.currentStay.allowed),
  };
}

export interface PlanParams {
  readonly entry: Day;
  readonly exit: Day | null;
  readonly country?: string;
}

export function planQuery(history: AssembledHistory, today: Day, params: PlanParams): QueryResult<PlanReport> {
  const report = computePlan(history, params.entry, params.exit, params.country);
  const warnings = [...history.warnings, ...visaWarnings(report.authorised, history.visas)];
  const historyBroken = report.daysUsedBeforeEntry > history.rule.maxDays;
  return {
    report,
    warnings,
    json: () => planToJson(report, today, history.visas, warningsToJson(warnings)),
    breach: historyBroken || !report.authorised.allowed || (report.trip !== null && report.trip.firstUnauthorisedDay !== null),
  };
}

export interface NextParams {
  readonly tripDays: number;
  readonly from: Day;
}

export function nextQuery(history: AssembledHistory, today: Day, params: NextParams): QueryResult<NextReport> {
  const { rule } = history;
  if (params.tripDays > rule.maxDays) {
    throw new UsageError('next.tooLong', { days: params.tripDays, maxDays: rule.maxDays, windowDays: rule.windowDays }, { field: '--days' });
  }
  const report = computeNext(history, params.from, params.tripDays);
  const warnings = [...history.warnings];
  return {
    report,
    warnings,
    json: () => nextToJson(report, today, history.visas, warningsToJson(warnings)),
    breach: findFirstOverstayDay(history.history, rule) !== null,
  };
}

/** Civil Code Art. 1.7 (Saturday not a working day) applies from this day (rules.md §3.2). */
const CIVIL_CODE_ART_1_7 = dayFromCivil(2023, 1, 1);

export interface Annex3Params {
  readonly arrival: Day;
  readonly entry: Day;
  readonly settings: Annex3Settings;
  readonly calendar: DeadlineCalendar;
}

export function annex3Query(history: AssembledHistory, today: Day, params: Annex3Params): QueryResult<Annex3Report> {
  const report = computeAnnex3(history, params.calendar, params.arrival, params.entry, today);
  const warnings = [...history.warnings, ...visaWarnings(report.authorisedStay, history.visas)];
  if (params.arrival < CIVIL_CODE_ART_1_7 && !params.settings.saturdayIsWorkingDay) warnings.push({ code: 'saturdayBefore2023', params: {} });
  return {
    report,
    warnings,
    json: () => annex3ToJson(report, today, history.rule, history.visas, params.settings, warningsToJson(warnings)),
    breach: !report.authorisedStay.allowed,
  };
}
