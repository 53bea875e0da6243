import type { Annex3Refusal } from '../core/annex3-refusal.js';
import type { Day } from '../core/day.js';
import type { Visa } from '../core/visa.js';
import type { NonWorkingDay } from '../core/working-days.js';
import type { Messages } from '../messages/en/table.js';
import { formatDay } from './format-date.js';
import type { Annex3Settings } from '../app/answers.js';
import type { Annex3Answer } from '../app/queries.js';
import { authorisationRows, refusalText, renderRows, visaRows, type Row, type TableStyle } from './table.js';

function skippedDayText(skipped: NonWorkingDay, m: Messages, day: (d: Day) => string): string {
  const why = skipped.reason === 'holiday' || skipped.reason === 'community' ? (m.holidayNames[skipped.name ?? ''] ?? skipped.name ?? '') : m.nonWorking[skipped.reason];
  return `${day(skipped.day)} (${why})`;
}

function lateText(answer: Annex3Answer, m: Messages, day: (d: Day) => string): string {
  return m.annex3Form.lateValue(answer.workingDaysLate, day(answer.declarationDeadline), answer.saturdayIsWorkingDay);
}

function annex3Rows(answer: Annex3Answer, style: TableStyle): Row[] {
  const m = style.messages;
  const a = m.annex3;
  const day = (d: Day) => formatDay(d, style.language);
  return [
    { label: a.arrival, value: day(answer.arrival) },
    { label: a.schengenEntry, value: day(answer.schengenEntry) },
    { label: a.deadline, value: a.deadlineValue(day(answer.declarationDeadline), answer.workingDays), tone: answer.late ? 'bad' : 'good' },
    ...(answer.late ? [{ label: m.annex3Form.late, value: lateText(answer, m, day), tone: 'bad' as const }] : []),
    {
      label: a.skipped,
      value: answer.skippedDays.length === 0 ? a.nothingSkipped : answer.skippedDays.map((skipped) => skippedDayText(skipped, m, day)).join('\n'),
    },
  ];
}

/**
 * What shows that no declaration may be issued: the entry and the arrival, the first day without
 * an authorised stay, every sticker given with what is wrong with it, the window and its count.
 */
export function refusalRows(answer: Annex3Answer, refusal: Annex3Refusal, style: Pick<TableStyle, 'language' | 'messages'>): [string, string][] {
  const m = style.messages;
  const r = m.declaration.refusal;
  const { colon } = m.punctuation;
  const day = (value: Day) => formatDay(value, style.language);
  const rows: [string, string][] = [
    [r.entry, day(answer.schengenEntry)],
    [r.arrival, day(answer.arrival)],
  ];
  if (refusal.firstUnauthorised !== answer.schengenEntry) rows.push([r.firstUnauthorised, day(refusal.firstUnauthorised)]);
  if (refusal.visas.length === 0 && refusal.limit === 'noVisa') rows.push([r.visa, r.noVisaGiven]);
  for (const evidence of refusal.visas) {
    const { visa } = evidence;
    const type = visa.validFor === null ? visa.type : `${visa.type} (${visa.validFor.join(', ')})`;
    const summary = m.visaSummary(type, String(visa.entries), day(visa.validFrom), day(visa.validUntil), visa.durationDays);
    const facts = { from: day(visa.validFrom), until: day(visa.validUntil), used: 0, allowed: '' };
    let problem = r.visaAllowsEntry;
    if (evidence.problem === 'entriesUsed') problem = r.visaProblems.entriesUsed({ ...facts, used: evidence.entriesUsedBefore ?? 0, allowed: String(visa.entries) });
    else if (evidence.problem === 'daysUsed') problem = r.visaProblems.daysUsed({ ...facts, used: evidence.daysUsedBefore ?? 0, allowed: String(visa.durationDays) });
    else if (evidence.problem !== null) problem = r.visaProblems[evidence.problem](facts);
    rows.push([r.visa, `${summary}${colon}${problem}`]);
  }
  if (refusal.window !== null) {
    const { range, daysUsed, maxDays } = refusal.window;
    rows.push([m.limitNames[refusal.limit], r.window(day(range.first), day(range.last), daysUsed, maxDays)]);
  }
  return rows;
}

export function renderAnnex3Table(answer: Annex3Answer, visas: readonly Visa[], settings: Annex3Settings, style: TableStyle): string {
  const m = style.messages;
  const a = m.annex3;
  const authorised = answer.authorisedStay;
  const refusal = answer.refusal;
  const rows: Row[] = [
    ...annex3Rows(answer, style),
    ...(settings.saturdayIsWorkingDay ? [{ label: a.saturdayWorking, value: m.yes }] : []),
    { label: a.entryAllowed, value: authorised.allowed ? m.yes : m.no, tone: authorised.allowed ? 'good' : 'bad' },
    ...authorisationRows(authorised, style).map((row) => (row.label === m.latestExit ? { ...row, label: a.endOfStay } : row)),
    // Refused: the dates that show it (every sticker given) and what to do, instead of the sticker in use.
    ...(refusal === null
      ? visaRows(authorised, visas, style)
      : [
          ...refusalRows(answer, refusal, style)
            .slice(2)
            .map(([label, value]): Row => ({ label, value, tone: 'bad' })),
          { label: m.declaration.refusal.next, value: m.declaration.refusal.steps.join('\n') },
        ]),
    { label: a.legalBasis, value: `${a.deadlineBasis}\n${a.endBasis}` },
  ];
  return renderRows(style, a.title, rows);
}

/** The identity fields of annex 3, as the clerk types them (`--name`, `--birth-date`, …); each may be absent. */
export interface Annex3Identity {
  readonly name?: string | undefined;
  /** As printed in the passport. */
  readonly birthDate?: string | undefined;
  readonly birthPlace?: string | undefined;
  readonly nationality?: string | undefined;
  readonly document?: string | undefined;
  readonly address?: string | undefined;
}

/** The identity fields in the form's order, as [label, value] ("" where not given: a line to fill in by hand). */
export function identityFields(identity: Annex3Identity, messages: Messages): [string, string][] {
  const d = messages.declaration;
  const birth = [identity.birthDate, identity.birthPlace].filter((part) => part !== undefined && part !== '').join(', ');
  return [
    [d.name, identity.name ?? ''],
    [d.birth, birth],
    [d.nationality, identity.nationality ?? ''],
    [d.document, identity.document ?? ''],
    [d.address, identity.address ?? ''],
  ];
}

/** The worksheet's fields, in the form's order, as [label, value]; a label "" continues the field above. */
export function annex3FormFields(answer: Annex3Answer, visas: readonly Visa[], style: Pick<TableStyle, 'language' | 'messages'>): [string, string][] {
  const m = style.messages;
  const a = m.annex3;
  const day = (d: Day) => formatDay(d, style.language);
  const authorised = answer.authorisedStay;
  const { semicolon } = m.punctuation;
  return [
    [a.arrival, day(answer.arrival)],
    [a.schengenEntry, day(answer.schengenEntry)],
    [a.deadline, a.deadlineValue(day(answer.declarationDeadline), answer.workingDays)],
    ...(answer.late ? [[m.annex3Form.late, lateText(answer, m, day)] as [string, string]] : []),
    [a.skipped, answer.skippedDays.length === 0 ? a.nothingSkipped : answer.skippedDays.map((skipped) => skippedDayText(skipped, m, day)).join(semicolon)],
    [a.endOfStay, authorised.allowed && authorised.latestExit !== null ? day(authorised.latestExit) : a.printNotAllowed(authorised.refusal === null ? m.refusals[answer.refusal?.limit ?? 'rule90180'] : refusalText(authorised, style))],
    ...(authorised.bindingLimit === null ? [] : [[m.bindingLimit, m.limitNames[authorised.bindingLimit]] as [string, string]]),
    ...(answer.refusal === null ? visaRows(authorised, visas, { ...style, colorLevel: 0 }).map((row): [string, string] => [row.label, row.value]) : []),
    [a.legalBasis, a.deadlineBasis],
    ['', a.endBasis],
  ];
}

function dottedLines(fields: readonly [string, string][]): string {
  const width = Math.max(...fields.map(([label]) => label.length)) + 4;
  return fields.map(([label, value]) => (label === '' ? `${' '.repeat(width + 1)}${value}` : `${`${label} `.padEnd(width, '.')} ${value}`.trimEnd())).join('\n');
}

/**
 * Plain text laid out like the form's fields, ready to copy onto annex 3: no colour, no box. With
 * identities (`--name` …), one block per person, identity first as on the form. When no declaration
 * may be issued: the refusal notice (what is wrong, the dates that show it, what to do), no fields
 * to copy.
 */
export function renderAnnex3Print(answer: Annex3Answer, verdictLine: string, visas: readonly Visa[], style: TableStyle, persons: readonly Annex3Identity[] = []): string {
  const m = style.messages;
  const heading = (title: string) => `${title}\n${'='.repeat(title.length)}\n`;
  if (answer.refusal !== null) {
    const r = m.declaration.refusal;
    const names = persons.flatMap((person) => (person.name === undefined ? [] : [[r.person, person.name] as [string, string]]));
    const steps = r.steps.map((step, index) => `${index + 1}. ${step}`).join('\n');
    return `${heading(r.title.toUpperCase())}${verdictLine}\n\n${dottedLines([...names, ...refusalRows(answer, answer.refusal, style)])}\n\n${r.next}\n${steps}\n`;
  }
  const computed = annex3FormFields(answer, visas, style);
  const blocks = (persons.length === 0 ? [null] : persons).map((identity) => {
    const fields = identity === null ? computed : [...identityFields(identity, m), ...computed];
    return `${heading(m.annex3.printHeading)}${dottedLines(fields)}\n`;
  });
  return blocks.join('\n');
}
