import { computeCalendar } from '../../core/calendar.js';
import { ExitCode, UsageError } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import { renderJson } from '../../render/json.js';
import { prepareContext, tableStyle, warningsToJson, writeOut, writeWarnings, type HistoryOptions } from '../command-context.js';

export interface CalendarOptions extends HistoryOptions {
  from?: string;
  to?: string;
}

export async function runCalendarCommand(file: string | undefined, options: CalendarOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  let range = null;
  if (options.from !== undefined || options.to !== undefined) {
    if (options.from === undefined || options.to === undefined) {
      throw new UsageError('calendar.fromWithTo', {}, { field: options.from === undefined ? '--from' : '--to' });
    }
    const first = parseDate(options.from, { field: '--from' }, today);
    const last = parseDate(options.to, { field: '--to' }, today);
    if (last < first) throw new UsageError('range.untilBeforeFrom', { from: options.from, until: options.to }, { field: '--to' });
    // The whole range, however long: a picture cut short would say nothing about the days left out.
    range = { first, last };
  }
  const picture = computeCalendar(history, today, range);
  await writeWarnings(history.warnings, catalogue);
  if (options.json) {
    const { calendarToJson } = await import('../../render/calendar-json.js');
    writeOut(renderJson(calendarToJson(picture, warningsToJson(history.warnings))));
  } else {
    const { renderCalendar } = await import('../../render/calendar.js');
    writeOut(renderCalendar(picture, tableStyle(catalogue, options)));
  }
  return options.failOnOverstay && picture.days.some((info) => info.overstay) ? ExitCode.overstay : ExitCode.ok;
}
