import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { strictSchema } from '../support/strict-schema.js';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/core/day.js';
import { RECORD_KEYS } from '../../src/app/record.js';
import { createApp, MAX_BODY_BYTES } from '../../src/serve/app.js';
import { projectRoot } from '../e2e/run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

const app = createApp({ today: async () => dayFromCivil(2026, 12, 20) });
const schema = (name: string) => new Ajv2020({ allErrors: true, strict: true }).compile(strictSchema(name) as object);
const post = (path: string, body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) => app.request(path, { method: 'POST', body, headers });

const stays = [{ entry: '2026-06-01', exit: '2026-07-15' }];

describe('POST /api/<query>: a batch record in, the command --json out', () => {
  it.each([
    ['status', { stays }, ['status', '--stay', '2026-06-01..2026-07-15']],
    ['plan', { stays, enter: '2026-12-28', days: 30 }, ['plan', '--stay', '2026-06-01..2026-07-15', '--enter', '2026-12-28', '--days', '30']],
    ['next', { stays, days: 90 }, ['next', '--stay', '2026-06-01..2026-07-15', '--days', '90']],
    ['annex3', { stays, arrival: '2026-12-24', entry: '2026-12-22' }, ['annex3', '--stay', '2026-06-01..2026-07-15', '--arrival', '2026-12-24', '--entry', '2026-12-22']],
    ['status', { stays, explain: true }, ['status', '--stay', '2026-06-01..2026-07-15', '--explain']],
    ['plan', { stays, enter: '2026-12-28', explain: true }, ['plan', '--stay', '2026-06-01..2026-07-15', '--enter', '2026-12-28', '--explain']],
    ['next', { stays: [{ entry: '2026-12-01', exit: null }], days: 10, leave: '2026-12-24', explain: true }, ['next', '--stay', '2026-12-01..', '--days', '10', '--leave', '2026-12-24', '--explain']],
    ['annex3', { stays, arrival: '2026-12-24', explain: true }, ['annex3', '--stay', '2026-06-01..2026-07-15', '--arrival', '2026-12-24', '--explain']],
  ])('%s answers what the command prints, valid against its schema (%j)', async (query, record, args) => {
    const response = await post(`/api/${query}`, JSON.stringify(record));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as object;
    const check = schema(query);
    expect(check(body), JSON.stringify(check.errors)).toBe(true);
    expect(body).toEqual(JSON.parse((await runInProcess([...args, '--on', '2026-12-20', '--json'])).stdout));
  });

  it('"fields" in the body: only those fields, after schemaVersion, command and verdict (issue 21)', async () => {
    const body = (await (await post('/api/status', JSON.stringify({ stays, fields: ['daysUsed', 'daysRemaining'] }))).json()) as object;
    // On 20.12.2026 the window starts 24.06 (20.12 − 179): of 01.06–15.07, 24.06–15.07 = 7 + 15 = 22 days count; 90 − 22 = 68 left.
    expect(body).toEqual({ schemaVersion: 3, command: 'status', verdict: expect.anything(), daysUsed: 22, daysRemaining: 68 });
  });

  it('a record’s own "on" wins over the server’s day', async () => {
    const body = (await (await post('/api/status', JSON.stringify({ stays, on: '2026-07-15' }))).json()) as { on: string; daysUsed: number };
    expect(body).toMatchObject({ on: '2026-07-15', daysUsed: 45 });
  });
});

describe('GET /openapi.json: the API, its answers the components generated from answer-schemas.ts', () => {
  it('serves the document of schema/openapi.json, and an answer validates against its component', async () => {
    const response = await app.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { components: { schemas: Record<string, unknown> } };
    expect(document).toEqual(JSON.parse(readFileSync(`${projectRoot}/schema/openapi.json`, 'utf8')));
    // The document is not a JSON Schema: its components are reached from a schema that carries them.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile({ components: document.components, $ref: '#/components/schemas/planAnswer' });
    const answer = (await (await post('/api/plan', JSON.stringify({ stays, enter: '2026-12-28', days: 30 }))).json()) as Record<string, unknown>;
    expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...answer, maxStayDays: 'ninety' })).toBe(false);
  });
});

describe('bad input: 400 with the CLI’s code, field and one-line message', () => {
  it.each([
    ['a date that does not exist', '/api/status', { stays: [{ entry: '31.02.2026', exit: null }] }, 'date.noSuchDay', 'stays[0].entry'],
    ['a misspelt field', '/api/status', { stays: [{ entry: '2026-01-10', exti: '2026-01-12' }] }, 'json.unknownField', 'stays[0].exti'],
    ['plan without enter', '/api/plan', { stays }, 'json.shape', 'enter'],
    ['next without days', '/api/next', { stays }, 'json.shape', 'days'],
    ['next too long', '/api/next', { stays, days: 91 }, 'next.tooLong', 'days'],
    ['next leaving when not inside', '/api/next', { stays, days: 10, leave: '2026-12-24' }, 'next.leaveNotInside', 'leave'],
    ['plan inside a recorded stay', '/api/plan', { stays, enter: '2026-07-01' }, 'plan.insideStay', 'enter'],
    ['explain not a boolean', '/api/status', { stays, explain: 'yes' }, 'json.shape', 'explain'],
    ['annex3 without arrival', '/api/annex3', { stays }, 'json.shape', 'arrival'],
    ['annex3 entry after arrival', '/api/annex3', { stays, arrival: '2026-12-24', entry: '2026-12-28' }, 'annex3.entryAfterArrival', 'entry'],
    ['overlapping stays', '/api/status', { stays: [...stays, { entry: '2026-07-01', exit: '2026-07-20' }] }, 'stay.overlap', 'stays[1].entry'],
  ])('%s', async (_name, path, record, code, field) => {
    const response = await post(path, JSON.stringify(record));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { schemaVersion: number; error: { code: string; field: string; message: string } };
    expect(body).toMatchObject({ schemaVersion: 3, error: { code, field } });
    expect(body.error.message).not.toMatch(/\n/);
    expect(Object.keys(body.error).sort()).toEqual(['code', 'field', 'line', 'message']);
  });

  it('JSON that does not parse names the line', async () => {
    const body = (await (await post('/api/status', '{\n "stays": [\n}')).json()) as { error: { code: string; line: number } };
    expect(body.error).toMatchObject({ code: 'json.syntax', line: 3 });
  });

  it('a body over the cap is refused with 413, before it is read whole', async () => {
    const response = await post('/api/status', JSON.stringify({ stays, padding: 'x'.repeat(MAX_BODY_BYTES) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'http.bodyTooLarge' } });
  });

  it('an unknown endpoint is a 404; GET on a question is a 405 naming POST', async () => {
    expect((await post('/api/visas', '{}')).status).toBe(404);
    const get = await app.request('/api/status');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(await get.json()).toMatchObject({ schemaVersion: 3, error: { code: 'http.methodNotAllowed' } });
  });
});

describe('issue 20 at the HTTP door', () => {
  const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
  const refusal = async (response: Response) => {
    const body = (await response.json()) as { error: { code: string; field: string | null; message: string } };
    expect(body.error.message).not.toMatch(RAW_CONTROL);
    return { status: response.status, code: body.error.code, field: body.error.field };
  };

  it.each([
    ['closed', { stays, arrival: '2026-12-24', closed: 'constructor' }, 'closed'],
    ['arrival', { stays, arrival: '__proto__' }, 'arrival'],
    ['a stay', { stays: [{ entry: 'Constructor' }], arrival: '2026-12-24' }, 'stays[0].entry'],
    ['on', { stays, arrival: '2026-12-24', on: '__PROTO__' }, 'on'],
  ])('a prototype word as a date (%s) is 400 "not a date", not 500', async (_name, record, field) => {
    expect(await refusal(await post('/api/annex3', JSON.stringify(record)))).toEqual({ status: 400, code: 'date.unrecognised', field });
  });

  it('a control character in a value is escaped in the message; the field names the place', async () => {
    const response = await post('/api/status', JSON.stringify({ stays: [{ entry: '2026-01-01', exit: '2026-01-02', exitCountry: 'X\r\nforged\u001b]52;c;SGk=\u0007' }] }));
    expect(await refusal(response)).toEqual({ status: 400, code: 'country.unknown', field: 'stays[0].exitCountry' });
  });

  it('a control character in the path of a 404 is escaped too', async () => {
    for (const path of ['/api/%1b%5d52;c;SGk=%07', '/x%1b%0a']) expect(await refusal(await post(path, '{}'))).toMatchObject({ status: 404, code: 'http.notFound' });
  });

  it('nesting deeper than any record is 400 json.tooDeep, as in batch and MCP', async () => {
    expect(await refusal(await post('/api/status', `{"stays":${'['.repeat(5000)}${']'.repeat(5000)}}`))).toEqual({ status: 400, code: 'json.tooDeep', field: null });
  });

  it('a field the question does not take is refused whatever its value; a batch line\'s "id" is allowed', async () => {
    expect(await refusal(await post('/api/status', JSON.stringify({ stays, closed: true })))).toEqual({ status: 400, code: 'json.unknownField', field: 'closed' });
    expect(await refusal(await post('/api/status', '{"stays":[],"__proto__":{"on":"2026-01-01"}}'))).toEqual({ status: 400, code: 'json.unknownField', field: '__proto__' });
    expect((await post('/api/status', JSON.stringify({ id: 'p1', stays }))).status).toBe(200);
  });
});

describe('issue 20: only the hosts the server is for (DNS rebinding)', () => {
  const ask = (target: App, url: string) => target.request(url, { method: 'POST', body: JSON.stringify({ stays }) });
  type App = ReturnType<typeof createApp>;

  it.each(['http://127.0.0.1:8080', 'http://localhost:8080', 'http://LOCALHOST', 'http://[::1]:8080', 'http://127.0.0.1'])('%s is answered', async (origin) => {
    expect((await ask(app, `${origin}/api/status`)).status).toBe(200);
  });

  it.each(['http://evil.example', 'http://evil.example:8080', 'http://localhost.evil.example', 'http://127.0.0.1.nip.io', 'http://0.0.0.0:8080', 'http://clerk.leuven.be'])(
    '%s is refused with 421 before anything is computed, also for the page',
    async (origin) => {
      const response = await ask(app, `${origin}/api/status`);
      expect(response.status).toBe(421);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toMatchObject({ schemaVersion: 3, error: { code: 'http.hostNotAllowed' } });
      expect((await app.request(`${origin}/`)).status).toBe(421);
    },
  );

  it('the refusals that come before the body is read speak the language of Accept-Language (English without it)', async () => {
    const refused = async (url: string, language: string | undefined, method = 'POST') => {
      const response = await app.request(url, { method, headers: language === undefined ? {} : { 'Accept-Language': language } });
      const { code, message, field, line } = ((await response.json()) as { error: { code: string; message: string; field: unknown; line: unknown } }).error;
      // The shape of every other API error: no field or line to name here.
      expect([field, line]).toEqual([null, null]);
      return [response.status, { code, message }] as const;
    };
    expect(await refused('http://evil.example/api/status', 'nl-BE,nl;q=0.9')).toEqual([421, { code: 'http.hostNotAllowed', message: expect.stringContaining('de host "evil.example" is geen naam waarop deze server antwoordt') }]);
    expect(await refused('http://evil.example/', 'de')).toEqual([421, { code: 'http.hostNotAllowed', message: expect.stringContaining('der Host „evil.example“ ist keiner') }]);
    expect(await refused('http://evil.example/', undefined)).toEqual([421, { code: 'http.hostNotAllowed', message: expect.stringContaining('the host "evil.example" is not one this server answers for') }]);
    expect(await refused('http://localhost/api/visas', 'fr')).toEqual([404, { code: 'http.notFound', message: expect.stringContaining('rien à l’adresse /api/visas') }]);
    expect(await refused('http://localhost/nowhere', 'nl')).toEqual([404, { code: 'http.notFound', message: expect.stringContaining('niets op /nowhere') }]);
    expect(await refused('http://localhost/api/status', 'de', 'GET')).toEqual([405, { code: 'http.methodNotAllowed', message: '/api/status erwartet POST mit einem JSON-Inhalt' }]);
  });

  it('a name given with --allow-host is answered too', async () => {
    const named = createApp({ today: async () => dayFromCivil(2026, 12, 20), hosts: ['clerk.leuven.be'] });
    expect((await ask(named, 'http://clerk.leuven.be/api/status')).status).toBe(200);
    expect((await ask(named, 'http://localhost/api/status')).status).toBe(200);
    expect((await ask(named, 'http://evil.example/api/status')).status).toBe(421);
  });
});

describe('headers', () => {
  it('a strict CSP with no inline script, and no caching of answers', async () => {
    const response = await app.request('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('<script src="/page.js" defer></script>');
    expect(page).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+=|style=/);
  });

  it('serves the script and the style sheet as files', async () => {
    const script = await app.request('/page.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain('window.print()');
    expect((await app.request('/page.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });
});

describe('the page', () => {
  it.each([
    ['nl-BE,nl;q=0.9,en;q=0.5', 'nl', 'Stempels'],
    ['fr-BE,fr;q=0.9', 'fr', 'Cachets'],
    ['de-DE', 'de', 'Stempel'],
    ['es-ES', 'en', 'Stamps'],
  ])('Accept-Language %s gives %s', async (header, lang, label) => {
    const page = await (await app.request('/', { headers: { 'Accept-Language': header } })).text();
    expect(page).toContain(`<html lang="${lang}">`);
    expect(page).toContain(`<label for="stamps">${label}</label>`);
  });

  it('?lang= switches the language', async () => {
    const page = await (await app.request('/?lang=de', { headers: { 'Accept-Language': 'nl' } })).text();
    expect(page).toContain('<html lang="de">');
  });

  const form = (fields: Record<string, string>) => post('/?lang=fr', new URLSearchParams(fields).toString(), { 'Content-Type': 'application/x-www-form-urlencoded' });

  it('a submitted form shows the deadline, the end of stay and the standing, in the language asked', async () => {
    const response = await form({ stamps: 'entry 2026-06-01 FR\nexit 2026-07-15 FR\n', arrival: '24.12.2026', entry: '', visa: 'C 1 2026-12-01..2027-01-31 30' });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('data-iso="2026-12-30"');
    expect(page).toContain('data-iso="2027-01-22"');
    expect(page).toContain('Se présenter à la commune au plus tard le');
    // the verdict first, then the declaration rendered as annex3 --html renders it
    expect(page.indexOf('id="verdict"')).toBeLessThan(page.indexOf('id="deadline"'));
    expect(page.indexOf('id="result"')).toBeLessThan(page.indexOf('<form'));
    expect(page).toContain('<section class="a3-sheet a3-declaration">');
    expect(page).not.toContain('<pre');
  });

  it('the municipality’s Community holiday and closing days move the deadline as in the CLI', async () => {
    const page = await (await form({ stamps: '', arrival: '2025-07-08', entry: '', visa: '', community: 'vlg', closed: '2025-07-14, 2025-07-15' })).text();
    const cli = JSON.parse((await runInProcess(['annex3', '--arrival', '2025-07-08', '--community', 'vlg', '--closed', '2025-07-14,2025-07-15', '--on', '2026-12-20', '--json'])).stdout) as {
      declaration: { deadline: string };
    };
    expect(cli.declaration.deadline).toBe('2025-07-16');
    expect(page).toContain(`id="deadline" data-iso="${cli.declaration.deadline}"`);
    expect(page).toContain('<option value="vlg" selected>');
  });

  it('bad input shows the CLI message in the page language and marks the control; what was typed stays', async () => {
    const response = await form({ stamps: 'entry 2026-06-01\nexit 31.02.2026\n', arrival: '2026-12-24', entry: '', visa: '' });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toMatch(/<p id="error" class="error" role="alert">.*Cachets:2\u00a0: .*date/);
    expect(page).toContain('aria-invalid="true" autofocus>entry 2026-06-01');
    // the error sits next to its control, after the textarea and before the next field
    expect(page.indexOf('id="error"')).toBeGreaterThan(page.indexOf('id="stamps"'));
    expect(page.indexOf('id="error"')).toBeLessThan(page.indexOf('id="arrival"'));
    expect(page).toContain('exit 31.02.2026');
  });

  it('escapes what was typed', async () => {
    const page = await (await form({ stamps: '</textarea><script>alert(1)</script>', arrival: '', entry: '', visa: '' })).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;/textarea&gt;&lt;script&gt;');
  });
});

describe('schema/record.schema.json, the one description of a record (batch, HTTP, MCP)', () => {
  const record = JSON.parse(readFileSync(`${projectRoot}/schema/record.schema.json`, 'utf8')) as { properties: Record<string, unknown> };

  it('names exactly the fields the record parser accepts', () => {
    expect(Object.keys(record.properties).sort()).toEqual([...RECORD_KEYS].sort());
  });

  it('accepts the records of these tests', () => {
    const check = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(record);
    for (const example of [{ stays }, { stays, enter: '2026-12-28', days: 30 }, { stays, arrival: '2026-12-24', community: 'vlg', closed: ['2026-12-31'] }]) {
      expect(check(example), JSON.stringify(check.errors)).toBe(true);
    }
    expect(check({ stays: [{ entry: '2026-01-10', exti: '2026-01-12' }] })).toBe(false);
  });
});

describe('issue 23: API errors in the reader’s language, with no command-line hint', () => {
  const entryAfterArrival = { stays, arrival: '2026-12-24', entry: '2026-12-28' };

  it.each([
    ['Accept-Language nl-BE', { 'Accept-Language': 'nl-BE,nl;q=0.9,en;q=0.5' }, entryAfterArrival, 'de binnenkomst in Schengen (2026-12-28) ligt na de aankomst in België (2026-12-24)'],
    ['Accept-Language with weights: de wins', { 'Accept-Language': 'es;q=1, fr;q=0.4, de;q=0.8' }, entryAfterArrival, 'die Schengen-Einreise (2026-12-28) liegt nach der Ankunft in Belgien (2026-12-24)'],
    ['a "lang" field wins over the header', { 'Accept-Language': 'de' }, { ...entryAfterArrival, lang: 'fr' }, 'l’entrée Schengen (2026-12-28) suit l’arrivée en Belgique (2026-12-24)'],
    ['no language asked: English', {}, entryAfterArrival, 'the Schengen entry 2026-12-28 is after the arrival in Belgium 2026-12-24'],
  ])('%s', async (_name, headers, record, message) => {
    const response = await post('/api/annex3', JSON.stringify(record), { 'Content-Type': 'application/json', ...headers });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; field: string; message: string } };
    expect(body.error).toMatchObject({ code: 'annex3.entryAfterArrival', field: 'entry' });
    expect(body.error.message).toContain(message);
    expect(body.error.message).not.toMatch(/--|command line|opdrachtregel/);
  });

  it('a date error gives the date forms without the command line’s relative dates', async () => {
    const response = await post('/api/status', JSON.stringify({ stays: [{ entry: '31.02.2026', exit: null }], lang: 'nl' }));
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/^"31\.02\.2026" is geen aanvaarde datum: die dag bestaat niet; verwacht: JJJJ-MM-DD/);
    expect(body.error.message).not.toMatch(/opdrachtregel|\+30d/);
  });

  it('a "lang" that is no language of this tool is refused, not ignored', async () => {
    const body = (await (await post('/api/status', JSON.stringify({ stays, lang: 'es' }))).json()) as { error: { code: string; field: string; message: string } };
    expect(body.error).toMatchObject({ code: 'lang.invalid', field: 'lang' });
    expect(body.error.message).toBe('"lang" "es" is not a language of this tool; expected nl, fr, de or en');
  });
});

describe('issue 23: the counter page as the clerk’s desk', () => {
  const clerk = createApp({ today: async () => dayFromCivil(2026, 11, 20), municipality: 'Leuven', numbering: 'B3/{year}/{n}' });
  const submit = (fields: Record<string, string>, lang = 'nl') =>
    clerk.request(`/?lang=${lang}`, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  /** The sheets inside the page's #declaration (without the section that holds them). */
  const sheets = (page: string) => page.slice(page.indexOf('<section class="a3-sheet'), page.lastIndexOf('\n</section>', page.indexOf('<form')));
  const unescaped = (html: string) => html.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

  it('identity fields, and the municipality of the settings as the default', async () => {
    const page = await (await clerk.request('/?lang=nl')).text();
    for (const name of ['name', 'birthDate', 'birthPlace', 'nationality', 'document', 'address', 'municipality', 'reference']) expect(page).toContain(`name="${name}"`);
    expect(page).toContain('id="municipality" name="municipality" type="text" value="Leuven"');
    // the stamps in the clerk's own words
    expect(unescaped(page)).toContain('"binnenkomst 2026-01-10 FR", "uitreis 20.02.2026"');
    expect(unescaped(page)).not.toMatch(/opdrachtregel|"entry 20/);
  });

  it('the declaration printed is the one annex3 --html prints (one rendering)', async () => {
    const fields = { stamps: 'entry 2026-11-16 FR\n', arrival: '2026-11-20', visa: 'C 1 2026-11-01..2027-01-31 30', name: 'DOE John', birthDate: '14 MAR 1985', nationality: 'USA', municipality: 'Leuven', reference: '41' };
    const page = await (await submit(fields)).text();
    const cli = await runInProcess([
      'annex3', '--stay', '2026-11-16..', '--visa', 'C 1 2026-11-01..2027-01-31 30', '--arrival', '2026-11-20', '--entry', '2026-11-16', '--on', '2026-11-20', '--html', '--lang', 'nl',
      '--name', 'DOE John', '--birth-date', '14 MAR 1985', '--nationality', 'USA', '--municipality', 'Leuven', '--reference', '41', '--numbering', 'B3/{year}/{n}',
    ]);
    const sheet = (html: string) => html.slice(html.indexOf('<section class="a3-sheet'), html.lastIndexOf('</section>') + 10);
    expect(sheet(cli.stdout)).toContain('B3/2026/41');
    // 16.11.2026 + 30 − 1 = 15.12.2026
    expect(sheet(cli.stdout)).toContain('<strong>15/12/2026</strong>');
    expect(sheets(page)).toBe(sheet(cli.stdout));
  });

  it('a refused entry on the page: the verdict first, the refusal notice, no signature line', async () => {
    const response = await submit({ stamps: '', arrival: '2026-11-20', visa: 'C 1 2026-10-01..2026-11-10 30', name: 'DOE John' });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page.indexOf('id="verdict"')).toBeLessThan(page.indexOf('id="deadline"'));
    expect(page).toContain('geef de aankomstverklaring niet af');
    expect(sheets(page)).toContain('Geen aankomstverklaring afgeven');
    expect(sheets(page)).not.toMatch(/a3-signatures|Handtekening/);
    expect(page).toContain('<button type="button" id="print">De weigering afdrukken (A4)</button>');
  });

  it('a date error next to its field, worded without command-line hints, the field named by its label', async () => {
    const page = await (await submit({ stamps: '', arrival: '31.02.2026' })).text();
    const error = unescaped(/<p id="error"[^>]*>([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '');
    expect(error).toContain('veld "Aankomst in België"');
    expect(error).not.toMatch(/opdrachtregel|\+30d|--/);
    expect(page.indexOf('id="error"')).toBeGreaterThan(page.indexOf('id="arrival"'));
    expect(page.indexOf('id="error"')).toBeLessThan(page.indexOf('id="entry"'));
    expect(page).toMatch(/id="arrival"[^>]*aria-invalid="true" autofocus/);
  });
});

describe('the page judges every trip of the stamps at once (check, issue 22)', () => {
  const page = async (stamps: string) =>
    (await post('/?lang=en', new URLSearchParams({ stamps, arrival: '2026-12-18', entry: '', visa: '' }).toString(), { 'Content-Type': 'application/x-www-form-urlencoded' })).text();

  it('a booked trip that breaks the rule is named with its first unauthorised day', async () => {
    // 1 Oct–29 Nov 2026: 60 days; booked 10 Jan–20 Feb 2027: 42 days. Every day of October stays in the window up to
    // 29 March 2027, so the count on 10 Jan + k is 60 + k + 1: 91 on 9 Feb 2027 (k = 30), the first unauthorised day.
    const text = await page('trip 2026-10-01..2026-11-29 FR\nbooked 2027-01-10..2027-02-20 ES\n');
    expect(text).toMatch(/<dd id="trips" class="not-ok">Not OK: the booked trip [^<]*20 Feb 2027 breaks [^<]*9 Feb 2027; shorten or move it/);
  });

  it('trips that comply say so; stamps without a trip give no line', async () => {
    expect(await page('trip 2026-10-01..2026-11-29 FR\nbooked 2027-03-01..2027-03-10 ES\n')).toMatch(/<dd id="trips" class="ok">OK: /);
    expect(await page('')).not.toContain('id="trips"');
  });
});
