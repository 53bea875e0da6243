import type { Day, DayRange } from './day.js';
import { hasDay, type DaySet } from './day-set.js';
import {
  checkTrip,
  daysUsedOn,
  findEarliestEntry,
  findFirstOverstayDay,
  windowEndingOn,
  type TripCheck,
  type WindowRule,
} from './rolling-window.js';
import type { ClosedStay } from './stays.js';
import {
  findAuthorisedStay,
  findEarliestAuthorisedEntry,
  type AuthorisedStay,
  type EntryRefusal,
  type LimitName,
  type StayContext,
} from './visa.js';

/** The history as the reports need it: the visa context plus physical presence. */
export interface ReportInput extends StayContext {
  readonly presence: DaySet;
  readonly entryCountries?: readonly (string | undefined)[];
}

/** What a traveller (or a border guard's check) wants to know on one day. */
export interface StatusReport {
  readonly rule: WindowRule;
  readonly on: Day;
  readonly window: DayRange;
  readonly daysUsed: number;
  readonly daysRemaining: number;
  readonly inSchengen: boolean;
  /** For someone inside on `on`: what authorises the stay under way, and until when. */
  readonly currentStay: (AuthorisedStay & { readonly entry: Day }) | null;
  readonly overstayDays: number;
  /** First day over the limit anywhere in the history (not only in this window). */
  readonly firstOverstayDay: Day | null;
  /** Earliest day a stay of the full `maxDays` could start under the rule alone (after leaving, if inside). */
  readonly fullStayPossibleFrom: Day;
}

function stayContaining(stays: readonly ClosedStay[], day: Day): number {
  return stays.findIndex((stay) => stay.entry <= day && day <= stay.exit);
}

export function computeStatus(input: ReportInput, on: Day): StatusReport {
  const { history, rule } = input;
  const daysUsed = daysUsedOn(history, rule, on);
  const inSchengen = hasDay(input.presence, on);
  const stayIndex = inSchengen ? stayContaining(input.stays, on) : -1;
  const stay = input.stays[stayIndex];
  return {
    rule,
    on,
    window: windowEndingOn(rule, on),
    daysUsed,
    daysRemaining: Math.max(0, rule.maxDays - daysUsed),
    inSchengen,
    currentStay:
      stay === undefined ? null : { entry: stay.entry, ...findAuthorisedStay(input, stay.entry, on, input.entryCountries?.[stayIndex]) },
    overstayDays: Math.max(0, daysUsed - rule.maxDays),
    firstOverstayDay: findFirstOverstayDay(history, rule),
    fullStayPossibleFrom: findEarliestEntry(history, rule, inSchengen ? on + 1 : on, rule.maxDays),
  };
}

export interface PlannedTrip extends TripCheck {
  readonly exit: Day;
  readonly days: number;
  /** First day the trip is not authorised, by the rule or by the visa. */
  readonly firstUnauthorisedDay: Day | null;
  /** What the trip breaks first. */
  readonly brokenLimit: LimitName | 'entry' | null;
}

export interface PlanReport {
  readonly rule: WindowRule;
  readonly entry: Day;
  /** Days already used on the day before entry. */
  readonly daysUsedBeforeEntry: number;
  readonly authorised: AuthorisedStay;
  /** Present when a trip end was asked for. */
  readonly trip: PlannedTrip | null;
}

export function computePlan(input: ReportInput, entry: Day, exit: Day | null, entryCountry?: string): PlanReport {
  const { history, rule } = input;
  const authorised = findAuthorisedStay(input, entry, entry, entryCountry);
  let trip: PlannedTrip | null = null;
  if (exit !== null) {
    const check = checkTrip(history, rule, { first: entry, last: exit });
    const visaLimit = authorised.allowed && authorised.bindingLimit !== 'rule90180' ? authorised.latestExit : null;
    const visaBreak = visaLimit !== null && exit > visaLimit ? visaLimit + 1 : null;
    const candidates: [Day, LimitName | 'entry'][] = [];
    if (!authorised.allowed) candidates.push([entry, 'entry']);
    if (check.firstOverstayDay !== null) candidates.push([check.firstOverstayDay, 'rule90180']);
    if (visaBreak !== null) candidates.push([visaBreak, authorised.bindingLimit!]);
    candidates.sort((a, b) => a[0] - b[0]);
    trip = {
      ...check,
      exit,
      days: exit - entry + 1,
      firstUnauthorisedDay: candidates[0]?.[0] ?? null,
      brokenLimit: candidates[0]?.[1] ?? null,
    };
  }
  return { rule, entry, daysUsedBeforeEntry: daysUsedOn(history, rule, entry - 1), authorised, trip };
}

export interface NextReport {
  readonly rule: WindowRule;
  readonly from: Day;
  readonly tripDays: number;
  /** Null when no sticker allows such a trip. */
  readonly earliestEntry: Day | null;
  readonly exit: Day | null;
  readonly refusal: EntryRefusal | null;
  readonly visaIndex: number | null;
}

export function computeNext(input: ReportInput, from: Day, tripDays: number): NextReport {
  const found = findEarliestAuthorisedEntry(input, from, tripDays);
  return {
    rule: input.rule,
    from,
    tripDays,
    earliestEntry: found.entry,
    exit: found.entry === null ? null : found.entry + tripDays - 1,
    refusal: found.refusal,
    visaIndex: found.visaIndex,
  };
}
