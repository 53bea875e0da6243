/**
 * Bounds of every number a user gives, checked where it is parsed: nothing downstream ever sees a
 * trip of 10,000,000 days (which would compute dates in the year 29405) or an unbounded loop.
 */
export const MAX_TRIP_DAYS = 3660;
/** batch --max-line-length: at most 64 MiB of one line held in memory. */
export const MAX_LINE_LENGTH = 64 * 1024 * 1024;

/** A whole number written in plain digits within [min, max], else null. */
export function boundedInteger(text: string, min: number, max: number): number | null {
  if (!/^[0-9]{1,16}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}
