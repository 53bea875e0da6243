import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { languageDetector } from 'hono/language';
import { secureHeaders } from 'hono/secure-headers';
import type { Day } from '../core/day.js';
import { InputError, UserError } from '../errors.js';
import { belgianCalendarSource, referenceNumbers, type CalendarSource } from '../app/annex3-params.js';
import { askQuestion, RECORD_KEYS, recordErrorJson } from '../app/record.js';
import { QUESTION_NAMES, QUESTIONS, type QuestionName } from '../app/questions.js';
import { openApiDocument } from '../app/openapi.js';
import { isLanguage, LANGUAGES, loadCatalogue, type Catalogue, type Language } from '../messages/catalogue.js';
import { parseJsonText, travelInputFromJson } from '../parse/json-input.js';
import { parseStampFile } from '../parse/stamp-file.js';
import { emptyTravelInput, mergeTravelInputs, type TravelInput } from '../parse/travel-input.js';
import { parseVisaText } from '../parse/visa-text.js';
import { DECLARATION_CSS, renderDeclarationSheets } from '../render/annex3-html.js';
import { errorMessage } from '../messages/error-catalogue.js';
import { languagePart } from '../messages/language-code.js';
import { civilFromDay } from '../core/day.js';
import { mayIssueDeclaration } from '../core/annex3.js';
import type { Annex3Answer } from '../app/queries.js';
import { SCHEMA_VERSION, type Annex3Dto, type StatusDto } from '../app/answers.js';
import { EMPTY_FORM, PAGE_FIELDS, renderPage, type PageForm, type PageOutcome, type PageResult } from './page.js';

/**
 * `schengen serve` as a Hono app: the JSON API (one endpoint per query, a batch record in, the
 * command's --json out) and the counter page. Each request is parse → compute → render with
 * nothing kept between requests; the app can be driven without a socket (app.request()).
 */
export interface AppOptions {
  /** "Today" for requests that do not say (`on`): the server's clock, or its --on. */
  readonly today: () => Promise<Day>;
  /** The municipality that issues annex 3 (the settings file or --municipality): the page's default. */
  readonly municipality?: string | undefined;
  /** How its reference numbers are written ("B3/{year}/{n}"; the settings file or --numbering). */
  readonly numbering?: string | undefined;
}

/** Largest request body accepted: a history of hundreds of stays fits many times over. */
export const MAX_BODY_BYTES = 256 * 1024;

const WEB_DIR = new URL('../../web/', import.meta.url);
const ASSETS = {
  '/page.js': { type: 'text/javascript; charset=utf-8', text: readFileSync(new URL('page.js', WEB_DIR), 'utf8') },
  '/page.css': { type: 'text/css; charset=utf-8', text: readFileSync(new URL('page.css', WEB_DIR), 'utf8') },
  // The declaration's own style: the same text `annex3 --html` puts in its <style>.
  '/declaration.css': { type: 'text/css; charset=utf-8', text: DECLARATION_CSS },
};

/**
 * The language of an API error: the body's `lang` when it names one, else the first language of
 * Accept-Language this tool speaks, else English. Answers stay in English (the JSON contract).
 */
function apiLanguage(body: unknown, acceptLanguage: string | undefined): Language {
  const own = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)['lang'] : undefined;
  if (typeof own === 'string' && isLanguage(languagePart(own))) return languagePart(own) as Language;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
      return { language: languagePart(tag), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && isLanguage(entry.language))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.language as Language | undefined) ?? 'en';
}

async function apiError(c: Context, error: UserError, status: 400 | 413 = 400, language: Language = 'en'): Promise<Response> {
  const json = recordErrorJson(error);
  // Worded for a record: no flag, no command-line hint, whatever the field.
  const message = errorMessage((await loadCatalogue(language)).errors, error, 'record');
  return c.json({ schemaVersion: SCHEMA_VERSION, error: { ...json, message } }, status);
}

/** The API's fields: every record field, and "lang", the language of an error's message. */
const API_KEYS: ReadonlySet<string> = new Set([...RECORD_KEYS, 'lang']);

export function createApp(options: AppOptions): Hono<{ Variables: { language: string } }> {
  let calendar: Promise<CalendarSource> | undefined;
  const calendarSource = () => (calendar ??= belgianCalendarSource());
  const app = new Hono<{ Variables: { language: string } }>();

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
      xFrameOptions: 'DENY',
    }),
  );
  app.use(async (c, next) => {
    await next();
    // Answers carry personal data: no cache keeps them.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => apiError(c, new InputError('http.bodyTooLarge', { limit: MAX_BODY_BYTES }), 413, apiLanguage(undefined, c.req.header('Accept-Language'))),
    }),
  );

  for (const [path, asset] of Object.entries(ASSETS)) {
    app.get(path, (c) => c.body(asset.text, 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=3600' }));
  }

  app.get('/openapi.json', (c) => c.json(openApiDocument(), 200, { 'Cache-Control': 'no-cache' }));

  app.post('/api/:question', async (c) => {
    const name = c.req.param('question') as QuestionName;
    if (!QUESTION_NAMES.includes(name)) return c.json({ schemaVersion: SCHEMA_VERSION, error: { code: 'http.notFound', message: `no endpoint /api/${name}` } }, 404);
    let value: unknown;
    try {
      value = parseJsonText(await c.req.text(), 'request body');
      const input = travelInputFromJson(value, {}, API_KEYS);
      // "lang" is the door's own field: the language of an error's message.
      const { lang, ...fields } = value as Record<string, unknown>;
      if (lang !== undefined && (typeof lang !== 'string' || !isLanguage(languagePart(lang)))) throw new InputError('lang.invalid', { lang: String(lang).slice(0, 40) }, { field: 'lang' });
      const answer = askQuestion(name, { input, fields, today: await options.today(), calendar: QUESTIONS[name].needsCalendar ? await calendarSource() : null });
      return c.json(answer.json());
    } catch (error) {
      if (error instanceof UserError) return apiError(c, error, 400, apiLanguage(value, c.req.header('Accept-Language')));
      throw error;
    }
  });

  // A known endpoint asked with another method: 405 naming the one it takes.
  app.all('/api/:question', (c) => {
    const name = c.req.param('question') as QuestionName;
    if (!QUESTION_NAMES.includes(name)) return c.json({ schemaVersion: SCHEMA_VERSION, error: { code: 'http.notFound', message: `no endpoint /api/${name}` } }, 404);
    return c.json({ schemaVersion: SCHEMA_VERSION, error: { code: 'http.methodNotAllowed', message: `/api/${name} takes POST with a JSON body` } }, 405, { Allow: 'POST' });
  });

  const pageLanguage = languageDetector({
    supportedLanguages: [...LANGUAGES],
    fallbackLanguage: 'en',
    order: ['querystring', 'header'],
    lookupQueryString: 'lang',
    caches: false,
  });
  const catalogueOf = (c: Context<{ Variables: { language: string } }>): Promise<Catalogue> => loadCatalogue(c.get('language') as Language);

  app.get('/', pageLanguage, async (c) => {
    c.header('Vary', 'Accept-Language');
    return c.html(renderPage(await catalogueOf(c), { ...EMPTY_FORM, municipality: options.municipality ?? '' }, null));
  });

  app.post('/', pageLanguage, async (c) => {
    c.header('Vary', 'Accept-Language');
    const catalogue = await catalogueOf(c);
    const body = await c.req.parseBody();
    const text = (name: keyof PageForm) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const community = text('community');
    const typed = Object.fromEntries(PAGE_FIELDS.map((name) => [name, name === 'stamps' ? text(name) : text(name).trim()])) as Record<keyof PageForm, string>;
    const form: PageForm = { ...typed, community: community === 'vlg' || community === 'fr' || community === 'de' ? community : '' };
    let outcome: PageOutcome;
    try {
      outcome = { result: await computePage(form, catalogue, await options.today(), await calendarSource(), options.numbering) };
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      outcome = { error };
    }
    return c.html(renderPage(catalogue, form, outcome), 'error' in outcome ? 400 : 200);
  });

  app.notFound((c) => c.json({ schemaVersion: SCHEMA_VERSION, error: { code: 'http.notFound', message: `no page ${c.req.path}` } }, 404));
  app.onError((_error, c) => c.json({ schemaVersion: SCHEMA_VERSION, error: { code: 'internal', message: 'internal error' } }, 500));
  return app;
}

/**
 * The page's two questions, asked through the same record path as the API: annex 3 and the 90/180
 * standing; the declaration's sheets rendered by the same function as `annex3 --html`.
 */
async function computePage(form: PageForm, catalogue: Catalogue, today: Day, calendar: CalendarSource, numbering: string | undefined): Promise<PageResult> {
  const m = catalogue.page;
  const visaLocation = { field: m.visa };
  const input: TravelInput = mergeTravelInputs([
    parseStampFile(form.stamps, m.stamps),
    form.visa === '' ? emptyTravelInput() : { ...emptyTravelInput(), visas: [{ visa: parseVisaText(form.visa, visaLocation), location: visaLocation }] },
  ]);
  const given = (text: string) => (text === '' ? undefined : text);
  const fields = { arrival: given(form.arrival), entry: given(form.entry), community: given(form.community), closed: given(form.closed) };
  const annex3 = askQuestion('annex3', { input, fields, today, calendar });
  const status = askQuestion('status', { input, fields: {}, today, calendar: null });
  const seen = new Set<string>();
  const warnings = [...annex3.warnings, ...status.warnings].filter((w) => {
    const key = JSON.stringify(w);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const identity = {
    name: given(form.name),
    birthDate: given(form.birthDate),
    birthPlace: given(form.birthPlace),
    nationality: given(form.nationality),
    document: given(form.document),
    address: given(form.address),
  };
  const answer = annex3.report as Annex3Answer;
  const issue = {
    municipality: given(form.municipality) ?? null,
    references: referenceNumbers(form.reference === '' ? [] : [form.reference], 1, numbering, civilFromDay(today).year, { field: 'reference' }),
    date: today,
  };
  const sheets = renderDeclarationSheets(answer, annex3.verdict, catalogue, [identity], issue);
  return { verdict: annex3.verdict, annex3: annex3.json() as Annex3Dto, status: status.json() as StatusDto, sheets, issuable: mayIssueDeclaration(answer), warnings };
}
