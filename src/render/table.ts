import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Day } from '../core/day.js';
import type { NextReport, PlanReport, StatusReport } from '../core/reports.js';
import type { AuthorisedStay, Visa } from '../core/visa.js';
import type { Language } from '../messages/catalogue.js';
import type { Messages } from '../messages/table-en.js';
import { formatDay } from './format-date.js';

export interface TableStyle {
  readonly language: Language;
  readonly messages: Messages;
  /** Colour level as chalk counts it: 0 = plain text. */
  readonly colorLevel: 0 | 1 | 2 | 3;
  /** Columns to fit (default 80): the terminal's width when it is narrower. */
  readonly width?: number;
}

type Tone = 'plain' | 'good' | 'bad' | 'warn';

export interface Row {
  readonly label: string;
  readonly value: string;
  readonly tone?: Tone;
}

function paint(chalk: ChalkInstance, tone: Tone | undefined, text: string): string {
  switch (tone) {
    case 'good':
      return chalk.green(text);
    case 'bad':
      return chalk.red.bold(text);
    case 'warn':
      return chalk.yellow(text);
    default:
      return text;
  }
}

/** Label and value column widths for a table `width` columns wide (3 columns go to the borders); 80 gives 36 + 41. */
function columnWidths(width: number): [number, number] {
  const label = Math.round(((width - 3) * 36) / 77);
  return [label, width - 3 - label];
}

/** Title line and a two-column table; colour only marks what the words already say. */
export function renderRows(style: TableStyle, title: string, rows: readonly Row[]): string {
  const chalk = new Chalk({ level: style.colorLevel });
  const table = new Table({ style: { head: [], border: [] }, wordWrap: true, colWidths: columnWidths(style.width ?? 80) });
  for (const row of rows) table.push([row.label, paint(chalk, row.tone, row.value)]);
  return `${chalk.bold(title)}\n${table.toString()}\n`;
}

export function visaRows(authorised: AuthorisedStay, visas: readonly Visa[], style: TableStyle): Row[] {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const use = authorised.visa;
  if (use === null) return [{ label: m.visaSticker, value: authorised.refusal === 'noVisa' ? m.refusals.noVisa : m.visaExempt }];
  const visa = visas[use.visaIndex]!;
  const type = visa.validFor === null ? visa.type : `${visa.type} (${visa.validFor.join(', ')})`;
  return [
    {
      label: m.visaSticker,
      value: `${m.visaSummary(type, String(visa.entries), day(visa.validFrom), day(visa.validUntil), visa.durationDays)}; ${m.visaUse(use.entriesUsedBefore, use.daysUsedBefore)}`,
    },
  ];
}

/** Latest exit, or why there is none, and which limit decides it. */
export function authorisationRows(authorised: AuthorisedStay, style: TableStyle): Row[] {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const rows: Row[] = [];
  if (!authorised.allowed) {
    rows.push({ label: m.entryNotAllowed, value: m.refusals[authorised.refusal!], tone: 'bad' });
  } else {
    rows.push({ label: m.latestExit, value: day(authorised.latestExit!), tone: 'good' });
  }
  if (authorised.bindingLimit !== null) rows.push({ label: m.bindingLimit, value: m.limitNames[authorised.bindingLimit] });
  return rows;
}

export function renderStatusTable(report: StatusReport, visas: readonly Visa[], style: TableStyle): string {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const current = report.currentStay;
  const rows: Row[] = [
    { label: m.window(report.rule.windowDays), value: `${day(report.window.first)} – ${day(report.window.last)}` },
    {
      label: m.daysUsed,
      value: m.daysUsedValue(report.daysUsed, report.rule.maxDays),
      tone: report.daysUsed > report.rule.maxDays ? 'bad' : 'plain',
    },
    { label: m.daysRemaining, value: String(report.daysRemaining), tone: report.daysRemaining === 0 ? 'warn' : 'good' },
    { label: m.inSchengen, value: report.inSchengen ? m.yes : m.no },
    ...(current === null
      ? [{ label: m.latestExit, value: m.notInside }]
      : current.refusal === 'rule90180'
        ? [{ label: m.latestExit, value: m.latestExitOverLimit, tone: 'bad' as const }]
        : [...authorisationRows(current, style), ...visaRows(current, visas, style)]),
    { label: m.overstay, value: m.days(report.overstayDays), tone: report.overstayDays > 0 ? 'bad' : 'plain' },
    {
      label: m.firstOverstayDay,
      value: report.firstOverstayDay === null ? m.none : day(report.firstOverstayDay),
      tone: report.firstOverstayDay === null ? 'plain' : 'bad',
    },
    { label: m.fullStayPossibleFrom(report.rule.maxDays), value: day(report.fullStayPossibleFrom) },
  ];
  return renderRows(style, m.statusTitle(day(report.on)), rows);
}

export function renderPlanTable(report: PlanReport, visas: readonly Visa[], style: TableStyle): string {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const { authorised, trip } = report;
  const rows: Row[] = [
    { label: m.daysUsedBeforeEntry, value: m.daysUsedValue(report.daysUsedBeforeEntry, report.rule.maxDays) },
    { label: m.entryPossible, value: authorised.allowed ? m.yes : m.no, tone: authorised.allowed ? 'good' : 'bad' },
    { label: m.longestStay, value: m.days(authorised.maxStayDays) },
    ...authorisationRows(authorised, style),
    ...visaRows(authorised, visas, style),
  ];
  if (trip !== null) {
    rows.push({ label: m.plannedTrip, value: m.tripRange(day(report.entry), day(trip.exit), trip.days) });
    rows.push(
      trip.firstUnauthorisedDay === null
        ? { label: '', value: m.tripCompliant, tone: 'good' }
        : {
            label: '',
            value: `${m.tripBreaks(day(trip.firstUnauthorisedDay), trip.exit - trip.firstUnauthorisedDay + 1)}: ${m.limitNames[trip.brokenLimit!]}`,
            tone: 'bad',
          },
    );
    rows.push({ label: m.peakDaysUsed, value: m.daysUsedValue(trip.peakDaysUsed, report.rule.maxDays) });
  }
  return renderRows(style, m.planTitle(day(report.entry)), rows);
}

export function renderNextTable(report: NextReport, visas: readonly Visa[], style: TableStyle): string {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const rows: Row[] = [{ label: m.searchFrom, value: day(report.from) }];
  if (report.earliestEntry === null) {
    rows.push({ label: m.earliestEntry, value: `${m.noEntryFound} (${m.refusals[report.refusal!]})`, tone: 'bad' });
  } else {
    rows.push({ label: m.earliestEntry, value: day(report.earliestEntry), tone: 'good' });
    rows.push({ label: m.exitAfterTrip, value: day(report.exit!) });
  }
  if (report.visaIndex !== null) {
    const visa = visas[report.visaIndex]!;
    rows.push({ label: m.visaSticker, value: m.visaSummary(visa.type, String(visa.entries), day(visa.validFrom), day(visa.validUntil), visa.durationDays) });
  }
  return renderRows(style, m.nextTitle(report.tripDays), rows);
}
