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

export const EMPTY_DAY_SET: DaySet = daySetFromArrays([], []);

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

/** The `daysBefore` of every one-range set, shared (sets are never changed). */
const NO_DAYS_BEFORE: readonly number[] = Object.freeze([0]);

/** The days first..last (first <= last). */
export function singleRangeDaySet(first: Day, last: Day): DaySet {
  return { firsts: [first], lasts: [last], daysBefore: NO_DAYS_BEFORE, size: last - first + 1 };
}


/** Plain arrays, not typed ones: most sets hold a handful of ranges, and batch builds several per person. */
function daySetFromArrays(firsts: number[], lasts: number[]): DaySet {
  const daysBefore: number[] = [];
  let count = 0;
  for (let i = 0; i < firsts.length; i += 1) {
    daysBefore.push(count);
    count += lasts[i]! - firsts[i]! + 1;
  }
  return { firsts, lasts, daysBefore, size: count };
}

/**
 * The first index of `sorted` (ascending whole numbers: days, positions) whose value is at least
 * `value`; `sorted.length` when none is. The one binary search of the core: "the last one on or
 * before `day`" is the index before `firstIndexAtLeast(sorted, day + 1)`.
 */
export function firstIndexAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the last range whose first day is on or before `day`; -1 when none is. */
function lastRangeStartingOnOrBefore(set: DaySet, day: Day): number {
  return firstIndexAtLeast(set.firsts, day + 1) - 1;
}

/** Days of the set on or before `day`. */
export function countUpTo(set: DaySet, day: Day): number {
  const found = lastRangeStartingOnOrBefore(set, day);
  if (found < 0) return 0;
  return set.daysBefore[found]! + Math.min(day, set.lasts[found]!) - set.firsts[found]! + 1;
}

/** The `n`-th day of the set (1-based), or null when it has fewer. */
export function nthDay(set: DaySet, n: number): Day | null {
  if (n < 1 || n > set.size) return null;
  // The last range with fewer than n days before it.
  const { firsts, daysBefore } = set;
  let low = 0;
  let high = firsts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (daysBefore[mid]! < n) low = mid;
    else high = mid - 1;
  }
  return firsts[low]! + (n - daysBefore[low]!) - 1;
}

/** Whether the set has a day in [first, last]. */
export function meetsRange(set: DaySet, first: Day, last: Day): boolean {
  const k = firstRangeEndingOnOrAfter(set, first);
  return k < set.firsts.length && set.firsts[k]! <= last;
}

/**
 * Ranges already sorted by first day, as two arrays (taken over, not copied): overlapping and
 * touching ones merge. Null when they are not sorted (then `daySetFromRanges`).
 */
export function daySetFromSortedArrays(firsts: number[], lasts: number[]): DaySet | null {
  for (let i = 1; i < firsts.length; i += 1) if (firsts[i]! < firsts[i - 1]!) return null;
  let top = -1;
  for (let i = 0; i < firsts.length; i += 1) {
    const first = firsts[i]!;
    const last = lasts[i]!;
    if (last < first) continue;
    if (top >= 0 && first <= lasts[top]! + 1) {
      if (last > lasts[top]!) lasts[top] = last;
    } else {
      top += 1;
      firsts[top] = first;
      lasts[top] = last;
    }
  }
  firsts.length = top + 1;
  lasts.length = top + 1;
  return daySetFromArrays(firsts, lasts);
}

/** The days of the set from `day` on, without looking at the ranges before (binary search). */
export function sliceFrom(set: DaySet, day: Day): DaySet {
  const k = firstRangeEndingOnOrAfter(set, day);
  if (k === 0 && (set.firsts.length === 0 || set.firsts[0]! >= day)) return set;
  if (k >= set.firsts.length) return EMPTY_DAY_SET;
  const firsts = set.firsts.slice(k);
  const lasts = set.lasts.slice(k);
  if (firsts[0]! < day) firsts[0] = day;
  return daySetFromArrays(firsts, lasts);
}

/**
 * `countUpTo` for days asked in non-decreasing order: a cursor walks the ranges instead of a
 * binary search per call, so a scan over n days costs O(n + ranges).
 */
export function ascendingCounter(set: DaySet): (day: Day) => number {
  const { firsts, lasts, daysBefore } = set;
  let index = -2; // last range whose first day is <= the day asked; -2 before the first question
  return (day) => {
    // The first question finds its range by binary search: a search from late in a long history
    // does not walk it from its start (findEarliestEntry is asked again for each later candidate).
    if (index === -2) index = lastRangeStartingOnOrBefore(set, day);
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
  const ranges: DayRange[] = [];
  for (let i = 0; i < set.firsts.length; i += 1) ranges.push({ first: set.firsts[i]!, last: set.lasts[i]! });
  return ranges;
}

export function lastDayOf(set: DaySet): Day | null {
  return set.lasts.length === 0 ? null : set.lasts[set.lasts.length - 1]!;
}

/** The days of `set` that are not in `removed`. */
export function subtractDays(set: DaySet, removed: DaySet): DaySet {
  if (removed.size === 0 || set.size === 0) return set;
  const firsts: number[] = [];
  const lasts: number[] = [];
  // As in intersectDays: start at the first removed range that can meet the set.
  let r = firstRangeEndingOnOrAfter(removed, set.firsts[0]!);
  for (let i = 0; i < set.firsts.length; i += 1) {
    let first = set.firsts[i]!;
    const last = set.lasts[i]!;
    while (r < removed.firsts.length && removed.lasts[r]! < first) r += 1;
    for (let k = r; k < removed.firsts.length && removed.firsts[k]! <= last; k += 1) {
      if (removed.firsts[k]! > first) {
        firsts.push(first);
        lasts.push(removed.firsts[k]! - 1);
      }
      first = Math.max(first, removed.lasts[k]! + 1);
    }
    if (first <= last) {
      firsts.push(first);
      lasts.push(last);
    }
  }
  return daySetFromArrays(firsts, lasts);
}

/** The days in both sets. */
export function intersectDays(a: DaySet, b: DaySet): DaySet {
  if (a.size === 0 || b.size === 0) return EMPTY_DAY_SET;
  const firsts: number[] = [];
  const lasts: number[] = [];
  // A stay's few ranges against a long history's many: start at the first range of b that can meet a.
  let j = firstRangeEndingOnOrAfter(b, a.firsts[0]!);
  for (let i = 0; i < a.firsts.length; i += 1) {
    const first = a.firsts[i]!;
    const last = a.lasts[i]!;
    while (j < b.firsts.length && b.lasts[j]! < first) j += 1;
    for (let k = j; k < b.firsts.length && b.firsts[k]! <= last; k += 1) {
      firsts.push(Math.max(first, b.firsts[k]!));
      lasts.push(Math.min(last, b.lasts[k]!));
    }
  }
  return daySetFromArrays(firsts, lasts);
}

/** Index of the first range of the set whose last day is on or after `day` (the count when none is). */
function firstRangeEndingOnOrAfter(set: DaySet, day: Day): number {
  return firstIndexAtLeast(set.lasts, day);
}

/** The days in either set. */
export function unionDays(a: DaySet, b: DaySet): DaySet {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  // Both sorted: merge them in one pass, without a range object per range.
  const firsts: number[] = [];
  const lasts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.firsts.length || j < b.firsts.length) {
    let first: number;
    let last: number;
    if (j >= b.firsts.length || (i < a.firsts.length && a.firsts[i]! <= b.firsts[j]!)) {
      first = a.firsts[i]!;
      last = a.lasts[i]!;
      i += 1;
    } else {
      first = b.firsts[j]!;
      last = b.lasts[j]!;
      j += 1;
    }
    const top = lasts.length - 1;
    if (top >= 0 && first <= lasts[top]! + 1) {
      if (last > lasts[top]!) lasts[top] = last;
    } else {
      firsts.push(first);
      lasts.push(last);
    }
  }
  return daySetFromArrays(firsts, lasts);
}

/** The days of the set from `day` on. */
export function daysFrom(set: DaySet, day: Day): DaySet {
  if (set.size === 0 || set.firsts[0]! >= day) return set;
  return intersectDays(set, singleRangeDaySet(day, Math.max(day, set.lasts[set.lasts.length - 1]!)));
}
