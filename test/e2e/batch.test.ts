import { Ajv2020 } from 'ajv/dist/2020.js';
import { strictSchema } from '../support/strict-schema.js';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';
import { DATE_FORMS_EN } from '../../src/messages/en/errors.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const schema = (name: string) => strictSchema(name) as { properties: Record<string, unknown>; required: string[] };
const records = (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

/** A batch record is the single command's JSON with "id" second. */
function batchValidator(name: string) {
  const single = schema(name);
  return ajv.compile({ ...single, $id: `${name}-batch`, required: [...single.required, 'id'], properties: { ...single.properties, id: { type: ['string', 'number'] } } });
}
const errorValidator = ajv.compile(strictSchema('batch-error') as object);

const person = (id: string | number, stays: [string, string | null][], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, stays: stays.map(([entry, exit]) => ({ entry, exit })), ...extra });

describe('schengen batch', () => {
  it('one record per person, in input order, each with its id; valid against the schemas', async () => {
    const input = [
      person('a', [['2026-01-01', '2026-03-01']]),
      person(2, [['2026-02-01', '2026-02-10']]),
      person('c', [], { on: '2026-05-01' }),
    ].join('\n');
    const result = await runInProcess(['batch', '--query', 'status', '--on', '2026-03-10'], { stdin: `${input}\n` });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const out = records(result.stdout);
    expect(out.map((r) => r['id'])).toEqual(['a', 2, 'c']);
    // 01.01–01.03 = 60 days; 01.02–10.02 = 10 days; nothing for c, whose own "on" wins
    expect(out.map((r) => r['daysUsed'])).toEqual([60, 10, 0]);
    expect(out.map((r) => r['on'])).toEqual(['2026-03-10', '2026-03-10', '2026-05-01']);
    const validate = batchValidator('status');
    for (const record of out) {
      expect(Object.keys(record).slice(0, 2)).toEqual(['schemaVersion', 'id']);
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('bad lines become error records and the run goes on; exit code 6', async () => {
    const input = [
      person('ok1', [['2026-01-01', '2026-01-05']]),
      '{"id": "broken", "stays": [',
      person('bad-date', [['2026-02-30', null]]),
      JSON.stringify({ stays: [] }),
      person('overlap', [['2026-01-01', '2026-01-10'], ['2026-01-05', '2026-01-20']]),
      JSON.stringify({ id: 'unknown-field', stays: [], stay: [] }),
      person('ok2', [['2026-02-01', '2026-02-03']]),
    ].join('\n');
    const result = await runInProcess(['batch', '--query', 'status', '--on', '2026-03-10'], { stdin: input });
    expect(result.exitCode).toBe(6);
    const out = records(result.stdout);
    expect(out).toHaveLength(7);
    expect(out.map((r) => r['id'])).toEqual(['ok1', null, 'bad-date', null, 'overlap', 'unknown-field', 'ok2']);
    expect(out.map((r) => (r['error'] as { code: string } | undefined)?.code ?? 'ok')).toEqual([
      'ok',
      'json.syntax',
      'date.noSuchDay',
      'batch.missingId',
      'stay.overlap',
      'json.unknownField',
      'ok',
    ]);
    expect(out[2]!['error']).toEqual({
      line: 3,
      field: 'stays[0].entry',
      code: 'date.noSuchDay',
      message: `"2026-02-30" is not a date we accept: no such day; expected ${DATE_FORMS_EN}`,
    });
    for (const record of out.filter((r) => 'error' in r)) expect(errorValidator(record), JSON.stringify(errorValidator.errors)).toBe(true);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('a huge line is refused with an error record, not a crash, and the next line still counts', async () => {
    const huge = `{"id":"huge","stays":[${'{"entry":"2026-01-01","exit":"2026-01-02"},'.repeat(5000)}]}`;
    const input = [huge, person('after', [['2026-01-01', '2026-01-02']])].join('\n');
    const result = await runInProcess(['batch', '--query', 'status', '--on', '2026-03-10', '--max-line-length', '10000'], { stdin: input });
    expect(result.exitCode).toBe(6);
    const out = records(result.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ id: null, error: { line: 1, code: 'batch.lineTooLong', message: 'the line is longer than 10000 characters; expected one person per line' } });
    expect(out[1]).toMatchObject({ id: 'after', daysUsed: 2 });
  });

  it('an empty input gives no records and exit 0; blank lines are not persons', async () => {
    const empty = await runInProcess(['batch', '--query', 'status', '--on', '2026-03-10'], { stdin: '' });
    expect(empty).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const blanks = await runInProcess(['batch', '--query', 'status', '--on', '2026-03-10'], { stdin: '\n\n   \n' });
    expect(blanks.stdout).toBe('');
  });

  it('CSV: consecutive rows of an id are one person; a bad row makes that person an error record', async () => {
    const csv = ['id,entry,exit', 'a,2026-01-01,2026-01-10', 'a,2026-02-01,2026-02-05', 'b,2026-03-01,', 'c,2026-13-01,2026-01-01', 'c,2026-01-01,2026-01-02', 'd,2026-01-01'].join('\n');
    const result = await runInProcess(['batch', '--format', 'csv', '--query', 'status', '--on', '2026-03-05'], { stdin: csv });
    expect(result.exitCode).toBe(6);
    const out = records(result.stdout);
    expect(out.map((r) => r['id'])).toEqual(['a', 'b', 'c', 'd']);
    // a: 10 + 5 days; b: open stay 01.03–05.03 = 5 days
    expect(out.slice(0, 2).map((r) => r['daysUsed'])).toEqual([15, 5]);
    expect(out[2]!['error']).toMatchObject({ line: 5, field: 'entry', code: 'date.noSuchMonth' });
    expect(out[3]!['error']).toMatchObject({ line: 7, code: 'batch.csvRowColumns' });
  });

  it('CSV without the header is refused as a whole (exit 3)', async () => {
    const result = await runInProcess(['batch', '--format', 'csv', '--query', 'status', '--on', '2026-03-05'], { stdin: 'a,2026-01-01,2026-01-10\n' });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('unknown column "a"');
  });

  it('plan, next and annex3 take their options from the flags or from each record', async () => {
    const input = [person('p1', [['2026-01-01', '2026-03-21']]), person('p2', [], { enter: '2026-05-01', days: 10 })].join('\n');
    const plan = records((await runInProcess(['batch', '--query', 'plan', '--enter', '2026-04-01', '--days', '20', '--on', '2026-03-25'], { stdin: input })).stdout);
    expect(plan[0]).toMatchObject({ id: 'p1', command: 'plan', maxStayDays: 10, trip: { firstOverstayDay: '2026-04-11' } });
    expect(plan[1]).toMatchObject({ id: 'p2', entry: '2026-05-01', trip: { exit: '2026-05-10', compliant: true } });
    const validate = batchValidator('plan');
    for (const record of plan) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);

    // A field of another question is refused, not ignored (issue 20, 7): p2's "enter" under --query next.
    const refused = records((await runInProcess(['batch', '--query', 'next', '--days', '90', '--on', '2026-03-25'], { stdin: input })).stdout);
    expect(refused[1]).toMatchObject({ id: 'p2', error: { field: 'enter', code: 'json.unknownField' } });
    const nextInput = [person('p1', [['2026-01-01', '2026-03-21']]), person('p2', [])].join('\n');
    const next = records((await runInProcess(['batch', '--query', 'next', '--days', '90', '--on', '2026-03-25'], { stdin: nextInput })).stdout);
    // p1 left on 21.03: 90 days of absence → 20.06
    expect(next.map((r) => r['earliestEntry'])).toEqual(['2026-06-20', '2026-03-25']);

    const annex = records((await runInProcess(['batch', '--query', 'annex3', '--arrival', '2026-04-02', '--on', '2026-04-02'], { stdin: nextInput })).stdout);
    expect(annex.map((r) => (r['declaration'] as { deadline: string }).deadline)).toEqual(['2026-04-08', '2026-04-08']);
    // p1: 80 days used, 10 left from 02.04 → 11.04
    expect(annex.map((r) => r['authorisedStayEnd'])).toEqual(['2026-04-11', '2026-06-30']);
  });

  it('a record’s "leave" and "explain" are next --leave and --explain', async () => {
    const input = person('in', [['2026-03-01', null]], { leave: '2026-03-30', explain: true });
    const result = await runInProcess(['batch', '--query', 'next', '--days', '20', '--on', '2026-03-25'], { stdin: input });
    expect(result.exitCode).toBe(0);
    const [record] = records(result.stdout);
    const { schemaVersion, ...single } = JSON.parse(
      (await runInProcess(['next', '--stay', '2026-03-01..', '--days', '20', '--leave', '2026-03-30', '--explain', '--on', '2026-03-25', '--json'])).stdout,
    ) as Record<string, unknown>;
    expect(record).toEqual({ schemaVersion, id: 'in', ...single });
    expect(record).toHaveProperty('explanation');
    const validate = batchValidator('next');
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it('a record missing what its query needs is an error record naming the field', async () => {
    const result = await runInProcess(['batch', '--query', 'plan', '--on', '2026-03-25'], { stdin: person('x', []) });
    expect(result.exitCode).toBe(6);
    expect(records(result.stdout)[0]).toMatchObject({ id: 'x', error: { field: 'enter', code: 'json.shape' } });
  });

  it('a large output survives a pipe whole (no process.exit cut at 64 KiB)', async () => {
    const input = Array.from({ length: 3000 }, (_, i) => person(`p${i}`, [['2026-01-01', '2026-01-10']])).join('\n');
    // The binary through a pipe: the process and its pipe are what is tested.
    const result = await runCli(['batch', '--query', 'status', '--on', '2026-03-10'], { stdin: input });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(1_000_000);
    const out = records(result.stdout);
    expect(out).toHaveLength(3000);
    expect(out[2999]!['id']).toBe('p2999');
  });

  it('reads a file; a missing file exits 4', async () => {
    const missing = await runInProcess(['batch', 'no/such.ndjson', '--query', 'status']);
    expect(missing.exitCode).toBe(4);
    expect(missing.stdout).toBe('');
  });

  it('an unknown --query is a usage error', async () => {
    const result = await runInProcess(['batch', '--query', 'everything'], { stdin: '' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('schengen: --query "everything" is not possible; expected one of status, plan, next, annex3, calendar, apply, visa, check (schengen batch --help)\n');
  });
});

describe('schengen batch --format csv: spreadsheets', () => {
  it('a file saved by a Belgian spreadsheet: BOM, ";", CRLF, quotes, columns in another order, visa and permit columns', async () => {
    const csv =
      '\uFEFFEntry;Exit;Id;Country;Place;Visa;Permit\r\n' +
      '01.10.2026;20.10.2026;p1;BE;"Brussels; Zaventem";;\r\n' +
      ';;p1;;;"C 1 2026-10-01..2026-12-31 30";\r\n' +
      '2026-11-01;;"p2";FR;;;\r\n' +
      ';;p2;;;;2026-11-05..2027-11-04 FR\r\n';
    const result = await runInProcess(['batch', '--format', 'csv', '--query', 'status', '--on', '2026-11-22'], { stdin: csv });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const out = records(result.stdout);
    // p1: 20 days; p2: 01.11–04.11 counts, the permit from 05.11 does not
    expect(out.map((r) => [r['id'], r['daysUsed']])).toEqual([
      ['p1', 20],
      ['p2', 4],
    ]);
    // compiled once per file: another test may have compiled it already
    const validate = (ajv.getSchema('status-batch') as ReturnType<typeof batchValidator> | undefined) ?? batchValidator('status');
    for (const record of out) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it('--delimiter ";" and a bad row: one error record for that person, naming its line and column', async () => {
    const csv = 'id;entry;exit\na;2026-01-01;2026-01-10\nb;2026-01-05;2026-01-01\nc;2026-01-01;\n';
    const result = await runInProcess(['batch', '--format', 'csv', '--delimiter', ';', '--query', 'status', '--on', '2026-03-05'], { stdin: csv });
    expect(result.exitCode).toBe(6);
    const out = records(result.stdout);
    expect(out.map((r) => r['id'])).toEqual(['a', 'b', 'c']);
    expect(out[1]!['error']).toMatchObject({ line: 3, field: 'exit', code: 'stay.exitBeforeEntry' });
    expect(errorValidator(out[1]), JSON.stringify(errorValidator.errors)).toBe(true);
  });

  it('--delimiter without --format csv is a usage error, not ignored', async () => {
    const result = await runInProcess(['batch', '--delimiter', ';', '--query', 'status'], { stdin: '' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--delimiter is for CSV input');
  });

  it('an unknown column is refused before any record, in the reader’s language (exit 3)', async () => {
    const result = await runInProcess(['batch', '--format', 'csv', '--query', 'status'], { stdin: 'id,entry,colour\n', env: { LANG: 'fr_BE.UTF-8' } });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('colonne inconnue «\u00a0colour\u00a0»');
  });
});
