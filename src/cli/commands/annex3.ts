import { civilFromDay, type Day } from '../../core/day.js';
import type { DeadlineCalendar } from '../../core/working-days.js';
import { ExitCode, UsageError, type InputLocation } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import type { Annex3Settings } from '../../render/json.js';
import { prepareContext, writeQueryResult, type HistoryOptions } from '../command-context.js';
import { annex3Query, type Annex3Params } from '../queries.js';

export interface Annex3Flags {
  arrival: string;
  entry?: string | undefined;
  community?: string | undefined;
  closed?: readonly string[] | undefined;
  saturdayWorking?: boolean | undefined;
}

export interface Annex3Options extends HistoryOptions, Annex3Flags {
  closed: string[];
  print?: boolean;
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
export type CalendarSource = (arrival: Day, settings: Annex3Settings) => DeadlineCalendar;

export async function belgianCalendarSource(): Promise<CalendarSource> {
  const { belgianHolidays, LAST_HOLIDAY_YEAR } = await import('../../holidays/belgium.js');
  const cache = new Map<string, DeadlineCalendar>();
  return (arrival, settings) => {
    const year = civilFromDay(arrival).year;
    const key = `${year}|${settings.community}|${settings.closedDays.join(',')}|${settings.saturdayIsWorkingDay}`;
    let calendar = cache.get(key);
    if (calendar === undefined) {
      const holidays = belgianHolidays(year, Math.min(year + 1, LAST_HOLIDAY_YEAR), {
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
  const at = (name: string): InputLocation => ({ ...location, field: `${prefix}${name}` });
  const arrival = parseDate(flags.arrival, at('arrival'), reference);
  const entry: Day = flags.entry === undefined ? arrival : parseDate(flags.entry, at('entry'), reference);
  if (entry > arrival) throw new UsageError('annex3.entryAfterArrival', { entry: flags.entry ?? '', arrival: flags.arrival }, at('entry'));
  const closedDays = (flags.closed ?? [])
    .flatMap((list) => list.split(','))
    .filter((text) => text.trim() !== '')
    .map((text) => parseDate(text, at('closed'), reference))
    .sort((a, b) => a - b);
  const settings: Annex3Settings = { saturdayIsWorkingDay: flags.saturdayWorking === true, community: parseCommunity(flags.community, at('community')), closedDays };
  return { arrival, entry, settings, calendar: calendarFor(arrival, settings) };
}

export async function runAnnex3Command(file: string | undefined, options: Annex3Options): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options, true);
  const params = annex3Params(options, await belgianCalendarSource(), {}, '--', today);
  const result = annex3Query(history, today, params);
  await writeQueryResult(result, options, catalogue, async (style) => {
    const { renderAnnex3Table, renderAnnex3Print } = await import('../../render/annex3.js');
    return options.print ? renderAnnex3Print(result.report, history.visas, style) : renderAnnex3Table(result.report, history.visas, params.settings, style);
  });
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
