import { mayIssueDeclaration } from '../core/annex3.js';
import { annex3Refusal, type Annex3Refusal } from '../core/annex3-refusal.js';
import type { Day } from '../core/day.js';
import type { Visa } from '../core/visa.js';
import type { Annex3Answer } from '../app/queries.js';
import type { Verdict } from '../app/verdict.js';
import type { Catalogue } from '../messages/catalogue.js';
import { annex3FormFields, identityFields, refusalRows, type Annex3Identity } from './annex3.js';
import { formatDay, formatFormDay } from './format-date.js';
import { renderVerdictLine } from './verdict.js';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value: every character that could end a text or an attribute is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** Who issues the declarations and under which numbers: the settings file, or --municipality and --reference. */
export interface DeclarationIssue {
  /** The municipality, printed at the top and as the place of issue; null leaves a line to fill in. */
  readonly municipality: string | null;
  /** Each person's reference number, in the order of the persons; null leaves a line to fill in. */
  readonly references: readonly (string | null)[];
  /** The date of issue: the reference day. */
  readonly date: Day;
}

/**
 * The style of the declaration, the refusal notice and the worksheet: one A4 sheet each, black on
 * white, so that it prints the same from any browser. Every class begins with `a3-`: the counter
 * page embeds the same sheets (served as /declaration.css), and nothing of the page's own style
 * reaches them. On a narrow screen a sheet takes the screen's width; printed, it is A4.
 */
export const DECLARATION_CSS = `@page { size: A4; margin: 14mm 16mm; }
.a3-sheet { box-sizing: border-box; font: 10.5pt/1.4 "Helvetica Neue", Arial, sans-serif; color: #000; background: #fff; overflow-wrap: break-word; hyphens: auto; }
.a3-sheet * { box-sizing: border-box; }
.a3-sheet h1 { font-size: 17pt; margin: 6mm 0 0; letter-spacing: 0.02em; }
.a3-sheet h2 { font-size: 11.5pt; margin: 6mm 0 2mm; }
.a3-sheet p { margin: 0 0 3mm; }
.a3-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm; }
.a3-issuer p { margin: 0 0 2mm; }
.a3-label { display: block; font-size: 8.5pt; color: #333; }
.a3-fill { display: inline-block; min-width: 50mm; border-bottom: 0.3mm dotted #000; min-height: 5mm; }
.a3-photo { flex: none; width: 35mm; height: 45mm; border: 0.3mm solid #000; display: flex; align-items: center; justify-content: center; font-size: 8.5pt; color: #333; }
.a3-model { font-size: 9pt; color: #333; }
.a3-person { font-size: 9pt; color: #333; }
.a3-fields { width: 100%; border-collapse: collapse; margin: 5mm 0; break-inside: avoid; page-break-inside: avoid; }
.a3-fields th, .a3-fields td { text-align: left; vertical-align: top; padding: 1.8mm 2mm; border-bottom: 0.3mm solid #000; }
.a3-fields th { width: 40%; font-weight: 600; }
.a3-fields td.a3-blank { height: 9mm; }
.a3-authorised { font-size: 12pt; border: 0.5mm solid #000; padding: 3mm; margin: 5mm 0 !important; }
.a3-authorised strong { white-space: nowrap; }
.a3-notice { font-size: 9pt; }
.a3-signatures { display: flex; gap: 8mm; margin-top: 8mm; break-inside: avoid; page-break-inside: avoid; }
.a3-signatures div { flex: 1; border: 0.3mm solid #000; padding: 1.5mm 2mm; height: 34mm; font-size: 9pt; }
.a3-seal { display: block; margin-top: 14mm; color: #333; }
.a3-refusal h1 { border-bottom: 0.6mm solid #000; padding-bottom: 2mm; }
.a3-verdict { font-weight: 700; }
.a3-refusal ol { margin: 0; padding-left: 6mm; }
.a3-refusal li { margin-bottom: 2mm; }
.a3-worksheet .a3-late td { font-weight: 700; }
.a3-small { font-size: 8.5pt; color: #333; margin-top: 6mm; }
.a3-sheet { break-after: page; page-break-after: always; }
.a3-sheet:last-of-type { break-after: auto; page-break-after: auto; }
@media screen {
  .a3-sheet { width: 100%; max-width: 210mm; margin: 0 auto 6mm; padding: 8mm; border: 1px solid #bbb; }
  .a3-photo { width: 24mm; height: 31mm; }
  .a3-fill { min-width: 0; width: 100%; }
}
@media screen and (max-width: 36rem) {
  .a3-sheet { padding: 4mm; }
  .a3-fields th, .a3-fields td { display: block; width: auto; }
  .a3-fields th { border-bottom: none; padding-bottom: 0; }
  .a3-signatures { flex-direction: column; gap: 4mm; }
}
@media print { .a3-sheet { width: auto; max-width: none; margin: 0; padding: 0; border: none; } }
`;

function fieldRows(fields: readonly [string, string][]): string {
  return fields
    .map(([label, value]) => {
      const cell = value === '' ? '<td class="a3-blank"></td>' : `<td>${escapeHtml(value).replace(/\n/g, '<br>')}</td>`;
      return `<tr><th scope="row">${escapeHtml(label)}</th>${cell}</tr>`;
    })
    .join('\n');
}

/** A value, or a dotted line to fill in by hand. */
function valueOrLine(value: string | null): string {
  return value === null || value === '' ? '<span class="a3-fill"></span>' : escapeHtml(value);
}

/** The form of one person: the model's fields, the sentence with the end date, the signatures. */
function formSheet(answer: Annex3Answer, end: Day, catalogue: Catalogue, identity: Annex3Identity, reference: string | null, issue: DeclarationIssue, person: string | null): string {
  const d = catalogue.table.declaration;
  const day = (value: Day) => formatFormDay(value, catalogue.language);
  const fields: [string, string][] = [...identityFields(identity, catalogue.table), [d.arrival, day(answer.arrival)]];
  const place = issue.municipality === null ? '<span class="a3-fill"></span>' : escapeHtml(issue.municipality);
  // The sentence is built around a marker, so that the end date is bold and every other part escaped.
  const [before, after] = d.authorisedUntil('\u0000').split('\u0000') as [string, string];
  const [issuedBefore, issuedMiddle, issuedAfter] = d.issued('\u0000', '\u0001').split(/[\u0000\u0001]/) as [string, string, string];
  return `<section class="a3-sheet a3-declaration">
<header class="a3-head">
<div class="a3-issuer">
<p><span class="a3-label">${escapeHtml(d.municipality)}</span> <strong>${valueOrLine(issue.municipality)}</strong></p>
<p><span class="a3-label">${escapeHtml(d.reference)}</span> ${valueOrLine(reference)}</p>
</div>
<div class="a3-photo">${escapeHtml(d.photo)}</div>
</header>
<h1>${escapeHtml(d.title)}</h1>
<p class="a3-model">${escapeHtml(d.model)}</p>
${person === null ? '' : `<p class="a3-person">${escapeHtml(person)}</p>\n`}<table class="a3-fields">
${fieldRows(fields)}
</table>
<p class="a3-authorised">${escapeHtml(before)}<strong>${escapeHtml(day(end))}</strong>${escapeHtml(after)}</p>
<p class="a3-notice">${escapeHtml(d.notAPermit)}</p>
<p class="a3-issued">${escapeHtml(issuedBefore)}${place}${escapeHtml(issuedMiddle)}${escapeHtml(day(issue.date))}${escapeHtml(issuedAfter)}</p>
<div class="a3-signatures"><div>${escapeHtml(d.signatureHolder)}</div><div>${escapeHtml(d.signatureOfficial)}<span class="a3-seal">${escapeHtml(d.seal)}</span></div></div>
</section>`;
}

/** The notice that replaces the form: what is wrong, the dates that show it, what to do. No signature. */
function refusalSheet(answer: Annex3Answer, refusal: Annex3Refusal, verdict: Verdict, catalogue: Catalogue, identity: Annex3Identity | null): string {
  const m = catalogue.table;
  const r = m.declaration.refusal;
  const person = identity?.name === undefined || identity.name === '' ? '' : `<p><span class="a3-label">${escapeHtml(r.person)}</span> <strong>${escapeHtml(identity.name)}</strong></p>\n`;
  return `<section class="a3-sheet a3-refusal">
<h1>${escapeHtml(r.title)}</h1>
<p class="a3-verdict">${escapeHtml(renderVerdictLine(verdict, catalogue))}</p>
${person}<h2>${escapeHtml(r.why)}</h2>
<p>${escapeHtml(m.refusals[refusal.limit])}</p>
<h2>${escapeHtml(r.dates)}</h2>
<table class="a3-fields">
${fieldRows(refusalRows(answer, refusal, { language: catalogue.language, messages: m }))}
</table>
<h2>${escapeHtml(r.next)}</h2>
<ol>
${r.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('\n')}
</ol>
</section>`;
}

/**
 * The sheets of annex 3, as printed from the command line (`--html`) and from the counter page:
 * one form per person (no person given: one blank form), or, when no declaration may be issued,
 * the refusal notice instead, with no signature line whatever the caller asks for.
 */
export function renderDeclarationSheets(answer: Annex3Answer, verdict: Verdict, catalogue: Catalogue, persons: readonly Annex3Identity[], issue: DeclarationIssue): string {
  const people = persons.length === 0 ? [{}] : persons;
  const end = answer.authorisedStay.latestExit;
  if (answer.refusal !== null || !mayIssueDeclaration(answer) || end === null) {
    // The refusal's facts come with every answer that refuses (annex3Query); a report that lacks
    // them still gets no form, and the notice what can be said without the stickers.
    const refusal = answer.refusal ?? annex3Refusal(answer, [], null)!;
    return people.map((identity) => refusalSheet(answer, refusal, verdict, catalogue, identity)).join('\n');
  }
  return people
    .map((identity, index) => {
      const person = people.length > 1 ? catalogue.table.declaration.person(index + 1, people.length) : null;
      return formSheet(answer, end, catalogue, identity, issue.references[index] ?? null, issue, person);
    })
    .join('\n');
}

function htmlDocument(language: string, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 0; }
${DECLARATION_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** `annex3 --html`: the declaration (or the refusal notice) as a page of its own, one A4 sheet a person. */
export function renderAnnex3Html(answer: Annex3Answer, verdict: Verdict, catalogue: Catalogue, persons: readonly Annex3Identity[], issue: DeclarationIssue): string {
  const d = catalogue.table.declaration;
  const title = answer.refusal === null && mayIssueDeclaration(answer) ? d.title : d.refusal.title;
  return htmlDocument(catalogue.language, title, renderDeclarationSheets(answer, verdict, catalogue, persons, issue));
}

/**
 * `annex3 --worksheet`: the workings for the file, one A4 sheet (no signature): deadline, days not
 * counted, lateness, the end of the stay and the limit that binds it, the visa, the legal basis;
 * a refusal's dates when no declaration may be issued.
 */
export function renderAnnex3Worksheet(answer: Annex3Answer, verdict: Verdict, visas: readonly Visa[], catalogue: Catalogue, persons: readonly Annex3Identity[], today: Day): string {
  const m = catalogue.table;
  const style = { language: catalogue.language, messages: m, colorLevel: 0 as const };
  const identity = persons.flatMap((person) => identityFields(person, m).filter(([, value]) => value !== ''));
  // The entry and the arrival are the worksheet's first rows already.
  const refusal = answer.refusal === null ? [] : refusalRows(answer, answer.refusal, style).slice(2);
  const fields = [...identity, ...annex3FormFields(answer, visas, style), ...refusal];
  const late = m.annex3Form.late;
  const rows = fields
    .map(([label, value]) => {
      const cls = label === late ? ' class="a3-late"' : '';
      return `<tr${cls}><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value).replace(/\n/g, '<br>')}</td></tr>`;
    })
    .join('\n');
  const body = `<section class="a3-sheet a3-worksheet">
<h1>${escapeHtml(m.declaration.worksheet.title)}</h1>
<p class="a3-verdict">${escapeHtml(renderVerdictLine(verdict, catalogue))}</p>
<table class="a3-fields">
${rows}
</table>
<p class="a3-small">${escapeHtml(m.declaration.worksheet.note(formatDay(today, catalogue.language)))}</p>
</section>`;
  return htmlDocument(catalogue.language, m.declaration.worksheet.title, body);
}
