/**
 * A slow, obviously correct oracle for the "at most maxDays days in any windowDays-day period" rule
 * (rules.md §1.3). Every quantity is computed day by day from sets of day numbers, exactly as the
 * definitions read. It imports nothing from src/ (not even types) on purpose, so that a mistake
 * there cannot hide here. Days are plain integers; the rule has no calendar in it.
 */

export interface SlowRule {
  readonly maxDays: number;
  readonly windowDays: number;
}

/** A stay, both ends included. */
export interface SlowStay {
  readonly entry: number;
  readonly exit: number;
}

/** A period of days, both ends included. */
export interface SlowPeriod {
  readonly first: number;
  readonly last: number;
}

export interface SlowHistory {
  /** Days of presence that count: every day of every stay, less the exempt days. */
  readonly present: ReadonlySet<number>;
  /** Days that never count, even when present (residence permit, long-stay visa). */
  readonly exempt: ReadonlySet<number>;
}

export interface SlowLongestStay {
  readonly days: number;
  readonly lastDay: number | null;
}

export interface SlowTripCheck {
  readonly compliant: boolean;
  readonly firstOverstayDay: number | null;
  readonly overstayDays: number;
  readonly peakDaysUsed: number;
}

/** Stop runaway loops in the oracle itself (a bug in a test must not hang the run). */
const LOOP_LIMIT = 100_000;

function daysOf(first: number, last: number): number[] {
  const days: number[] = [];
  for (let day = first; day <= last; day += 1) days.push(day);
  return days;
}

export function slowHistory(stays: readonly SlowStay[], exempt: readonly SlowPeriod[] = []): SlowHistory {
  const exemptDays = new Set<number>();
  for (const period of exempt) for (const day of daysOf(period.first, period.last)) exemptDays.add(day);
  const present = new Set<number>();
  for (const stay of stays) for (const day of daysOf(stay.entry, stay.exit)) if (!exemptDays.has(day)) present.add(day);
  return { present, exempt: exemptDays };
}

/**
 * Counts, one day at a time, the days of the window [day − windowDays + 1, day] on which the person
 * counts as present: a recorded day, or a day of the hypothetical stay stayFirst..stayLast that is
 * not exempt. (No stay: pass an empty one, stayFirst > stayLast.)
 */
function countWindow(history: SlowHistory, rule: SlowRule, day: number, stayFirst: number, stayLast: number): number {
  const { present, exempt } = history;
  let used = 0;
  for (let d = day - rule.windowDays + 1; d <= day; d += 1) {
    if (present.has(d) || (d >= stayFirst && d <= stayLast && !exempt.has(d))) used += 1;
  }
  return used;
}

/** used(d) = |P ∩ [d − W + 1, d]| */
export function slowUsed(history: SlowHistory, rule: SlowRule, day: number): number {
  return countWindow(history, rule, day, 1, 0);
}

/** used(d) when the person is also present on each day from `entry` to `day`. */
export function slowUsedWithStay(history: SlowHistory, rule: SlowRule, entry: number, day: number): number {
  return countWindow(history, rule, day, entry, day);
}

/** The first day of presence x, walking them in order, with used(x) > maxDays. */
export function slowFirstOverstayDay(history: SlowHistory, rule: SlowRule): number | null {
  const days = [...history.present].sort((a, b) => a - b);
  for (const day of days) if (slowUsed(history, rule, day) > rule.maxDays) return day;
  return null;
}

/** Checks every day of the hypothetical stay first..last, with all its days added to the presence. */
export function slowCheckTrip(history: SlowHistory, rule: SlowRule, first: number, last: number): SlowTripCheck {
  let firstOverstayDay: number | null = null;
  let overstayDays = 0;
  let peakDaysUsed = 0;
  for (const day of daysOf(first, last)) {
    const used = countWindow(history, rule, day, first, last);
    if (used > peakDaysUsed) peakDaysUsed = used;
    if (used > rule.maxDays) {
      overstayDays += 1;
      if (firstOverstayDay === null) firstOverstayDay = day;
    }
  }
  return { compliant: firstOverstayDay === null, firstOverstayDay, overstayDays, peakDaysUsed };
}

/** Is every day of the hypothetical stay first..last compliant, with all its days added? */
export function slowStayPossible(history: SlowHistory, rule: SlowRule, first: number, last: number): boolean {
  for (let day = first; day <= last; day += 1) if (countWindow(history, rule, day, first, last) > rule.maxDays) return false;
  return true;
}

/**
 * Literally tries N = 1, 2, …: a stay of N days from `entry` is possible when every one of its
 * days is compliant (each day re-checked for each N). The answer is the last N that was possible.
 * `upTo` stops trying after N = upTo, so the answer is then min(longest stay, upTo).
 */
export function slowLongestStay(history: SlowHistory, rule: SlowRule, entry: number, upTo = Infinity): SlowLongestStay {
  let days = 0;
  for (let n = 1; n <= upTo; n += 1) {
    if (n > LOOP_LIMIT) throw new Error('slowLongestStay: no end in sight');
    if (!slowStayPossible(history, rule, entry, entry + n - 1)) break;
    days = n;
  }
  return { days, lastDay: days === 0 ? null : entry + days - 1 };
}

/**
 * Tries E = from, from + 1, … until longestStay(E) >= tripDays. Because the loop in slowLongestStay
 * stops at the first N that fails, longestStay(E) >= tripDays means exactly that the trial
 * N = tripDays succeeded; and the trials N < tripDays succeed whenever that one does (a shorter
 * stay's days are the first days of the longer one, and the window of a day ends on that day, so
 * later days of the stay cannot change it). So asking the trial N = tripDays alone is the same
 * question, without re-running the trials 1..tripDays−1 for every candidate E.
 */
export function slowEarliestEntry(history: SlowHistory, rule: SlowRule, from: number, tripDays: number): number {
  for (let entry = from; entry < from + LOOP_LIMIT; entry += 1) {
    if (slowStayPossible(history, rule, entry, entry + tripDays - 1)) return entry;
  }
  throw new Error('slowEarliestEntry: no end in sight');
}
