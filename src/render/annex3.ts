import type { Annex3Report } from '../core/annex3.js';
import type { Day } from '../core/day.js';
import type { Visa } from '../core/visa.js';
import type { NonWorkingDay } from '../core/working-days.js';
import type { Messages } from '../messages/table-en.js';
import { formatDay } from './format-date.js';
import type { Annex3Settings } from './json.js';
import { authorisationRows, renderRows, visaRows, type Row, type TableStyle } from './table.js';

function skippedDayText(skipped: NonWorkingDay, m: Messages, day: (d: Day) => string): string {
  const why = skipped.reason === 'holiday' || skipped.reason === 'community' ? (m.holidayNames[skipped.name ?? ''] ?? skipped.name ?? '') : m.nonWorking[skipped.reason];
  return `${day(skipped.day)} (${why})`;
}

function annex3Rows(report: Annex3Report, style: TableStyle): Row[] {
  const m = style.messages;
  const a = m.annex3;
  const day = (d: Day) => formatDay(d, style.language);
  return [
    { label: a.arrival, value: day(report.arrival) },
    { label: a.schengenEntry, value: day(report.schengenEntry) },
    { label: a.deadline, value: a.deadlineValue(day(report.declarationDeadline), report.workingDays), tone: 'good' },
    {
      label: a.skipped,
      value: report.skippedDays.length === 0 ? a.nothingSkipped : report.skippedDays.map((skipped) => skippedDayText(skipped, m, day)).join('\n'),
    },
  ];
}

export function renderAnnex3Table(report: Annex3Report, visas: readonly Visa[], settings: Annex3Settings, style: TableStyle): string {
  const m = style.messages;
  const a = m.annex3;
  const authorised = report.authorisedStay;
  const rows: Row[] = [
    ...annex3Rows(report, style),
    ...(settings.saturdayIsWorkingDay ? [{ label: a.saturdayWorking, value: m.yes }] : []),
    { label: a.entryAllowed, value: authorised.allowed ? m.yes : m.no, tone: authorised.allowed ? 'good' : 'bad' },
    ...authorisationRows(authorised, style).map((row) => (row.label === m.latestExit ? { ...row, label: a.endOfStay } : row)),
    ...visaRows(authorised, visas, style),
    { label: a.legalBasis, value: `${a.deadlineBasis}\n${a.endBasis}` },
  ];
  return renderRows(style, a.title, rows);
}

/** Plain text laid out like the form's fields, ready to copy onto annex 3: no colour, no box. */
export function renderAnnex3Print(report: Annex3Report, visas: readonly Visa[], style: TableStyle): string {
  const m = style.messages;
  const a = m.annex3;
  const day = (d: Day) => formatDay(d, style.language);
  const authorised = report.authorisedStay;
  const fields: [string, string][] = [
    [a.arrival, day(report.arrival)],
    [a.schengenEntry, day(report.schengenEntry)],
    [a.deadline, a.deadlineValue(day(report.declarationDeadline), report.workingDays)],
    [a.skipped, report.skippedDays.length === 0 ? a.nothingSkipped : report.skippedDays.map((skipped) => skippedDayText(skipped, m, day)).join('; ')],
    [a.endOfStay, authorised.allowed ? day(authorised.latestExit!) : a.printNotAllowed(m.refusals[authorised.refusal!])],
    ...(authorised.bindingLimit === null ? [] : [[m.bindingLimit, m.limitNames[authorised.bindingLimit]] as [string, string]]),
    ...visaRows(authorised, visas, style).map((row): [string, string] => [row.label, row.value]),
    [a.legalBasis, a.deadlineBasis],
    ['', a.endBasis],
  ];
  const width = Math.max(...fields.map(([label]) => label.length)) + 4;
  const lines = fields.map(([label, value]) => (label === '' ? `${' '.repeat(width + 1)}${value}` : `${`${label} `.padEnd(width, '.')} ${value}`));
  return `${a.printHeading}\n${'='.repeat(a.printHeading.length)}\n${lines.join('\n')}\n`;
}
