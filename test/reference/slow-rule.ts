/**
 * A slow, obviously correct 90/180 oracle: days are counted one by one in sets. It shares no code
 * with src/ on purpose, so that a bug there cannot hide here.
 */
export interface SlowRule {
  maxDays: number;
  windowDays: number;
}

export interface SlowHistory {
  present: Set<number>;
  exempt: Set<number>;
}

export function slowHistory(stays: { entry: number; exit: number }[], exempt: { first: number; last: number }[] = []): SlowHistory {
  const exemptDays = new Set<number>();
  for (const range of exempt) for (let day = range.first; day <= range.last; day += 1) exemptDays.add(day);
  const present = new Set<number>();
  for (const stay of stays) for (let day = stay.entry; day <= stay.exit; day += 1) if (!exemptDays.has(day)) present.add(day);
  return { present, exempt: exemptDays };
}

function usedIn(present: Set<number>, rule: SlowRule, day: number): number {
  let used = 0;
  for (let d = day - rule.windowDays + 1; d <= day; d += 1) if (present.has(d)) used += 1;
  return used;
}

export function slowUsed(history: SlowHistory, rule: SlowRule, day: number): number {
  return usedIn(history.present, rule, day);
}

export function slowFirstOverstay(history: SlowHistory, rule: SlowRule): number | null {
  const days = [...history.present].sort((a, b) => a - b);
  for (const day of days) if (usedIn(history.present, rule, day) > rule.maxDays) return day;
  return null;
}

/** Presence with a hypothetical stay from `entry` to `last` added (exempt days still never count). */
function withStay(history: SlowHistory, entry: number, last: number): Set<number> {
  const present = new Set(history.present);
  for (let day = entry; day <= last; day += 1) if (!history.exempt.has(day)) present.add(day);
  return present;
}

/** Is the stay entry..last compliant on each of its own days? */
export function slowStayCompliant(history: SlowHistory, rule: SlowRule, entry: number, last: number): boolean {
  const present = withStay(history, entry, last);
  for (let day = entry; day <= last; day += 1) if (usedIn(present, rule, day) > rule.maxDays) return false;
  return true;
}

/** Literally tries N = 1, 2, … until the stay of N days breaks the rule. */
export function slowLongestStay(history: SlowHistory, rule: SlowRule, entry: number): number {
  let days = 0;
  while (slowStayCompliant(history, rule, entry, entry + days)) days += 1;
  return days;
}

export function slowTripFirstOverstay(history: SlowHistory, rule: SlowRule, entry: number, exit: number): number | null {
  const present = withStay(history, entry, exit);
  for (let day = entry; day <= exit; day += 1) if (usedIn(present, rule, day) > rule.maxDays) return day;
  return null;
}

export function slowEarliestEntry(history: SlowHistory, rule: SlowRule, from: number, tripDays: number): number {
  let entry = from;
  while (!slowStayCompliant(history, rule, entry, entry + tripDays - 1)) entry += 1;
  return entry;
}
