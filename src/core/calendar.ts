import { addMonths, civilFromDay, dayFromCivil, type Day, type DayRange } from './day.js';
import { hasDay } from './day-set.js';
import { computeStatus, type ReportInput } from './reports.js';
import { daysUsedOn } from './rolling-window.js';

export interface CalendarDay {
  readonly day: Day;
  /** Physically inside the Schengen area. */
  readonly present: boolean;
  /** A day of presence that counts (not under a permit, not in a state before its accession). */
  readonly counted: boolean;
  readonly daysUsed: number;
  /** Present and over the limit that day. */
  readonly overstay: boolean;
}

export interface CalendarPicture {
  readonly range: DayRange;
  readonly days: readonly CalendarDay[];
  readonly today: Day;
  readonly maxDays: number;
  /** Latest exit for a stay under way today (null if not inside or already over). */
  readonly latestExit: Day | null;
  /** First day a stay of the full maxDays can start. */
  readonly fullStayPossibleFrom: Day;
}

/** Default span: from the month the current window starts in, to the month of the last marked day. */
export function defaultCalendarRange(today: Day, windowDays: number, lastMarked: Day): DayRange {
  const start = civilFromDay(today - windowDays + 1);
  const end = civilFromDay(Math.min(Math.max(today, lastMarked), addMonths(today, 12)));
  return { first: dayFromCivil(start.year, start.month, 1), last: dayFromCivil(end.year, end.month + 1, 0) };
}

/** Everything the calendar picture shows, day by day: pure data, the renderer only draws it. */
export function computeCalendar(input: ReportInput, today: Day, range: DayRange | null): CalendarPicture {
  const status = computeStatus(input, today);
  const latestExit = status.currentStay?.latestExit ?? null;
  const shown = range ?? defaultCalendarRange(today, input.rule.windowDays, Math.max(latestExit ?? today, status.fullStayPossibleFrom));
  const days: CalendarDay[] = [];
  for (let day = shown.first; day <= shown.last; day += 1) {
    const present = hasDay(input.presence, day);
    const counted = hasDay(input.history.counted, day);
    const daysUsed = daysUsedOn(input.history, input.rule, day);
    days.push({ day, present, counted, daysUsed, overstay: counted && daysUsed > input.rule.maxDays });
  }
  return { range: shown, days, today, maxDays: input.rule.maxDays, latestExit, fullStayPossibleFrom: status.fullStayPossibleFrom };
}
