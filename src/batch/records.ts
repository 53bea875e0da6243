import type { Day } from '../core/day.js';
import { at, InputError, UserError } from '../errors.js';
import { parseJsonWithSource } from '../parse/json-input.js';
import type { TravelInput } from '../parse/travel-input.js';
import { SCHEMA_VERSION } from '../app/answers.js';
import type { CalendarSource } from '../app/annex3-params.js';
import { askQuestion, readRecord, recordErrorJson, type Answer, type RecordDefaults } from '../app/record.js';
import { parseAnswerFields } from '../app/fields.js';
import type { QuestionName } from '../app/questions.js';

/** The batch's own key beside a question's fields. */
const BATCH_KEYS = ['id'] as const;
import type { CsvPerson } from './csv.js';
import type { InputLine } from './lines.js';

/**
 * One batch record: a person read from the input, computed into its output line (the query itself is
 * record-query.ts's, shared with the library, HTTP and MCP). Used by the batch command's own thread
 * and its worker threads (src/batch/worker.ts).
 */

/** Every question that takes records (rules takes none). */
export type BatchQuery = Exclude<QuestionName, 'rules'>;

export interface BatchOptions {
  query: BatchQuery;
  format: 'ndjson' | 'csv';
  delimiter?: ',' | ';' | 'tab';
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
  to?: string;
  travel?: string;
  lodged?: string;
  facilitated?: boolean;
  seafarer?: boolean;
  extended?: boolean;
  rules?: string;
  rule?: string[];
  nationality?: string;
  /** --fields: only these fields of each answer (issue 21). */
  fields?: string;
}

/** A record's id as JSON text, exactly as the input wrote it ("p1" with its quotes, 12345678901234567890), or null. */
export type Id = string | null;

/** One person read from the input, before computing: its history and own fields, or why not. */
export interface Person {
  readonly line: number;
  readonly id: Id;
  readonly input?: TravelInput;
  readonly fields?: Record<string, unknown>;
  readonly error?: UserError;
}

/** One NDJSON line as the person of a question: its fields checked against the question's, then its history read. */
export function personFromNdjson(line: InputLine, file: string, options: Pick<BatchOptions, 'query' | 'maxLineLength'>): Person | null {
  const { query, maxLineLength } = options;
  if (line.tooLong) return { line: line.number, id: null, error: new InputError('batch.lineTooLong', { limit: maxLineLength }, { file, line: line.number }) };
  if (line.text.trim() === '') return null;
  const location = { file, line: line.number };
  let id: Id = null;
  try {
    const { value, idSource } = parseJsonWithSource(line.text, file, line.number);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const candidate = (value as Record<string, unknown>)['id'];
      if (typeof candidate === 'string' || typeof candidate === 'number') id = idSource ?? null;
    }
    if (id === null) throw new InputError('batch.missingId', {}, at(location, 'id'));
    const { input, fields } = readRecord(query, value, location, BATCH_KEYS);
    return { line: line.number, id, input, fields };
  } catch (error) {
    if (error instanceof UserError) return { line: line.number, id, error };
    throw error;
  }
}

/** A CSV person: the cell is the id's text, the output carries it as a JSON string. */
export function personFromCsv(person: CsvPerson): Person {
  // Copied with Object.assign, not spread then changed: a spread followed by a property costs microseconds a person on Node 20 (issue 21).
  return Object.assign({}, person, { id: person.id === null ? null : JSON.stringify(person.id) });
}

export interface PersonOutcome {
  readonly json: string;
  readonly failed: boolean;
}

const RECORD_START = `{"schemaVersion":${SCHEMA_VERSION},`;

function errorRecord(person: { line: number; id: Id }, error: UserError): string {
  const body = JSON.stringify(recordErrorJson(error, person.line));
  return `${RECORD_START}"id":${person.id ?? 'null'},"error":${body}}`;
}

/** The command's JSON with "id" second: spliced into the text, cheaper than copying the object. */
function okRecord(id: Id, result: Answer): string {
  const json = JSON.stringify(result.json());
  if (!json.startsWith(RECORD_START)) throw new Error(`a query DTO must start with schemaVersion ${SCHEMA_VERSION}`);
  return `${RECORD_START}"id":${id ?? 'null'},${json.slice(RECORD_START.length)}`;
}

export function personComputer(options: BatchOptions, globalToday: Day, calendarFor: CalendarSource | null, source: string): (person: Person) => PersonOutcome {
  // --fields read once, for every record of this thread; a mistake is refused here, before any record.
  const defaults: RecordDefaults = { ...options, fields: parseAnswerFields(options.query, options.fields, {}, '--fields') };
  return function compute(person: Person): PersonOutcome {
    if (person.error !== undefined) return { json: errorRecord(person, person.error), failed: true };
    const location = { file: source, line: person.line };
    try {
      const fields = person.fields ?? {};
      // askQuestion reads the record's own "on", as at every other door; the flags' day is the fallback.
      const result = askQuestion(options.query, { input: person.input!, fields, today: globalToday, calendar: calendarFor, defaults, location, doorKeys: BATCH_KEYS });
      return { json: okRecord(person.id, result), failed: false };
    } catch (error) {
      if (error instanceof UserError) return { json: errorRecord(person, error), failed: true };
      throw error;
    }
  };
}

export interface ChunkResult {
  /** The chunk's records, each followed by a newline (as UTF-8 bytes when a worker computed them). */
  readonly text: string | Uint8Array;
  readonly records: number;
  readonly failures: number;
}

/** The records of persons, in their order: one chunk of batch --jobs. */
export function computePersons(persons: Iterable<Person | null>, compute: (person: Person) => PersonOutcome): ChunkResult & { text: string } {
  const out: string[] = [];
  let failures = 0;
  for (const person of persons) {
    if (person === null) continue;
    const outcome = compute(person);
    if (outcome.failed) failures += 1;
    out.push(outcome.json, '\n');
  }
  return { text: out.join(''), records: out.length / 2, failures };
}

/** The records of whole persons' NDJSON input lines, in their order. */
export function computeChunk(lines: readonly InputLine[], options: BatchOptions, compute: (person: Person) => PersonOutcome, source: string): ChunkResult & { text: string } {
  return computePersons(
    lines.map((line) => personFromNdjson(line, source, options)),
    compute,
  );
}
