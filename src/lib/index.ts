/**
 * schengen as a library: the same queries as the CLI's `--json`, for programs. ISO date strings in
 * and out; "today" is the caller's; no file, no clock, no console. Importing this module does
 * nothing but define functions (test/lib/side-effects.test.ts); the holiday tables load on the
 * first annex3 call.
 */
import { at, InputError, type InputLocation } from '../errors.js';
import { belgianCalendarSource, type CalendarSource } from '../cli/commands/annex3.js';
import { computeRecordQuery, type QueryName } from '../cli/record-query.js';
import { parseDate } from '../parse/dates.js';
import { HISTORY_KEYS, travelInputFromJson } from '../parse/json-input.js';
import { parseStampFile as parseStampText } from '../parse/stamp-file.js';
import type { TravelInput } from '../parse/travel-input.js';
import type { Annex3Dto, NextDto, PlanDto, StatusDto } from '../render/json.js';

export { ExitCode, FileError, InputError, UsageError, UserError, type InputLocation } from '../errors.js';
export type { ErrorCode } from '../messages/error-catalogue.js';
/** The results: exactly the objects `schengen <command> --json` prints (schema/*.schema.json). */
export type { Annex3Dto as Annex3Result, NextDto as NextResult, PlanDto as PlanResult, StatusDto as StatusResult } from '../render/json.js';

/** One stay, as in the JSON input: `exit` null or absent for a stay still under way. */
export interface StayJson {
  entry: string;
  exit?: string | null;
  entryCountry?: string;
  exitCountry?: string;
  entryPlace?: string;
  exitPlace?: string;
}

/** A visa sticker, as in the JSON input. */
export interface VisaJson {
  type: 'C' | 'LTV' | 'A' | 'D';
  entries: 1 | 2 | 'MULT';
  validFrom: string;
  validUntil: string;
  durationDays: number;
  validFor?: string[] | null;
}

export interface PermitJson {
  from: string;
  until: string;
  country?: string;
}

/** A history as in the README's JSON input. Unknown fields are refused, as in a file. */
export interface HistoryJson {
  stays?: StayJson[];
  visas?: VisaJson[];
  permits?: PermitJson[];
}

/** A stamp file read by `parseStampFile`: pass it wherever a history goes. Its errors name its lines. */
export interface ParsedHistory {
  readonly source: string;
  readonly stays: number;
  readonly visas: number;
  readonly permits: number;
}

const parsedInputs = new WeakMap<ParsedHistory, TravelInput>();

/** Reads the text of a stamp file (README "Input"); `name` is what errors call the file. */
export function parseStampFile(text: string, name = 'stamps.txt'): ParsedHistory {
  const input = parseStampText(text, name);
  const parsed: ParsedHistory = Object.freeze({ source: name, stays: input.stays.length, visas: input.visas.length, permits: input.permits.length });
  parsedInputs.set(parsed, input);
  return parsed;
}

export interface StatusOptions {
  /** The reference day, YYYY-MM-DD (the CLI's --on). */
  today: string;
  /** The workings (the CLI's --explain): the result then carries `explanation`. */
  explain?: boolean;
}

export interface PlanOptions extends StatusOptions {
  enter: string;
  exit?: string;
  days?: number;
  country?: string;
}

export interface NextOptions extends StatusOptions {
  days: number;
  from?: string;
  /** For someone inside on `today`: the day the stay under way ends (default: `today`). */
  leave?: string;
}

export interface Annex3Options extends StatusOptions {
  arrival: string;
  entry?: string;
  community?: 'vlg' | 'fr' | 'de';
  closed?: string[];
  saturdayWorking?: boolean;
}

const OPTION_KEYS: Record<QueryName, readonly string[]> = {
  status: ['today', 'explain'],
  plan: ['today', 'explain', 'enter', 'exit', 'days', 'country'],
  next: ['today', 'explain', 'days', 'from', 'leave'],
  annex3: ['today', 'explain', 'arrival', 'entry', 'community', 'closed', 'saturdayWorking'],
};

let calendarSource: Promise<CalendarSource> | undefined;

function travelInput(history: HistoryJson | ParsedHistory, location: InputLocation): TravelInput {
  return parsedInputs.get(history as ParsedHistory) ?? travelInputFromJson(history, location, HISTORY_KEYS);
}

async function run(query: QueryName, history: HistoryJson | ParsedHistory, options: object): Promise<object> {
  const location: InputLocation = {};
  if (typeof options !== 'object' || options === null) throw new InputError('json.shape', { expected: 'document', got: JSON.stringify(options) ?? 'nothing' }, at(location, 'options'));
  const { today: todayText, ...fields } = options as Record<string, unknown>;
  const known = OPTION_KEYS[query];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new InputError('json.unknownField', { field: key, known: known.join(', ') }, at(location, key));
  }
  if (typeof todayText !== 'string') throw new InputError('json.shape', { expected: 'dateString', got: JSON.stringify(todayText) ?? 'nothing' }, at(location, 'today'));
  const today = parseDate(todayText, at(location, 'today'));
  const input = travelInput(history, location);
  const calendar = query === 'annex3' ? await (calendarSource ??= belgianCalendarSource()) : null;
  return computeRecordQuery(query, input, fields, today, {}, location, calendar).json();
}

/** Days used and remaining on `today`, latest exit if inside, overstays (`schengen status --json`). */
export async function status(history: HistoryJson | ParsedHistory, options: StatusOptions): Promise<StatusDto> {
  return (await run('status', history, options)) as StatusDto;
}

/** The longest stay from `enter`, or whether a trip to `exit` / of `days` complies (`schengen plan --json`). */
export async function plan(history: HistoryJson | ParsedHistory, options: PlanOptions): Promise<PlanDto> {
  return (await run('plan', history, options)) as PlanDto;
}

/** The earliest day a trip of `days` days can start (`schengen next --json`). */
export async function next(history: HistoryJson | ParsedHistory, options: NextOptions): Promise<NextDto> {
  return (await run('next', history, options)) as NextDto;
}

/** The Belgian arrival declaration: deadline and end of the authorised stay (`schengen annex3 --json`). */
export async function annex3(history: HistoryJson | ParsedHistory, options: Annex3Options): Promise<Annex3Dto> {
  return (await run('annex3', history, options)) as Annex3Dto;
}
