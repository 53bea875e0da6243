import { computeCalendar } from '../core/calendar.js';
import { addMonths, civilFromDay, dayFromCivil, type Day, type DayRange } from '../core/day.js';
import { explainDay, type Explanation } from '../core/explanation.js';
import { computeCheck, type CheckReport, type CheckedTrip } from '../core/itinerary-check.js';
import type { AssembledHistory } from '../parse/assemble-history.js';
import { FAR_FUTURE_MONTHS } from '../parse/assemble-history.js';
import { warningsToJson } from './answers.js';
import { checkToJson, type CheckAnswer, type CheckDto } from './check-answer.js';
import type { QueryResult } from './queries.js';
import { checkVerdict } from './verdict.js';

/**
 * `check`: the whole itinerary judged at once (core/itinerary-check.ts), with, on request, the
 * workings of the day that decides and a timeline of the days left on each day ahead.
 */
export interface CheckParams {
  readonly explain?: boolean;
  readonly timeline?: boolean;
}

/** How far the timeline looks ahead at least: six months, or to the end of the last trip booked. */
const TIMELINE_MONTHS = 6;

/** The timeline's span: from the reference day to the end of the month of the later of six months ahead and the last booked day (at most two years ahead). */
export function timelineRange(history: AssembledHistory, on: Day): DayRange {
  const lastBooked = Math.max(on, ...history.stays.map((stay) => stay.exit));
  const end = Math.min(Math.max(addMonths(on, TIMELINE_MONTHS), lastBooked), addMonths(on, FAR_FUTURE_MONTHS));
  const { year, month } = civilFromDay(end);
  return { first: on, last: dayFromCivil(year, month + 1, 0) };
}

/** The trip the verdict names: one under way that breaks, else the first booked one that breaks, else none. */
export function tripThatDecides(report: CheckReport): CheckedTrip | null {
  const breaking = report.trips.filter((trip) => !trip.compliant);
  return breaking.find((trip) => trip.state === 'underWay') ?? breaking.find((trip) => trip.state === 'booked') ?? null;
}

export function checkQuery(history: AssembledHistory, today: Day, params: CheckParams = {}): Omit<QueryResult<CheckAnswer>, 'json'> & { json: () => CheckDto } {
  const check = computeCheck(history, today, history.openStayIndex);
  const timeline = params.timeline === true ? computeCalendar(history, today, timelineRange(history, today)) : null;
  const verdict = checkVerdict(check, tripThatDecides(check));
  let explanation: Explanation | null = null;
  if (params.explain === true) {
    const decides = tripThatDecides(check);
    const broken = decides ?? check.trips.find((trip) => !trip.compliant) ?? null;
    if (broken !== null) explanation = explainDay(history, broken.firstUnauthorisedDay!, 'firstUnauthorised', null, null, broken.brokenLimit);
    else if (check.tightest !== null) explanation = explainDay(history, check.tightest.peakDay!, 'tightestDay', null, null, null);
    else explanation = explainDay(history, today, 'reference', null, null, null);
  }
  const report: CheckAnswer = { check, timeline };
  return {
    report,
    verdict,
    warnings: [...history.warnings],
    explanation,
    json: () => checkToJson(report, verdict, explanation, warningsToJson(history.warnings), params.explain === true),
    breach: check.unauthorisedDays > 0,
  };
}
