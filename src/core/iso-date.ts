import type { Day } from './day.js';

/** YYYY-MM-DD of a day number; kept free of luxon because batch output formats millions of them. */
export function isoDate(day: Day): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function isoDateOrNull(day: Day | null): string | null {
  return day === null ? null : isoDate(day);
}
