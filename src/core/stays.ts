import type { Day, DayRange } from './day.js';
import { daySetFromRanges, EMPTY_DAY_SET, subtractDays, type DaySet } from './day-set.js';
import type { CountingHistory } from './rolling-window.js';

/** A stay between an entry and an exit stamp, both days included. `exit: null` = still inside. */
export interface Stay {
  readonly entry: Day;
  readonly exit: Day | null;
}

export interface ClosedStay {
  readonly entry: Day;
  readonly exit: Day;
}

export type StayProblem =
  | { readonly kind: 'exitBeforeEntry'; readonly index: number }
  | { readonly kind: 'overlap'; readonly index: number; readonly otherIndex: number }
  | { readonly kind: 'openStayNotLast'; readonly index: number; readonly otherIndex: number };

/**
 * What is wrong with a list of stays, in input order of the offending stay. Stays may touch
 * (exit and re-entry on the same day: the day counts once, rules.md §5.4) but not overlap. A stay
 * under way (no exit) lasts up to `openUntil` (the reference day): stays entered after that day are
 * booked trips and may follow it; without `openUntil`, it must be the last.
 */
export function findStayProblems(stays: readonly Stay[], openUntil?: Day): StayProblem[] {
  const problems: StayProblem[] = [];
  stays.forEach((stay, index) => {
    if (stay.exit !== null && stay.exit < stay.entry) problems.push({ kind: 'exitBeforeEntry', index });
  });
  // Chronological order: by entry, then by exit (a one-day trip before a re-entry the same day),
  // a stay still under way last. Histories usually come in order: sort only when they do not.
  const exitOf = (stay: Stay) => stay.exit ?? Infinity;
  const before = (a: number, b: number) => stays[a]!.entry - stays[b]!.entry || exitOf(stays[a]!) - exitOf(stays[b]!) || a - b;
  const order = stays.map((_, index) => index);
  if (order.some((index) => index > 0 && before(index - 1, index) > 0)) order.sort(before);
  for (let k = 1; k < order.length; k += 1) {
    const earlierIndex = order[k - 1]!;
    const laterIndex = order[k]!;
    const earlier = stays[earlierIndex]!;
    const later = stays[laterIndex]!;
    if (earlier.exit === null) {
      if (openUntil === undefined || later.entry <= openUntil) problems.push({ kind: 'openStayNotLast', index: earlierIndex, otherIndex: laterIndex });
    } else if (later.entry < earlier.exit) {
      const [index, otherIndex] = laterIndex > earlierIndex ? [laterIndex, earlierIndex] : [earlierIndex, laterIndex];
      problems.push({ kind: 'overlap', index, otherIndex });
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** An open stay (no exit yet) is taken to last up to and including `asOf`. */
export function closeOpenStays(stays: readonly Stay[], asOf: Day): ClosedStay[] {
  return stays.map((stay) => (stay.exit === null ? { entry: stay.entry, exit: asOf } : (stay as ClosedStay)));
}

/**
 * Days that count: the days present, less exempt days (permits, D visas; rules.md §2.3) and days
 * that do not count where they were spent (rules.md §4). Pass `present` when already built.
 */
export function buildCountingHistory(
  stays: readonly ClosedStay[],
  options: { exempt?: readonly DayRange[]; notCounted?: readonly DayRange[]; present?: DaySet } = {},
): CountingHistory {
  const exempt = options.exempt === undefined ? EMPTY_DAY_SET : daySetFromRanges(options.exempt);
  const notCounted = options.notCounted === undefined ? EMPTY_DAY_SET : daySetFromRanges(options.notCounted);
  const present = options.present ?? presenceOf(stays);
  return { counted: subtractDays(subtractDays(present, exempt), notCounted), exempt };
}

export function presenceOf(stays: readonly ClosedStay[]): DaySet {
  return daySetFromRanges(stays.map((stay) => ({ first: stay.entry, last: stay.exit })));
}
