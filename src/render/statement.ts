import type { StatementAnswer } from '../app/statement.js';
import { STATEMENT_SOURCES } from '../app/statement.js';
import { civilFromDay, type Day } from '../core/day.js';
import type { StatementDay, StatementStay } from '../core/statement.js';
import type { Language } from '../messages/catalogue.js';
import { escapeHtml } from './annex3-html.js';
import { formatDay } from './format-date.js';
import { renderRows, type Row, type TableStyle } from './table.js';
import { wrapWords } from './wrap.js';

/**
 * `schengen statement`: the stays of a span, each day of presence with its count, the rule and its
 * source, as a table (80 columns) or a printable A4 page (--html) in the reader's language.
 */

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day without its year and weekday, as a column of counts shows it: `4 May`, `04/05`, `04.05.`. */
export function shortDay(day: Day, language: Language): string {
  const { month, dayOfMonth } = civilFromDay(day);
  const two = (n: number) => String(n).padStart(2, '0');
  if (language === 'en') return `${dayOfMonth} ${ENGLISH_MONTHS[month - 1]}`;
  return language === 'de' ? `${two(dayOfMonth)}.${two(month)}.` : `${two(dayOfMonth)}/${two(month)}`;
}

/** The count of a day: the days used; `–` for a day that does not count; `!` after an unauthorised one. */
function countOf(info: StatementDay): string {
  if (!info.counted) return '–';
  return info.unauthorised ? `${info.daysUsed}!` : String(info.daysUsed);
}

/** The stay's facts: its days, where (state and place of entry and exit), booked or not, its verdict. */
function stayFacts(answer: StatementAnswer, stay: StatementStay, style: TableStyle): string[] {
  const m = style.messages;
  const s = m.itinerary.statement;
  const detail = answer.details[stay.stayIndex];
  const where = (country: string | null | undefined, place: string | null | undefined) => [country, place].filter((part) => part !== null && part !== undefined && part !== '').join(' ');
  const entryWhere = where(detail?.entryCountry ?? stay.country, detail?.entryPlace);
  const exitWhere = where(detail?.exitCountry, detail?.exitPlace);
  const places = entryWhere === '' && exitWhere === '' ? s.noCountry : exitWhere === '' || exitWhere === entryWhere ? entryWhere : `${entryWhere || '?'} → ${exitWhere}`;
  const facts = [s.stayFacts(stay.days, stay.countedDays, places)];
  if (stay.stayIndex === answer.openStayIndex) facts.push(m.itinerary.check.exitAssumed);
  if (stay.booked) facts.push(s.booked);
  facts.push(stay.firstUnauthorisedDay === null ? s.compliant : s.breaks(formatDay(stay.firstUnauthorisedDay, style.language), m.limitNames[stay.brokenLimit!]));
  return facts;
}

/** A stay's days as columns of `date count`, as many to a line as fit in `width`. */
function dayColumns(stay: StatementStay, style: TableStyle, width: number): string[] {
  const cells = stay.presence.map((info) => `${shortDay(info.day, style.language).padStart(6)} ${countOf(info).padStart(4)}`);
  const perLine = Math.max(1, Math.floor((width - 2) / 13));
  const lines: string[] = [];
  for (let i = 0; i < cells.length; i += perLine) lines.push(`  ${cells.slice(i, i + perLine).join('  ').trimEnd()}`);
  return lines;
}

export function renderStatementTable(answer: StatementAnswer, style: TableStyle): string {
  const m = style.messages;
  const s = m.itinerary.statement;
  const { statement } = answer;
  const width = style.width ?? 80;
  const day = (d: Day) => formatDay(d, style.language);
  const rows: Row[] = statement.stays.length === 0 ? [{ label: s.noStays, value: '' }] : [];
  const blocks: string[] = [];
  statement.stays.forEach((stay, i) => {
    rows.push({ label: s.stay(i + 1, day(stay.entry), day(stay.exit)), value: stayFacts(answer, stay, style).join('\n'), tone: stay.firstUnauthorisedDay === null ? 'plain' : 'bad' });
    blocks.push([`${s.stay(i + 1, day(stay.entry), day(stay.exit))}`, ...dayColumns(stay, style, width)].join('\n'));
  });
  rows.push({ label: s.rule, value: `${s.ruleText(answer.rule.maxDays, answer.rule.windowDays)} ${s.countingNote}` });
  rows.push({ label: s.source, value: `${STATEMENT_SOURCES.rule}; ${STATEMENT_SOURCES.notCounted}` });
  const subtitle = wrapWords(s.subtitle(day(statement.range.first), day(statement.range.last), day(statement.on)), width).join('\n');
  const counts = blocks.length === 0 ? '' : `\n${s.dayCounts}\n\n${blocks.join('\n\n')}\n`;
  return `${subtitle}\n\n${renderRows(style, s.title, rows)}${counts}\n${wrapWords(s.htmlDisclaimer, width).join('\n')}\n`;
}

/* A4, black on white, nothing that depends on a screen: it prints the same from any browser. */
const STYLE = `@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
html { font: 10pt/1.35 "Helvetica Neue", Arial, sans-serif; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 182mm; }
h1 { font-size: 15pt; margin: 0 0 1mm; }
h2 { font-size: 11.5pt; margin: 6mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
p.subtitle { margin: 0 0 4mm; }
p.facts { margin: 0 0 2mm; }
table.days { border-collapse: collapse; width: 100%; break-inside: auto; }
table.days td { border: 0.2mm solid #000; padding: 0.8mm 1.2mm; width: 14.28%; vertical-align: top; }
table.days td span { display: block; font-size: 8pt; color: #333; }
table.days td.out { color: #555; }
table.days td.bad { font-weight: 700; }
table.rule { border-collapse: collapse; width: 100%; margin-top: 6mm; break-inside: avoid; page-break-inside: avoid; }
table.rule th, table.rule td { text-align: left; vertical-align: top; padding: 1.4mm 2mm; border-bottom: 0.3mm solid #000; }
table.rule th { width: 22%; }
p.computed { font-size: 8.5pt; color: #333; margin-top: 5mm; }
`;

/** A stay's days, seven to a row: each cell its date above its count. */
function dayGrid(stay: StatementStay, style: TableStyle): string {
  const s = style.messages.itinerary.statement;
  const cells = stay.presence.map((info) => {
    const cls = !info.counted ? ' class="out"' : info.unauthorised ? ' class="bad"' : '';
    const note = !info.counted ? s.notCounted : info.unauthorised ? s.unauthorised : `${s.columns.used}`;
    return `<td${cls}><span>${escapeHtml(shortDay(info.day, style.language))}</span>${escapeHtml(countOf(info))} <span>${escapeHtml(note)}</span></td>`;
  });
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(`<tr>${cells.slice(i, i + 7).join('')}</tr>`);
  return `<table class="days">\n${rows.join('\n')}\n</table>`;
}

/**
 * The statement as a printable A4 page in the reader's language (nl, fr, de, en). Every value is
 * escaped: a place written as `<script>` prints as text.
 */
export function renderStatementHtml(answer: StatementAnswer, style: TableStyle): string {
  const s = style.messages.itinerary.statement;
  const { statement } = answer;
  const day = (d: Day) => formatDay(d, style.language);
  const stays = statement.stays.map((stay, i) => {
    const facts = stayFacts(answer, stay, style).map(escapeHtml).join('<br>');
    return `<section class="stay">
<h2>${escapeHtml(s.stay(i + 1, day(stay.entry), day(stay.exit)))}</h2>
<p class="facts">${facts}</p>
<p class="facts">${escapeHtml(s.dayCounts)}</p>
${dayGrid(stay, style)}
</section>`;
  });
  return `<!DOCTYPE html>
<html lang="${style.language}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(s.title)}</title>
<style>
${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(s.title)}</h1>
<p class="subtitle">${escapeHtml(s.subtitle(day(statement.range.first), day(statement.range.last), day(statement.on)))}</p>
${stays.length === 0 ? `<p>${escapeHtml(s.noStays)}</p>` : stays.join('\n')}
<table class="rule">
<tr><th scope="row">${escapeHtml(s.rule)}</th><td>${escapeHtml(`${s.ruleText(answer.rule.maxDays, answer.rule.windowDays)} ${s.countingNote}`)}</td></tr>
<tr><th scope="row">${escapeHtml(s.source)}</th><td>${escapeHtml(STATEMENT_SOURCES.rule)}<br>${escapeHtml(STATEMENT_SOURCES.notCounted)}</td></tr>
</table>
<p class="computed">${escapeHtml(s.htmlComputed(day(statement.on)))} ${escapeHtml(s.htmlDisclaimer)}</p>
</body>
</html>
`;
}
