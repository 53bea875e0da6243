import type { Day } from './day.js';

/**
 * Formatted days 1995-01-01 .. 2100-12-31 (the only ones input can reach), filled on first use, in
 * blocks of 512 days made when a day of theirs is first formatted: one array for all 38,716 days was
 * 300 KB made at every start, for the few days a command formats (issue 21).
 */
const FIRST_CACHED = 9131; // 1995-01-01
const CACHED_DAYS = 38_716; // up to 2100-12-31
const BLOCK_BITS = 9;
const formatted: ((string | undefined)[] | undefined)[] = new Array((CACHED_DAYS >> BLOCK_BITS) + 1);

/** YYYY-MM-DD of a day number; free of luxon and cached, because batch output formats millions of them. */
export function isoDate(day: Day): string {
  const index = day - FIRST_CACHED;
  if (index >= 0 && index < CACHED_DAYS) {
    const block = (formatted[index >> BLOCK_BITS] ??= new Array(1 << BLOCK_BITS));
    return (block[index & ((1 << BLOCK_BITS) - 1)] ??= new Date(day * 86_400_000).toISOString().slice(0, 10));
  }
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function isoDateOrNull(day: Day | null): string | null {
  return day === null ? null : isoDate(day);
}
