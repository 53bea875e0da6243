import { civilFromDay, type Day } from '../../core/day.js';
import type { DeadlineCalendar } from '../../core/working-days.js';
import { ExitCode, UsageError, type InputLocation } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import type { Annex3Identity } from '../../render/annex3.js';
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
  explain?: boolean;
  html?: boolean;
  name?: string[];
  nationality?: string[];
  document?: string[];
  address?: string[];
}

/**
 * The persons of one declaration (a family arriving together): one per `--name`; each other identity
 * option is given once for everyone or once per person, in the order of `--name`.
 */
export function annex3Persons(options: Pick<Annex3Options, 'name' | 'nationality' | 'document' | 'address'>): Annex3Identity[] {
  const names = options.name ?? [];
  const persons = Math.max(names.length, 1);
  const column = (option: 'nationality' | 'document' | 'address'): (string | undefined)[] => {
    const values = options[option] ?? [];
    if (values.length > 1 && values.length !== persons) throw new UsageError('annex3.identityCount', { option, count: values.length, persons: names.length }, { field: `--${option}` });
    return Array.from({ length: persons }, (_, i) => (values.length === 1 ? values[0] : values[i]));
  };
  const nationality = column('nationality');
  const document = column('document');
  const address = column('address');
  const anyGiven = names.length > 0 || [nationality, document, address].some((values) => values.some((value) => value !== undefined));
  if (!anyGiven) return [];
  return Array.from({ length: persons }, (_, i) => ({ name: names[i], nationality: nationality[i], document: document[i], address: address[i] }));
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
  const { belgianHolidays, LAST_HOLIDAY_YEAR } = await import('../../holidays/belgium.js');
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
  return { arrival, entry, settings, calendar: calendarFor(arrival, settings, reference === undefined ? arrival : Math.max(arrival, reference)) };
}

export async function runAnnex3Command(file: string | undefined, options: Annex3Options): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options, true);
  const persons = annex3Persons(options);
  const params = { ...annex3Params(options, await belgianCalendarSource(), {}, '--', today), explain: options.explain === true };
  const result = annex3Query(history, today, params);
  await writeQueryResult(result, options, catalogue, async (style) => {
    if (options.html) {
      const { renderAnnex3Html } = await import('../../render/annex3-html.js');
      return renderAnnex3Html(result.report, history.visas, style, persons, today);
    }
    const { renderAnnex3Table, renderAnnex3Print } = await import('../../render/annex3.js');
    const { explanationText } = await import('../../render/table.js');
    return options.print || persons.length > 0
      ? renderAnnex3Print(result.report, history.visas, style, persons)
      : renderAnnex3Table(result.report, history.visas, params.settings, style) + explanationText(result.explanation, style);
  });
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
