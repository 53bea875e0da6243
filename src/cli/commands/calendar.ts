import { computeCalendar } from '../../core/calendar.js';
import { ExitCode, UsageError } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import { prepareContext, tableStyle, writeOut, writeWarnings, type HistoryOptions } from '../command-context.js';

export interface CalendarOptions extends HistoryOptions {
  from?: string;
  to?: string;
}

export async function runCalendarCommand(file: string | undefined, options: CalendarOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  let range = null;
  if (options.from !== undefined || options.to !== undefined) {
    if (options.from === undefined || options.to === undefined) {
      throw new UsageError('usage.commander', { detail: '--from and --to go together' }, { field: options.from === undefined ? '--from' : '--to' });
    }
    const first = parseDate(options.from, { field: '--from' }, today);
    const last = parseDate(options.to, { field: '--to' }, today);
    if (last < first) throw new UsageError('range.untilBeforeFrom', { from: options.from, until: options.to }, { field: '--to' });
    range = { first, last: Math.min(last, first + 3 * 366) };
  }
  const picture = computeCalendar(history, today, range);
  await writeWarnings(history.warnings, catalogue);
  const { renderCalendar } = await import('../../render/calendar.js');
  writeOut(renderCalendar(picture, tableStyle(catalogue)));
  return options.failOnOverstay && picture.days.some((info) => info.overstay) ? ExitCode.overstay : ExitCode.ok;
}
