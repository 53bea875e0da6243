import { parse, type CsvError } from 'csv-parse';
import { finished } from 'node:stream/promises';
import { at, InputError, UserError, type InputLocation } from '../errors.js';
import { parseDate } from '../parse/dates.js';
import type { PermitInput, StayInput, TravelInput, VisaInput } from '../parse/travel-input.js';
import { parseCountryCode, parsePermitText, parseVisaText } from '../parse/visa-text.js';

/**
 * Batch CSV, read with csv-parse (streaming; loaded only for CSV input): a header naming the columns
 * in any order, one stay, sticker or permit a row, consecutive rows with the same id one person.
 * `,` or `;` (a Belgian spreadsheet's), a byte-order mark, quoted fields and CRLF are all accepted.
 */

export const CSV_COLUMNS = ['id', 'entry', 'exit', 'country', 'place', 'exitcountry', 'exitplace', 'visa', 'permit'] as const;
export type Column = (typeof CSV_COLUMNS)[number];
const SHOWN_COLUMNS = 'id, entry, exit, country, place, exitCountry, exitPlace, visa, permit';

export type CsvDelimiter = ',' | ';' | '\t';

/** One person read from the CSV, or why not (the same shape batch uses for NDJSON). */
export interface CsvPerson {
  readonly line: number;
  readonly id: string | null;
  readonly input?: TravelInput;
  readonly fields?: Record<string, unknown>;
  readonly error?: UserError;
}

/** The delimiter a header uses: the one of `;` and `,` it has more of (a header has no quoted commas in practice). */
export function detectDelimiter(header: string): CsvDelimiter {
  const count = (character: string) => header.split(character).length - 1;
  if (count('\t') > count(';') && count('\t') > count(',')) return '\t';
  return count(';') > count(',') ? ';' : ',';
}

/** Column name → index; unknown and missing columns are refused (exit 3) before any record is written. */
export function readHeader(cells: readonly string[], location: InputLocation): Map<Column, number> {
  const columns = new Map<Column, number>();
  cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase().replace(/[\s_-]/g, '');
    if (name === '' && index === cells.length - 1) return; // a trailing delimiter
    if (!(CSV_COLUMNS as readonly string[]).includes(name) || columns.has(name as Column)) {
      throw new InputError('batch.csvUnknownColumn', { column: cell.trim(), known: SHOWN_COLUMNS }, at(location, cell.trim()));
    }
    columns.set(name as Column, index);
  });
  for (const required of ['id', 'entry'] as const) {
    if (!columns.has(required)) throw new InputError('batch.csvMissingColumn', { column: required }, location);
  }
  return columns;
}

interface Group {
  readonly id: string;
  readonly line: number;
  readonly stays: StayInput[];
  readonly visas: VisaInput[];
  readonly permits: PermitInput[];
  error?: UserError;
}

/** Rows to persons: a person ends where the id changes (streaming keeps no list of ids). */
export class CsvGrouper {
  private current: Group | null = null;

  constructor(
    private readonly file: string,
    private readonly columns: Map<Column, number>,
    private readonly width: number,
  ) {}

  /** Feeds one row (its first line number); returns the person it completes, if any. */
  push(cells: readonly string[], line: number): CsvPerson | null {
    const location = { file: this.file, line };
    const cell = (column: Column): string => {
      const index = this.columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const id = cell('id');
    let completed: CsvPerson | null = null;
    if (this.current !== null && id !== this.current.id) completed = this.flush();
    if (this.current === null) this.current = { id, line, stays: [], visas: [], permits: [] };
    const group = this.current;
    if (group.error !== undefined) return completed;
    try {
      if (cells.length !== this.width && !(cells.length === this.width + 1 && cells[this.width] === '')) {
        throw new InputError('batch.csvRowColumns', { count: cells.length, expected: this.width }, location);
      }
      if (id === '') throw new InputError('batch.missingId', {}, at(location, 'id'));
      this.readRow(cell, location, group);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      group.error = error;
    }
    return completed;
  }

  private readRow(cell: (column: Column) => string, location: InputLocation, group: Group): void {
    const [entryText, exitText, visaText, permitText] = [cell('entry'), cell('exit'), cell('visa'), cell('permit')];
    if (entryText === '' && visaText === '' && permitText === '') {
      throw new InputError(exitText === '' ? 'batch.csvEmptyRow' : 'stamp.exitWithoutEntry', {}, at(location, exitText === '' ? 'entry' : 'exit'));
    }
    if (entryText !== '') {
      const country = cell('country');
      const exitCountry = cell('exitcountry');
      group.stays.push({
        entry: parseDate(entryText, at(location, 'entry')),
        exit: exitText === '' ? null : parseDate(exitText, at(location, 'exit')),
        entryCountry: country === '' ? undefined : parseCountryCode(country, location, 'country'),
        exitCountry: exitCountry === '' ? undefined : parseCountryCode(exitCountry, location, 'exitCountry'),
        entryPlace: cell('place') || undefined,
        exitPlace: cell('exitplace') || undefined,
        entryLocation: at(location, 'entry'),
        exitLocation: exitText === '' ? undefined : at(location, 'exit'),
      });
    } else if (exitText !== '') {
      throw new InputError('stamp.exitWithoutEntry', {}, at(location, 'exit'));
    }
    if (visaText !== '') group.visas.push({ visa: parseVisaText(visaText, at(location, 'visa')), location: at(location, 'visa') });
    if (permitText !== '') group.permits.push({ ...parsePermitText(permitText, at(location, 'permit')), location: at(location, 'permit') });
  }

  flush(): CsvPerson | null {
    const group = this.current;
    this.current = null;
    if (group === null) return null;
    const id = group.id === '' ? null : group.id;
    if (group.error !== undefined) return { line: group.line, id, error: group.error };
    return { line: group.line, id, input: { stays: group.stays, visas: group.visas, permits: group.permits, mrz: [] }, fields: {} };
  }
}

/** Reads text until the end of the first line, for the delimiter; gives back every chunk it read. */
async function peekHeader(chunks: AsyncIterator<string>, maxLength: number): Promise<{ head: string[]; headerLine: string }> {
  const head: string[] = [];
  let text = '';
  // Never more than one record's worth: csv-parse refuses a longer header anyway.
  while (!text.includes('\n') && text.length <= maxLength) {
    const next = await chunks.next();
    if (next.done === true) break;
    head.push(next.value);
    text += next.value;
  }
  return { head, headerLine: text.split('\n', 1)[0]!.replace(/^\uFEFF/, '') };
}

/** The line a record starts on: csv-parse counts to its end; a quoted field may span lines. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  let newlines = 0;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) newlines += 1;
  return endLine - newlines;
}

export interface CsvRow {
  readonly cells: string[];
  readonly line: number;
}

/** What readCsvRows yields: rows in order (the header first), or the problem that ends the text. */
export type CsvRowsItem = { readonly rows: CsvRow[] } | { readonly failure: { readonly reason: string; readonly line: number | undefined } };

/**
 * The rows of a CSV stream, in order, one array per chunk read (the header is the first row).
 * csv-parse is driven one chunk at a time and hands each record over synchronously (`on_record`),
 * so every row read before a problem is used, and the output waits for the pipe between chunks.
 * A row longer than `maxRecordSize` or text csv-parse cannot read (an unclosed quote…) ends the rows
 * with a `failure` naming the line: no later row can be trusted to start where it seems.
 */
export async function* readCsvRows(stream: AsyncIterable<string>, options: { delimiter?: CsvDelimiter | undefined; maxRecordSize: number }): AsyncGenerator<CsvRowsItem> {
  const iterator = stream[Symbol.asyncIterator]();
  const { head, headerLine } = await peekHeader(iterator, options.maxRecordSize);
  const rows: CsvRow[] = [];
  // Set by callbacks: a holder, so that the checks below are not narrowed away.
  const state: { failure: (CsvError & { lines?: number }) | null } = { failure: null };
  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? detectDelimiter(headerLine),
    relax_column_count: true,
    skip_empty_lines: true,
    // The raw text for the line a record starts on; the line it ends on comes with on_record's context
    // (asking for `info` as well would build that object twice a record: a fifth of the run time).
    raw: true,
    max_record_size: options.maxRecordSize,
    on_record: (output: unknown, context: { lines: number }) => {
      const { record, raw } = output as { record: string[]; raw: string };
      rows.push({ cells: record, line: startLine(context.lines, raw) });
      return null; // taken here, in order; nothing is buffered in the stream
    },
  });
  const fail = (error: unknown) => {
    state.failure ??= error as CsvError;
  };
  parser.on('error', fail);
  const feed = (chunk: string) =>
    new Promise<void>((resolve) =>
      parser.write(chunk, (error) => {
        if (error) fail(error);
        resolve();
      }),
    );
  for (const chunk of head) await feed(chunk);
  yield { rows: rows.splice(0) };
  while (state.failure === null) {
    const next = await iterator.next();
    if (next.done === true) break;
    await feed(next.value);
    yield { rows: rows.splice(0) };
  }
  if (state.failure === null) {
    parser.end();
    parser.resume();
    await finished(parser).catch(fail);
    yield { rows: rows.splice(0) };
  }
  const { failure } = state;
  if (failure !== null) {
    if (typeof failure.code !== 'string' || !failure.code.startsWith('CSV_')) throw failure;
    const reason = failure.code === 'CSV_MAX_RECORD_SIZE' ? `a row longer than ${options.maxRecordSize} characters` : failure.message.replace(/ instead of .*$/, '');
    yield { failure: { reason, line: failure.lines } };
  }
}

/** The header row read: its columns, and how many cells a row has (a trailing delimiter not counted). */
export interface CsvHeader {
  readonly columns: Map<Column, number>;
  readonly width: number;
}

export function csvHeader(row: CsvRow, file: string): CsvHeader {
  return { columns: readHeader(row.cells, { file, line: row.line }), width: row.cells.length - (row.cells.at(-1)?.trim() === '' ? 1 : 0) };
}

/** A spreadsheet's empty row (";;;"), skipped. */
export function isEmptyRow(row: CsvRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

/** The id cell of a row, as CsvGrouper reads it: rows of one person have the same. */
export function rowId(row: CsvRow, header: CsvHeader): string {
  return (row.cells[header.columns.get('id')!] ?? '').trim();
}

/** The error record that ends a CSV csv-parse could not read on. */
export function csvFailurePerson(failure: { reason: string; line: number | undefined }, file: string): CsvPerson {
  return { line: failure.line ?? 0, id: null, error: new InputError('batch.csvSyntax', { reason: failure.reason }, { file, line: failure.line }) };
}

/**
 * The persons of a CSV stream, in order, one array per chunk read. The header (first record) must
 * name `id` and `entry` (refused before any person is yielded).
 */
export async function* readCsvPersons(stream: AsyncIterable<string>, file: string, options: { delimiter?: CsvDelimiter | undefined; maxRecordSize: number }): AsyncGenerator<CsvPerson[]> {
  let grouper: CsvGrouper | null = null;
  for await (const item of readCsvRows(stream, options)) {
    if ('failure' in item) {
      if (grouper === null) throw new InputError('batch.csvSyntax', { reason: item.failure.reason }, { file, line: item.failure.line });
      const pending = grouper.flush();
      yield [...(pending === null ? [] : [pending]), csvFailurePerson(item.failure, file)];
      return;
    }
    const persons: CsvPerson[] = [];
    for (const row of item.rows) {
      if (grouper === null) {
        const header = csvHeader(row, file);
        grouper = new CsvGrouper(file, header.columns, header.width);
        continue;
      }
      if (isEmptyRow(row)) continue;
      const person = grouper.push(row.cells, row.line);
      if (person !== null) persons.push(person);
    }
    yield persons;
  }
  if (grouper === null) throw new InputError('batch.csvMissingColumn', { column: 'id' }, { file, line: 1 });
  const last = grouper.flush();
  if (last !== null) yield [last];
}

/** Whole persons' rows, for a worker thread of batch --jobs: the header read once, and maybe the failure that ends the input. */
export interface CsvChunk {
  readonly header: CsvHeader;
  readonly rows: CsvRow[];
  readonly failure?: { readonly reason: string; readonly line: number | undefined };
}

/** The persons of a chunk, grouped as readCsvPersons groups them. */
export function csvChunkPersons(chunk: CsvChunk, file: string): CsvPerson[] {
  const grouper = new CsvGrouper(file, chunk.header.columns, chunk.header.width);
  const persons: CsvPerson[] = [];
  for (const row of chunk.rows) {
    const person = grouper.push(row.cells, row.line);
    if (person !== null) persons.push(person);
  }
  const last = grouper.flush();
  if (last !== null) persons.push(last);
  if (chunk.failure !== undefined) persons.push(csvFailurePerson(chunk.failure, file));
  return persons;
}
