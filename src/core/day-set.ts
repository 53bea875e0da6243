import type { Day, DayRange } from './day.js';

/**
 * A set of days stored as sorted, disjoint, non-touching ranges with a running count, so that
 * "how many days of the set lie in [a, b]" costs one binary search, whatever the span.
 */
export interface DaySet {
  readonly firsts: readonly number[];
  readonly lasts: readonly number[];
  /** daysBefore[i] = number of days in ranges 0..i-1. */
  readonly daysBefore: readonly number[];
  readonly size: number;
}

export const EMPTY_DAY_SET: DaySet = makeDaySet([]);

/** Builds the set from ranges in any order; overlapping or touching ranges merge (a day counts once). */
export function daySetFromRanges(ranges: readonly DayRange[]): DaySet {
  if (ranges.length === 0) return EMPTY_DAY_SET;
  // Histories usually come in order: sort only when they do not.
  let inOrder = true;
  for (let i = 1; i < ranges.length && inOrder; i += 1) inOrder = ranges[i - 1]!.first <= ranges[i]!.first;
  const sorted = inOrder ? ranges : [...ranges].sort((a, b) => a.first - b.first);
  // Merge straight into the set's arrays: no intermediate range objects.
  const firsts: number[] = [];
  const lasts: number[] = [];
  for (const range of sorted) {
    if (range.last < range.first) continue;
    const top = lasts.length - 1;
    if (top >= 0 && range.first <= lasts[top]! + 1) {
      if (range.last > lasts[top]!) lasts[top] = range.last;
    } else {
      firsts.push(range.first);
      lasts.push(range.last);
    }
  }
  return daySetFromArrays(firsts, lasts);
}

function daySetFromArrays(firsts: number[], lasts: number[]): DaySet {
  const daysBefore: number[] = [];
  let count = 0;
  for (let i = 0; i < firsts.length; i += 1) {
    daysBefore.push(count);
    count += lasts[i]! - firsts[i]! + 1;
  }
  return { firsts, lasts, daysBefore, size: count };
}

/** Plain arrays, not typed ones: most sets hold a handful of ranges, and batch builds several per person. */
function makeDaySet(merged: readonly DayRange[]): DaySet {
  return daySetFromArrays(
    merged.map((range) => range.first),
    merged.map((range) => range.last),
  );
}

/** Days of the set on or before `day`. */
export function countUpTo(set: DaySet, day: Day): number {
  const { firsts, lasts, daysBefore } = set;
  // Last range whose first day is <= day.
  let low = 0;
  let high = firsts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (firsts[mid]! <= day) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found < 0) return 0;
  return daysBefore[found]! + Math.min(day, lasts[found]!) - firsts[found]! + 1;
}

/**
 * `countUpTo` for days asked in non-decreasing order: a cursor walks the ranges instead of a
 * binary search per call, so a scan over n days costs O(n + ranges).
 */
export function ascendingCounter(set: DaySet): (day: Day) => number {
  const { firsts, lasts, daysBefore } = set;
  let index = -1; // last range whose first day is <= the day asked
  return (day) => {
    while (index + 1 < firsts.length && firsts[index + 1]! <= day) index += 1;
    if (index < 0) return 0;
    return daysBefore[index]! + Math.min(day, lasts[index]!) - firsts[index]! + 1;
  };
}

/** Days of the set in [first, last]; 0 when last < first. */
export function countInRange(set: DaySet, first: Day, last: Day): number {
  if (last < first) return 0;
  return countUpTo(set, last) - countUpTo(set, first - 1);
}

export function hasDay(set: DaySet, day: Day): boolean {
  return countInRange(set, day, day) === 1;
}

export function daySetRanges(set: DaySet): DayRange[] {
  return Array.from(set.firsts, (first, i) => ({ first, last: set.lasts[i]! }));
}

export function lastDayOf(set: DaySet): Day | null {
  return set.lasts.length === 0 ? null : set.lasts[set.lasts.length - 1]!;
}

/** The days of `set` that are not in `removed`. */
export function subtractDays(set: DaySet, removed: DaySet): DaySet {
  if (removed.size === 0 || set.size === 0) return set;
  const result: DayRange[] = [];
  const removedRanges = daySetRanges(removed);
  let r = 0;
  for (const range of daySetRanges(set)) {
    let first = range.first;
    while (r < removedRanges.length && removedRanges[r]!.last < first) r += 1;
    let k = r;
    while (k < removedRanges.length && removedRanges[k]!.first <= range.last) {
      const hole = removedRanges[k]!;
      if (hole.first > first) result.push({ first, last: hole.first - 1 });
      first = Math.max(first, hole.last + 1);
      k += 1;
    }
    if (first <= range.last) result.push({ first, last: range.last });
  }
  return makeDaySet(result);
}
