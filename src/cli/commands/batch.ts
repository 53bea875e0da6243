import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { constants as osConstants } from 'node:os';
import { at, ExitCode, InputError, isSystemError, UsageError, UserError, unreadableFileError } from '../../errors.js';
import { EndlessLineError, readLines, type InputLine } from '../../batch/lines.js';
import { parseJsonWithSource, travelInputFromJson } from '../../parse/json-input.js';
import type { TravelInput } from '../../parse/travel-input.js';
import { SCHEMA_VERSION } from '../../render/json.js';
import { resolveToday } from '../clock.js';
import type { QueryResult } from '../queries.js';
import { computeRecordQuery, RECORD_KEYS, recordErrorJson, recordToday, type QueryName } from '../record-query.js';
import { belgianCalendarSource } from './annex3.js';

export type BatchQuery = QueryName;

export interface BatchOptions {
  query: BatchQuery;
  format: 'ndjson' | 'csv';
  delimiter?: ',' | ';' | 'tab';
  on?: string;
  tz?: string;
  maxLineLength: number;
  progress?: boolean;
  // query options, as in the single commands; a record's own fields win
  enter?: string;
  exit?: string;
  days?: number;
  country?: string;
  from?: string;
  arrival?: string;
  entry?: string;
  community?: string;
  closed: string[];
  saturdayWorking?: boolean;
  rules?: string;
  rule?: string[];
  nationality?: string;
}

/** One person read from the input, before computing: its history and own fields, or why not. */
interface Person {
  readonly line: number;
  readonly id: Id;
  readonly input?: TravelInput;
  readonly fields?: Record<string, unknown>;
  readonly error?: UserError;
}

/** A record's id as JSON text, exactly as the input wrote it ("p1" with its quotes, 12345678901234567890), or null. */
type Id = string | null;

function personFromNdjson(line: InputLine, file: string, maxLineLength: number): Person | null {
  if (line.tooLong) return { line: line.number, id: null, error: new InputError('batch.lineTooLong', { limit: maxLineLength }, { file, line: line.number }) };
  if (line.text.trim() === '') return null;
  const location = { file, line: line.number };
  let id: Id = null;
  try {
    const { value, source } = parseJsonWithSource(line.text, file, line.number);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const candidate = (value as Record<string, unknown>)['id'];
      if (typeof candidate === 'string' || typeof candidate === 'number') id = source.get('id') ?? null;
    }
    if (id === null) throw new InputError('batch.missingId', {}, at(location, 'id'));
    const input = travelInputFromJson(value, location, RECORD_KEYS);
    return { line: line.number, id, input, fields: value as Record<string, unknown> };
  } catch (error) {
    if (error instanceof UserError) return { line: line.number, id, error };
    throw error;
  }
}

interface PersonOutcome {
  readonly json: string;
  readonly failed: boolean;
}

function errorRecord(person: { line: number; id: Id }, error: UserError): string {
  const body = JSON.stringify(recordErrorJson(error, person.line));
  return `${RECORD_START}"id":${person.id ?? 'null'},"error":${body}}`;
}

const RECORD_START = `{"schemaVersion":${SCHEMA_VERSION},`;

/** The command's JSON with "id" second: spliced into the text, cheaper than copying the object. */
function okRecord(id: Id, result: QueryResult<unknown>): string {
  const json = JSON.stringify(result.json());
  if (!json.startsWith(RECORD_START)) throw new Error(`a query DTO must start with schemaVersion ${SCHEMA_VERSION}`);
  return `${RECORD_START}"id":${id ?? 'null'},${json.slice(RECORD_START.length)}`;
}

export async function runBatchCommand(file: string | undefined, options: BatchOptions): Promise<ExitCode> {
  if (options.delimiter !== undefined && options.format !== 'csv') throw new UsageError('batch.delimiterWithoutCsv', {}, { field: '--delimiter' });
  const globalToday = await resolveToday(options);
  // The holiday library is heavy: loaded only when the query needs it.
  const calendarFor = options.query === 'annex3' ? await belgianCalendarSource() : null;
  const source = file === undefined || file === '-' ? '(stdin)' : file;

  function compute(person: Person): PersonOutcome {
    if (person.error !== undefined) return { json: errorRecord(person, person.error), failed: true };
    const location = { file: source, line: person.line };
    try {
      const fields = person.fields ?? {};
      const today = recordToday(fields, location, globalToday);
      const result = computeRecordQuery(options.query, person.input!, fields, today, options, location, calendarFor);
      return { json: okRecord(person.id, result), failed: false };
    } catch (error) {
      if (error instanceof UserError) return { json: errorRecord(person, error), failed: true };
      throw error;
    }
  }

  const stream = file === undefined || file === '-' ? process.stdin : createReadStream(file);
  stream.setEncoding('utf8');
  if (file !== undefined && file !== '-') {
    // Surface "no such file" as a FileError before anything is written.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error: Error) => reject(unreadableFileError(error, file)));
    });
  }

  const progress = options.progress !== false && process.stderr.isTTY === true ? startProgress() : null;
  const out = new OutputBuffer();
  let failures = 0;
  const emit = (person: Person | null) => {
    if (person === null) return;
    const outcome = compute(person);
    if (outcome.failed) failures += 1;
    progress?.tick();
    out.push(outcome.json);
  };
  // SIGTERM/SIGINT: stop reading, write the records already complete (whole lines only), exit 128+n.
  let stoppedBy: NodeJS.Signals | null = null;
  const stop = (signal: NodeJS.Signals) => {
    stoppedBy = signal;
    stream.destroy();
  };
  process.once('SIGTERM', stop).once('SIGINT', stop);
  try {
    if (options.format === 'csv') {
      // csv-parse is loaded only here: NDJSON runs never pay for it.
      const { readCsvPersons } = await import('../../batch/csv.js');
      const delimiter = options.delimiter === 'tab' ? '\t' : options.delimiter;
      for await (const persons of readCsvPersons(stream as AsyncIterable<string>, source, { delimiter, maxRecordSize: options.maxLineLength })) {
        // The CSV cell is the id's text; the output carries it as a JSON string.
        for (const person of persons) emit({ ...person, id: person.id === null ? null : JSON.stringify(person.id) });
        await out.flushIfFull();
        if (stoppedBy !== null) break;
      }
    } else {
      // Synchronous per line, asynchronous per chunk: the pipe's back-pressure is honoured once a chunk.
      for await (const lines of readLines(stream as AsyncIterable<string>, options.maxLineLength)) {
        for (const line of lines) emit(personFromNdjson(line, source, options.maxLineLength));
        await out.flushIfFull();
        if (stoppedBy !== null) break;
      }
    }
  } catch (error) {
    if (error instanceof EndlessLineError) {
      // Records before it are written; the endless input itself is refused (exit 3).
      await out.flush();
      throw new InputError('batch.endlessLine', { line: error.lineNumber, characters: error.characters }, { file: source, line: error.lineNumber });
    }
    if (stoppedBy === null) {
      if (error instanceof UserError || !isSystemError(error)) throw error;
      throw unreadableFileError(error, source);
    }
  } finally {
    process.removeListener('SIGTERM', stop).removeListener('SIGINT', stop);
  }
  await out.flush();
  progress?.stop();
  if (stoppedBy !== null) return (128 + osConstants.signals[stoppedBy]) as ExitCode;
  return failures > 0 ? ExitCode.batchRecordFailed : ExitCode.ok;
}

/** Collects output lines and writes them in large pieces, waiting when the pipe is full. */
class OutputBuffer {
  private parts: string[] = [];
  private size = 0;

  push(line: string): void {
    this.parts.push(line, '\n');
    this.size += line.length + 1;
  }

  async flushIfFull(): Promise<void> {
    if (this.size >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  }
}

/** Records done and rate on stderr, only when stderr is a terminal. */
function startProgress(): { tick: () => void; stop: () => void } {
  let done = 0;
  const started = Date.now();
  const draw = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    process.stderr.write(`\r${done} persons, ${Math.round(done / seconds)}/s `);
  };
  const timer = setInterval(draw, 250);
  timer.unref();
  return {
    tick: () => {
      done += 1;
    },
    stop: () => {
      clearInterval(timer);
      draw();
      process.stderr.write('\n');
    },
  };
}
