import { itineraryWithStays, stayContaining, type Itinerary } from './authorisation.js';
import type { Day } from './day.js';
import { authoriseStay, type StayAuthorisation } from './reports.js';
import { countWorkingDaysLate, findDeclarationDeadline, type DeadlineCalendar, type NonWorkingDay } from './working-days.js';

/** Law of 15.12.1980 Art. 5 with RD 8.10.1981 Arts. 18, 20: report within 3 working days (rules.md §3.1). */
export const DECLARATION_WORKING_DAYS = 3;

export interface Annex3Report {
  /** Arrival in Belgium: the declaration term runs from here (rules.md §3.1, §5.9). */
  readonly arrival: Day;
  /** The Schengen entry stamp: the authorised stay is computed from here (rules.md §3.4). */
  readonly schengenEntry: Day;
  readonly declarationDeadline: Day;
  readonly workingDays: number;
  /** Weekend days, holidays and closing days passed over on the way to the deadline. */
  readonly skippedDays: readonly NonWorkingDay[];
  /** On the reference day: the deadline has passed, and by how many working days. */
  readonly late: boolean;
  /** Counted with the deadline's calendar: Saturdays too when Saturday is a working day (rules.md §5.13). */
  readonly workingDaysLate: number;
  readonly saturdayIsWorkingDay: boolean;
  /** End of the authorised stay to write on annex 3 (its `latestExit`), or why entry is not allowed. */
  readonly authorisedStay: StayAuthorisation;
}

/**
 * Whether the declaration may be issued: the Schengen entry was authorised and the stay has a last
 * authorised day. The one test behind the verdict ("do not issue"), the exit code and every
 * renderer of the form: a report it refuses never becomes a page with signature lines.
 */
export function mayIssueDeclaration(report: Annex3Report): boolean {
  return report.authorisedStay.allowed && report.authorisedStay.latestExit !== null;
}

/**
 * The stay that begins with the Schengen entry stamp: the recorded one that contains that day,
 * else a stay from that day added to the itinerary. The declaration is for a stay in Belgium, so a
 * stay whose stamp named no state is taken to be in Belgium (an LTV sticker must be valid for BE).
 */
export function stayFromEntry(itinerary: Itinerary, schengenEntry: Day): { itinerary: Itinerary; index: number } {
  // On a day of exit and re-entry, the stay that begins with the entry is the later one.
  const index = stayContaining(itinerary, schengenEntry) ?? -1;
  const stays = itinerary.stays.slice();
  if (index < 0) {
    stays.push({ entry: schengenEntry, exit: schengenEntry, country: 'BE' });
    return { itinerary: itineraryWithStays(itinerary, stays), index: stays.length - 1 };
  }
  const stay = stays[index]!;
  if (stay.country === null) stays[index] = { entry: stay.entry, exit: stay.exit, country: 'BE' };
  return { itinerary: itineraryWithStays(itinerary, stays), index };
}

export function computeAnnex3(itinerary: Itinerary, calendar: DeadlineCalendar, arrival: Day, schengenEntry: Day, today: Day): Annex3Report {
  const { deadline, skipped } = findDeclarationDeadline(arrival, DECLARATION_WORKING_DAYS, calendar);
  const { late, workingDaysLate } = countWorkingDaysLate(deadline, today, calendar);
  const stay = stayFromEntry(itinerary, schengenEntry);
  // The end date is judged from the entry stamp, as on the day of entry: entering is a choice then,
  // so an entry that alone would break a booked stay gives no end date (docs/authorisation.md §4).
  const fromItsEntry = stay.itinerary.stays[stay.index]!.entry === schengenEntry;
  return {
    arrival,
    schengenEntry,
    declarationDeadline: deadline,
    workingDays: DECLARATION_WORKING_DAYS,
    skippedDays: skipped,
    late,
    workingDaysLate,
    saturdayIsWorkingDay: calendar.saturdayIsWorkingDay,
    authorisedStay: authoriseStay(stay.itinerary, stay.index, schengenEntry, undefined, { entryPlanned: fromItsEntry }),
  };
}
