import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsvPersons, type CsvPerson } from '../../src/batch/csv.js';

async function persons(text: string | string[], options: { delimiter?: ',' | ';'; maxRecordSize?: number } = {}): Promise<CsvPerson[]> {
  const chunks = Array.isArray(text) ? text : [text];
  const found: CsvPerson[] = [];
  for await (const some of readCsvPersons(Readable.from(chunks), 'people.csv', { maxRecordSize: 10_000, ...options })) found.push(...some);
  return found;
}
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('detectDelimiter', () => {
  it.each([
    ['id,entry,exit', ','],
    ['id;entry;exit', ';'],
    ['id;entry;"place, city"', ';'],
    ['id\tentry\texit', '\t'],
  ])('%j → %j', (header, delimiter) => expect(detectDelimiter(header)).toBe(delimiter));
});

describe('readCsvPersons', () => {
  it('a Belgian spreadsheet: BOM, ";", CRLF, quotes, columns in another order, with country, place, visa, permit', async () => {
    const text =
      '\uFEFFPlace;Exit;ID;Entry;Country;Visa;Permit\r\n' +
      '"Brussels; Zaventem";20.10.2026;p1;01.10.2026;BE;;\r\n' +
      ';;p1;;;C MULT 2026-01-10..2027-01-09 90;\r\n' +
      ';;"p2";2026-11-01;FR;;"2025-09-01..2026-08-31 BE"\r\n';
    const [p1, p2, more] = await persons(text);
    expect(more).toBeUndefined();
    expect(p1).toMatchObject({ id: 'p1', line: 2 });
    const stay = p1!.input!.stays[0]!;
    expect([iso(stay.entry), iso(stay.exit!), stay.entryCountry, stay.entryPlace]).toEqual(['2026-10-01', '2026-10-20', 'BE', 'Brussels; Zaventem']);
    expect(p1!.input!.visas[0]!.visa).toMatchObject({ type: 'C', entries: 'MULT', durationDays: 90 });
    expect(p2).toMatchObject({ id: 'p2', line: 4 });
    expect(p2!.input!.permits[0]).toMatchObject({ country: 'BE' });
    expect(p2!.input!.stays[0]!.exit).toBeNull();
  });

  it('a header split across chunks, and a quoted field over two lines: errors name the line the row starts on', async () => {
    const found = await persons(['id,en', 'try,exit\na,2026-01-01,\n"b","2026-', '13-01\nx",2026-01-02\nc,2026-02-30,\n']);
    expect(found.map((p) => [p.id, p.line, p.error?.code ?? 'ok', p.error?.location.line])).toEqual([
      ['a', 2, 'ok', undefined],
      ['b', 3, 'date.unrecognised', 3],
      ['c', 5, 'date.noSuchDay', 5],
    ]);
  });

  it('--delimiter wins over the header', async () => {
    await expect(persons('id;entry;exit\n', { delimiter: ',' })).rejects.toMatchObject({ code: 'batch.csvUnknownColumn', params: { column: 'id;entry;exit' } });
  });

  it('a row of another width, an exit without entry, an empty row of one person', async () => {
    const found = await persons('id,entry,exit\na,2026-01-01\nb,,2026-01-05\nc,,\n,,\n');
    expect(found.map((p) => p.error?.code)).toEqual(['batch.csvRowColumns', 'stamp.exitWithoutEntry', 'batch.csvEmptyRow']);
  });

  it('an unknown or missing column is refused as a whole', async () => {
    await expect(persons('id,entry,exit,colour\n')).rejects.toMatchObject({ code: 'batch.csvUnknownColumn', location: { line: 1, field: 'colour' } });
    await expect(persons('id,exit\n')).rejects.toMatchObject({ code: 'batch.csvMissingColumn' });
    await expect(persons('')).rejects.toMatchObject({ code: 'batch.csvMissingColumn' });
  });

  it('an unclosed quote ends the run with one error record after the persons before it', async () => {
    const found = await persons('id,entry\na,2026-01-01\nb,"2026-01-01\nc,2026-01-02\n');
    expect(found.map((p) => [p.id, p.error?.code ?? 'ok'])).toEqual([
      ['a', 'ok'],
      [null, 'batch.csvSyntax'],
    ]);
  });

  it('a row longer than the limit is an error record, not read into memory whole', async () => {
    const found = await persons(`id,entry,place\nz,2026-01-01,\na,2026-01-01,${'x'.repeat(200)}\nb,2026-01-01,\n`, { maxRecordSize: 100 });
    expect(found.map((p) => [p.id, p.error?.code ?? 'ok', p.line])).toEqual([
      ['z', 'ok', 2],
      [null, 'batch.csvSyntax', 3],
    ]);
    expect(found.at(-1)!.error!.message).toContain('longer than 100 characters');
  });
});
