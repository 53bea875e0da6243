import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { QUESTION_NAMES, QUESTIONS, type QuestionName } from '../../src/app/questions.js';
import { InputError } from '../../src/errors.js';
import * as library from '../../src/lib/index.js';
import { SERVER_INSTRUCTIONS, toolDefinitions } from '../../src/mcp/tools.js';
import { publishedSchema } from '../support/strict-schema.js';
import { runInProcess } from '../support/cli-in-process.js';
import { askBatch, askHttp, askLibrary, askMcp, SERVER_TODAY } from './doors.js';
import { createApp } from '../../src/serve/app.js';

/**
 * Issue 19, "Seen": what the doors got wrong, one test each (the model bugs of that list are the
 * question definitions' and tested with them). The cross-door property test
 * (cross-door.property.test.ts) asks random questions everywhere; these name each case.
 * The library's declarations compiling without @types/node is test/e2e/package.test.ts's
 * "ships types a strict TypeScript project accepts" (types: [], skipLibCheck: false).
 */
const app = createApp({ today: async () => SERVER_TODAY });
const post = (question: string, body: object) => app.request(`/api/${question}`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

/** 40 days in Belarus: 1–31 March (31) and 1–9 April (9). */
const belarus = { stays: [{ entry: '2025-03-01', exit: '2025-04-09', entryCountry: 'BY', exitCountry: 'BY' }] };
/** 42 days in the Schengen area: 10–31 January (22) and 1–20 February (20). */
const schengen = { stays: [{ entry: '2026-01-10', exit: '2026-02-20' }] };
/** Line 2 begins with the document number (9 characters, F00000000) and its check digit (5). */
const FRENCH_SPECIMEN = ['VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<', 'F000000005UTO0311063M1401143<M300703'];

describe('the library', () => {
  it('takes rules: by-visa-free allows 30 days a stay, so days 31 to 40 (31 March – 9 April) are unauthorised', async () => {
    const result = await library.status(belarus, { on: '2025-06-01', rules: 'by-visa-free' });
    expect(result).toMatchObject({ rules: { preset: 'by-visa-free', zone: 'BY' }, unauthorisedDays: 10, firstUnauthorisedDay: '2025-03-31', brokenLimit: 'perStay' });
    expect(result.verdict.ok).toBe(false);
  });

  it('takes nationality: a Pole may stay 90 days a stay under by-visa-free, so none of the 40 is unauthorised', async () => {
    const result = await library.status(belarus, { on: '2025-06-01', rules: 'by-visa-free', nationality: 'PL' });
    // 40 of the calendar year's 90 used: 50 left.
    expect(result).toMatchObject({ unauthorisedDays: 0, daysUsed: 40, daysRemaining: 50 });
    expect(result.verdict.ok).toBe(true);
  });

  it('takes rule: 90 a calendar year counts the 42 days of 2026 (48 left)', async () => {
    const result = await library.status(schengen, { on: '2026-03-01', rule: '90/year' });
    expect(result.counts).toEqual([{ limit: 'calendarYear', kind: 'calendarYear', period: { start: '2026-01-01', end: '2026-03-01' }, daysUsed: 42, maxDays: 90, daysRemaining: 48 }]);
  });

  it('takes the reference day as on or today, an ISO date or a Date: one answer', async () => {
    const answers = await Promise.all([
      library.status(schengen, { on: '2026-03-01' }),
      library.status(schengen, { today: '2026-03-01' }),
      library.status(schengen, { on: new Date(2026, 2, 1) }),
      library.status(schengen, { today: new Date(2026, 2, 1, 23, 59) }),
    ]);
    // 1 March 2026: the window is 2 September 2025 – 1 March 2026, holding all 42 days.
    expect(answers[0]).toMatchObject({ on: '2026-03-01', daysUsed: 42 });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('without options, the error names the missing reference day, not the history', async () => {
    for (const options of [undefined, {}]) {
      const error = await library.status(schengen, options as never).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ code: 'json.shape', location: { field: 'on' } });
    }
  });

  it('asks every question: one function each', async () => {
    expect(QUESTION_NAMES.filter((name) => typeof (library as Record<string, unknown>)[name] !== 'function')).toEqual([]);
    expect((await library.rules()).presets.map((preset) => preset.name)).toEqual(['schengen', 'ru-visa-free', 'ru-visa', 'by-visa-free', 'by-transit', 'tr']);
    expect(await library.visa({ mrz: FRENCH_SPECIMEN })).toMatchObject({ command: 'visa', documentNumber: 'F00000000' });
  });
});

/** A valid body for each question, with the value that shows it was read. */
const BODIES: Record<QuestionName, [object, object]> = {
  status: [{ ...schengen, on: '2026-03-01' }, { daysUsed: 42 }],
  // 42 used before 1 April, all in every window up to 8 July: 48 days left, 1 April – 18 May (1 April + 47).
  plan: [{ ...schengen, on: '2026-03-01', enter: '2026-04-01' }, { maxStayDays: 48, latestExit: '2026-05-18' }],
  // 42 + 48 = 90: a trip of 48 days fits from the reference day.
  next: [{ ...schengen, on: '2026-03-01', days: 48 }, { earliestEntry: '2026-03-01', tripDays: 48 }],
  // The 3rd working day after 24 December: the 25th is a holiday, 26–27 a weekend, then 28, 29, 30.
  annex3: [{ stays: [], on: '2026-12-24', arrival: '2026-12-24' }, { declaration: { deadline: '2026-12-30' } }],
  calendar: [{ ...schengen, on: '2026-03-01', from: '2026-02-01', to: '2026-02-28' }, { from: '2026-02-01', to: '2026-02-28' }],
  apply: [{ on: '2027-01-04', travel: '2027-08-31' }, { travel: '2027-08-31', lodged: null }],
  visa: [{ mrz: FRENCH_SPECIMEN }, { documentNumber: 'F00000000' }],
  rules: [{}, { presets: [{ name: 'schengen' }, { name: 'ru-visa-free' }, { name: 'ru-visa' }, { name: 'by-visa-free' }, { name: 'by-transit' }, { name: 'tr' }] }],
  // One past trip, 10 January – 20 February: 22 + 20 = 42 days, all authorised.
  check: [{ ...schengen, on: '2026-03-01' }, { trips: [{ entry: '2026-01-10', exit: '2026-02-20', state: 'past', days: 42, compliant: true }], unauthorisedDays: 0 }],
};

describe('HTTP', () => {
  it.each(QUESTION_NAMES)('POST /api/%s answers the question (there were four routes)', async (name) => {
    const [body, shown] = BODIES[name];
    const response = await post(name, body);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as object;
    expect(answer).toMatchObject({ schemaVersion: 3, command: name, ...shown });
  });

  it.each(QUESTION_NAMES)('GET /api/%s is a 405 that names the method it takes (it was a 404)', async (name) => {
    const response = await app.request(`/api/${name}`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ error: { code: 'http.methodNotAllowed' } });
  });

  describe('GET /openapi.json', () => {
    interface Operation {
      operationId: string;
      requestBody: { content: Record<string, { schema: object }> };
      responses: Record<string, { description: unknown; content?: Record<string, { schema: object }> }>;
    }
    interface Document {
      openapi: string;
      info: { title: unknown; version: unknown };
      jsonSchemaDialect: string;
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, object> };
    }
    const fetched = Promise.resolve(app.request('/openapi.json')).then(async (response) => ({ response, document: (await response.json()) as Document }));
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    /** A schema of the document made standalone: its references to the components made references to its $defs. */
    const standalone = (schema: object, document: Document) =>
      JSON.parse(JSON.stringify({ ...schema, $defs: document.components.schemas }).replaceAll('"#/components/schemas/', '"#/$defs/')) as object;
    const requestSchema = (document: Document, name: QuestionName) => document.paths[`/api/${name}`]!['post']!.requestBody.content['application/json']!.schema;

    it('is an OpenAPI 3.1 document: version, info, JSON Schema 2020-12, one POST path per question', async () => {
      const { response, document } = await fetched;
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(document.openapi).toMatch(/^3\.1\.\d+$/);
      expect(typeof document.info.title).toBe('string');
      expect(typeof document.info.version).toBe('string');
      expect(document.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(Object.keys(document.paths)).toEqual(QUESTION_NAMES.map((name) => `/api/${name}`));
      for (const name of QUESTION_NAMES) {
        const item = document.paths[`/api/${name}`]!;
        expect(Object.keys(item)).toEqual(['post']);
        expect(item['post']!.operationId).toBe(name);
        for (const [status, answer] of Object.entries(item['post']!.responses)) {
          expect(status).toMatch(/^([1-5]\d\d|default)$/);
          expect(typeof answer.description).toBe('string');
        }
      }
    });

    it('its request schemas are the questions’ records, valid JSON Schema that takes each body above and refuses an unknown field', async () => {
      const { document } = await fetched;
      for (const name of QUESTION_NAMES) {
        const validate = ajv.compile(standalone(requestSchema(document, name), document));
        const [body] = BODIES[name];
        expect(validate(body), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
        expect(validate({ ...body, query: name })).toBe(false);
        expect(Object.keys((requestSchema(document, name) as { properties: object }).properties)).toEqual([
          ...(QUESTIONS[name].takesHistory ? ['stays', 'visas', 'permits'] : []),
          ...QUESTIONS[name].parameters.map((parameter) => parameter.name),
          // HTTP takes a batch record as it is: its id is allowed (and not echoed); "lang" is the language of an error's message (issue 23).
          'id',
          'lang',
        ]);
      }
    });

    it('every reference resolves: to a component, or to a schema the server serves', async () => {
      const { document } = await fetched;
      const references = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]!);
      expect(references.length).toBeGreaterThan(QUESTION_NAMES.length);
      for (const reference of new Set(references)) {
        if (reference.startsWith('#/components/schemas/')) {
          expect(document.components.schemas, reference).toHaveProperty([reference.slice('#/components/schemas/'.length)]);
          continue;
        }
        const served = await app.request(reference);
        expect(served.status, reference).toBe(200);
        const name = /^\/schema\/([a-z0-9-]+)\.schema\.json$/.exec(reference)?.[1];
        expect(name, reference).toBeDefined();
        expect(await served.json()).toEqual(publishedSchema(name!));
      }
    });
  });
});

describe('MCP', () => {
  const tools = toolDefinitions();

  it('a tool per question (there were five), its input the question’s parameters, its output the answer’s schema', () => {
    expect(tools.map((tool) => tool.name)).toEqual([...QUESTION_NAMES, 'explain']);
    for (const name of QUESTION_NAMES) {
      const tool = tools.find((candidate) => candidate.name === name)!;
      const history = QUESTIONS[name].takesHistory;
      expect(Object.keys(tool.inputSchema.properties ?? {})).toEqual([...(history ? ['stays', 'visas', 'permits'] : []), ...QUESTIONS[name].parameters.map((parameter) => parameter.name).filter((parameter) => parameter !== 'fields'), ...(history ? ['ownLog'] : [])]);
      expect(tool.inputSchema['required']).toEqual(QUESTIONS[name].parameters.filter((parameter) => parameter.required === true).map((parameter) => parameter.name));
      expect(tool.outputSchema?.['title']).toMatch(new RegExp(`^schengen ${name} `));
    }
  });

  it('the examples the input schemas give of custom rules are rules every door takes (one was "30/stay", refused)', async () => {
    const description = QUESTIONS.status.parameters.find((parameter) => parameter.name === 'rule')!.description;
    const examples = [...description.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const rule of examples) await expect(library.status(schengen, { on: '2026-03-01', rule }), rule).resolves.toMatchObject({ rules: { preset: 'custom' } });
  });

  it('every tool is annotated read-only, idempotent and closed-world (there were no annotations)', () => {
    for (const tool of tools) expect(tool.annotations).toMatchObject({ readOnlyHint: true, idempotentHint: true, openWorldHint: false });
  });

  it('the server’s instructions say when to use which tool and to give the verdict first (there were none; test/e2e/mcp.test.ts sees the server send them)', () => {
    for (const name of QUESTION_NAMES) expect(SERVER_INSTRUCTIONS).toMatch(new RegExp(`\\b${name}\\b`));
    expect(SERVER_INSTRUCTIONS).toContain('Tell the user the verdict first');
  });

  it('the text for a trip that breaks a booked stay begins with "Not OK" (it read "Entry on …: allowed")', async () => {
    // 89 days used (1 September – 28 November: 30 + 31 + 28); one day on 10 December makes 90, and the
    // booked day of 20 December (its window from 24 June holds all of them) the 91st.
    const question = { name: 'plan' as const, history: { stays: [{ entry: '2026-09-01', exit: '2026-11-28' }, { entry: '2026-12-20', exit: '2026-12-20' }] }, fields: { on: '2026-12-01', enter: '2026-12-10', days: 1 }, mutation: null };
    const result = await askMcp(question);
    expect('text' in result && result.text).toMatch(/^Not OK: /);
    expect('answer' in result && JSON.parse(result.answer)).toMatchObject({ verdict: { ok: false }, trip: { compliant: false, firstUnauthorisedDay: '2026-12-20', brokenStay: { entry: '2026-12-20', exit: '2026-12-20' } } });
  });
});

describe('drift: status of a history with a stay in Russia', () => {
  const question = {
    name: 'status' as const,
    history: { stays: [{ entry: '2026-01-10', exit: '2026-02-20', entryCountry: 'FR' }, { entry: '2026-03-01', exit: '2026-04-15', entryCountry: 'RU', exitCountry: 'RU' }] },
    fields: { on: '2026-05-01' },
    mutation: null,
  };
  // 42 days in the Schengen area; 46 in Russia (1–31 March: 31, 1–15 April: 15), counted in Russia's calendar year.
  const schengenZone = { preset: 'schengen', zone: 'schengen', counts: [{ limit: 'rule90180', daysUsed: 42, daysRemaining: 48 }] };
  const russianZone = { preset: 'ru-visa-free', zone: 'RU', counts: [{ limit: 'calendarYear', period: { start: '2026-01-01', end: '2026-05-01' }, daysUsed: 46, daysRemaining: 44 }] };

  it('every door gives both zones, the Russian count included (the command line alone gave it)', async () => {
    const library = await askLibrary(question);
    // The asked zone (Schengen) is the answer itself; zones holds the others (issue 21: not repeated).
    expect('json' in library && library.json).toMatchObject({ counts: schengenZone.counts, zones: [russianZone] });
    const zones = (outcome: { answer?: string }) => (JSON.parse(outcome.answer ?? '{}') as { zones?: unknown }).zones;
    const expected = zones(library as { answer: string });
    const cli = await runInProcess(['status', '-', '--on', '2026-05-01', '--json'], { stdin: JSON.stringify(question.history) });
    expect({
      http: zones((await askHttp(question)) as { answer?: string }),
      mcp: zones((await askMcp(question)) as { answer?: string }),
      batch: zones((await askBatch(question)) as { answer?: string }),
      cli: (JSON.parse(cli.stdout) as { zones: unknown }).zones,
    }).toEqual({ http: expected, mcp: expected, batch: expected, cli: expected });
  });
});
