import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { at, ExitCode, InputError, UserError, unreadableFileError } from '../../errors.js';
import { readLines, type InputLine } from '../../batch/lines.js';
import { parseDate } from '../../parse/dates.js';
import { parseJsonText, travelInputFromJson } from '../../parse/json-input.js';
import type { StayInput, TravelInput } from '../../parse/travel-input.js';
import { SCHEMA_VERSION } from '../../render/json.js';
import { resolveToday } from '../clock.js';
import type { QueryResult } from '../queries.js';
import { computeRecordQuery, RECORD_KEYS, recordErrorJson, recordToday, type QueryName } from '../record-query.js';
import { belgianCalendarSource } from './annex3.js';

export type BatchQuery = QueryName;

export interface BatchOptions {
  query: BatchQuery;
  format: 'ndjson' | 'csv';
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
}

/** One person read from the input, before computing: its history and own fields, or why not. */
interface Person {
  readonly line: number;
  readonly id: string | number | null;
  readonly input?: TravelInput;
  readonly fields?: Record<string, unknown>;
  readonly error?: UserError;
}

type Id = string | number | null;

function personFromNdjson(line: InputLine, file: string, maxLineLength: number): Person | null {
  if (line.tooLong) return { line: line.number, id: null, error: new InputError('batch.lineTooLong', { limit: maxLineLength }, { file, line: line.number }) };
  if (line.text.trim() === '') return null;
  const location = { file, line: line.number };
  let id: Id = null;
  try {
    const value = parseJsonText(line.text, file, line.number);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const candidate = (value as Record<string, unknown>)['id'];
      if (typeof candidate === 'string' || typeof candidate === 'number') id = candidate;
    }
    if (id === null) throw new InputError('batch.missingId', {}, at(location, 'id'));
    const input = travelInputFromJson(value, location, RECORD_KEYS);
    return { line: line.number, id, input, fields: value as Record<string, unknown> };
  } catch (error) {
    if (error instanceof UserError) return { line: line.number, id, error };
    throw error;
  }
}

/** CSV `id,entry,exit`, one stay a row; consecutive rows with the same id are one person. */
class CsvGrouper {
  private current: { id: string; line: number; stays: StayInput[]; error?: UserError } | null = null;
  private headerSeen = false;

  constructor(
    private readonly file: string,
    private readonly maxLineLength: number,
  ) {}

  /** Feeds one line; returns the person it completes, if any. */
  push(line: InputLine): Person | null {
    const location = { file: this.file, line: line.number };
    if (!this.headerSeen) {
      this.headerSeen = true;
      if (line.text.trim().toLowerCase() !== 'id,entry,exit') throw new InputError('batch.csvHeader', { header: line.text.slice(0, 60) }, location);
      return null;
    }
    if (!line.tooLong && line.text.trim() === '') return null;
    const cells = line.tooLong ? [] : line.text.split(',');
    const id = line.tooLong ? null : cells[0]!.trim();
    let completed: Person | null = null;
    if (this.current !== null && (id === null || id !== this.current.id)) completed = this.flush();
    if (this.current === null) this.current = { id: id ?? '', line: line.number, stays: [] };
    const group = this.current;
    if (group.error !== undefined) return completed;
    try {
      if (line.tooLong) throw new InputError('batch.lineTooLong', { limit: this.maxLineLength }, location);
      if (cells.length !== 3) throw new InputError('batch.csvColumns', { count: cells.length }, location);
      if (id === '') throw new InputError('batch.missingId', {}, at(location, 'id'));
      const exitText = cells[2]!.trim();
      group.stays.push({
        entry: parseDate(cells[1]!, at(location, 'entry')),
        exit: exitText === '' ? null : parseDate(exitText, at(location, 'exit')),
        entryLocation: at(location, 'entry'),
        ...(exitText === '' ? {} : { exitLocation: at(location, 'exit') }),
      });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      group.error = error;
    }
    return completed;
  }

  flush(): Person | null {
    const group = this.current;
    this.current = null;
    if (group === null) return null;
    const id = group.id === '' ? null : group.id;
    if (group.error !== undefined) return { line: group.line, id, error: group.error };
    return { line: group.line, id, input: { stays: group.stays, visas: [], permits: [], mrz: [] }, fields: {} };
  }
}

interface PersonOutcome {
  readonly json: string;
  readonly failed: boolean;
}

function errorRecord(person: { line: number; id: Id }, error: UserError): string {
  return JSON.stringify({
    schemaVersion: SCHEMA_VERSION,
    id: person.id,
    error: recordErrorJson(error, person.line),
  });
}

const RECORD_START = `{"schemaVersion":${SCHEMA_VERSION},`;

/** The command's JSON with "id" second: spliced into the text, cheaper than copying the object. */
function okRecord(id: Id, result: QueryResult<unknown>): string {
  const json = JSON.stringify(result.json());
  if (!json.startsWith(RECORD_START)) throw new Error(`a query DTO must start with schemaVersion ${SCHEMA_VERSION}`);
  return `${RECORD_START}"id":${JSON.stringify(id)},${json.slice(RECORD_START.length)}`;
}

export async function runBatchCommand(file: string | undefined, options: BatchOptions): Promise<ExitCode> {
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
  const csv = options.format === 'csv' ? new CsvGrouper(source, options.maxLineLength) : null;
  let failures = 0;
  const emit = (person: Person | null) => {
    if (person === null) return;
    const outcome = compute(person);
    if (outcome.failed) failures += 1;
    progress?.tick();
    out.push(outcome.json);
  };
  // Synchronous per line, asynchronous per chunk: the pipe's back-pressure is honoured once a chunk.
  for await (const lines of readLines(stream as AsyncIterable<string>, options.maxLineLength)) {
    for (const line of lines) emit(csv === null ? personFromNdjson(line, source, options.maxLineLength) : csv.push(line));
    await out.flushIfFull();
  }
  if (csv !== null) emit(csv.flush());
  await out.flush();
  progress?.stop();
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
