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
  // A holiday on a weekend is reported as the holiday: the reader recognises "allSaints" more easily than "sunday".
  const entry = calendar.holidays.get(day);
  if (entry !== undefined) return { day, reason: entry.kind, name: entry.name };
  const weekday = isoWeekday(day);
  if (weekday === 7) return { day, reason: 'sunday' };
  if (weekday === 6 && !calendar.saturdayIsWorkingDay) return { day, reason: 'saturday' };
  return null;
}

/**
 * The `workingDaysAllowed`-th working day after `arrival` (the arrival day itself never counts, whatever
 * day it is; Civil Code Art. 1.7), and every day passed over on the way, for the reader to check.
 */
export function findDeclarationDeadline(arrival: Day, workingDaysAllowed: number, calendar: DeadlineCalendar): { deadline: Day; skipped: NonWorkingDay[] } {
  // A fraction or Infinity would silently round or never stop.
  if (!Number.isSafeInteger(workingDaysAllowed) || workingDaysAllowed < 0) {
    throw new RangeError(`workingDaysAllowed must be a whole number of days, got ${workingDaysAllowed}`);
  }
  const skipped: NonWorkingDay[] = [];
  let counted = 0;
  let day = arrival;
  while (counted < workingDaysAllowed) {
    day += 1;
    const notWorking = whyNotWorking(day, calendar);
    if (notWorking === null) counted += 1;
    else skipped.push(notWorking);
  }
  return { deadline: day, skipped };
}

/**
 * How late a declaration is on `today`: late once `today` is after the deadline, by the working days
 * in (deadline, today] (a Saturday after a Friday deadline is late by 0 working days).
 */
export function countWorkingDaysLate(deadline: Day, today: Day, calendar: DeadlineCalendar): { late: boolean; workingDaysLate: number } {
  let workingDaysLate = 0;
  for (let day = deadline + 1; day <= today; day += 1) {
    if (whyNotWorking(day, calendar) === null) workingDaysLate += 1;
  }
  return { late: today > deadline, workingDaysLate };
}
