import type { Annex3Report } from '../core/annex3.js';
import type { Day } from '../core/day.js';
import type { Visa } from '../core/visa.js';
import { annex3FormFields, identityFields, type Annex3Identity } from './annex3.js';
import { formatDay } from './format-date.js';
import type { TableStyle } from './table.js';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value: every character that could end a text or an attribute is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/* One A4 sheet per person; black on white, no background, so that it prints the same from any browser. */
const STYLE = `@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
html { font: 10.5pt/1.35 "Helvetica Neue", Arial, sans-serif; color: #000; background: #fff; }
body { margin: 0; }
section.sheet { break-after: page; page-break-after: always; max-width: 178mm; margin: 0 auto; }
section.sheet:last-of-type { break-after: auto; page-break-after: auto; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
p.person { margin: 0 0 5mm; color: #333; }
table { width: 100%; border-collapse: collapse; margin-bottom: 6mm; break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.6mm 2mm; border-bottom: 0.3mm solid #000; }
th { width: 38%; font-weight: 600; }
td.continued, th.continued { border-top: none; }
td.fill { height: 9mm; }
.late td { font-weight: 700; }
.signatures { display: flex; gap: 10mm; margin-top: 10mm; break-inside: avoid; page-break-inside: avoid; }
.signatures div { flex: 1; border-top: 0.3mm solid #000; padding-top: 1.5mm; height: 28mm; }
p.computed { font-size: 8.5pt; color: #333; margin-top: 6mm; }
@media screen { body { background: #eee; } section.sheet { background: #fff; padding: 18mm 16mm; margin: 8mm auto; width: 210mm; min-height: 297mm; max-width: none; } }
`;

function rows(fields: readonly [string, string][], lateLabel: string): string {
  return fields
    .map(([label, value]) => {
      const cls = label === lateLabel ? ' class="late"' : '';
      const cell = value === '' ? '<td class="fill"></td>' : `<td>${escapeHtml(value).replace(/\n/g, '<br>')}</td>`;
      return `<tr${cls}><th scope="row">${escapeHtml(label)}</th>${cell}</tr>`;
    })
    .join('\n');
}

/**
 * A printable HTML page of annex 3 in the clerk's language: one A4 sheet per person (`--name`), the
 * identity fields as on the form (empty ones left to fill in by hand), then the computed dates.
 * Every value is escaped: a name like `<script>` prints as text.
 */
export function renderAnnex3Html(report: Annex3Report, visas: readonly Visa[], style: TableStyle, persons: readonly Annex3Identity[], today: Day): string {
  const m = style.messages;
  const f = m.annex3Form;
  const computed = annex3FormFields(report, visas, style);
  const people = persons.length === 0 ? [{}] : persons;
  const sheets = people.map((identity, index) => {
    const person = people.length > 1 ? `<p class="person">${escapeHtml(f.htmlPerson(index + 1, people.length))}</p>\n` : '';
    return `<section class="sheet">
<h1>${escapeHtml(f.htmlTitle)}</h1>
${person}<table class="identity">
${rows(identityFields(identity, m), f.late)}
</table>
<table class="dates">
${rows(computed, f.late)}
</table>
<div class="signatures"><div>${escapeHtml(f.htmlSignatureHolder)}</div><div>${escapeHtml(f.htmlSignatureOfficial)}</div></div>
<p class="computed">${escapeHtml(f.htmlComputed(formatDay(today, style.language)))}</p>
</section>`;
  });
  return `<!DOCTYPE html>
<html lang="${style.language}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(f.htmlTitle)}</title>
<style>
${STYLE}</style>
</head>
<body>
${sheets.join('\n')}
</body>
</html>
`;
}
