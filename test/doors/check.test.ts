import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { askQuestion, RECORD_KEYS } from '../../src/app/record.js';
import { personComputer, personFromNdjson } from '../../src/batch/records.js';
import { dayFromCivil } from '../../src/core/day.js';
import { check } from '../../src/lib/index.js';
import { callTool, toolDefinitions } from '../../src/mcp/tools.js';
import { travelInputFromJson } from '../../src/parse/json-input.js';
import { createApp } from '../../src/serve/app.js';
import { strictSchema } from '../support/strict-schema.js';

/**
 * `check` is a question of the application layer: every door asks it through askQuestion and answers
 * the same JSON (schema/check.schema.json). In process, no binary spawned.
 */
const on = dayFromCivil(2026, 12, 20);
const record = { stays: [{ entry: '2027-02-01', exit: '2027-03-20' }, { entry: '2026-12-01', exit: null }], timeline: true, explain: true };
const expected = askQuestion('check', { input: travelInputFromJson(record, {}, RECORD_KEYS), fields: record, today: on, calendar: null }).json();
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(strictSchema('check'));

describe('check at every door', () => {
  it('the answer matches its schema', () => {
    expect(validate(expected), JSON.stringify(validate.errors)).toBe(true);
    expect(expected).toMatchObject({ command: 'check', verdict: { ok: true, code: 'checkAllComply' } });
  });

  it('library: check(history, options)', async () => {
    const { stays, ...options } = record;
    expect(await check({ stays }, { on: '2026-12-20', ...options })).toEqual(expected);
  });

  it('HTTP: POST /api/check', async () => {
    const app = createApp({ today: async () => on });
    const response = await app.request('/api/check', { method: 'POST', body: JSON.stringify(record), headers: { 'Content-Type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(expected);
  });

  it('MCP: the check tool, its input generated from the question, its output the schema', async () => {
    const tool = toolDefinitions().find((definition) => definition.name === 'check')!;
    expect(Object.keys(tool.inputSchema.properties!)).toEqual(['stays', 'visas', 'permits', 'on', 'explain', 'timeline', 'rules', 'rule', 'nationality', 'ownLog']);
    expect(tool.outputSchema).toMatchObject({ title: 'schengen check --json' });
    const result = await callTool('check', record, { today: async () => on, calendar: async () => Promise.reject(new Error('no calendar')) });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual(expected);
    expect(result.content[0]!.text).toMatch(/^OK: every trip in the Schengen area complies with every limit \(2 trips, 1 booked ahead\)\. Deciding day 2027-03-20 \(tightestDay\)/);
  });

  it('batch: --query check, the record with its id second', () => {
    const compute = personComputer({ query: 'check', format: 'ndjson', maxLineLength: 1_000_000, closed: [] }, on, null, '(stdin)');
    const person = personFromNdjson({ number: 1, text: JSON.stringify({ id: 'p1', ...record }), tooLong: false }, '(stdin)', { maxLineLength: 1_000_000, query: 'check' })!;
    const outcome = compute(person);
    expect(outcome.failed).toBe(false);
    const { schemaVersion, id, ...rest } = JSON.parse(outcome.json) as Record<string, unknown>;
    expect(id).toBe('p1');
    expect({ schemaVersion, ...rest }).toEqual(expected);
  });

  it('a field check does not take is refused at every door alike', async () => {
    const bad = { ...record, days: 10 };
    expect(() => askQuestion('check', { input: travelInputFromJson(bad, {}, RECORD_KEYS), fields: bad, today: on, calendar: null })).toThrow(expect.objectContaining({ code: 'json.unknownField' }));
    const response = await createApp({ today: async () => on }).request('/api/check', { method: 'POST', body: JSON.stringify(bad) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'json.unknownField', field: 'days' } });
  });
});
