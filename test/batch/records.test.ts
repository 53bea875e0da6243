import { describe, expect, it } from 'vitest';
import { batchInProcess } from '../support/batch-in-process.js';

/** Issue 20, at the batch door (in this process): each record is answered, a bad one by one error record. */

const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const codes = (records: Record<string, unknown>[]) => records.map((record) => (record['error'] as { code: string } | undefined)?.code ?? record['command']);

describe('issue 20 at the batch door', () => {
  it('a prototype word as a date is one error record "not a date"; the good record before it is answered', async () => {
    const text = '{"id":1,"stays":[]}\n{"id":2,"stays":[],"arrival":"constructor"}\n{"id":3,"stays":[],"closed":["__proto__"]}\n';
    const records = await batchInProcess(text, 'annex3', { on: '2026-12-06', arrival: '2026-12-10' });
    expect(codes(records)).toEqual(['annex3', 'date.unrecognised', 'date.unrecognised']);
    expect(records.map((record) => record['id'])).toEqual([1, 2, 3]);
    expect(records[1]!['error']).toMatchObject({ line: 2, field: 'arrival' });
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['a lone CR', '\r'],
  ])('lines ending in %s are one record each', async (_name, end) => {
    const text = ['{"id":1,"stays":[]}', '{"id":2,"stays":[{"entry":"2026-01-01","exit":"2026-01-10"}]}', '{"id":3,"stays":[]}'].join(end) + end;
    const records = await batchInProcess(text, 'status', { on: '2026-02-01' });
    expect(records.map((record) => [record['id'], record['daysUsed']])).toEqual([
      [1, 0],
      [2, 10], // 1 to 10 January: 10 days
      [3, 0],
    ]);
  });

  it('a lone CR at the end of one chunk and an LF at the start of the next are one line end, not a blank line between', async () => {
    const text = '{"id":1,"stays":[]}\r\n{"id":2,"stays":[]}\r';
    const records = await batchInProcess(text, 'status', { on: '2026-02-01' }, ['{"id":1,"stays":[]}\r', '\n{"id":2,"stays":[]}\r']);
    expect(records.map((record) => record['id'])).toEqual([1, 2]);
    expect(await batchInProcess(text, 'status', { on: '2026-02-01' })).toEqual(records);
  });

  it('no raw control character in an error message: CR, LF, ESC and BEL of a value are escaped; the field names the place', async () => {
    const hostile = 'X\r\nforged\u001b]52;c;SGk=\u0007';
    const text = `${JSON.stringify({ id: 1, stays: [{ entry: '2026-01-01', exit: '2026-01-02', exitCountry: hostile }] })}\n`;
    const [record] = await batchInProcess(text, 'status', { on: '2026-02-01' });
    const error = record!['error'] as { code: string; field: string; message: string };
    expect(error).toMatchObject({ code: 'country.unknown', field: 'stays[0].exitCountry' });
    expect(error.message).not.toMatch(RAW_CONTROL);
    expect(error.message).toContain('unknown country code "X\\r\\nforged\\e]52;c;SGk=\\x07"');
  });

  it.each([
    ['"closed": true under status', 'status', '{"id":"a","stays":[],"closed":true}', 'closed'],
    ['"saturdayWorking": "yes" under status', 'status', '{"id":"a","stays":[],"saturdayWorking":"yes"}', 'saturdayWorking'],
    ['"days": 0 under annex3', 'annex3', '{"id":"a","stays":[],"days":0}', 'days'],
    ['"enter" under next', 'next', '{"id":"a","stays":[],"enter":"2026-03-01"}', 'enter'],
  ] as const)('a field the query does not take is refused, whatever its value: %s', async (_name, query, line, field) => {
    const [record] = await batchInProcess(`${line}\n`, query, { on: '2026-02-01', arrival: '2026-02-02', days: 5 });
    expect(record).toMatchObject({ id: 'a', error: { code: 'json.unknownField', field } });
  });
});
