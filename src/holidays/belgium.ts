import { dayFromCivil, isoWeekday, type Day } from '../core/day.js';
import type { CalendarEntry } from '../core/working-days.js';

/**
 * Belgian legal public holidays: the ten days of the Law of 4 January 1974 and the RD of 18 April 1974
 * (docs/annex3.md). Seven fall on a fixed date; three follow Easter. No library: the law's list is short
 * and fixed, and the Easter date is a few lines of arithmetic (date-holidays, used before, put 50 MB
 * into the installed package and tripled the start-up of `annex3`).
 */

/** The fixed-date holidays as [month, day, stable key]; the keys name the days in every language. */
const FIXED_HOLIDAYS: readonly (readonly [month: number, day: number, name: string])[] = [
  [1, 1, 'newYear'],
  [5, 1, 'labourDay'],
  [7, 21, 'nationalDay'],
  [8, 15, 'assumption'],
  [11, 1, 'allSaints'],
  [11, 11, 'armistice'],
  [12, 25, 'christmas'],
];

/** The movable holidays as days after Easter Sunday (Easter Sunday and Whit Sunday are Sundays anyway). */
const EASTER_HOLIDAYS: readonly (readonly [offset: number, name: string])[] = [
  [1, 'easterMonday'],
  [39, 'ascension'],
  [50, 'whitMonday'],
];

/** Days of the Communities: not legal holidays; municipal offices may close (docs/annex3.md). */
export const COMMUNITY_HOLIDAYS = {
  vlg: { month: 7, day: 11, name: 'flemishCommunity' },
  fr: { month: 9, day: 27, name: 'frenchCommunity' },
  de: { month: 11, day: 15, name: 'germanCommunity' },
} as const;
export type Community = keyof typeof COMMUNITY_HOLIDAYS;

/**
 * The years checked against an independent Easter computation (test/holidays/belgium.test.ts): every
 * year input may name (1995-2100), and 2101, which a deadline from the last days of 2100 reaches.
 */
export const FIRST_HOLIDAY_YEAR = 1995;
export const LAST_HOLIDAY_YEAR = 2101;

export interface BelgianCalendarOptions {
  readonly community?: Community;
  readonly closedDays?: readonly Day[];
}

/**
 * Gregorian Easter Sunday, by the epact (the ecclesiastical full moon on or after 21 March, then the
 * next Sunday), as Reingold and Dershowitz write the Gregorian rule in "Calendrical Calculations".
 */
export function easterSunday(year: number): Day {
  const century = Math.floor(year / 100) + 1;
  const golden = year % 19;
  // The sum turns negative in some later centuries (3401): a floored modulo, not JavaScript's `%`.
  const shiftedEpact = (((14 + 11 * golden - Math.floor((3 * century) / 4) + Math.floor((5 + 8 * century) / 25)) % 30) + 30) % 30;
  // Two corrections of the Gregorian reform keep the paschal full moon from falling on 19 or 18 April.
  const epact = shiftedEpact === 0 || (shiftedEpact === 1 && golden > 10) ? shiftedEpact + 1 : shiftedEpact;
  const paschalMoon = dayFromCivil(year, 4, 19) - epact;
  // Easter is the first Sunday strictly after the paschal full moon (isoWeekday: 7 = Sunday).
  return paschalMoon + 7 - (isoWeekday(paschalMoon) % 7);
}

export function belgianHolidays(firstYear: number, lastYear: number, options: BelgianCalendarOptions = {}): Map<Day, CalendarEntry> {
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear < FIRST_HOLIDAY_YEAR || lastYear > LAST_HOLIDAY_YEAR || lastYear < firstYear) {
    throw new RangeError(`Belgian holidays are known for ${FIRST_HOLIDAY_YEAR}-${LAST_HOLIDAY_YEAR}, asked ${firstYear}-${lastYear}`);
  }
  const calendar = new Map<Day, CalendarEntry>();
  // Two holidays can share a day (Ascension on 1 May in 2008): the first one set names it, and the
  // fixed dates go first, so 1 May stays Labour Day.
  const add = (day: Day, entry: CalendarEntry) => {
    if (!calendar.has(day)) calendar.set(day, entry);
  };
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const [month, dayOfMonth, name] of FIXED_HOLIDAYS) add(dayFromCivil(year, month, dayOfMonth), { kind: 'holiday', name });
    const easter = easterSunday(year);
    for (const [offset, name] of EASTER_HOLIDAYS) add(easter + offset, { kind: 'holiday', name });
    if (options.community !== undefined) {
      const community = COMMUNITY_HOLIDAYS[options.community];
      add(dayFromCivil(year, community.month, community.day), { kind: 'community', name: community.name });
    }
  }
  // A closing day that is also a holiday stays a holiday: the legal reason is the stronger one to show.
  for (const day of options.closedDays ?? []) add(day, { kind: 'closed', name: 'closed' });
  return calendar;
}
