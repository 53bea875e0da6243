import { addMonths, type Day } from './day.js';

/**
 * When to lodge a Schengen visa application and when its decision is due (rules.md §7): the Visa
 * Code (Reg. 810/2009) as amended by Reg. 2019/1155, in force since 2 February 2020, and the EU
 * visa facilitation agreements. Pure arithmetic over day numbers.
 *
 * How the words become days (docs/visa-application.md):
 * - "no more than six months before the start of the intended visit" (Art. 9(1)), rules.md §5.14:
 *   the earliest lodging day complies under both readings of a period in months. Counted back from
 *   the travel day, six calendar months (nine for seafarers), clamped to a shorter month's end
 *   (travel 31 August → 28 February); counted forward from the lodging day, six months from it must
 *   reach the travel day (28 February + 6 months = 28 August, too early). The later of the two:
 *   1 March. A lodging day between them is answered, with a warning.
 * - "no later than 15 calendar days before the start" (Art. 9(1)): the last lodging day is
 *   travel − 15.
 * - "within 15 calendar days of the date of the lodging" (Art. 23(1)): the day of lodging is day 0
 *   and does not count (Reg. 1182/71 Art. 3(1)); the decision is due at the latest on lodged + 15.
 *   Likewise + 45 (Art. 23(2)), + 10 and + 30 (facilitation agreements).
 * - A decision due on or after the travel day is not in hand the day before the trip: warned about.
 */

export const LODGING_MONTHS_BEFORE = { standard: 6, seafarer: 9 } as const;
export const LAST_LODGING_DAYS_BEFORE = 15;
export const DECISION_DAYS = {
  visaCode: { regular: 15, extended: 45 },
  facilitation: { regular: 10, extended: 30 },
} as const;

/** The provision each figure comes from. */
export type ApplicationBasis = 'visaCodeArt9(1)' | 'visaCodeArt23(1)' | 'visaCodeArt23(2)' | 'facilitationAgreement' | 'facilitationAgreementExtended';

export interface ApplicationRequest {
  /** First day of the intended visit. */
  readonly travel: Day;
  /** Seafarer in the performance of their duties: nine months instead of six (Art. 9(1)). */
  readonly seafarer: boolean;
  /** Under an EU visa facilitation agreement: 10 days, up to 30, instead of 15, up to 45. */
  readonly facilitated: boolean;
  /** The day the application was (or will be) lodged, if known. */
  readonly lodged: Day | null;
  /** The consulate has extended the period in this case (Art. 23(2) or the agreement). */
  readonly extended: boolean;
}

export interface LodgingWindow {
  readonly earliest: Day;
  readonly monthsBefore: number;
  /** The last day by the 15-day rule; later only in justified urgent cases. */
  readonly latest: Day;
  readonly daysBefore: number;
  readonly basis: 'visaCodeArt9(1)';
}

export interface DecisionDeadlines {
  readonly lodged: Day;
  readonly regularDays: number;
  readonly regularDue: Day;
  readonly regularBasis: ApplicationBasis;
  readonly extendedDays: number;
  readonly extendedDue: Day;
  readonly extendedBasis: ApplicationBasis;
  readonly extended: boolean;
  /** regularDue, or extendedDue when the period was extended. */
  readonly due: Day;
}

/** The last lodging days that leave the decision due before the travel day, for each period. */
export interface LodgeBy {
  readonly regularDecision: Day;
  readonly regularDays: number;
  readonly regularBasis: ApplicationBasis;
  readonly extendedDecision: Day;
  readonly extendedDays: number;
  readonly extendedBasis: ApplicationBasis;
}

/** Where "today" stands against the lodging window. */
export type LodgingPhase = 'notYetOpen' | 'open' | 'pastLastDay';

export type ApplicationWarning =
  /** The earliest day is later than the travel day counted back (a month end): says why (rules.md §5.14). */
  | { readonly code: 'earliestUnderBothReadings'; readonly countedBack: Day; readonly earliest: Day; readonly monthsBefore: number; readonly travel: Day }
  /** Lodged on or after the travel day counted back, but before the day that complies under both readings. */
  | { readonly code: 'lodgedUnderOneReading'; readonly lodged: Day; readonly earliest: Day; readonly monthsBefore: number }
  | { readonly code: 'decisionOnOrAfterTravel'; readonly due: Day; readonly travel: Day }
  | { readonly code: 'extensionCouldDelay'; readonly extendedDue: Day; readonly extendedDays: number; readonly travel: Day }
  | { readonly code: 'lodgedAfterLastDay'; readonly lodged: Day; readonly latest: Day }
  | { readonly code: 'lastLodgingDayPassed'; readonly latest: Day };

export interface ApplicationTimeline {
  readonly request: ApplicationRequest;
  readonly lodging: LodgingWindow;
  readonly phaseOn: LodgingPhase;
  /**
   * The last lodging days for which the decision is due before the travel day (at the latest on
   * the day before it): with the regular period, and even if the period is extended.
   */
  readonly lodgeBy: LodgeBy;
  readonly decision: DecisionDeadlines | null;
  readonly warnings: readonly ApplicationWarning[];
}

/** A request the law cannot answer: said as data, worded by the caller. */
export type ApplicationProblem =
  | { readonly kind: 'travelInPast'; readonly travel: Day; readonly today: Day }
  | { readonly kind: 'lodgedAfterTravel'; readonly lodged: Day; readonly travel: Day }
  | { readonly kind: 'lodgedBeforeEarliest'; readonly lodged: Day; readonly earliest: Day; readonly monthsBefore: number }
  | { readonly kind: 'extendedWithoutLodged' };

const monthsOf = (seafarer: boolean): number => (seafarer ? LODGING_MONTHS_BEFORE.seafarer : LODGING_MONTHS_BEFORE.standard);

/** Art. 9(1) counted back: the travel day moved back six months (nine for seafarers), clamped to the month's end. */
export function monthsBeforeTravel(travel: Day, seafarer: boolean): Day {
  return addMonths(travel, -monthsOf(seafarer));
}

/**
 * Art. 9(1), rules.md §5.14: the first day that is no more than six (nine) months before the travel
 * day under both readings: on or after the travel day counted back, and such that the lodging day
 * moved on by the same months does not fall before the travel day. They differ only at month ends,
 * by up to three days (travel 31 August: 28 February counted back, 1 March under both).
 */
export function earliestLodgingDay(travel: Day, seafarer: boolean): Day {
  const months = monthsOf(seafarer);
  let day = addMonths(travel, -months);
  // Moving on by months never goes backwards as the day grows: the first day that reaches the travel day.
  while (addMonths(day, months) < travel) day += 1;
  return day;
}

/** Art. 9(1): as a rule no later than 15 calendar days before the travel day. */
export function lastLodgingDay(travel: Day): Day {
  return travel - LAST_LODGING_DAYS_BEFORE;
}

interface DecisionPeriods {
  readonly regularDays: number;
  readonly regularBasis: ApplicationBasis;
  readonly extendedDays: number;
  readonly extendedBasis: ApplicationBasis;
}

function decisionPeriods(facilitated: boolean): DecisionPeriods {
  return facilitated
    ? { regularDays: DECISION_DAYS.facilitation.regular, regularBasis: 'facilitationAgreement', extendedDays: DECISION_DAYS.facilitation.extended, extendedBasis: 'facilitationAgreementExtended' }
    : { regularDays: DECISION_DAYS.visaCode.regular, regularBasis: 'visaCodeArt23(1)', extendedDays: DECISION_DAYS.visaCode.extended, extendedBasis: 'visaCodeArt23(2)' };
}

/** Art. 23(1)/(2) or the facilitation agreement: the lodging day is day 0, the decision due on lodged + N. */
export function decisionDeadlines(lodged: Day, facilitated: boolean, extended: boolean): DecisionDeadlines {
  const periods = decisionPeriods(facilitated);
  const regularDue = lodged + periods.regularDays;
  const extendedDue = lodged + periods.extendedDays;
  return { lodged, ...periods, regularDue, extendedDue, extended, due: extended ? extendedDue : regularDue };
}

/**
 * Why a request cannot be answered, or null. An application lodged more than six (nine) months before
 * the trip under either reading (before the travel day counted back) is not admissible (Art. 19(1)(a)),
 * so no decision period runs from it: refused rather than computed. One lodged on or after that day but
 * before the earliest day under both readings is answered, with the warning `lodgedUnderOneReading`.
 */
export function findApplicationProblem(request: ApplicationRequest, today: Day): ApplicationProblem | null {
  if (request.travel < today) return { kind: 'travelInPast', travel: request.travel, today };
  if (request.extended && request.lodged === null) return { kind: 'extendedWithoutLodged' };
  if (request.lodged !== null) {
    if (request.lodged > request.travel) return { kind: 'lodgedAfterTravel', lodged: request.lodged, travel: request.travel };
    if (request.lodged < monthsBeforeTravel(request.travel, request.seafarer)) {
      return { kind: 'lodgedBeforeEarliest', lodged: request.lodged, earliest: earliestLodgingDay(request.travel, request.seafarer), monthsBefore: monthsOf(request.seafarer) };
    }
  }
  return null;
}

/** The lodging window, the decision deadlines once lodged, and what to warn about. Call after findApplicationProblem. */
export function computeApplicationTimeline(request: ApplicationRequest, today: Day): ApplicationTimeline {
  const lodging: LodgingWindow = {
    earliest: earliestLodgingDay(request.travel, request.seafarer),
    monthsBefore: request.seafarer ? LODGING_MONTHS_BEFORE.seafarer : LODGING_MONTHS_BEFORE.standard,
    latest: lastLodgingDay(request.travel),
    daysBefore: LAST_LODGING_DAYS_BEFORE,
    basis: 'visaCodeArt9(1)',
  };
  const phaseOn: LodgingPhase = today < lodging.earliest ? 'notYetOpen' : today <= lodging.latest ? 'open' : 'pastLastDay';
  const periods = decisionPeriods(request.facilitated);
  const lodgeBy: LodgeBy = {
    ...periods,
    regularDecision: request.travel - 1 - periods.regularDays,
    extendedDecision: request.travel - 1 - periods.extendedDays,
  };
  const decision = request.lodged === null ? null : decisionDeadlines(request.lodged, request.facilitated, request.extended);
  const warnings: ApplicationWarning[] = [];
  const countedBack = monthsBeforeTravel(request.travel, request.seafarer);
  if (request.lodged === null) {
    if (countedBack !== lodging.earliest) {
      warnings.push({ code: 'earliestUnderBothReadings', countedBack, earliest: lodging.earliest, monthsBefore: lodging.monthsBefore, travel: request.travel });
    }
    if (phaseOn === 'pastLastDay') warnings.push({ code: 'lastLodgingDayPassed', latest: lodging.latest });
  } else if (request.lodged < lodging.earliest) {
    warnings.push({ code: 'lodgedUnderOneReading', lodged: request.lodged, earliest: lodging.earliest, monthsBefore: lodging.monthsBefore });
  } else if (request.lodged > lodging.latest) {
    warnings.push({ code: 'lodgedAfterLastDay', lodged: request.lodged, latest: lodging.latest });
  }
  if (decision !== null) {
    if (decision.due >= request.travel) {
      warnings.push({ code: 'decisionOnOrAfterTravel', due: decision.due, travel: request.travel });
    } else if (!decision.extended && decision.extendedDue >= request.travel) {
      warnings.push({ code: 'extensionCouldDelay', extendedDue: decision.extendedDue, extendedDays: decision.extendedDays, travel: request.travel });
    }
  }
  return { request, lodging, phaseOn, lodgeBy, decision, warnings };
}

/** A date for the calendar file, with how many days ahead to be reminded. */
export interface ApplicationReminder {
  readonly kind: 'lodgingOpens' | 'lastLodgingDay' | 'decisionDue';
  readonly day: Day;
  readonly alarmDaysBefore: readonly number[];
  readonly travel: Day;
  readonly monthsBefore: number;
  readonly lodged: Day | null;
}

/** The application's dates from today on: lodging opens, the last day by the 15-day rule, the decision due. */
export function applicationReminders(timeline: ApplicationTimeline, today: Day): ApplicationReminder[] {
  const reminders: ApplicationReminder[] = [];
  const context = { travel: timeline.request.travel, monthsBefore: timeline.lodging.monthsBefore, lodged: timeline.request.lodged };
  if (timeline.decision === null) {
    if (timeline.lodging.earliest >= today) reminders.push({ kind: 'lodgingOpens', day: timeline.lodging.earliest, alarmDaysBefore: [0], ...context });
    if (timeline.lodging.latest >= today) reminders.push({ kind: 'lastLodgingDay', day: timeline.lodging.latest, alarmDaysBefore: [7, 1], ...context });
  } else if (timeline.decision.due >= today) {
    reminders.push({ kind: 'decisionDue', day: timeline.decision.due, alarmDaysBefore: [0], ...context });
  }
  return reminders;
}
