import Holidays from 'date-holidays';
import { dayFromCivil, type Day } from '../core/day.js';
import type { CalendarEntry } from '../core/working-days.js';

/**
 * Belgian legal public holidays (Law of 4.1.1974, RD of 18.4.1974; rules.md §3.3) from date-holidays,
 * the only module that loads it (heavy: the annex-3 command imports this file on demand).
 */

/** date-holidays' rule for each legal holiday, mapped to a stable key every language translates. */
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

export const FIRST_HOLIDAY_YEAR = 1995;
export const LAST_HOLIDAY_YEAR = 2100;

export interface BelgianCalendarOptions {
  readonly community?: Community;
  readonly closedDays?: readonly Day[];
}

function dayOfLibraryDate(date: string): Day {
  // "YYYY-MM-DD 00:00:00" in the country's zone: take the calendar date as written, no zone maths.
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return dayFromCivil(year, month, day);
}

export function belgianHolidays(firstYear: number, lastYear: number, options: BelgianCalendarOptions = {}): Map<Day, CalendarEntry> {
  if (firstYear < FIRST_HOLIDAY_YEAR || lastYear > LAST_HOLIDAY_YEAR || lastYear < firstYear) {
    throw new RangeError(`Belgian holidays are known for ${FIRST_HOLIDAY_YEAR}-${LAST_HOLIDAY_YEAR}, asked ${firstYear}-${lastYear}`);
  }
  const library = new Holidays('BE');
  const calendar = new Map<Day, CalendarEntry>();
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const holiday of library.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      const name = LEGAL_HOLIDAYS[holiday.rule];
      if (name === undefined) throw new Error(`date-holidays returned an unexpected Belgian public holiday: ${holiday.rule} (${holiday.date})`);
      // Two holidays can share a day (Ascension on 1 May in 2008): the first one names it.
      const day = dayOfLibraryDate(holiday.date);
      if (!calendar.has(day)) calendar.set(day, { kind: 'holiday', name });
    }
    if (options.community !== undefined) {
      const community = COMMUNITY_HOLIDAYS[options.community];
      const day = dayFromCivil(year, community.month, community.day);
      if (!calendar.has(day)) calendar.set(day, { kind: 'community', name: community.name });
    }
  }
  for (const day of options.closedDays ?? []) {
    if (!calendar.has(day)) calendar.set(day, { kind: 'closed', name: 'closed' });
  }
  return calendar;
}
