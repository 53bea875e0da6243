import Holidays from 'date-holidays';
import { dayFromCivil, type Day } from '../core/day.js';
import type { CalendarEntry } from '../core/working-days.js';

/**
 * Belgian legal public holidays (Law of 4.1.1974, RD of 18.4.1974; rules.md §3.3) from date-holidays,
 * the only module that loads it (heavy: the annex-3 command imports this file on demand).
 */

/**
 * date-holidays' `rule` for each legal holiday, mapped to a stable key: its `name` is localised
 * (French by default for BE) and may be reworded between releases, the rule may not.
 */
const LEGAL_HOLIDAYS: Readonly<Record<string, string>> = {
  '01-01': 'newYear',
  'easter 1': 'easterMonday',
  '05-01': 'labourDay',
  'easter 39': 'ascension',
  'easter 50': 'whitMonday',
  '07-21': 'nationalDay',
  '08-15': 'assumption',
  '11-01': 'allSaints',
  '11-11': 'armistice',
  '12-25': 'christmas',
};

/** Days of the Communities: not legal holidays; municipal offices may close (rules.md §3.3, §5.7). */
export const COMMUNITY_HOLIDAYS = {
  vlg: { month: 7, day: 11, name: 'flemishCommunity' },
  fr: { month: 9, day: 27, name: 'frenchCommunity' },
  de: { month: 11, day: 15, name: 'germanCommunity' },
} as const;
export type Community = keyof typeof COMMUNITY_HOLIDAYS;

/** The years checked against an independent Easter computation (test/holidays/belgium.test.ts). */
export const FIRST_HOLIDAY_YEAR = 1995;
export const LAST_HOLIDAY_YEAR = 2100;

export interface BelgianCalendarOptions {
  readonly community?: Community;
  readonly closedDays?: readonly Day[];
}

function dayOfLibraryDate(date: string): Day {
  // "YYYY-MM-DD 00:00:00" is wall-clock time in Brussels: read the calendar date as written, because
  // any conversion through a Date would shift it by a day in time zones west or east of Belgium.
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (match === null) throw new Error(`date-holidays returned an unexpected date format: ${date}`);
  return dayFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function belgianHolidays(firstYear: number, lastYear: number, options: BelgianCalendarOptions = {}): Map<Day, CalendarEntry> {
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear < FIRST_HOLIDAY_YEAR || lastYear > LAST_HOLIDAY_YEAR || lastYear < firstYear) {
    throw new RangeError(`Belgian holidays are known for ${FIRST_HOLIDAY_YEAR}-${LAST_HOLIDAY_YEAR}, asked ${firstYear}-${lastYear}`);
  }
  const library = new Holidays('BE');
  const calendar = new Map<Day, CalendarEntry>();
  for (let year = firstYear; year <= lastYear; year += 1) {
    const found = new Set<string>();
    for (const holiday of library.getHolidays(year)) {
      // Everything else BE lists (Easter Sunday, Whit Sunday, 2 November, King's Feast…) is an observance.
      if (holiday.type !== 'public') continue;
      const name = LEGAL_HOLIDAYS[holiday.rule];
      if (name === undefined) throw new Error(`date-holidays returned an unexpected Belgian public holiday: ${holiday.rule} (${holiday.date})`);
      found.add(name);
      // Two holidays can share a day (Ascension on 1 May in 2008): the first one names it.
      const day = dayOfLibraryDate(holiday.date);
      if (!calendar.has(day)) calendar.set(day, { kind: 'holiday', name });
    }
    // A deadline computed without a holiday would be silently too early; a library update must not do that.
    if (found.size !== Object.keys(LEGAL_HOLIDAYS).length) {
      throw new Error(`date-holidays returned ${found.size} of the 10 Belgian legal holidays for ${year}`);
    }
    if (options.community !== undefined) {
      const community = COMMUNITY_HOLIDAYS[options.community];
      const day = dayFromCivil(year, community.month, community.day);
      if (!calendar.has(day)) calendar.set(day, { kind: 'community', name: community.name });
    }
  }
  // A closing day that is also a holiday stays a holiday: the legal reason is the stronger one to show.
  for (const day of options.closedDays ?? []) {
    if (!calendar.has(day)) calendar.set(day, { kind: 'closed', name: 'closed' });
  }
  return calendar;
}
