import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsvPersons, readCsvRows, type CsvPerson } from '../../src/batch/csv.js';

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

describe('the fast path for rows without quotes (issue 21) reads what csv-parse reads', () => {
  /** Every item readCsvRows yields, rows flattened, with or without the fast path. */
  async function rowsOf(chunks: string[], fastPath: boolean, maxRecordSize: number) {
    const found: unknown[] = [];
    for await (const item of readCsvRows(Readable.from(chunks), { maxRecordSize, fastPath })) {
      if ('failure' in item) found.push({ failure: item.failure });
      else found.push(...item.rows.map((row) => [row.line, ...row.cells]));
    }
    return found;
  }

  // Cells from a small alphabet (a quote now and then, spaces, a lone CR), lines with LF or CRLF
  // (mostly one kind, as files are), empty lines, a BOM, cut into chunks anywhere.
  const cell = fc.stringMatching(/^[a-c0-9 .-]{0,6}$/).chain((text) => fc.oneof({ weight: 12, arbitrary: fc.constant(text) }, { weight: 1, arbitrary: fc.constant(`"${text}"`) }, { weight: 1, arbitrary: fc.constantFrom(`${text}\r`, `${text}\ra`) }));
  const csvText = fc
    .record({
      delimiter: fc.constantFrom(',', ';', '\t'),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      lines: fc.array(fc.oneof({ weight: 8, arbitrary: fc.array(cell, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant([] as string[]) }), { maxLength: 12 }),
      odd: fc.array(fc.nat({ max: 12 }), { maxLength: 2 }),
      finalBreak: fc.boolean(),
    })
    .map(({ delimiter, crlf, bom, lines, odd, finalBreak }) => {
      const all = [['id', 'entry', 'exit'], ...lines];
      const text = all.map((cells, k) => cells.join(delimiter) + (k === all.length - 1 && !finalBreak ? '' : odd.includes(k) !== crlf ? '\r\n' : '\n')).join('');
      return (bom ? '\uFEFF' : '') + text;
    });
  const cut = (text: string, at: number[]) => {
    const points = [...new Set(at.map((k) => k % (text.length + 1)))].sort((a, b) => a - b);
    return [0, ...points].map((from, k) => text.slice(from, [...points, text.length][k])).filter((piece) => piece !== '');
  };

  it('a lone LF in a CRLF file after empty lines: the row it starts is numbered as csv-parse numbers it (found by the property below)', async () => {
    // Lines 1–3 end in CRLF (the header, two empty lines); line 4 is a lone LF, which csv-parse keeps as data
    // of a row that ends with line 5's CRLF: the row starts on line 4, whichever reader takes it.
    const text = 'id,entry,exit\r\n\r\n\r\n\n\r\n';
    expect(await rowsOf([text], true, 10_000)).toEqual([[1, 'id', 'entry', 'exit'], [4, '\n']]);
    expect(await rowsOf([text], false, 10_000)).toEqual([[1, 'id', 'entry', 'exit'], [4, '\n']]);
  });

  it('the same rows, line numbers and failures, however the text is cut', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom(10_000, 12), async (text, at, maxRecordSize) => {
        const chunks = cut(text, at);
        expect(await rowsOf(chunks, true, maxRecordSize)).toEqual(await rowsOf(chunks, false, maxRecordSize));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a quote where no field may open one', () => {
  it('is an error record naming its line, not an internal error', async () => {
    const found = await persons('id,entry\np1,2026-01-10\np2,2026-0"1-11\n');
    expect(found[0]).toMatchObject({ id: 'p1' });
    expect(found.at(-1)).toMatchObject({ line: 3, error: { code: 'batch.csvSyntax' } });
    expect(found.at(-1)!.error!.message).toContain('at line 3');
  });
});
