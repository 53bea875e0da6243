import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Warning } from '../core/warning.js';
import type { UserError } from '../errors.js';
import { formatUserError } from '../render/user-error.js';
import { LANGUAGES, type Catalogue, type Language } from '../messages/catalogue.js';
import { formatIsoDate } from '../render/format-date.js';
import { renderVerdictLine } from '../render/verdict.js';
import type { Verdict } from '../app/verdict.js';
import type { Annex3Dto, StatusDto } from '../app/answers.js';

/** What the clerk typed; sent back into the form so that nothing has to be typed twice. */
export interface PageForm {
  readonly stamps: string;
  readonly arrival: string;
  readonly entry: string;
  readonly visa: string;
  readonly community: '' | 'vlg' | 'fr' | 'de';
  readonly closed: string;
  readonly name: string;
  readonly birthDate: string;
  readonly birthPlace: string;
  readonly nationality: string;
  readonly document: string;
  readonly address: string;
  readonly municipality: string;
  readonly reference: string;
}

export const EMPTY_FORM: PageForm = {
  stamps: '',
  arrival: '',
  entry: '',
  visa: '',
  community: '',
  closed: '',
  name: '',
  birthDate: '',
  birthPlace: '',
  nationality: '',
  document: '',
  address: '',
  municipality: '',
  reference: '',
};

/** The form's text fields, in the order the page shows them. */
export const PAGE_FIELDS: readonly (keyof PageForm)[] = Object.keys(EMPTY_FORM) as (keyof PageForm)[];

const COMMUNITY_HOLIDAYS = { vlg: 'flemishCommunity', fr: 'frenchCommunity', de: 'germanCommunity' } as const;

/** The answers the page shows: the verdict, the two questions' JSON, the declaration's sheets, their warnings. */
export interface PageResult {
  readonly verdict: Verdict;
  readonly annex3: Annex3Dto;
  readonly status: StatusDto;
  /** `check` of the stamps' trips, past and booked (issue 22): its verdict; null when the stamps hold no trip. */
  readonly tripsVerdict: Verdict | null;
  /** The A4 sheets, rendered by the same function as `annex3 --html` (render/annex3-html.ts). */
  readonly sheets: string;
  readonly issuable: boolean;
  readonly warnings: readonly Warning[];
}

export type PageOutcome = { readonly result: PageResult } | { readonly error: UserError } | null;

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Which form control an error is about: its field is the control's name, or its file the stamps (or the visa box). */
export function invalidControl(error: UserError, catalogue: Catalogue): keyof PageForm | null {
  const { file, field } = error.location;
  if (file === catalogue.page.stamps) return 'stamps';
  if (file === catalogue.page.visa || field === catalogue.page.visa) return 'visa';
  if (field === undefined) return null;
  if (field === 'closed' || field === 'arrival' || field === 'entry' || field === 'community' || field === 'reference') return field;
  return null;
}

function resultSection(result: PageResult, catalogue: Catalogue): Html {
  const t = catalogue.table;
  const m = catalogue.page;
  const date = (iso: string | null) => (iso === null ? t.none : formatIsoDate(iso, catalogue.language));
  const { annex3, status } = result;
  const endOfStay = annex3.authorisedStayEnd === null ? t.entryNotAllowed : date(annex3.authorisedStayEnd);
  const { colon, semicolon } = t.punctuation;
  return html`<section id="result" class="no-print" aria-live="polite">
  <h2>${m.answer}</h2>
  <p id="verdict" class="verdict ${result.verdict.ok ? 'ok' : 'not-ok'}">${renderVerdictLine(result.verdict, catalogue)}</p>
  <dl class="answers">
    <dt>${t.annex3.deadline}</dt>
    <dd id="deadline" data-iso="${annex3.declaration.deadline}">${t.annex3.deadlineValue(date(annex3.declaration.deadline), annex3.declaration.workingDays)}</dd>
    <dt>${t.annex3.endOfStay}</dt>
    <dd id="end-of-stay" data-iso="${annex3.authorisedStayEnd ?? ''}">${endOfStay}</dd>
    <dt>${t.statusTitle(date(status.on))}</dt>
    <dd id="standing">${t.daysUsed}${colon}${t.daysUsedValue(status.daysUsed, status.counts[0]?.maxDays ?? 90)}${semicolon}${t.daysRemaining}${colon}${status.daysRemaining}</dd>
    ${
      result.tripsVerdict === null
        ? ''
        : html`<dt>${t.itinerary.check.title(date(status.on))}</dt>
    <dd id="trips" class="${result.tripsVerdict.ok ? 'ok' : 'not-ok'}">${renderVerdictLine(result.tripsVerdict, catalogue)}</dd>`
    }
  </dl>
  ${
    result.warnings.length === 0
      ? ''
      : html`<ul class="warnings">${result.warnings.map((w) => html`<li>${catalogue.frame.warning}${colon}${t.warnings[w.code](w.params, (iso) => date(iso))}</li>`)}</ul>`
  }
  <p class="small">${m.computedOn(date(status.on))}</p>
  <p><button type="button" id="print">${result.issuable ? m.print : m.printRefusal}</button></p>
</section>
<section id="declaration" aria-label="${m.declaration}">
${raw(result.sheets)}
</section>`;
}

/** The error, next to the control it is about (or above the form when it is about none). */
function errorNote(error: UserError, catalogue: Catalogue): Html {
  const m = catalogue.page;
  // The record's keys as the page names its controls.
  const labels = { arrival: m.arrival, entry: m.entry, community: m.community, closed: m.closed, reference: m.reference };
  return html`<p id="error" class="error" role="alert"><strong>${m.fixInput}${catalogue.table.punctuation.colon}</strong>${formatUserError(error, catalogue, labels, 'record')}</p>`;
}

interface FieldState {
  readonly form: PageForm;
  readonly invalid: keyof PageForm | null;
  readonly error: Html | null;
}

function describedBy(name: string, hint: boolean, invalid: boolean): string {
  return [hint ? `${name}-hint` : '', invalid ? 'error' : ''].filter((id) => id !== '').join(' ');
}

function field(name: keyof PageForm, label: string, state: FieldState, hint: string | null, optional: string | null, autocomplete = 'off'): Html {
  const invalid = state.invalid === name;
  const ids = describedBy(name, hint !== null, invalid);
  return html`<p class="field">
    <label for="${name}">${label}${optional === null ? '' : html` <span class="small">(${optional})</span>`}</label>
    <input id="${name}" name="${name}" type="text" value="${state.form[name]}" autocomplete="${autocomplete}" spellcheck="false"${ids === '' ? '' : html` aria-describedby="${ids}"`}${invalid ? html` aria-invalid="true" autofocus` : ''}>
    ${hint === null ? '' : html`<span class="small" id="${name}-hint">${hint}</span>`}
    ${invalid ? state.error : ''}
  </p>`;
}

/** The whole page, server-rendered: the answer first (its verdict first), then the form; an error next to its field. */
export function renderPage(catalogue: Catalogue, form: PageForm, outcome: PageOutcome): Html {
  const language: Language = catalogue.language;
  const m = catalogue.page;
  const d = catalogue.table.declaration;
  const failure = outcome !== null && 'error' in outcome ? outcome.error : null;
  const invalid = failure === null ? null : invalidControl(failure, catalogue);
  const state: FieldState = { form, invalid, error: failure === null ? null : errorNote(failure, catalogue) };
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${m.title}</title>
<link rel="stylesheet" href="/declaration.css">
<link rel="stylesheet" href="/page.css">
<script src="/page.js" defer></script>
</head>
<body>
<header class="no-print">
  <nav aria-label="${m.language}">${LANGUAGES.map((code) => html` <a href="/?lang=${code}" hreflang="${code}" lang="${code}"${code === language ? html` aria-current="page"` : ''}>${code.toUpperCase()}</a>`)}</nav>
</header>
<main>
<h1 class="no-print">${m.title}</h1>
${outcome !== null && 'result' in outcome ? resultSection(outcome.result, catalogue) : ''}
${failure !== null && invalid === null ? state.error : ''}
<form method="post" action="/?lang=${language}" class="no-print" novalidate>
  <p class="small">${m.intro}</p>
  <fieldset>
  <legend>${m.travel}</legend>
  <p class="field">
    <label for="stamps">${m.stamps}</label>
    <textarea id="stamps" name="stamps" rows="6" spellcheck="false" aria-describedby="${describedBy('stamps', true, invalid === 'stamps')}"${invalid === 'stamps' ? html` aria-invalid="true" autofocus` : ''}>${form.stamps}</textarea>
    <span class="small" id="stamps-hint">${m.stampsHint}</span>
    ${invalid === 'stamps' ? state.error : ''}
  </p>
  ${field('arrival', m.arrival, state, m.dateHint, null)}
  ${field('entry', m.entry, state, m.dateHint, m.optional)}
  ${field('visa', m.visa, state, m.visaHint, m.optional)}
  <p class="field">
    <label for="community">${m.community}</label>
    <select id="community" name="community"${invalid === 'community' ? html` aria-invalid="true" autofocus` : ''}>
      <option value=""${form.community === '' ? html` selected` : ''}>${catalogue.table.none}</option>
      ${(['vlg', 'fr', 'de'] as const).map((code) => html`<option value="${code}"${form.community === code ? html` selected` : ''}>${catalogue.table.holidayNames[COMMUNITY_HOLIDAYS[code]]}</option>`)}
    </select>
    ${invalid === 'community' ? state.error : ''}
  </p>
  ${field('closed', m.closed, state, m.closedHint, m.optional)}
  </fieldset>
  <fieldset>
  <legend>${m.person}</legend>
  <p class="small">${m.personHint}</p>
  ${field('name', d.name, state, null, null, 'off')}
  ${field('birthDate', m.birthDate, state, null, null)}
  ${field('birthPlace', m.birthPlace, state, null, null)}
  ${field('nationality', d.nationality, state, null, null)}
  ${field('document', d.document, state, null, null)}
  ${field('address', d.address, state, null, null)}
  </fieldset>
  <fieldset>
  <legend>${m.issue}</legend>
  ${field('municipality', m.municipality, state, null, null)}
  ${field('reference', m.reference, state, null, m.optional)}
  </fieldset>
  <p><button type="submit" id="compute">${m.submit}</button></p>
</form>
</main>
<footer class="small no-print">${m.nothingStored}</footer>
</body>
</html>
`;
}
