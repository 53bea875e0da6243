import { Chalk } from 'chalk';
import type { Day } from '../core/day.js';
import type { EesReconciliation } from '../core/ees.js';
import { formatDay } from './format-date.js';
import { renderRows, type Row, type TableStyle } from './table.js';

/**
 * `status --ees-days-left N`: the EES service's count beside ours, the days of the window that may
 * explain a difference (worded as candidates), and what to do next.
 */
export function renderEesTable(ees: EesReconciliation, style: TableStyle): string {
  const m = style.messages.itinerary.ees;
  const chalk = new Chalk({ level: style.colorLevel });
  const day = (d: Day) => formatDay(d, style.language);
  const rows: Row[] = [
    { label: m.eesDaysLeft, value: String(ees.eesDaysLeft) },
    { label: m.ourDaysLeft, value: String(ees.ourDaysLeft) },
    { label: m.window, value: `${day(ees.window.first)} – ${day(ees.window.last)}` },
    { label: m.difference, value: m.differenceValue(ees.difference), tone: ees.difference === 0 ? 'good' : 'warn' },
  ];
  let text = renderRows(style, m.title(day(ees.on)), rows);
  if (ees.difference !== 0) {
    const candidates: Row[] =
      ees.candidates.length === 0
        ? [{ label: m.none, value: '' }]
        : ees.candidates.map((candidate) => ({
            label: `${candidate.first === candidate.last ? day(candidate.first) : `${day(candidate.first)} – ${day(candidate.last)}`}${candidate.days > 0 ? `\n${m.candidateDays(candidate.days)}` : ''}`,
            value: m.candidate[candidate.kind](candidate.country ?? ''),
          }));
    text += `\n${renderRows(style, m.candidatesTitle, candidates)}`;
  }
  text += `\n${chalk.bold(m.nextSteps)}\n${m.steps(ees.difference === 0).join('\n')}\n`;
  return text;
}
