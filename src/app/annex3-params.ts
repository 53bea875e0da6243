import { civilFromDay, type Day } from '../core/day.js';
import type { DeadlineCalendar } from '../core/working-days.js';
import { at as atField, UsageError, type InputLocation } from '../errors.js';
import { parseDate } from '../parse/dates.js';
import type { Annex3Settings } from './answers.js';
import type { Annex3Params } from './queries.js';

export interface Annex3Flags {
  arrival: string;
  entry?: string | undefined;
  community?: string | undefined;
  closed?: readonly string[] | undefined;
  saturdayWorking?: boolean | undefined;
}

function parseCommunity(text: string | undefined, location: InputLocation): 'vlg' | 'fr' | 'de' | null {
  if (text === undefined) return null;
  if (text === 'vlg' || text === 'fr' || text === 'de') return text;
  throw new UsageError('annex3.community', { text }, location);
}

/**
 * Belgian calendars by (year, community, closing days): the holiday module is loaded on first use
 * only (it is heavy), and a batch run builds each year's calendar once.
 */
export type CalendarSource = (arrival: Day, settings: Annex3Settings, through?: Day) => DeadlineCalendar;

export async function belgianCalendarSource(): Promise<CalendarSource> {
  const { belgianHolidays, LAST_HOLIDAY_YEAR } = await import('../holidays/belgium.js');
  const cache = new Map<string, DeadlineCalendar>();
  return (arrival, settings, through = arrival) => {
    const year = civilFromDay(arrival).year;
    // Up to the reference day too, so that the working days of a late declaration are counted right.
    const lastYear = Math.min(Math.max(year + 1, civilFromDay(through).year), LAST_HOLIDAY_YEAR);
    const key = `${year}|${lastYear}|${settings.community}|${settings.closedDays.join(',')}|${settings.saturdayIsWorkingDay}`;
    let calendar = cache.get(key);
    if (calendar === undefined) {
      const holidays = belgianHolidays(year, lastYear, {
        ...(settings.community === null ? {} : { community: settings.community }),
        closedDays: settings.closedDays,
      });
      calendar = { saturdayIsWorkingDay: settings.saturdayIsWorkingDay, holidays };
      cache.set(key, calendar);
    }
    return calendar;
  };
}

/** The annex-3 flags (or a batch record's fields, `prefix` "") as days and settings. */
export function annex3Params(flags: Annex3Flags, calendarFor: CalendarSource, location: InputLocation = {}, prefix = '--', reference?: Day): Annex3Params {
  const at = (name: string): InputLocation => atField(location, `${prefix}${name}`);
  const arrival = parseDate(flags.arrival, at('arrival'), reference);
  const entry: Day = flags.entry === undefined ? arrival : parseDate(flags.entry, at('entry'), reference);
  if (entry > arrival) throw new UsageError('annex3.entryAfterArrival', { entry: flags.entry ?? '', arrival: flags.arrival }, at('entry'));
  const closedDays = (flags.closed ?? [])
    .flatMap((list) => list.split(','))
    .filter((text) => text.trim() !== '')
    .map((text) => parseDate(text, at('closed'), reference))
    .sort((a, b) => a - b);
  const settings: Annex3Settings = { saturdayIsWorkingDay: flags.saturdayWorking === true, community: parseCommunity(flags.community, at('community')), closedDays };
  return { arrival, entry, settings, calendar: calendarFor(arrival, settings, reference === undefined ? arrival : Math.max(arrival, reference)) };
}


/**
 * Each person's reference number on annex 3. `--reference` is given once per person, or once as a
 * number for a family, numbered on (0123, 0124, …, keeping its width). With a numbering pattern
 * from the settings ("B3/{year}/{n}"), a number fills {n} and the year of issue {year}; any other
 * text is printed as given. None given: null, a line to fill in by hand.
 */
export function referenceNumbers(values: readonly string[], persons: number, numbering: string | undefined, issueYear: number, location: InputLocation = { field: '--reference' }): (string | null)[] {
  if (numbering !== undefined && !numbering.includes('{n}')) throw new UsageError('config.value', { key: 'numbering', expected: '"B3/{year}/{n}" ({n}: the number)' }, { field: '--numbering' });
  const count = Math.max(persons, 1);
  const texts = values.map((value) => value.trim());
  if (texts.length === 0) return Array.from({ length: count }, () => null);
  if (texts.length > 1 && texts.length !== count) throw new UsageError('annex3.identityCount', { option: 'reference', count: texts.length, persons }, location);
  const first = texts[0]!;
  if (texts.length === 1 && count > 1 && !/^[0-9]{1,9}$/.test(first)) throw new UsageError('annex3.referenceOnce', { text: first.slice(0, 40), persons }, location);
  const numbers = texts.length === count ? texts : Array.from({ length: count }, (_, i) => String(Number(first) + i).padStart(first.length, '0'));
  return numbers.map((text) => (numbering !== undefined && /^[0-9]+$/.test(text) ? numbering.replaceAll('{n}', text).replaceAll('{year}', String(issueYear)) : text));
}
