import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgianCalendarSource } from '../../src/app/annex3-params.js';
import { QUESTIONS, questionFieldNames } from '../../src/app/questions.js';
import { dayFromCivil } from '../../src/core/day.js';
import { UserError } from '../../src/errors.js';
import * as library from '../../src/lib/index.js';
import { callTool } from '../../src/mcp/tools.js';
import { createApp } from '../../src/serve/app.js';
import { batchInProcess } from '../support/batch-in-process.js';
import { runCli, STACK_TRACE, type CliResult } from '../e2e/run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

/**
 * Issue 20: one record, random and hostile, through every door in this process (the library, HTTP,
 * MCP, batch) and a few through the binary's batch: the same refusal code at each door (or the same
 * answer), never an internal error, never a raw control character in a message, and every other
 * record of a batch answered.
 *
 * Issue 10: our own fuzz test of the built binary over stamp files, JSON, batch lines and flags.
 * Whatever the input: an exit code of the documented set and never 1 (a bug), no stack trace,
 * stderr made of whole "schengen: " lines with at most one error among them, and under --json a
 * stdout that is valid JSON or empty. Spawning is slow: each property runs a few dozen inputs,
 * with a fixed seed so that a failure is reproducible (fast-check prints the seed and the path).
 */
const DOCUMENTED_EXIT_CODES = [0, 2, 3, 4, 5, 6];
// FUZZ_RUNS and FUZZ_SEED widen the campaign by hand (e.g. FUZZ_RUNS=500 FUZZ_SEED=$RANDOM).
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 36);
const SEED = Number(process.env['FUZZ_SEED'] ?? 10);
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'schengen-fuzz-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectWellBehaved(result: CliResult, json: 'one' | 'lines' | 'none'): void {
  expect(DOCUMENTED_EXIT_CODES).toContain(result.exitCode);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.stderr).not.toMatch(RAW_CONTROL);
  const lines = result.stderr === '' ? [] : result.stderr.slice(0, -1).split('\n');
  if (result.stderr !== '') expect(result.stderr.endsWith('\n')).toBe(true);
  for (const line of lines) expect(line.startsWith('schengen: ')).toBe(true);
  expect(lines.filter((line) => !line.startsWith('schengen: warning: ')).length).toBeLessThanOrEqual(1);
  if (json === 'one' && result.stdout !== '') expect(() => JSON.parse(result.stdout)).not.toThrow();
  if (json === 'lines' && result.stdout !== '') for (const line of result.stdout.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
}

// Pieces of input: plausible, nearly right, and hostile.
const hostile = fc.constantFrom('\u001b[2J', '\u001b]52;c;SGk=\u0007', '\u009b', '\r', '\u202e', '\u0000', '\ufeff', '"', '\\', '#', '..', ',', '{', '[', ' ');
const dateText = fc.oneof(
  fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '14.03.26', '14 MAR 2026', '2026-3-14', '99999-01-01', '0000-00-00', '', '1e15', '2026-01-01T00:00'),
  fc.string({ maxLength: 12 }),
);
const word = fc.oneof(fc.constantFrom('entry', 'exit', 'visa', 'permit', 'mrz', 'C', 'LTV', 'MULT', '90', 'BE', 'XX', 'valid-for=BE'), dateText, hostile, fc.string({ maxLength: 8 }));
const stampLine = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

const jsonValue = fc.oneof(
  dateText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, 1e15, 150000000, -1, 0, '12345678901234567890'),
  fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text) as unknown),
);
const stay = fc.record({ entry: jsonValue, exit: jsonValue }, { requiredKeys: [] });
const history = fc.record(
  {
    stays: fc.oneof(fc.array(stay, { maxLength: 4 }), jsonValue),
    visas: fc.oneof(fc.array(fc.dictionary(fc.constantFrom('type', 'entries', 'validFrom', 'validUntil', 'durationDays', 'validFor', 'x'), jsonValue), { maxLength: 2 }), jsonValue),
    permits: fc.array(fc.dictionary(fc.constantFrom('from', 'until', 'country'), jsonValue), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
/** A JSON text, sometimes with a key repeated, a BOM in front, nesting or a cut. */
const jsonText = fc.tuple(history, fc.constantFrom('plain', 'duplicate', 'bom', 'deep', 'cut'), fc.nat(200)).map(([value, twist, cut]) => {
  const text = JSON.stringify(value);
  switch (twist) {
    case 'duplicate':
      return text.replace(/^\{/, '{"stays":[],');
    case 'bom':
      return `\ufeff${text}`;
    case 'deep':
      return `{"stays":${'['.repeat(cut * 30)}${']'.repeat(cut * 30)}}`;
    case 'cut':
      return text.slice(0, cut);
    default:
      return text;
  }
});
const batchRecord = fc.oneof(
  fc.tuple(fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constantFrom('12345678901234567890', '1e400', '-0')), history, fc.dictionary(fc.constantFrom('on', 'enter', 'exit', 'days', 'arrival', 'closed', 'saturdayWorking', 'from', 'country'), jsonValue)).map(
    ([id, value, fields]) => {
      const idText = typeof id === 'string' && /^[-0-9e]+$/.test(id) ? id : JSON.stringify(id);
      return `{"id":${idText},${JSON.stringify({ ...(value as object), ...fields }).slice(1)}`;
    },
  ),
  jsonText,
  fc.string({ maxLength: 30 }),
);

const optionValue = fc.oneof(dateText, fc.constantFrom('0', '1', '90', '10000000', '99999999999999999999', '-1', '1e3', '0x10', 'Europe/Brussels', 'Mars/Phobos', 'nl', 'xx', 'vlg'), hostile, fc.string({ maxLength: 10 }));
const flag = fc.tuple(
  fc.constantFrom('--stay', '--visa', '--permit', '--on', '--tz', '--lang', '--enter', '--exit', '--days', '--from', '--arrival', '--entry', '--community', '--closed', '--country', '--to', '--max-line-length', '--bogus', '-x'),
  optionValue.map((value) => value.replace(/\0/g, '')), // argv cannot carry NUL
);

/**
 * Each property runs RUNS inputs through the command line in this process (test/support/cli-in-process.ts:
 * start.ts's steps, the same output and exit code as the binary: test/e2e/smoke.test.ts) and
 * BINARY_RUNS others, of another seed, through the built binary (issue 24: 144 runs of the binary before).
 */
const BINARY_RUNS = Number(process.env['FUZZ_BINARY_RUNS'] ?? 3);
const WAYS = [
  ['in process', runInProcess, RUNS, SEED],
  ['the binary', runCli, BINARY_RUNS, SEED + 1],
] as const;

describe.each(WAYS)('fuzz (%s): whatever the input, a documented exit code, one line, valid JSON', (_way, run, numRuns, seed) => {
  it('stamp files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(stampLine, lineBreak), { maxLength: 6 }), fc.constantFrom('status', 'plan', 'next', 'calendar', 'ics'), async (lines, command) => {
        const path = join(dir, `stamps-${_way}.txt`);
        await writeFile(path, lines.map(([line, end]) => line + end).join(''));
        const extra = command === 'plan' ? ['--enter', '2026-03-02'] : command === 'next' ? ['--days', '10'] : [];
        const json = command === 'calendar' || command === 'ics' ? [] : ['--json'];
        expectWellBehaved(await run([command, path, '--on', '2026-03-01', ...extra, ...json]), json.length > 0 ? 'one' : 'none');
      }),
      { numRuns, seed, endOnFailure: true },
    );
  }, 120_000);

  it('JSON files', async () => {
    await fc.assert(
      fc.asyncProperty(jsonText, async (text) => {
        const path = join(dir, `history-${_way}.json`);
        await writeFile(path, text);
        expectWellBehaved(await run(['status', path, '--on', '2026-03-01', '--json']), 'one');
      }),
      { numRuns, seed, endOnFailure: true },
    );
  }, 120_000);

  it('batch lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(batchRecord, { maxLength: 6 }), fc.constantFrom('status', 'plan', 'next', 'annex3'), async (records, query) => {
        const result = await run(['batch', '--query', query, '--on', '2026-03-01', '--enter', '2026-03-02', '--days', '5', '--arrival', '2026-03-02'], { stdin: records.join('\n') });
        expectWellBehaved(result, 'lines');
        // One output record per non-blank input line, in order.
        const expected = records.join('\n').split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
        if (result.exitCode === 0 || result.exitCode === 6) expect(result.stdout === '' ? 0 : result.stdout.trimEnd().split('\n').length).toBe(expected);
      }),
      // A third of the runs: one record a run goes through batch in this process and the binary below (issue 20).
      { numRuns: Math.max(2, Math.round(numRuns / 3)), seed, endOnFailure: true },
    );
  }, 120_000);

  it('flags', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('status', 'plan', 'next', 'annex3', 'visa', 'log'), fc.array(flag, { maxLength: 4 }), fc.boolean(), async (command, flags, json) => {
        const args = [command, ...flags.flat(), ...(json ? ['--json'] : [])];
        // `log` with flags only lists (or shows usage): never touches a real file.
        const result = await run(command === 'log' ? ['log', 'list', '--file', join(dir, 'log.txt'), ...args.slice(1)] : args);
        expectWellBehaved(result, json ? 'one' : 'none');
      }),
      { numRuns, seed, endOnFailure: true },
    );
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Issue 20: one record through every door.

type Query = 'status' | 'plan' | 'next' | 'annex3';
const QUERIES: readonly Query[] = ['status', 'plan', 'next', 'annex3'];
const ON = '2026-03-01';
const TODAY = dayFromCivil(2026, 3, 1);
/** The field each query cannot do without, with a value that works: a record has it most of the time. */
const REQUIRED: Readonly<Record<Query, Record<string, unknown>>> = { status: {}, plan: { enter: '2026-03-02' }, next: { days: 5 }, annex3: { arrival: '2026-03-02' } };
/** Every character a message must not carry raw: C0 and C1 controls, DEL, bidi and invisible marks. */
const RAW_IN_MESSAGE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** A value nested `depth` containers deep (an array or an object at each level), built without recursion. */
function nestedValue(depth: number, objects: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = objects ? { a: value } : [value];
  return value;
}

const day = fc.constantFrom('2026-01-05', '2026-01-20', '2026-02-10', '2026-03-01', '2026-03-02', '2026-04-15', '2025-11-30', '14.02.26', '1 MAR 2026');
const hostileText = fc.constantFrom(
  'constructor',
  '__proto__',
  'Constructor',
  '__PROTO__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'today',
  '+3d',
  'X\r\nforged\u001b]52;c;SGk=\u0007',
  'a\u202eb',
  '\u009b2J',
  '\u0000',
  '',
  ' ',
  '2026-02-30',
  '31.02.2026',
  '1e3',
  'BE',
  'XX',
  'vlg',
  'MULT',
  '90/180',
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 1, 5, 91, 3660, 3661, 1.5, 1e21, true, false, null, [], {}, ['2026-01-05'], { entry: '2026-01-05' }) },
  // Around the nesting limit (32 levels, the record itself one of them): both sides of it.
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 28, max: 34 }), fc.boolean()).map(([depth, objects]) => nestedValue(depth, objects)) },
);
const recordStay = fc
  .tuple(
    fc.record({ entry: fc.oneof({ weight: 4, arbitrary: day }, hostileValue), exit: fc.oneof({ weight: 3, arbitrary: day }, fc.constant(null), hostileValue) }, { requiredKeys: ['entry'] }),
    fc.array(fc.tuple(fc.constantFrom('entryCountry', 'exitCountry', 'entryPlace', 'exitPlace', 'exti', '__proto__'), hostileValue), { maxLength: 1 }),
  )
  .map(([known, extra]) => [...Object.entries(known), ...extra]);
const plausible: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  stays: fc.array(recordStay, { maxLength: 3 }).map((stays) => stays.map((pairs) => ({ pairs }))),
  visas: fc.constantFrom([], [{ type: 'C', entries: 'MULT', validFrom: '2026-01-01', validUntil: '2026-12-31', durationDays: 90 }]),
  permits: fc.constantFrom([], [{ from: '2026-01-10', until: '2026-01-15' }]),
  on: fc.constantFrom('2026-03-01', '2026-02-10', '2026-04-20'),
  enter: day,
  exit: day,
  days: fc.integer({ min: 1, max: 120 }),
  country: fc.constantFrom('BE', 'FR', 'PL'),
  from: day,
  leave: day,
  arrival: day,
  entry: day,
  community: fc.constantFrom('vlg', 'fr', 'de'),
  closed: fc.oneof(day, fc.array(day, { maxLength: 2 })),
  saturdayWorking: fc.boolean(),
  explain: fc.boolean(),
  rules: fc.constantFrom('schengen', 'ru-visa-free', 'tr'),
  rule: fc.constantFrom('90/180', ['90/year', 'stay<=30']),
  nationality: fc.constantFrom('PL', 'BE'),
};
/** A key of a record: mostly one of the query's own (its history's or its parameters'), else another query's, or no field at all. */
const keyFor = (query: Query) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...questionFieldNames(QUESTIONS[query])) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.keys(plausible), 'to', 'travel', 'mrz') },
    { weight: 1, arbitrary: fc.constantFrom('x', '__proto__', 'constructor', 'toString') },
  );

/** The JSON text of an object of these [key, value] pairs, in that order (a stay's pairs written as an object too). */
function objectText(pairs: readonly (readonly [string, unknown])[]): string {
  const valueText = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(valueText).join(',')}]`;
    if (typeof value === 'object' && value !== null && 'pairs' in value) return objectText((value as { pairs: [string, unknown][] }).pairs);
    return JSON.stringify(value);
  };
  return `{${pairs.map(([name, value]) => `${JSON.stringify(name)}:${valueText(value)}`).join(',')}}`;
}

/** One record as every door receives it: the text batch and HTTP read, and the value JSON.parse makes of it for the others. */
const recordFor = (query: Query) =>
  fc
    .tuple(
      fc.boolean(),
      fc.array(fc.tuple(keyFor(query), fc.boolean(), fc.boolean(), hostileValue), { maxLength: 5 }).chain((picked) =>
        // Three values in four are plausible ones for their key, the others hostile.
        fc.tuple(...picked.map(([name, good, alsoGood, value]) => ((good || alsoGood) && Object.hasOwn(plausible, name) ? plausible[name]!.map((v) => [name, v] as const) : fc.constant([name, value] as const)))),
      ),
    )
    .map(([required, pairs]) => {
      const text = objectText([...(required ? Object.entries(REQUIRED[query]) : []), ...pairs]);
      // A key written twice is batch's and HTTP's to refuse (json.duplicateKey); the value doors cannot receive it.
      return { text: JSON.stringify(JSON.parse(text)), value: JSON.parse(text) as Record<string, unknown> };
    });

interface Outcome {
  readonly code: string;
  readonly answer?: unknown;
}

function userErrorOutcome(error: unknown): Outcome {
  if (!(error instanceof UserError)) throw error; // an internal error: the property fails with it
  expect(error.message).not.toMatch(RAW_IN_MESSAGE);
  return { code: error.code };
}

async function viaLibrary(query: Query, record: Record<string, unknown>): Promise<Outcome> {
  const history = Object.fromEntries(Object.entries(record).filter(([name]) => ['stays', 'visas', 'permits'].includes(name)));
  const options = Object.fromEntries(Object.entries(record).filter(([name]) => !['stays', 'visas', 'permits'].includes(name)));
  // The library reads no clock: a record without "on" is given the day the other doors take.
  if (options['on'] === undefined || options['on'] === null) options['on'] = ON;
  try {
    return { code: 'ok', answer: await (library[query] as (h: unknown, o: unknown) => Promise<unknown>)(history, options) };
  } catch (error) {
    return userErrorOutcome(error);
  }
}

const httpApp = createApp({ today: async () => TODAY });
async function viaHttp(query: Query, text: string): Promise<Outcome> {
  const response = await httpApp.request(`/api/${query}`, { method: 'POST', body: text, headers: { 'Content-Type': 'application/json' } });
  const body = (await response.json()) as { error?: { code: string; message: string } };
  if (response.status === 200) return { code: 'ok', answer: body };
  expect(response.status).toBe(400);
  expect(body.error!.message).not.toMatch(RAW_IN_MESSAGE);
  return { code: body.error!.code };
}

const toolContext = { today: async () => TODAY, calendar: belgianCalendarSource };
async function viaMcp(query: Query, record: Record<string, unknown>): Promise<Outcome> {
  const result = await callTool(query, record, toolContext);
  for (const item of result.content) expect(item.text).not.toMatch(RAW_IN_MESSAGE);
  if (result.isError !== true) return { code: 'ok', answer: result.structuredContent };
  const error = (result['_meta'] as { 'schengen/error': { code: string; message: string } })['schengen/error'];
  expect(error.message).not.toMatch(RAW_IN_MESSAGE);
  return { code: error.code };
}

/** The record as a batch line: its text with the id first. */
const withId = (text: string) => (text === '{}' ? '{"id":"fuzz"}' : `{"id":"fuzz",${text.slice(1)}`);

/** The record between two good ones, lines ending in LF, CRLF or a lone CR: three records come back, the good ones answered. */
async function viaBatch(query: Query, text: string, end: string): Promise<Outcome> {
  const good = objectText([['id', 'good'], ...Object.entries(REQUIRED[query])]);
  const records = await batchInProcess([good, withId(text), good].join(end) + end, query, { on: ON });
  expect([records[0]!['id'], records[2]!['id']]).toEqual(['good', 'good']);
  expect([records[0]!['command'], records[2]!['command']]).toEqual([query, query]);
  const { id, error, ...answer } = records[1]!;
  // The id comes back, unless the line's JSON itself is refused before it is read (too deep).
  expect(id).toBe((error as { code: string } | undefined)?.code === 'json.tooDeep' ? null : 'fuzz');
  if (error === undefined) return { code: 'ok', answer };
  expect((error as { message: string }).message).not.toMatch(RAW_IN_MESSAGE);
  return { code: (error as { code: string }).code };
}

const IN_PROCESS_RUNS = Number(process.env['FUZZ_RUNS'] ?? 100);

describe('fuzz (issue 20): one record, every door, the same refusal', () => {
  it.each(QUERIES)('%s: the library, HTTP, MCP and batch give the same code (or the same answer)', async (query) => {
    await fc.assert(
      fc.asyncProperty(recordFor(query), lineBreak, async ({ text, value }, end) => {
        const outcomes = {
          library: await viaLibrary(query, structuredClone(value)),
          http: await viaHttp(query, text),
          mcp: await viaMcp(query, structuredClone(value)),
          batch: await viaBatch(query, text, end),
        };
        // A tool answers whole (its output schema), so it refuses `fields`, the other doors take it; a document
        // nested too deep is refused first at every door, before any field is read.
        const mcpTakesIt = !('fields' in value) || outcomes.library.code === 'json.tooDeep';
        const codes = Object.fromEntries(Object.entries(outcomes).map(([door, outcome]) => [door, outcome.code]));
        expect(codes).toEqual({ library: outcomes.library.code, http: outcomes.library.code, mcp: mcpTakesIt ? outcomes.library.code : 'fields.notTaken', batch: outcomes.library.code });
        if (outcomes.library.code === 'ok') {
          expect(outcomes.http.answer).toEqual(outcomes.library.answer);
          expect(outcomes.mcp.answer).toEqual(mcpTakesIt ? outcomes.library.answer : undefined);
          expect(outcomes.batch.answer).toEqual(outcomes.library.answer);
        }
      }),
      { numRuns: IN_PROCESS_RUNS, seed: SEED, endOnFailure: true },
    );
  }, 120_000);

  it('the binary’s batch gives the record the code the in-process batch gives, and answers the records around it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...QUERIES).chain((query) => fc.tuple(fc.constant(query), recordFor(query), lineBreak)), async ([query, { text }, end]) => {
        const good = objectText([['id', 'good'], ...Object.entries(REQUIRED[query])]);
        const result = await runCli(['batch', '--query', query, '--on', ON, '--jobs', '1'], { stdin: [good, withId(text), good].join(end) + end });
        expectWellBehaved(result, 'lines');
        const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; command?: string; error?: { code: string; message: string } });
        expect([records.length, records[0]!.id, records[2]!.id]).toEqual([3, 'good', 'good']);
        const expected = await viaBatch(query, text, end);
        expect(records[1]!.error?.code ?? 'ok').toBe(expected.code);
        expect(result.exitCode).toBe(expected.code === 'ok' ? 0 : 6);
        if (records[1]!.error !== undefined) expect(records[1]!.error.message).not.toMatch(RAW_IN_MESSAGE);
      }),
      { numRuns: Math.max(2, BINARY_RUNS), seed: SEED, endOnFailure: true },
    );
  }, 120_000);
});
