import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { LimitName } from '../core/authorisation.js';
import type { Explanation } from '../core/explanation.js';
import { civilFromDay, type Day } from '../core/day.js';
import type { PlanReport, RuleCount, StatusReport, StayAuthorisation } from '../core/reports.js';
import { SCHENGEN_REGIME, type Regime } from '../core/regimes.js';
import type { Visa } from '../core/visa.js';
import type { NextAnswer } from '../app/next-answer.js';
import type { Language } from '../messages/catalogue.js';
import type { Messages } from '../messages/en/table.js';
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
  const widths = columnWidths(style.width ?? 80);
  if (style.colorLevel === 0) {
    const plain = plainTable(widths, rows);
    if (plain !== null) return `${title}\n${plain}\n`;
  }
  const chalk = new Chalk({ level: style.colorLevel });
  const table = new Table({ style: { head: [], border: [] }, wordWrap: true, colWidths: widths });
  for (const row of rows) table.push([row.label, paint(chalk, row.tone, row.value)]);
  return `${chalk.bold(title)}\n${table.toString()}\n`;
}

/**
 * Characters that cli-table3 (through string-width) counts one column each and that hold no colour
 * code or line break: printable ASCII, Latin-1 (no-break space, guillemets, accented letters), the
 * dashes, quotes and ellipsis of U+2010-U+2027, and the narrow no-break space.
 * test/render/plain-table.test.ts checks each against string-width.
 */
export const PLAIN_TEXT = /^[\x20-\x7e\u00a0-\u00ff\u2010-\u2027\u202f]*$/;

/**
 * The table cli-table3 draws for `renderRows` (two columns of fixed widths, padding 1, word wrap, no
 * colour, its default box characters), drawn the same way character for character, but without its
 * cell objects, options merged per cell and regular expressions per line: cli-table3 allocated some
 * 350 KB to draw a status table of 12 rows, enough to make the young generation collect once more at
 * start-up (issue 21). Null when a cell holds other text, or a column is too narrow: cli-table3 then
 * draws it. test/render/plain-table.test.ts compares the two on many tables.
 */
export function plainTable(widths: readonly [number, number], rows: readonly Row[]): string | null {
  if (widths[0] < 4 || widths[1] < 4) return null;
  for (const row of rows) if (!PLAIN_TEXT.test(row.label) || !PLAIN_TEXT.test(row.value)) return null;
  const lines: string[] = [];
  rows.forEach((row, y) => {
    const cells = [wrapAsCliTable3(widths[0] - 2, row.label), wrapAsCliTable3(widths[1] - 2, row.value)] as const;
    lines.push(y === 0 ? `\u250c${'\u2500'.repeat(widths[0])}\u252c${'\u2500'.repeat(widths[1])}\u2510` : `\u251c${'\u2500'.repeat(widths[0])}\u253c${'\u2500'.repeat(widths[1])}\u2524`);
    const height = Math.max(1, cells[0].length, cells[1].length);
    for (let line = 0; line < height; line++) lines.push(`\u2502${cellLine(cells[0][line], widths[0])}\u2502${cellLine(cells[1][line], widths[1])}\u2502`);
  });
  if (rows.length > 0) lines.push(`\u2514${'\u2500'.repeat(widths[0])}\u2534${'\u2500'.repeat(widths[1])}\u2518`);
  return lines.join('\n');
}

/** One line of a cell, `width` columns with its padding: cli-table3's truncation with "…" and padding on the right. */
function cellLine(text: string | undefined, width: number): string {
  if (text === undefined) return ' '.repeat(width);
  const room = width - 2;
  const fitted = text.length <= room ? text : `${text.slice(0, room - 1)}\u2026`;
  return ` ${fitted}${' '.repeat(room - fitted.length)} `;
}

/**
 * cli-table3's word wrap (utils.js `wordWrap`) for text whose every character is one column. Not
 * render/wrap.ts's `wrapWords`: this one must break where cli-table3 breaks (it keeps runs of
 * whitespace between words), so that both draw the same table.
 */
function wrapAsCliTable3(maxLength: number, input: string): string[] {
  const lines: string[] = [];
  const split = input.split(/(\s+)/g);
  let line: string[] = [];
  let lineLength = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i]!;
    let newLength = lineLength + word.length;
    if (lineLength > 0 && whitespace) newLength += whitespace.length;
    if (newLength > maxLength) {
      if (lineLength !== 0) lines.push(line.join(''));
      line = [word];
      lineLength = word.length;
    } else {
      line.push(whitespace ?? '', word);
      lineLength = newLength;
    }
    whitespace = split[i + 1];
  }
  if (lineLength !== 0) lines.push(line.join(''));
  return lines;
}

/** The regime's rules in the reader's words, each shape once: "30 days per stay; 90 days per calendar year". */
export function rulesText(regime: Regime, style: TableStyle): string {
  return regime.rules.map((rule) => style.messages.regimes.shape(rule.shape)).filter((text, i, all) => all.indexOf(text) === i).join(style.messages.punctuation.semicolon);
}

/** The sticker a stay is under; without one, the rules that judge the traveller instead (the regime's own). */
export function visaRows(authorised: StayAuthorisation, visas: readonly Visa[], style: TableStyle, regime: Regime = SCHENGEN_REGIME): Row[] {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const use = authorised.visa;
  if (use === null) {
    if (authorised.refusal === 'noVisa') return [{ label: m.visaSticker, value: m.refusals.noVisa }];
    const value = !regime.stickers ? m.stickersNotJudged(rulesText(regime, style)) : regime.name === 'schengen' ? m.visaExempt : m.visaExemptUnder(rulesText(regime, style));
    return [{ label: m.visaSticker, value }];
  }
  const visa = visas[use.visaIndex]!;
  const type = visa.validFor === null ? visa.type : `${visa.type} (${visa.validFor.join(', ')})`;
  return [
    {
      label: m.visaSticker,
      value: `${m.visaSummary(type, String(visa.entries), day(visa.validFrom), day(visa.validUntil), visa.durationDays)}${m.punctuation.semicolon}${m.visaUse(use.entriesUsedBefore, use.daysUsedBefore)}`,
    },
  ];
}

function stopText(authorised: StayAuthorisation, style: TableStyle): string {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const name = m.limitNames[authorised.bindingLimit!];
  const stay = authorised.bookedStay;
  return stay === null ? name : `${name} (${m.authorisation.stayRange(day(stay.first), day(stay.last))})`;
}

/** Why the entry is not allowed; a booked stay that a planned entry breaks is named with its dates. */
export function refusalText(authorised: StayAuthorisation, style: Pick<TableStyle, 'language' | 'messages'>): string {
  const m = style.messages;
  const stay = authorised.bookedStay;
  const text = m.refusals[authorised.refusal!];
  if (authorised.refusal !== 'bookedStay' || stay === null) return text;
  return `${text} (${m.authorisation.stayRange(formatDay(stay.first, style.language), formatDay(stay.last, style.language))})`;
}

/** Entry allowed, latest exit (or why there is none), and what decides it. */
export function authorisationRows(authorised: StayAuthorisation, style: TableStyle): Row[] {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const rows: Row[] = [];
  if (!authorised.allowed) rows.push({ label: m.entryNotAllowed, value: refusalText(authorised, style), tone: 'bad' });
  if (authorised.latestExit === null) {
    const broken = authorised.firstUnauthorised;
    if (authorised.allowed && broken !== null) {
      rows.push({ label: m.latestExit, value: m.authorisation.alreadyUnauthorised(day(broken.day), m.limitNames[broken.limit]), tone: 'bad' });
    }
  } else {
    rows.push({ label: m.latestExit, value: day(authorised.latestExit), tone: 'good' });
    if (authorised.bindingLimit !== null) rows.push({ label: m.bindingLimit, value: stopText(authorised, style) });
  }
  return rows;
}

function firstUnauthorisedValue(day: Day | null, limit: LimitName | null, style: TableStyle): string {
  const m = style.messages;
  if (day === null || limit === null) return m.none;
  return m.authorisation.firstUnauthorisedValue(formatDay(day, style.language), m.limitNames[limit]);
}

export function renderStatusTable(report: StatusReport, visas: readonly Visa[], style: TableStyle, explanation: Explanation | null = null): string {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const current = report.currentStay;
  const schengen = report.regime.name === 'schengen';
  const rows: Row[] = [
    ...(schengen ? [] : [{ label: m.regimes.rulesLabel, value: rulesText(report.regime, style) }]),
    ...countRows(report.counts, style),
    { label: m.daysRemaining, value: String(report.daysRemaining), tone: report.daysRemaining === 0 ? 'warn' : 'good' },
    { label: schengen ? m.inSchengen : m.regimes.inZone, value: report.inSchengen ? m.yes : m.no },
    ...(current === null ? [{ label: m.latestExit, value: m.notInside }] : [...authorisationRows(current, style), ...visaRows(current, visas, style, report.regime)]),
    ...(schengen
      ? [
          { label: m.overstay, value: m.days(report.overstayDays), tone: report.overstayDays > 0 ? ('bad' as const) : ('plain' as const) },
          {
            label: m.firstOverstayDay,
            value: report.firstOverstayDay === null ? m.none : day(report.firstOverstayDay),
            tone: report.firstOverstayDay === null ? ('plain' as const) : ('bad' as const),
          },
        ]
      : []),
    {
      label: m.authorisation.firstUnauthorisedDay,
      value: firstUnauthorisedValue(report.firstUnauthorisedDay, report.brokenLimit, style),
      tone: report.firstUnauthorisedDay === null ? 'plain' : 'bad',
    },
    { label: m.authorisation.unauthorisedDays, value: String(report.unauthorisedDays), tone: report.unauthorisedDays > 0 ? 'bad' : 'plain' },
    ...(report.fullStayPossibleFrom === null || report.fullStayDays === null ? [] : [{ label: m.fullStayPossibleFrom(report.fullStayDays), value: day(report.fullStayPossibleFrom) }]),
  ];
  const title = schengen ? m.statusTitle(day(report.on)) : m.regimes.statusTitle(m.regimes.presets[report.regime.name], day(report.on));
  return renderRows(style, title, rows) + explanationText(explanation, style);
}

/** Each rule in force: its period and the days used against it (the 90/180 rule as it always read). */
export function countRows(counts: readonly RuleCount[], style: TableStyle): Row[] {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  return counts.flatMap((count): Row[] => {
    const used = { value: m.daysUsedValue(count.daysUsed, count.maxDays), tone: count.daysUsed > count.maxDays ? ('bad' as const) : ('plain' as const) };
    if (count.shape.kind === 'rolling') {
      return [
        { label: m.window(count.shape.windowDays), value: `${day(count.period.first)} – ${day(count.period.last)}` },
        { label: m.daysUsed, ...used },
      ];
    }
    const label = count.shape.kind === 'calendarYear' ? m.regimes.yearLabel(civilFromDay(count.period.first).year) : m.regimes.stayLabel;
    return [{ label, ...used }];
  });
}

export function renderPlanTable(report: PlanReport & { openStayEnds?: Day | null }, visas: readonly Visa[], style: TableStyle, explanation: Explanation | null = null): string {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const { authorised, trip } = report;
  // Days used by the rule that binds before entry: "48 of 90", with the rule named outside the Schengen preset.
  const count = report.countBeforeEntry;
  const used = (days: number) =>
    count === null ? String(days) : `${m.daysUsedValue(days, count.maxDays)}${report.regime.name === 'schengen' ? '' : ` (${m.regimes.shape(count.shape)})`}`;
  const rows: Row[] = [
    ...(report.openStayEnds === undefined || report.openStayEnds === null
      ? []
      : [{ label: m.itinerary.plan.assumedLeave, value: m.itinerary.plan.assumedLeaveValue(day(report.openStayEnds)), tone: 'warn' as const }]),
    { label: m.daysUsedBeforeEntry, value: used(report.daysUsedBeforeEntry) },
    { label: m.entryPossible, value: authorised.allowed ? m.yes : m.no, tone: authorised.allowed ? 'good' : 'bad' },
    { label: m.longestStay, value: m.days(authorised.maxStayDays) },
    ...authorisationRows(authorised, style),
    ...visaRows(authorised, visas, style, report.regime),
  ];
  if (trip !== null) {
    rows.push({ label: m.plannedTrip, value: m.tripRange(day(report.entry), day(trip.exit), trip.days) });
    if (trip.firstUnauthorisedDay === null) {
      rows.push({ label: '', value: m.tripCompliant, tone: 'good' });
    } else if (trip.brokenStay !== null) {
      const stay = m.authorisation.stayRange(day(trip.brokenStay.first), day(trip.brokenStay.last));
      rows.push({ label: '', value: m.authorisation.tripBreaksBookedStay(day(trip.firstUnauthorisedDay), stay, m.limitNames[trip.brokenLimit!]), tone: 'bad' });
    } else {
      rows.push({ label: '', value: `${m.tripBreaks(day(trip.firstUnauthorisedDay), trip.unauthorisedDays)}${m.punctuation.colon}${m.limitNames[trip.brokenLimit!]}`, tone: 'bad' });
    }
    rows.push({ label: m.peakDaysUsed, value: used(trip.peakDaysUsed) });
  }
  return renderRows(style, m.planTitle(day(report.entry)), rows) + explanationText(explanation, style);
}

export function renderNextTable(report: NextAnswer, visas: readonly Visa[], style: TableStyle, explanation: Explanation | null = null): string {
  const m = style.messages;
  const day = (d: Day) => formatDay(d, style.language);
  const rows: Row[] = [{ label: m.searchFrom, value: day(report.from) }];
  if (report.leave !== null) rows.push({ label: m.latestExit, value: m.authorisation.insideAssumedToLeave(day(report.leave)) });
  if (report.earliestEntry === null) {
    rows.push({ label: m.earliestEntry, value: `${m.noEntryFound} (${m.refusals[report.refusal ?? 'noVisa']})`, tone: 'bad' });
  } else {
    rows.push({ label: m.earliestEntry, value: day(report.earliestEntry), tone: 'good' });
    rows.push({ label: m.exitAfterTrip, value: day(report.exit!) });
  }
  if (report.visaIndex !== null) {
    const visa = visas[report.visaIndex]!;
    rows.push({ label: m.visaSticker, value: m.visaSummary(visa.type, String(visa.entries), day(visa.validFrom), day(visa.validUntil), visa.durationDays) });
  }
  return renderRows(style, m.nextTitle(report.tripDays), rows) + explanationText(explanation, style);
}

/** The workings behind an answer (--explain): the deciding day, its window, the stays, the limits. */
export function explanationText(explanation: Explanation | null, style: TableStyle): string {
  if (explanation === null) return '';
  const m = style.messages;
  const a = m.authorisation;
  const day = (d: Day) => formatDay(d, style.language);
  const rows: Row[] = [
    { label: a.explainDay, value: `${day(explanation.day)} (${a.explainWhy[explanation.reason]})` },
    { label: a.explainWindow(explanation.window.last - explanation.window.first + 1), value: `${day(explanation.window.first)} – ${day(explanation.window.last)}` },
  ];
  if (explanation.stays.length === 0) rows.push({ label: '', value: a.explainNoStay });
  for (const stay of explanation.stays) {
    const where = stay.country === null ? '' : ` ${stay.country}`;
    rows.push({ label: '', value: a.explainStayDays(`${a.stayRange(day(stay.entry), day(stay.exit))}${where}`, stay.daysInWindow) });
  }
  rows.push({
    label: a.explainTotal,
    value: m.daysUsedValue(explanation.daysInWindow, explanation.maxDays),
    tone: explanation.daysInWindow > explanation.maxDays ? 'bad' : 'plain',
  });
  if (explanation.visaDays !== null) {
    const { used, durationDays } = explanation.visaDays;
    rows.push({ label: a.explainVisaDays, value: m.daysUsedValue(used, durationDays), tone: used > durationDays ? 'bad' : 'plain' });
  }
  if (explanation.brokenLimit !== null) rows.push({ label: a.explainBroken, value: m.limitNames[explanation.brokenLimit], tone: 'bad' });
  for (const limit of explanation.limits) {
    // A limit that binds or breaks applies: "does not apply" only for one that does neither and has no day.
    const value = limit.lastDay === null ? (limit.binds || limit.broken ? '' : a.explainNoLimitValue) : day(limit.lastDay);
    const mark = limit.binds ? 'binds' : limit.broken ? 'broken' : null;
    rows.push({ label: m.limitNames[limit.limit], value: a.explainLimitValue(value, mark).trim(), tone: limit.broken ? 'bad' : limit.binds ? 'warn' : 'plain' });
    // The source in the reader's language (the JSON keeps the core's English citation).
    rows.push({ label: '', value: `${a.explainSource}${m.punctuation.colon}${m.legal.limits[limit.limit]}` });
  }
  return `\n${renderRows(style, a.explainTitle(day(explanation.day)), rows)}`;
}
