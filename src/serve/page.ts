import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Warning } from '../core/warning.js';
import type { UserError } from '../errors.js';
import { formatUserError } from '../render/user-error.js';
import { LANGUAGES, type Catalogue, type Language } from '../messages/catalogue.js';
import { formatIsoDate } from '../render/format-date.js';
import type { Annex3Dto, StatusDto } from '../app/answers.js';

/** What the clerk typed; sent back into the form so that nothing has to be typed twice. */
export interface PageForm {
  readonly stamps: string;
  readonly arrival: string;
  readonly entry: string;
  readonly visa: string;
  readonly community: '' | 'vlg' | 'fr' | 'de';
  readonly closed: string;
}

export const EMPTY_FORM: PageForm = { stamps: '', arrival: '', entry: '', visa: '', community: '', closed: '' };

const COMMUNITY_HOLIDAYS = { vlg: 'flemishCommunity', fr: 'frenchCommunity', de: 'germanCommunity' } as const;

/** The answers the page shows: the two queries' JSON, the annex-3 print text, their warnings. */
export interface PageResult {
  readonly annex3: Annex3Dto;
  readonly status: StatusDto;
  readonly printText: string;
  readonly warnings: readonly Warning[];
}

export type PageOutcome = { readonly result: PageResult } | { readonly error: UserError } | null;

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Which form control an error is about: its field is the control's name, or its file the stamps. */
function invalidControl(error: UserError, catalogue: Catalogue): keyof PageForm | null {
  const { file, field } = error.location;
  if (file === catalogue.page.stamps) return 'stamps';
  if (field === 'arrival' || field === 'entry' || field === 'community' || field === 'closed') return field;
  if (field === catalogue.page.visa) return 'visa';
  return null;
}

function resultSection(result: PageResult, catalogue: Catalogue): Html {
  const t = catalogue.table;
  const m = catalogue.page;
  const date = (iso: string | null) => (iso === null ? t.none : formatIsoDate(iso, catalogue.language));
  const { annex3, status } = result;
  const endOfStay = annex3.authorisedStayEnd === null ? t.entryNotAllowed : date(annex3.authorisedStayEnd);
  return html`<section id="result" aria-live="polite">
  <h2>${m.summary}</h2>
  <dl class="answers">
    <dt>${t.annex3.deadline}</dt>
    <dd id="deadline" data-iso="${annex3.declaration.deadline}">${t.annex3.deadlineValue(date(annex3.declaration.deadline), annex3.declaration.workingDays)}</dd>
    <dt>${t.annex3.endOfStay}</dt>
    <dd id="end-of-stay" data-iso="${annex3.authorisedStayEnd ?? ''}">${endOfStay}</dd>
    <dt>${t.statusTitle(date(status.on))}</dt>
    <dd id="standing">${t.daysUsed}: ${t.daysUsedValue(status.daysUsed, status.counts[0]?.maxDays ?? 90)}; ${t.daysRemaining}: ${status.daysRemaining}</dd>
  </dl>
  ${
    result.warnings.length === 0
      ? ''
      : html`<ul class="warnings">${result.warnings.map((w) => html`<li>${catalogue.frame.warning}: ${t.warnings[w.code](w.params, (iso) => date(iso))}</li>`)}</ul>`
  }
  <pre id="print-text">${result.printText}</pre>
  <p class="small">${m.computedOn(date(status.on))}</p>
  <p class="no-print"><button type="button" id="print">${m.print}</button></p>
</section>`;
}

function field(name: keyof PageForm, label: string, value: string, invalid: boolean, hint: string, optional: string | null): Html {
  return html`<p>
    <label for="${name}">${label}${optional === null ? '' : html` <span class="small">(${optional})</span>`}</label>
    <input id="${name}" name="${name}" type="text" value="${value}" autocomplete="off" spellcheck="false" aria-describedby="${name}-hint"${invalid ? html` aria-invalid="true"` : ''}>
    <span class="small" id="${name}-hint">${hint}</span>
  </p>`;
}

/** The whole page, server-rendered: the form, and the answer or the error when there is one. */
export function renderPage(catalogue: Catalogue, form: PageForm, outcome: PageOutcome): Html {
  const language: Language = catalogue.language;
  const m = catalogue.page;
  const invalid = outcome !== null && 'error' in outcome ? invalidControl(outcome.error, catalogue) : null;
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${m.title}</title>
<link rel="stylesheet" href="/page.css">
<script src="/page.js" defer></script>
</head>
<body>
<header class="no-print">
  <nav aria-label="${m.language}">${LANGUAGES.map((code) => html` <a href="/?lang=${code}" hreflang="${code}" lang="${code}"${code === language ? html` aria-current="page"` : ''}>${code.toUpperCase()}</a>`)}</nav>
</header>
<main>
<h1>${m.title}</h1>
<form method="post" action="/?lang=${language}" class="no-print">
  <p class="small">${m.intro}</p>
  <p>
    <label for="stamps">${m.stamps}</label>
    <textarea id="stamps" name="stamps" rows="8" spellcheck="false" aria-describedby="stamps-hint"${invalid === 'stamps' ? html` aria-invalid="true"` : ''}>${form.stamps}</textarea>
    <span class="small" id="stamps-hint">${m.stampsHint}</span>
  </p>
  ${field('arrival', m.arrival, form.arrival, invalid === 'arrival', m.dateHint, null)}
  ${field('entry', m.entry, form.entry, invalid === 'entry', m.dateHint, m.optional)}
  ${field('visa', m.visa, form.visa, invalid === 'visa', m.visaHint, m.optional)}
  <p>
    <label for="community">${m.community}</label>
    <select id="community" name="community"${invalid === 'community' ? html` aria-invalid="true"` : ''}>
      <option value=""${form.community === '' ? html` selected` : ''}>${catalogue.table.none}</option>
      ${(['vlg', 'fr', 'de'] as const).map((code) => html`<option value="${code}"${form.community === code ? html` selected` : ''}>${catalogue.table.holidayNames[COMMUNITY_HOLIDAYS[code]]}</option>`)}
    </select>
  </p>
  ${field('closed', m.closed, form.closed, invalid === 'closed', m.closedHint, m.optional)}
  <p><button type="submit" id="compute">${m.submit}</button></p>
</form>
${outcome !== null && 'error' in outcome ? html`<p id="error" role="alert"><strong>${m.fixInput}:</strong> ${formatUserError(outcome.error, catalogue)}</p>` : ''}
${outcome !== null && 'result' in outcome ? resultSection(outcome.result, catalogue) : ''}
</main>
<footer class="small no-print">${m.nothingStored}</footer>
</body>
</html>
`;
}
