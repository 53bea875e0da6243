import type { Day } from './day.js';

/** Formatted days 1995-01-01 .. 2100-12-31 (the only ones input can reach), filled on first use. */
const FIRST_CACHED = 9131; // 1995-01-01
const CACHED_DAYS = 38_716; // up to 2100-12-31
const formatted: (string | undefined)[] = new Array(CACHED_DAYS);

/** YYYY-MM-DD of a day number; free of luxon and cached, because batch output formats millions of them. */
export function isoDate(day: Day): string {
  const index = day - FIRST_CACHED;
  if (index >= 0 && index < CACHED_DAYS) return (formatted[index] ??= new Date(day * 86_400_000).toISOString().slice(0, 10));
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function isoDateOrNull(day: Day | null): string | null {
  return day === null ? null : isoDate(day);
}
