import { Chalk } from 'chalk';
import type { CheckAnswer } from '../app/check-answer.js';
import type { CalendarDay, CalendarPicture } from '../core/calendar.js';
import { civilFromDay, isoWeekday, type Day } from '../core/day.js';
import type { Explanation } from '../core/explanation.js';
import type { CheckedTrip } from '../core/itinerary-check.js';
import { formatDay } from './format-date.js';
import { explanationText, renderRows, type Row, type TableStyle } from './table.js';

/**
 * `schengen check`: each trip with its verdict and the room it leaves, the room between the trips
 * ahead, the workings (--explain) and the timeline (--timeline). Only words and layout: every figure
 * comes from the answer.
 */

/** One row a trip: its dates and state on the left; its days, verdict, busiest day and room on the right, a line each. */
function tripRow(trip: CheckedTrip, index: number, maxDays: number, style: TableStyle): Row {
  const m = style.messages;
  const c = m.itinerary.check;
  const chalk = new Chalk({ level: style.colorLevel });
  const day = (d: Day) => formatDay(d, style.language);
  const lines = [`${c.states[trip.state]}, ${c.days(trip.days, trip.countedDays)}${trip.exitAssumed ? ` (${c.exitAssumed})` : ''}`];
  if (trip.compliant) lines.push(chalk.green(c.complies));
  else lines.push(chalk.red.bold(c.breaks(day(trip.firstUnauthorisedDay!), m.limitNames[trip.brokenLimit!], trip.unauthorisedDays)));
  if (trip.peakDay !== null) lines.push(c.peak(trip.peakDaysUsed, maxDays, day(trip.peakDay)));
  if (trip.latestExit !== null && trip.extraDays !== null) {
    const room = c.room(trip.extraDays, day(trip.latestExit), trip.extraStop === null ? m.none : m.limitNames[trip.extraStop]);
    lines.push(trip.extraDays === 0 ? chalk.yellow(room) : room);
  }
  return { label: c.trip(index, day(trip.entry), day(trip.exit)), value: lines.join('\n') };
}

export function renderCheckTable(answer: CheckAnswer, style: TableStyle, explanation: Explanation | null = null): string {
  const { check } = answer;
  const c = style.messages.itinerary.check;
  const day = (d: Day) => formatDay(d, style.language);
  const trips: Row[] = check.trips.length === 0 ? [{ label: c.noTrips, value: '' }] : check.trips.map((trip, i) => tripRow(trip, i + 1, check.rule.maxDays, style));
  const gaps: Row[] = check.gaps.map((gap) => {
    const label = gap.last === null ? c.gapAfterLast(day(gap.first)) : c.gap(day(gap.first), day(gap.last));
    if (gap.last !== null) {
      const value = gap.longestTripEntry === null || gap.longestTripDays === null || gap.longestTripDays === 0 ? c.noTripFits : c.longest(gap.longestTripDays, day(gap.longestTripEntry), day(gap.longestTripEntry + gap.longestTripDays - 1));
      return { label, value, tone: value === c.noTripFits ? 'warn' : 'plain' };
    }
    if (gap.longestTripDays === null) return { label, value: c.noCap };
    return { label, value: gap.longestTripEntry === null ? c.noFullTrip : c.fullTrip(gap.longestTripDays, day(gap.longestTripEntry)) };
  });
  const text = `${renderRows(style, c.title(day(check.on)), trips)}\n${renderRows(style, c.gapsTitle, gaps)}${explanationText(explanation, style)}`;
  return answer.timeline === null ? text : `${text}\n${renderTimeline(answer.timeline, check.on, style)}`;
}

/**
 * The days left on each day, a month a block and a week a row (Monday first, 8 columns a day: its
 * date, a mark, the exact count): booked days apart from recorded ones.
 */
export function renderTimeline(picture: CalendarPicture, on: Day, style: TableStyle): string {
  const chalk = new Chalk({ level: style.colorLevel });
  const t = style.messages.itinerary.timeline;
  const width = Math.max(2, String(picture.maxDays).length);
  const cellWidth = 2 + 1 + width + 2;
  const mark = (info: CalendarDay): string => {
    if (info.overstay) return chalk.red.bold('!');
    if (!info.present) return ' ';
    if (!info.counted) return chalk.blue('□');
    return info.day > on ? chalk.cyan('◆') : chalk.green('■');
  };
  const cell = (info: CalendarDay): string => {
    const left = Math.max(0, picture.maxDays - info.daysUsed);
    const count = String(left).padStart(width);
    const painted = left === 0 ? chalk.red(count) : left <= 10 ? chalk.yellow(count) : count;
    const date = String(civilFromDay(info.day).dayOfMonth).padStart(2);
    return `${info.day === on ? chalk.inverse(date) : date}${mark(info)}${painted}${' '.repeat(cellWidth - 3 - width)}`;
  };
  const header = t.weekdays.map((name) => `${' '.repeat(3)}${name.padEnd(cellWidth - 3)}`).join('').trimEnd();
  const lines = [chalk.bold(t.title(formatDay(picture.range.first, style.language), formatDay(picture.range.last, style.language)))];
  let week: string[] = [];
  let month = -1;
  const flush = () => {
    if (week.length > 0) lines.push(week.join('').trimEnd());
    week = [];
  };
  for (const info of picture.days) {
    const { year, month: monthOfYear } = civilFromDay(info.day);
    if (monthOfYear !== month) {
      flush();
      month = monthOfYear;
      lines.push('', chalk.bold(t.month(monthOfYear, year)), header);
      week = Array.from({ length: isoWeekday(info.day) - 1 }, () => ' '.repeat(cellWidth));
    } else if (isoWeekday(info.day) === 1) flush();
    week.push(cell(info));
  }
  flush();
  lines.push('', ...t.legend(picture.maxDays));
  return `${lines.join('\n')}\n`;
}
