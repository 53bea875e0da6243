import type { Day } from '../core/day.js';
import { computeApplicationTimeline, type ApplicationTimeline } from '../core/visa-application.js';
import type { InputLocation } from '../errors.js';
import { parseApplicationFlags, type ApplicationFlags } from '../parse/application-flags.js';
import { applicationToJson, type ApplyDto } from './apply-answer.js';
import { applyVerdict, type Verdict } from './verdict.js';

/** `apply`: when to lodge a Schengen visa application, and when its decision is due (rules.md §7). */
export function applyQuery(flags: ApplicationFlags, today: Day, location: InputLocation = {}, prefix = '--'): { readonly verdict: Verdict; readonly report: ApplicationTimeline; readonly json: () => ApplyDto } {
  const report = computeApplicationTimeline(parseApplicationFlags(flags, today, location, prefix), today);
  const verdict = applyVerdict(report);
  return { verdict, report, json: () => applicationToJson(report, verdict, today) };
}
