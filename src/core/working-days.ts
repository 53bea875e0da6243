import { isoWeekday, type Day } from './day.js';

export type NonWorkingReason = 'saturday' | 'sunday' | 'holiday' | 'community' | 'closed';

export interface NonWorkingDay {
  readonly day: Day;
  readonly reason: NonWorkingReason;
  /** Key of the holiday (e.g. "easterMonday") when the day is one. */
  readonly name?: string;
}

export interface CalendarEntry {
  readonly kind: 'holiday' | 'community' | 'closed';
  readonly name: string;
}

export interface DeadlineCalendar {
  /** The case-law reading before 2023 (rules.md §3.2, §5.6). */
  readonly saturdayIsWorkingDay: boolean;
  readonly holidays: ReadonlyMap<Day, CalendarEntry>;
}

function whyNotWorking(day: Day, calendar: DeadlineCalendar): NonWorkingDay | null {
  const entry = calendar.holidays.get(day);
  if (entry !== undefined) return { day, reason: entry.kind, name: entry.name };
  const weekday = isoWeekday(day);
  if (weekday === 7) return { day, reason: 'sunday' };
  if (weekday === 6 && !calendar.saturdayIsWorkingDay) return { day, reason: 'saturday' };
  return null;
}

/**
 * The `workingDays`-th working day after `event` (the event day itself never counts; Civil Code
 * Art. 1.7), and every day passed over on the way, for the reader to check.
 */
export function findDeclarationDeadline(event: Day, workingDays: number, calendar: DeadlineCalendar): { deadline: Day; skipped: NonWorkingDay[] } {
  const skipped: NonWorkingDay[] = [];
  let counted = 0;
  let day = event;
  while (counted < workingDays) {
    day += 1;
    const notWorking = whyNotWorking(day, calendar);
    if (notWorking === null) counted += 1;
    else skipped.push(notWorking);
  }
  return { deadline: day, skipped };
}
