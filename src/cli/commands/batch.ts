import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { constants as osConstants } from 'node:os';
import type { Day } from '../../core/day.js';
import { at, ExitCode, InputError, isSystemError, UsageError, UserError, type InputLocation, unreadableFileError } from '../../errors.js';
import { readLines, type InputLine } from '../../batch/lines.js';
import { assembleHistory } from '../../parse/assemble-history.js';
import { parseDate } from '../../parse/dates.js';
import { HISTORY_KEYS, parseJsonWithSource, travelInputFromJson } from '../../parse/json-input.js';
import { MAX_TRIP_DAYS } from '../../parse/numbers.js';
import type { TravelInput } from '../../parse/travel-input.js';
import { SCHEMA_VERSION } from '../../render/json.js';
import { resolveToday } from '../clock.js';
import { annex3Query, nextQuery, planQuery, statusQuery, type QueryResult } from '../queries.js';
import { annex3Params, belgianCalendarSource, type Annex3Flags } from './annex3.js';
import { planParams } from './plan.js';

export type BatchQuery = 'status' | 'plan' | 'next' | 'annex3';

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
}

/** Fields a batch NDJSON record may carry besides its history. */
const RECORD_KEYS = new Set([
  ...HISTORY_KEYS,
  'id',
  'on',
  'enter',
  'exit',
  'days',
  'country',
  'from',
  'arrival',
  'entry',
  'community',
  'closed',
  'saturdayWorking',
]);

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

function recordString(fields: Record<string, unknown>, key: string, location: InputLocation): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InputError('json.shape', { expected: 'string', got: shown(value) }, at(location, key));
  return value;
}

function recordDays(fields: Record<string, unknown>, key: string, location: InputLocation): number | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_TRIP_DAYS) {
    throw new InputError('number.range', { text: String(value).slice(0, 40), min: 1, max: MAX_TRIP_DAYS }, at(location, key));
  }
  return value;
}

function recordBoolean(fields: Record<string, unknown>, key: string, location: InputLocation): boolean | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new InputError('json.shape', { expected: 'boolean', got: shown(value) }, at(location, key));
  return value;
}

function recordDates(fields: Record<string, unknown>, key: string, location: InputLocation): string[] | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw new InputError('json.shape', { expected: 'dateArray', got: shown(value) }, at(location, key));
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

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
  const body = JSON.stringify({ line: error.location.line ?? person.line, field: error.location.field ?? null, code: error.code, message: error.message });
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
      const own = (key: string) => recordString(fields, key, location);
      const onText = own('on');
      const today: Day = onText === undefined ? globalToday : parseDate(onText, at(location, 'on'));
      const history = assembleHistory(person.input!, today);
      let result: QueryResult<unknown>;
      switch (options.query) {
        case 'status':
          result = statusQuery(history, today);
          break;
        case 'plan': {
          const enter = own('enter');
          const exit = own('exit');
          const days = recordDays(fields, 'days', location);
          const plan = {
            enter: enter ?? options.enter,
            exit: exit ?? (days === undefined ? options.exit : undefined),
            days: days ?? (exit === undefined ? options.days : undefined),
            country: own('country') ?? options.country,
          };
          if (plan.enter === undefined) throw new InputError('json.shape', { expected: 'dateString', got: 'nothing' }, at(location, 'enter'));
          const prefix = enter === undefined ? '--' : '';
          result = planQuery(history, today, planParams({ ...plan, enter: plan.enter }, location, prefix), location, prefix);
          break;
        }
        case 'next': {
          const days = recordDays(fields, 'days', location) ?? options.days;
          if (days === undefined) throw new InputError('json.shape', { expected: 'number', got: 'nothing' }, at(location, 'days'));
          const fromText = own('from') ?? options.from;
          const from = fromText === undefined ? today : parseDate(fromText, at(location, 'from'));
          result = nextQuery(history, today, { tripDays: days, from }, location, fields['days'] === undefined ? '--' : '');
          break;
        }
        case 'annex3': {
          const arrival = own('arrival') ?? options.arrival;
          if (arrival === undefined) throw new InputError('json.shape', { expected: 'dateString', got: 'nothing' }, at(location, 'arrival'));
          const flags: Annex3Flags = {
            arrival,
            entry: own('entry') ?? options.entry,
            community: own('community') ?? options.community,
            closed: recordDates(fields, 'closed', location) ?? options.closed,
            saturdayWorking: recordBoolean(fields, 'saturdayWorking', location) ?? options.saturdayWorking,
          };
          result = annex3Query(history, today, annex3Params(flags, calendarFor!, location, '', today));
          break;
        }
      }
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
