import { firstDayHolding, type Day, type DayRange } from './day.js';
import { ascendingCounter, countInRange, lastDayOf, type DaySet } from './day-set.js';

/**
 * "At most `maxDays` days of stay in any `windowDays`-day period", the window being the
 * `windowDays` days ending on and including the day looked at (rules.md §1.3, §5.1).
 */
export interface WindowRule {
  readonly maxDays: number;
  readonly windowDays: number;
}

export const SCHENGEN_RULE: WindowRule = { maxDays: 90, windowDays: 180 };

/**
 * The days the rule looks at. `counted`: recorded days of presence that count.
 * `exempt`: days that never count even when present (residence permit, long-stay visa; §2.3),
 * needed to judge hypothetical days of a planned or continued stay.
 */
export interface CountingHistory {
  readonly counted: DaySet;
  readonly exempt: DaySet;
}

export function windowEndingOn(rule: WindowRule, day: Day): DayRange {
  return { first: day - rule.windowDays + 1, last: day };
}

export function daysUsedOn(history: CountingHistory, rule: WindowRule, day: Day): number {
  return countInRange(history.counted, day - rule.windowDays + 1, day);
}

/** First recorded day on which more than `maxDays` were used, over the whole history. */
export function findFirstOverstayDay(history: CountingHistory, rule: WindowRule): Day | null {
  // Within one run of presence the count never falls (each new day adds one, at most one
  // drops out), so a run breaks the rule iff its last day does, and a binary search finds where.
  const { firsts, lasts } = history.counted;
  for (let run = 0; run < firsts.length; run += 1) {
    if (daysUsedOn(history, rule, lasts[run]!) <= rule.maxDays) continue;
    return firstDayHolding(firsts[run]!, lasts[run]!, (day) => daysUsedOn(history, rule, day) > rule.maxDays);
  }
  return null;
}

/**
 * Smallest entry day E >= `from` such that a stay of `tripDays` calendar days from E is compliant
 * on each of its days. Requires 1 <= tripDays <= rule.maxDays (longer trips can never comply).
 *
 * For a day x of the trip (x - E < windowDays), days used on x split into a part that depends
 * only on E and a part that depends only on x:
 *   used(E, x) = [counted(..E-1) + exempt(..E-1) - E + 1] + [x - exempt(..x) - counted(..x-windowDays)]
 * so E is possible iff entryPart(E) + max of dayPart over [E, E+tripDays-1] <= maxDays. A sliding
 * window maximum makes the whole search linear in the number of candidate days.
 */
export function findEarliestEntry(history: CountingHistory, rule: WindowRule, from: Day, tripDays: number): Day {
  if (!Number.isInteger(tripDays) || tripDays < 1 || tripDays > rule.maxDays) {
    throw new RangeError(`tripDays must be an integer from 1 to ${rule.maxDays}, got ${tripDays}`);
  }
  const lastCounted = lastDayOf(history.counted);
  // Entering W - N + 1 days after the last recorded day L always works: on each trip day x the
  // recorded days left in the window lie in [x - W + 1, L], at most (E + N - 1) - x of them, and
  // the trip adds x - E + 1: N in all.
  const alwaysPossible = lastCounted === null ? from : Math.max(from, lastCounted + rule.windowDays - tripDays + 1);
  // For a trip of the full maxDays after everything recorded, no earlier day works: the window of
  // the trip's last day would still hold L. (Exempt days could shorten the count, so not with them.)
  if (tripDays === rule.maxDays && lastCounted !== null && lastCounted < from && history.exempt.size === 0) return alwaysPossible;
  // Every count below is asked for ever later days: cursors instead of binary searches.
  const countedBeforeEntry = ascendingCounter(history.counted);
  const exemptBeforeEntry = ascendingCounter(history.exempt);
  const exemptUpToDay = ascendingCounter(history.exempt);
  const countedBeforeWindow = ascendingCounter(history.counted);
  const entryPart = (entry: Day) => countedBeforeEntry(entry - 1) + exemptBeforeEntry(entry - 1) - entry + 1;
  const dayPart = (day: Day) => day - exemptUpToDay(day) - countedBeforeWindow(day - rule.windowDays);

  // Monotonic deque of candidate days (increasing day, decreasing dayPart).
  const dequeDays: Day[] = [];
  const dequeValues: number[] = [];
  let head = 0;
  let nextDay = from;
  for (let entry = from; entry < alwaysPossible; entry += 1) {
    const lastTripDay = entry + tripDays - 1;
    while (nextDay <= lastTripDay) {
      const value = dayPart(nextDay);
      while (dequeValues.length > head && dequeValues[dequeValues.length - 1]! <= value) {
        dequeValues.pop();
        dequeDays.pop();
      }
      dequeDays.push(nextDay);
      dequeValues.push(value);
      nextDay += 1;
    }
    while (dequeDays[head]! < entry) head += 1;
    if (entryPart(entry) + dequeValues[head]! <= rule.maxDays) return entry;
  }
  return alwaysPossible;
}
