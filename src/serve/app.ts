import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import { languageDetector } from 'hono/language';
import type { Day } from '../core/day.js';
import { escapeForTerminal } from '../escape.js';
import { InputError, UserError } from '../errors.js';
import { belgianCalendarSource, referenceNumbers, type CalendarSource } from '../app/annex3-params.js';
import { askQuestion, readRecord, recordErrorJson } from '../app/record.js';
import { QUESTION_NAMES, QUESTIONS, type QuestionName } from '../app/questions.js';
import { isLanguage, LANGUAGES, loadCatalogue, type Catalogue, type Language } from '../messages/catalogue.js';
import { parseJsonText } from '../parse/json-input.js';
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
import { LOOPBACK_HOSTS } from './hosts.js';

/**
 * `schengen serve` as a Hono app: the JSON API (one endpoint per query, a batch record in, the
 * command's --json out) and the counter page. Each request is parse → compute → render with
 * nothing kept between requests; the app can be driven without a socket (app.request()).
 */
export interface AppOptions {
  /** "Today" for requests that do not say (`on`): the server's clock, or its --on. */
  readonly today: () => Promise<Day>;
  /** Host names answered besides the loopback ones (hosts.ts): the --host address, each --allow-host. */
  readonly hosts?: readonly string[];
  /** The municipality that issues annex 3 (the settings file or --municipality): the page's default. */
  readonly municipality?: string | undefined;
  /** How its reference numbers are written ("B3/{year}/{n}"; the settings file or --numbering). */
  readonly numbering?: string | undefined;
}

/**
 * A record's `id` is allowed (and not echoed), so that a batch line can be posted as it is; `lang`
 * is the door's own field, the language of an error's message.
 */
const HTTP_KEYS = ['id', 'lang'] as const;

/** Largest request body accepted: a history of hundreds of stays fits many times over. */
export const MAX_BODY_BYTES = 256 * 1024;

const WEB_DIR = new URL('../../web/', import.meta.url);
const ASSETS = {
  '/page.js': { type: 'text/javascript; charset=utf-8', text: readFileSync(new URL('page.js', WEB_DIR), 'utf8') },
  '/page.css': { type: 'text/css; charset=utf-8', text: readFileSync(new URL('page.css', WEB_DIR), 'utf8') },
  // The declaration's own style: the same text `annex3 --html` puts in its <style>.
  '/declaration.css': { type: 'text/css; charset=utf-8', text: DECLARATION_CSS },
};

const SCHEMA_DIR = new URL('../../schema/', import.meta.url);

/** A published schema file by its name, or null when there is none. */
function schemaFile(name: string): string | null {
  try {
    return readFileSync(new URL(name, SCHEMA_DIR), 'utf8');
  } catch {
    return null;
  }
}

/**
 * The headers of every response, set once when it is made (a middleware that rewrote each response
 * after the handler cost more than the answers; issue 21): a strict CSP with no inline script, no
 * framing, no referrer, no sniffing, and no cache keeping an answer (answers carry personal data).
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
});

const JSON_TYPE = 'application/json';
const HTML_TYPE = 'text/html; charset=UTF-8';

/** A response with its headers in one plain object: the security headers, its type, no-store unless said otherwise. */
function respond(body: string, status: number, type: string, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(body, { status, headers: { 'cache-control': 'no-store', ...SECURITY_HEADERS, 'content-type': type, ...headers } });
}

function respondJson(value: unknown, status = 200, headers: Readonly<Record<string, string>> = {}): Response {
  return respond(JSON.stringify(value), status, JSON_TYPE, headers);
}

/** An API error, its message worded for a record (no flag, no command-line hint) in `language`. */
async function apiError(error: UserError, status: 400 | 404 | 405 | 413 | 421 = 400, language: Language = 'en', headers: Readonly<Record<string, string>> = {}): Promise<Response> {
  const json = recordErrorJson(error);
  const message = escapeForTerminal(errorMessage((await loadCatalogue(language)).errors, error, 'record'));
  return respondJson({ schemaVersion: SCHEMA_VERSION, error: { ...json, message } }, status, headers);
}

/** The language a refusal that comes before any body is read speaks: Accept-Language's. */
const requestLanguage = (c: Context) => apiLanguage(undefined, c.req.header('Accept-Language'));
const notFound = (c: Context) => apiError(new InputError('http.notFound', { path: c.req.path }), 404, requestLanguage(c));

/** A body longer than MAX_BODY_BYTES: refused (413) without reading the rest. */
const TOO_LARGE = Symbol('tooLarge');

/**
 * The request body as text, refused past MAX_BODY_BYTES: by its Content-Length before anything is
 * read, else while reading. Read straight from Node's request under `schengen serve` (a web
 * stream per request cost more than the answer); from the web Request otherwise (app.request()).
 */
async function readBody(c: Context): Promise<string | typeof TOO_LARGE> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) return TOO_LARGE;
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming !== undefined && !incoming.readableDidRead) return readIncoming(incoming);
  const reader = c.req.raw.body?.getReader();
  if (reader === undefined) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return TOO_LARGE;
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

function readIncoming(incoming: IncomingMessage): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // The rest flows on unread (no listener keeps it), and the answer goes out at once.
        stop();
        resolve(TOO_LARGE);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size).toString('utf8'));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onClose = () => {
      if (incoming.readableEnded) return onEnd();
      stop();
      reject(new Error('the client closed the connection before the end of its body'));
    };
    incoming.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

const bodyTooLarge = (language: Language) => apiError(new InputError('http.bodyTooLarge', { limit: MAX_BODY_BYTES }), 413, language);

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

export function createApp(options: AppOptions): Hono<{ Variables: { language: string } }> {
  let calendar: Promise<CalendarSource> | undefined;
  const calendarSource = () => (calendar ??= belgianCalendarSource());
  const app = new Hono<{ Variables: { language: string } }>();

  // A request under another host name (a page of another site, DNS rebinding) is refused before anything else.
  const hosts = new Set([...LOOPBACK_HOSTS, ...(options.hosts ?? [])]);
  app.use(async (c, next) => {
    const host = new URL(c.req.url).hostname;
    if (hosts.has(host)) return next();
    return apiError(new InputError('http.hostNotAllowed', { host }), 421, requestLanguage(c));
  });

  for (const [path, asset] of Object.entries(ASSETS)) {
    app.get(path, () => respond(asset.text, 200, asset.type, { 'cache-control': 'public, max-age=3600' }));
  }

  // The schemas (and TypeBox, which defines them) load on the first request for them, not at start-up.
  app.get('/openapi.json', async () => {
    const { openApiDocument } = await import('../app/openapi.js');
    return respondJson(openApiDocument(), 200, { 'cache-control': 'no-cache' });
  });
  // The published schema files (schema/), for a client that validates what it gets.
  app.get('/schema/:file{[a-z0-9-]+\\.schema\\.json}', (c) => {
    const text = schemaFile(c.req.param('file'));
    return text === null ? notFound(c) : respond(text, 200, 'application/schema+json', { 'cache-control': 'no-cache' });
  });

  app.post('/api/:question', async (c) => {
    const name = c.req.param('question') as QuestionName;
    if (!QUESTION_NAMES.includes(name)) return notFound(c);
    let value: unknown;
    try {
      const body = await readBody(c);
      if (body === TOO_LARGE) return bodyTooLarge(requestLanguage(c));
      value = parseJsonText(body, 'request body');
      const { input, fields } = readRecord(name, value, {}, HTTP_KEYS);
      // "lang" is the door's own field: the language of an error's message (answers stay in English).
      const lang = fields['lang'];
      if (lang !== undefined && (typeof lang !== 'string' || !isLanguage(languagePart(lang)))) throw new InputError('lang.invalid', { lang: String(lang).slice(0, 40) }, { field: 'lang' });
      const answer = askQuestion(name, { input, fields, today: await options.today(), calendar: QUESTIONS[name].needsCalendar ? await calendarSource() : null, doorKeys: HTTP_KEYS });
      return respondJson(answer.json());
    } catch (error) {
      if (error instanceof UserError) return apiError(error, 400, apiLanguage(value, c.req.header('Accept-Language')));
      throw error;
    }
  });

  // A known endpoint asked with another method: 405 naming the one it takes.
  app.all('/api/:question', (c) => {
    const name = c.req.param('question') as QuestionName;
    if (!QUESTION_NAMES.includes(name)) return notFound(c);
    return apiError(new InputError('http.methodNotAllowed', { path: c.req.path }), 405, requestLanguage(c), { allow: 'POST' });
  });

  const pageLanguage = languageDetector({
    supportedLanguages: [...LANGUAGES],
    fallbackLanguage: 'en',
    order: ['querystring', 'header'],
    lookupQueryString: 'lang',
    caches: false,
  });
  const catalogueOf = (c: Context<{ Variables: { language: string } }>): Promise<Catalogue> => loadCatalogue(c.get('language') as Language);

  const VARY = { vary: 'Accept-Language' };

  app.get('/', pageLanguage, async (c) => respond(String(await renderPage(await catalogueOf(c), { ...EMPTY_FORM, municipality: options.municipality ?? '' }, null)), 200, HTML_TYPE, VARY));

  app.post('/', pageLanguage, async (c) => {
    const catalogue = await catalogueOf(c);
    const raw = await readBody(c);
    if (raw === TOO_LARGE) return bodyTooLarge(catalogue.language);
    const body = await formFields(raw, c.req.header('content-type') ?? '');
    const text = (name: keyof PageForm) => body.get(name) ?? '';
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
    return respond(String(await renderPage(catalogue, form, outcome)), 'error' in outcome ? 400 : 200, HTML_TYPE, VARY);
  });

  app.notFound(notFound);
  // No stack and no detail of what failed: the server's own fault, in the reader's language.
  app.onError(async (_error, c) => {
    const catalogue = await loadCatalogue(requestLanguage(c));
    return respondJson({ schemaVersion: SCHEMA_VERSION, error: { code: 'internal', message: catalogue.errors['http.internal']() } }, 500);
  });
  return app;
}

/** The page form's text fields (URL-encoded, as the page sends them, or multipart); the last of a name repeated wins. */
async function formFields(body: string, type: string): Promise<Map<string, string>> {
  const fields = new Map<string, string>();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [name, value] of new URLSearchParams(body)) fields.set(name, value);
  } else if (type.startsWith('multipart/form-data')) {
    for (const [name, value] of await new Response(body, { headers: { 'content-type': type } }).formData()) if (typeof value === 'string') fields.set(name, value);
  }
  return fields;
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
  // Every trip of the stamps judged at once, booked ones included (check): the page says whether they all comply.
  const tripsVerdict = input.stays.length === 0 ? null : askQuestion('check', { input, fields: {}, today, calendar: null }).verdict;
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
  return { verdict: annex3.verdict, annex3: annex3.json() as Annex3Dto, status: status.json() as StatusDto, tripsVerdict, sheets, issuable: mayIssueDeclaration(answer), warnings };
}
