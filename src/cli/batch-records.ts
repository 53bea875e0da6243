import type { Day } from '../core/day.js';
import { at, InputError, UserError, type InputLocation } from '../errors.js';
import { assembleHistory } from '../parse/assemble-history.js';
import { parseDate } from '../parse/dates.js';
import { HISTORY_KEYS, parseJsonText, travelInputFromJson } from '../parse/json-input.js';
import type { StayInput, TravelInput } from '../parse/travel-input.js';
import { SCHEMA_VERSION } from '../render/json.js';
import { annex3Params, type Annex3Flags, type CalendarSource } from './commands/annex3.js';
import { planParams } from './commands/plan.js';
import { annex3Query, nextQuery, planQuery, statusQuery, type QueryResult } from './queries.js';
import type { InputLine } from '../batch/lines.js';

/**
 * One batch record: a person read from NDJSON or CSV lines, computed into its output line. Shared by
 * the batch command's own thread and its worker threads (src/cli/batch-worker.ts).
 */

export type BatchQuery = 'status' | 'plan' | 'next' | 'annex3';

export interface BatchOptions {
  query: BatchQuery;
  format: 'ndjson' | 'csv';
  on?: string;
  tz?: string;
  maxLineLength: number;
  progress?: boolean;
  /** Worker threads computing records (1: this thread only). */
  jobs?: string;
  /** `I/N`: only every N-th person, starting with the I-th. */
  shard?: string;
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
export interface Person {
  readonly line: number;
  readonly id: string | number | null;
  readonly input?: TravelInput;
  readonly fields?: Record<string, unknown>;
  readonly error?: UserError;
}

type Id = string | number | null;

function recordString(fields: Record<string, unknown>, key: string, location: InputLocation): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InputError('json.shape', { expected: 'string', got: JSON.stringify(value) }, at(location, key));
  return value;
}

function recordDays(fields: Record<string, unknown>, key: string, location: InputLocation): number | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InputError('json.shape', { expected: 'number', got: JSON.stringify(value) }, at(location, key));
  }
  return value;
}

export function personFromNdjson(line: InputLine, file: string, maxLineLength: number): Person | null {
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
export class CsvGrouper {
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

export interface PersonOutcome {
  readonly json: string;
  readonly failed: boolean;
}

function errorRecord(person: { line: number; id: Id }, error: UserError): string {
  return JSON.stringify({
    schemaVersion: SCHEMA_VERSION,
    id: person.id,
    error: { line: error.location.line ?? person.line, field: error.location.field ?? null, code: error.code, message: error.message },
  });
}

const RECORD_START = `{"schemaVersion":${SCHEMA_VERSION},`;

/** The command's JSON with "id" second: spliced into the text, cheaper than copying the object. */
function okRecord(id: Id, result: QueryResult<unknown>): string {
  const json = JSON.stringify(result.json());
  if (!json.startsWith(RECORD_START)) throw new Error(`a query DTO must start with schemaVersion ${SCHEMA_VERSION}`);
  return `${RECORD_START}"id":${JSON.stringify(id)},${json.slice(RECORD_START.length)}`;
}

export function personComputer(options: BatchOptions, globalToday: Day, calendarFor: CalendarSource | null, source: string): (person: Person) => PersonOutcome {
  return function compute(person: Person): PersonOutcome {
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
          result = planQuery(history, today, planParams({ ...plan, enter: plan.enter }, location, enter === undefined ? '--' : ''));
          break;
        }
        case 'next': {
          const days = recordDays(fields, 'days', location) ?? options.days;
          if (days === undefined) throw new InputError('json.shape', { expected: 'number', got: 'nothing' }, at(location, 'days'));
          const fromText = own('from') ?? options.from;
          const from = fromText === undefined ? today : parseDate(fromText, at(location, 'from'));
          result = nextQuery(history, today, { tripDays: days, from });
          break;
        }
        case 'annex3': {
          const arrival = own('arrival') ?? options.arrival;
          if (arrival === undefined) throw new InputError('json.shape', { expected: 'dateString', got: 'nothing' }, at(location, 'arrival'));
          const closed = fields['closed'];
          const flags: Annex3Flags = {
            arrival,
            entry: own('entry') ?? options.entry,
            community: own('community') ?? options.community,
            closed: Array.isArray(closed) ? closed.map(String) : typeof closed === 'string' ? [closed] : options.closed,
            saturdayWorking: typeof fields['saturdayWorking'] === 'boolean' ? fields['saturdayWorking'] : options.saturdayWorking,
          };
          result = annex3Query(history, today, annex3Params(flags, calendarFor!, location, ''));
          break;
        }
      }
      return { json: okRecord(person.id, result), failed: false };
    } catch (error) {
      if (error instanceof UserError) return { json: errorRecord(person, error), failed: true };
      throw error;
    }
  };
}

/** A header line for a CSV chunk: chunks hold whole persons' rows, the file's header was checked once. */
const CSV_HEADER: InputLine = { number: 0, text: 'id,entry,exit', tooLong: false };

export interface ChunkResult {
  /** The chunk's records, each followed by a newline (as UTF-8 bytes when a worker computed them). */
  readonly text: string | Uint8Array;
  readonly records: number;
  readonly failures: number;
}

/**
 * The records of whole persons' input lines, in their order: what batch --jobs hands to a worker
 * thread, and --shard computes in its own thread.
 */
export function computeChunk(lines: readonly InputLine[], options: BatchOptions, compute: (person: Person) => PersonOutcome, source: string): ChunkResult & { text: string } {
  const out: string[] = [];
  let failures = 0;
  const emit = (person: Person | null) => {
    if (person === null) return;
    const outcome = compute(person);
    if (outcome.failed) failures += 1;
    out.push(outcome.json, '\n');
  };
  if (options.format === 'csv') {
    const grouper = new CsvGrouper(source, options.maxLineLength);
    grouper.push(CSV_HEADER);
    for (const line of lines) emit(grouper.push(line));
    emit(grouper.flush());
  } else {
    for (const line of lines) emit(personFromNdjson(line, source, options.maxLineLength));
  }
  return { text: out.join(''), records: out.length / 2, failures };
}
