import { computeCalendar, type CalendarPicture } from '../core/calendar.js';
import type { Day, DayRange } from '../core/day.js';
import { UsageError, type InputLocation } from '../errors.js';
import type { AssembledHistory } from '../parse/assemble-history.js';
import { parseDate } from '../parse/dates.js';
import { warningsToJson } from './answers.js';
import { calendarToJson, type CalendarDto } from './calendar-answer.js';
import type { QueryResult } from './queries.js';
import { calendarVerdict } from './verdict.js';

export interface CalendarRangeText {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** `from` and `to` together, or neither (the default span); the whole range however long, never cut. */
export function calendarRange(text: CalendarRangeText, today: Day, location: InputLocation = {}, prefix = '--'): DayRange | null {
  const at = (name: string): InputLocation => ({ file: location.file, line: location.line, field: `${prefix}${name}` });
  if (text.from === undefined && text.to === undefined) return null;
  if (text.from === undefined || text.to === undefined) throw new UsageError('calendar.fromWithTo', {}, at(text.from === undefined ? 'from' : 'to'));
  const first = parseDate(text.from, at('from'), today);
  const last = parseDate(text.to, at('to'), today);
  if (last < first) throw new UsageError('range.untilBeforeFrom', { from: text.from, until: text.to }, at('to'));
  return { first, last };
}

/** `calendar`: each day of a span, present or not, the days used, unauthorised days marked. */
export function calendarQuery(history: AssembledHistory, today: Day, range: DayRange | null): QueryResult<CalendarPicture> & { json: () => CalendarDto } {
  const report = computeCalendar(history, today, range);
  const verdict = calendarVerdict(report);
  return {
    report,
    verdict,
    warnings: [...history.warnings],
    explanation: null,
    json: () => calendarToJson(report, verdict, warningsToJson(history.warnings)),
    breach: report.days.some((info) => info.overstay),
  };
}
