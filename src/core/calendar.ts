import { judgeItinerary, stayContaining, type Itinerary } from './authorisation.js';
import { addMonths, civilFromDay, dayFromCivil, type Day, type DayRange } from './day.js';
import { hasDay } from './day-set.js';
import type { Zone } from './regimes.js';
import { computeStatus, shownDaysUsed } from './reports.js';

export interface CalendarDay {
  readonly day: Day;
  /** Physically inside a stay (any state). */
  readonly present: boolean;
  /** A Schengen day: it counts (not under a permit, not in a state before its accession, not outside the area). */
  readonly counted: boolean;
  readonly daysUsed: number;
  /** A day of stay that is not authorised, by any limit. */
  readonly overstay: boolean;
}

export interface CalendarPicture {
  readonly range: DayRange;
  /** Every day of `range`, one after the other. */
  readonly days: readonly CalendarDay[];
  readonly today: Day;
  readonly maxDays: number;
  /** Latest exit for a stay under way today (null if not inside or already unauthorised). */
  readonly latestExit: Day | null;
  /** First day a stay of the full maxDays can start. */
  readonly fullStayPossibleFrom: Day | null;
  /** Where the rules in force count the days: its title names it. */
  readonly zone: Zone;
}

/** Default span: from the month the current window starts in, to the month of the last marked day. */
export function defaultCalendarRange(today: Day, windowDays: number, lastMarked: Day): DayRange {
  const start = civilFromDay(today - windowDays + 1);
  const end = civilFromDay(Math.min(Math.max(today, lastMarked), addMonths(today, 12)));
  return { first: dayFromCivil(start.year, start.month, 1), last: dayFromCivil(end.year, end.month + 1, 0) };
}

/** Everything the calendar picture shows, day by day: pure data, the renderer only draws it. */
export function computeCalendar(itinerary: Itinerary, today: Day, range: DayRange | null): CalendarPicture {
  const judgement = judgeItinerary(itinerary);
  const status = computeStatus(itinerary, today, judgement);
  const latestExit = status.currentStay?.latestExit ?? null;
  const windowDays = status.rule?.windowDays ?? 366;
  const shown = range ?? defaultCalendarRange(today, windowDays, Math.max(latestExit ?? today, status.fullStayPossibleFrom ?? today));
  // The figure under each day: the rolling rule's count, else the first rule in force that day.
  const usedOn = (day: Day) => shownDaysUsed(judgement, day, () => stayContaining(itinerary, day));
  const days: CalendarDay[] = [];
  for (let day = shown.first; day <= shown.last; day += 1) {
    const present = itinerary.stays.some((stay) => stay.entry <= day && day <= stay.exit);
    const counted = hasDay(judgement.counted, day);
    const daysUsed = usedOn(day);
    days.push({ day, present, counted, daysUsed, overstay: hasDay(judgement.unauthorisedDays, day) });
  }
  const maxDays = status.counts.find((count) => count.shape.kind === 'rolling')?.maxDays ?? status.counts[0]?.maxDays ?? itinerary.rule.maxDays;
  return { range: shown, days, today, maxDays, latestExit, fullStayPossibleFrom: status.fullStayPossibleFrom, zone: status.regime.zone };
}
