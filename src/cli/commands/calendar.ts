import { regimeFromFlags } from '../../parse/rules.js';
import { calendarQuery, calendarRange } from '../../app/calendar-query.js';
import { ExitCode } from '../../errors.js';
import { renderJson } from '../../render/json.js';
import { prepareContext, tableStyle, tableWithVerdict, writeOut, writeWarnings, type HistoryOptions, type RulesOptions } from '../command-context.js';

export interface CalendarOptions extends HistoryOptions, RulesOptions {
  from?: string;
  to?: string;
}

export async function runCalendarCommand(file: string | undefined, options: CalendarOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options, false, regimeFromFlags(options));
  const result = calendarQuery(history, today, calendarRange(options, today));
  const picture = result.report;
  await writeWarnings(history.warnings, catalogue);
  if (options.json) {
    writeOut(renderJson(result.json()));
  } else {
    const { renderCalendar } = await import('../../render/calendar.js');
    const style = tableStyle(catalogue, options);
    writeOut(await tableWithVerdict(result.verdict, catalogue, style, () => renderCalendar(picture, style)));
  }
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
