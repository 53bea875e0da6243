import { Chalk } from 'chalk';
import type { CalendarDay, CalendarPicture } from '../core/calendar.js';
import { civilFromDay, daysInMonth, type Day } from '../core/day.js';
import { formatDay, formatMonth } from './format-date.js';
import type { TableStyle } from './table.js';

const LABEL_WIDTH = 11;

/** Greedy word wrap for the legend (to the terminal's width when narrower than 80), continuation lines indented under the text. */
function wrap(line: string, indent: number, width: number): string[] {
  const out: string[] = [];
  const lead = /^ */.exec(line)![0];
  let current = lead;
  for (const word of line.slice(lead.length).split(' ')) {
    const candidate = current.trim() === '' ? `${current}${word}` : `${current} ${word}`;
    if (candidate.length > width && current.trim() !== '') {
      out.push(current);
      current = `${' '.repeat(indent)}${word}`;
    } else {
      current = candidate;
    }
  }
  out.push(current);
  return out;
}

function monthLabel(day: Day, style: TableStyle): string {
  return formatMonth(day, style.language).padEnd(LABEL_WIDTH);
}

/**
 * A month a pair of rows, a day two columns (≤ 11 + 62 = 73 columns): the first row says where the
 * person was, the second how many days were used (in tens) and carries the markers.
 */
export function renderCalendar(picture: CalendarPicture, style: TableStyle): string {
  const chalk = new Chalk({ level: style.colorLevel });
  const m = style.messages.calendar;
  const presenceCell = (info: CalendarDay): string => {
    if (info.overstay) return chalk.red.bold('!');
    if (info.counted) return chalk.green('■');
    if (info.present) return chalk.blue('□');
    return chalk.dim('·');
  };
  const usageCell = (info: CalendarDay): string => {
    if (info.day === picture.today) return chalk.inverse.bold('T');
    if (info.day === picture.latestExit) return chalk.yellow.bold('X');
    if (info.day === picture.fullStayPossibleFrom) return chalk.cyan.bold('F');
    if (info.daysUsed > picture.maxDays) return chalk.red.bold('!');
    if (info.daysUsed === 0) return ' ';
    const digit = String(Math.min(9, Math.floor(info.daysUsed / 10)));
    return info.daysUsed >= picture.maxDays - 10 ? chalk.yellow(digit) : digit;
  };
  const header = ' '.repeat(LABEL_WIDTH) + Array.from({ length: 31 }, (_, i) => (i === 0 || (i + 1) % 5 === 0 ? String(i + 1).padEnd(2) : '  ')).join('').trimEnd();
  const lines = [chalk.bold(m.title(picture.zone, formatDay(picture.range.first, style.language), formatDay(picture.range.last, style.language))), header];
  let monthDays: CalendarDay[] = [];
  const flush = () => {
    if (monthDays.length === 0) return;
    const first = monthDays[0]!;
    const pad = '  '.repeat(civilFromDay(first.day).dayOfMonth - 1);
    lines.push(monthLabel(first.day, style) + pad + monthDays.map((info) => `${presenceCell(info)} `).join('').trimEnd());
    lines.push(' '.repeat(LABEL_WIDTH) + pad + monthDays.map((info) => `${usageCell(info)} `).join('').trimEnd());
    monthDays = [];
  };
  // The days come one after the other: a month ends where the next one starts (one date conversion a
  // month, not two a day: in the interpreter, where a one-off calendar runs, each makes garbage).
  let nextMonth = -Infinity;
  for (const info of picture.days) {
    if (info.day >= nextMonth) {
      flush();
      const civil = civilFromDay(info.day);
      nextMonth = info.day - civil.dayOfMonth + 1 + daysInMonth(civil.year, civil.month);
    }
    monthDays.push(info);
  }
  flush();
  const width = style.width ?? 80;
  lines.push('', ...m.legend(picture.maxDays).flatMap((line) => wrap(line, 4, width)));
  const marks: string[] = [m.todayMark(formatDay(picture.today, style.language))];
  if (picture.latestExit !== null) marks.push(m.latestExitMark(formatDay(picture.latestExit, style.language)));
  if (picture.fullStayPossibleFrom !== null) marks.push(m.fullStayMark(picture.maxDays, formatDay(picture.fullStayPossibleFrom, style.language)));
  lines.push(...marks.flatMap((line) => wrap(line, 3, width)));
  return `${lines.join('\n')}\n`;
}
