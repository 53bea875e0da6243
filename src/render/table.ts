import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Day } from '../core/day.js';
import type { NextReport, PlanReport, StatusReport } from '../core/reports.js';
import { formatDay, type Language } from './format-date.js';
import type { Messages } from './messages/en.js';

export interface TableStyle {
  readonly language: Language;
  readonly messages: Messages;
  /** Colour level as chalk counts it: 0 = plain text. */
  readonly colorLevel: 0 | 1 | 2 | 3;
}

type Tone = 'plain' | 'good' | 'bad' | 'warn';

interface Row {
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

/** Title line and a two-column table; colour only marks what the words already say. */
function renderRows(style: TableStyle, title: string, rows: readonly Row[], notes: readonly string[]): string {
  const chalk = new Chalk({ level: style.colorLevel });
  const table = new Table({ style: { head: [], border: [] } });
  for (const row of rows) table.push([row.label, paint(chalk, row.tone, row.value)]);
  const noteLines = notes.map((note) => `${paint(chalk, 'warn', `${style.messages.warning}:`)} ${note}`);
  return [chalk.bold(title), table.toString(), ...noteLines].join('\n') + '\n';
}

export function renderStatusTable(report: StatusReport, notes: readonly string[], style: TableStyle): string {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const latestExit: Row = !report.inSchengen
    ? { label: m.latestExit, value: m.notInside }
    : report.latestExit === null
      ? { label: m.latestExit, value: m.latestExitOverLimit, tone: 'bad' }
      : { label: m.latestExit, value: day(report.latestExit), tone: 'good' };
  const rows: Row[] = [
    { label: m.window(report.rule.windowDays), value: `${day(report.window.first)} – ${day(report.window.last)}` },
    {
      label: m.daysUsed,
      value: m.daysUsedValue(report.daysUsed, report.rule.maxDays),
      tone: report.daysUsed > report.rule.maxDays ? 'bad' : 'plain',
    },
    { label: m.daysRemaining, value: String(report.daysRemaining), tone: report.daysRemaining === 0 ? 'warn' : 'good' },
    { label: m.inSchengen, value: report.inSchengen ? m.yes : m.no },
    latestExit,
    { label: m.overstay, value: m.days(report.overstayDays), tone: report.overstayDays > 0 ? 'bad' : 'plain' },
    {
      label: m.firstOverstayDay,
      value: report.firstOverstayDay === null ? m.none : day(report.firstOverstayDay),
      tone: report.firstOverstayDay === null ? 'plain' : 'bad',
    },
    { label: m.fullStayPossibleFrom(report.rule.maxDays), value: day(report.fullStayPossibleFrom) },
  ];
  return renderRows(style, m.statusTitle(day(report.on)), rows, notes);
}

export function renderPlanTable(report: PlanReport, notes: readonly string[], style: TableStyle): string {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const possible = report.maxStayDays > 0;
  const rows: Row[] = [
    { label: m.daysUsedBeforeEntry, value: m.daysUsedValue(report.daysUsedBeforeEntry, report.rule.maxDays) },
    { label: m.entryPossible, value: possible ? m.yes : m.no, tone: possible ? 'good' : 'bad' },
    { label: m.longestStay, value: m.days(report.maxStayDays) },
    { label: m.latestExit, value: report.latestExit === null ? m.none : day(report.latestExit), tone: possible ? 'good' : 'bad' },
  ];
  const { trip } = report;
  if (trip !== null) {
    rows.push({ label: m.plannedTrip, value: m.tripRange(day(report.entry), day(trip.exit), trip.days) });
    rows.push(
      trip.firstOverstayDay === null
        ? { label: '', value: m.tripCompliant, tone: 'good' }
        : { label: '', value: m.tripBreaks(day(trip.firstOverstayDay), trip.overstayDays), tone: 'bad' },
    );
    rows.push({ label: m.peakDaysUsed, value: m.daysUsedValue(trip.peakDaysUsed, report.rule.maxDays) });
  }
  return renderRows(style, m.planTitle(day(report.entry)), rows, notes);
}

export function renderNextTable(report: NextReport, notes: readonly string[], style: TableStyle): string {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const rows: Row[] = [
    { label: m.searchFrom, value: day(report.from) },
    { label: m.earliestEntry, value: day(report.earliestEntry), tone: 'good' },
    { label: m.exitAfterTrip, value: day(report.exit) },
  ];
  return renderRows(style, m.nextTitle(report.tripDays), rows, notes);
}
