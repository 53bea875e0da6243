import type { Day, DayRange } from './day.js';
import { hasDay, type DaySet } from './day-set.js';
import {
  checkTrip,
  daysUsedOn,
  findEarliestEntry,
  findFirstOverstayDay,
  findLongestStay,
  windowEndingOn,
  type CountingHistory,
  type TripCheck,
  type WindowRule,
} from './rolling-window.js';

/** What a traveller (or a border guard's check) wants to know on one day. */
export interface StatusReport {
  readonly rule: WindowRule;
  readonly on: Day;
  readonly window: DayRange;
  readonly daysUsed: number;
  readonly daysRemaining: number;
  readonly inSchengen: boolean;
  /** For someone inside on `on`: the last day they may stay; null if already over the limit or not inside. */
  readonly latestExit: Day | null;
  readonly overstayDays: number;
  /** First day over the limit anywhere in the history (not only in this window). */
  readonly firstOverstayDay: Day | null;
  /** Earliest day a stay of the full `maxDays` could start (after leaving, if inside). */
  readonly fullStayPossibleFrom: Day;
}

export function computeStatus(history: CountingHistory, presence: DaySet, rule: WindowRule, on: Day): StatusReport {
  const daysUsed = daysUsedOn(history, rule, on);
  const inSchengen = hasDay(presence, on);
  return {
    rule,
    on,
    window: windowEndingOn(rule, on),
    daysUsed,
    daysRemaining: Math.max(0, rule.maxDays - daysUsed),
    inSchengen,
    latestExit: inSchengen ? findLongestStay(history, rule, on).lastDay : null,
    overstayDays: Math.max(0, daysUsed - rule.maxDays),
    firstOverstayDay: findFirstOverstayDay(history, rule),
    fullStayPossibleFrom: findEarliestEntry(history, rule, inSchengen ? on + 1 : on, rule.maxDays),
  };
}

export interface PlanReport {
  readonly rule: WindowRule;
  readonly entry: Day;
  /** Days already used on the day before entry. */
  readonly daysUsedBeforeEntry: number;
  /** Longest compliant stay from the entry day (0: entry not possible). */
  readonly maxStayDays: number;
  readonly latestExit: Day | null;
  /** Present when a trip end was asked for. */
  readonly trip: (TripCheck & { readonly exit: Day; readonly days: number }) | null;
}

export function computePlan(history: CountingHistory, rule: WindowRule, entry: Day, exit: Day | null): PlanReport {
  const longest = findLongestStay(history, rule, entry);
  return {
    rule,
    entry,
    daysUsedBeforeEntry: daysUsedOn(history, rule, entry - 1),
    maxStayDays: longest.days,
    latestExit: longest.lastDay,
    trip: exit === null ? null : { ...checkTrip(history, rule, { first: entry, last: exit }), exit, days: exit - entry + 1 },
  };
}

export interface NextReport {
  readonly rule: WindowRule;
  readonly from: Day;
  readonly tripDays: number;
  readonly earliestEntry: Day;
  readonly exit: Day;
}

export function computeNext(history: CountingHistory, rule: WindowRule, from: Day, tripDays: number): NextReport {
  const earliestEntry = findEarliestEntry(history, rule, from, tripDays);
  return { rule, from, tripDays, earliestEntry, exit: earliestEntry + tripDays - 1 };
}
