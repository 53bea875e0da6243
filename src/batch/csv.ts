import { CsvError, parse } from 'csv-parse';
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
  /** Each column's index in a row, -1 when the header has none: looked up once, not per cell (issue 21). */
  private readonly positions: Readonly<Record<Column, number>>;

  constructor(
    private readonly file: string,
    columns: Map<Column, number>,
    private readonly width: number,
  ) {
    const positions = {} as Record<Column, number>;
    for (const column of CSV_COLUMNS) positions[column] = columns.get(column) ?? -1;
    this.positions = positions;
  }

  /** Feeds one row (its first line number); returns the person it completes, if any. */
  push(cells: readonly string[], line: number): CsvPerson | null {
    const location = { file: this.file, line };
    const { positions } = this;
    const cell = (column: Column): string => {
      const index = positions[column];
      return index < 0 ? '' : (cells[index] ?? '').trim();
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

/**
 * The line a record starts on: csv-parse counts to its end, and a record spans one line more for each
 * line break inside its cells (a quoted field, or a lone LF in a CRLF file, which csv-parse keeps as
 * data). Counted in the cells, not in csv-parse's raw text: that holds the skipped empty lines too,
 * cut differently by where csv-parse started reading (a property test found one such row one line off).
 */
function startLine(endLine: number, cells: readonly string[]): number {
  let newlines = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) newlines += 1;
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
export async function* readCsvRows(
  stream: AsyncIterable<string>,
  options: { delimiter?: CsvDelimiter | undefined; maxRecordSize: number; /** False: csv-parse reads every row (the tests compare). */ fastPath?: boolean },
): AsyncGenerator<CsvRowsItem> {
  const iterator = stream[Symbol.asyncIterator]();
  const { head, headerLine } = await peekHeader(iterator, options.maxRecordSize);
  const delimiter = options.delimiter ?? detectDelimiter(headerLine);
  const rows: CsvRow[] = [];
  // Rows without quotes (most exports) are split here; from the first line csv-parse must read
  // (a quote, a line ending unlike the first line's, a row too long) it reads the rest (issue 21).
  const fast = new PlainRows(delimiter, options.maxRecordSize, rows);
  let parser: ReturnType<typeof csvParser> | null = options.fastPath === false ? csvParser(delimiter, options.maxRecordSize, rows, 0, undefined, (error) => fail(error)) : null;
  // Set by callbacks: a holder, so that the checks below are not narrowed away.
  const state: { failure: (CsvError & { lines?: number }) | null } = { failure: null };
  const fail = (error: unknown) => {
    state.failure ??= error as CsvError;
  };
  /** csv-parse reads `text` and everything after it. */
  const handOver = (text: string) => {
    const active = (parser ??= csvParser(delimiter, options.maxRecordSize, rows, fast.lines, fast.recordDelimiter(), fail));
    return new Promise<void>((resolve) =>
      active.write(text, (error) => {
        if (error) fail(error);
        resolve();
      }),
    );
  };
  const feed = async (chunk: string) => {
    if (parser !== null) return handOver(chunk);
    const rest = fast.take(chunk);
    if (rest !== null) await handOver(rest);
  };
  for (const chunk of head) await feed(chunk);
  yield { rows: rows.splice(0) };
  while (state.failure === null) {
    const next = await iterator.next();
    if (next.done === true) break;
    await feed(next.value);
    yield { rows: rows.splice(0) };
  }
  if (state.failure === null && parser === null) {
    // The last line, when the text does not end with a line break.
    const rest = fast.end();
    if (rest !== null) await handOver(rest);
  }
  if (state.failure === null && parser !== null) {
    const active: ReturnType<typeof csvParser> = parser;
    active.end();
    active.resume();
    await finished(active).catch(fail);
  }
  if (state.failure === null) yield { rows: rows.splice(0) };
  const { failure } = state;
  if (failure !== null) {
    // Any of csv-parse's own errors ends the rows with an error record (INVALID_OPENING_QUOTE has no CSV_ prefix).
    if (!(failure instanceof CsvError)) throw failure;
    // csv-parse counts lines from where it started reading: the lines the fast path read come first.
    const message = failure.message.replace(/ instead of .*$/, '').replace(/\bat line (\d+)/g, (_, line: string) => `at line ${Number(line) + fast.lines}`);
    const reason = failure.code === 'CSV_MAX_RECORD_SIZE' ? `a row longer than ${options.maxRecordSize} characters` : message;
    yield { failure: { reason, line: failure.lines === undefined ? undefined : failure.lines + fast.lines } };
  }
}

/**
 * csv-parse for the text from a line on (`linesBefore` lines were read before it): each record is
 * handed over as it is read (`on_record`), with the line it starts on.
 */
function csvParser(delimiter: CsvDelimiter, maxRecordSize: number, rows: CsvRow[], linesBefore: number, recordDelimiter: string | undefined, fail: (error: unknown) => void) {
  const parser = parse({
    bom: true,
    delimiter,
    // The line ending csv-parse found on the first line, when the fast path read it (else it finds it).
    ...(recordDelimiter === undefined ? {} : { record_delimiter: recordDelimiter }),
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: maxRecordSize,
    // The line a record ends on comes with on_record's context (asking for `info` as well would build
    // that object twice a record: a fifth of the run time).
    on_record: (record: string[], context: { lines: number }) => {
      rows.push({ cells: record, line: linesBefore + startLine(context.lines, record) });
      return null; // taken here, in order; nothing is buffered in the stream
    },
  });
  parser.on('error', fail);
  return parser;
}

/**
 * The fast path of CSV rows: lines with no quote character, split at the delimiter, exactly as
 * csv-parse (with the options above) reads them. The first line decides the line ending (LF or
 * CRLF, as csv-parse detects it); a line that ends otherwise, holds a quote or is longer than a row
 * may be, and everything after it, goes to csv-parse.
 */
class PlainRows {
  /** Lines read so far (complete ones). */
  lines = 0;
  private pending = '';
  private crlf: boolean | null = null;
  private started = false;

  constructor(
    private readonly delimiter: string,
    private readonly maxRecordSize: number,
    private readonly rows: CsvRow[],
  ) {}

  /** Reads the chunk's complete lines; null, or the text from the first line csv-parse must read. */
  take(chunk: string): string | null {
    let text = this.pending + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
      if (!this.line(text, start, newline)) return text.slice(start);
      start = newline + 1;
    }
    this.pending = text.slice(start);
    // A line that has no end yet: csv-parse decides what a quote or an overlong row means.
    if (this.pending.length > this.maxRecordSize || this.pending.includes('"')) return this.handOver();
    return null;
  }

  /** At the end of the text: null, or the last line (no line break after it) when csv-parse must read it. */
  end(): string | null {
    const text = this.pending;
    this.pending = '';
    if (text === '' || this.line(text, 0, text.length)) return null;
    return text;
  }

  private handOver(): string {
    const rest = this.pending;
    this.pending = '';
    return rest;
  }

  /** The line ending of the lines read (csv-parse keeps the first it finds); undefined before the first. */
  recordDelimiter(): string | undefined {
    return this.crlf === null ? undefined : this.crlf ? '\r\n' : '\n';
  }

  /** Reads text[start, end) (end: its line break, or the end of the text); false when csv-parse must. */
  private line(text: string, start: number, end: number): boolean {
    const crlf = end > start && text.charCodeAt(end - 1) === 13;
    const last = crlf ? end - 1 : end;
    const atBreak = end < text.length;
    if (!atBreak && crlf) return false;
    if (atBreak) {
      if (this.crlf === null) this.crlf = crlf;
      else if (this.crlf !== crlf) return false;
    }
    const body = text.slice(start, last);
    if (body.length > this.maxRecordSize || body.includes('"') || body.includes('\r')) return false;
    this.lines += 1;
    if (body !== '') this.rows.push({ cells: body.split(this.delimiter), line: this.lines });
    return true;
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
