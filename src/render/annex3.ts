import type { Annex3Report } from '../core/annex3.js';
import type { Day } from '../core/day.js';
import type { Visa } from '../core/visa.js';
import type { NonWorkingDay } from '../core/working-days.js';
import type { Messages } from '../messages/en/table.js';
import { formatDay } from './format-date.js';
import type { Annex3Settings } from '../app/answers.js';
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
    { label: a.deadline, value: a.deadlineValue(day(report.declarationDeadline), report.workingDays), tone: report.late ? 'bad' : 'good' },
    ...(report.late ? [{ label: m.annex3Form.late, value: m.annex3Form.lateValue(report.workingDaysLate, day(report.declarationDeadline)), tone: 'bad' as const }] : []),
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

/** The identity fields of annex 3, as the clerk types them (`--name`, `--nationality`, …); each may be absent. */
export interface Annex3Identity {
  readonly name?: string | undefined;
  readonly nationality?: string | undefined;
  readonly document?: string | undefined;
  readonly address?: string | undefined;
}

/** The identity fields in the form's order, as [label, value] ("" where not given: a line to fill in by hand). */
export function identityFields(identity: Annex3Identity, messages: Messages): [string, string][] {
  const f = messages.annex3Form;
  return [
    [f.name, identity.name ?? ''],
    [f.nationality, identity.nationality ?? ''],
    [f.document, identity.document ?? ''],
    [f.address, identity.address ?? ''],
  ];
}

/** The computed fields of the form, in its order, as [label, value]; a label "" continues the field above. */
export function annex3FormFields(report: Annex3Report, visas: readonly Visa[], style: TableStyle): [string, string][] {
  const m = style.messages;
  const a = m.annex3;
  const day = (d: Day) => formatDay(d, style.language);
  const authorised = report.authorisedStay;
  return [
    [a.arrival, day(report.arrival)],
    [a.schengenEntry, day(report.schengenEntry)],
    [a.deadline, a.deadlineValue(day(report.declarationDeadline), report.workingDays)],
    ...(report.late ? [[m.annex3Form.late, m.annex3Form.lateValue(report.workingDaysLate, day(report.declarationDeadline))] as [string, string]] : []),
    [a.skipped, report.skippedDays.length === 0 ? a.nothingSkipped : report.skippedDays.map((skipped) => skippedDayText(skipped, m, day)).join(m.punctuation.semicolon)],
    [a.endOfStay, authorised.allowed ? day(authorised.latestExit!) : a.printNotAllowed(m.refusals[authorised.refusal!])],
    ...(authorised.bindingLimit === null ? [] : [[m.bindingLimit, m.limitNames[authorised.bindingLimit]] as [string, string]]),
    ...visaRows(authorised, visas, style).map((row): [string, string] => [row.label, row.value]),
    [a.legalBasis, a.deadlineBasis],
    ['', a.endBasis],
  ];
}

/**
 * Plain text laid out like the form's fields, ready to copy onto annex 3: no colour, no box. With
 * identities (`--name` …), one block per person, identity first as on the form.
 */
export function renderAnnex3Print(report: Annex3Report, visas: readonly Visa[], style: TableStyle, persons: readonly Annex3Identity[] = []): string {
  const a = style.messages.annex3;
  const computed = annex3FormFields(report, visas, style);
  const blocks = (persons.length === 0 ? [null] : persons).map((identity) => {
    const fields = identity === null ? computed : [...identityFields(identity, style.messages), ...computed];
    const width = Math.max(...fields.map(([label]) => label.length)) + 4;
    const lines = fields.map(([label, value]) => (label === '' ? `${' '.repeat(width + 1)}${value}` : `${`${label} `.padEnd(width, '.')} ${value}`.trimEnd()));
    return `${a.printHeading}\n${'='.repeat(a.printHeading.length)}\n${lines.join('\n')}\n`;
  });
  return blocks.join('\n');
}
