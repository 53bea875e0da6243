/**
 * schengen as a library: every question of the command line, for programs, with the same answers
 * as `schengen <command> --json`, batch, the HTTP API and the MCP server (one definition each, in
 * src/app/). ISO date strings in and out; "today" is the caller's (`on`, an ISO date or a Date);
 * no file, no clock, no console. Importing this module does nothing but define functions
 * (test/lib/side-effects.test.ts); the holiday tables load on the first annex3 call.
 */
import type { Day } from '../core/day.js';
import { dayFromCivil } from '../core/day.js';
import { at, InputError, type InputLocation } from '../errors.js';
import { belgianCalendarSource, type CalendarSource } from '../app/annex3-params.js';
import { askQuestion, checkFields } from '../app/record.js';
import { QUESTIONS, type QuestionName } from '../app/questions.js';
import { parseDate } from '../parse/dates.js';
import { HISTORY_KEYS, shownValue, travelInputFromJson } from '../parse/json-input.js';
import { checkValueDepth } from '../parse/json-structure.js';
import { parseStampFile as parseStampText } from '../parse/stamp-file.js';
import { emptyTravelInput, type TravelInput } from '../parse/travel-input.js';
import type { Annex3Dto, NextDto, PlanDto, StatusDto } from '../app/answers.js';
import type { ApplyDto } from '../app/apply-answer.js';
import type { CalendarDto } from '../app/calendar-answer.js';
import type { CheckDto } from '../app/check-answer.js';
import type { RulesListDto } from '../app/rules-query.js';
import type { VisaMrzDto } from '../app/visa-query.js';

export { ExitCode, FileError, InputError, UsageError, UserError, type InputLocation } from '../errors.js';
export type { ErrorCode } from '../messages/error-catalogue.js';
export { QUESTION_NAMES, type QuestionName } from '../app/questions.js';
/** The results: exactly the objects `schengen <command> --json` prints (schema/*.schema.json). */
export type { Annex3Dto as Annex3Result, NextDto as NextResult, PlanDto as PlanResult, StatusDto as StatusResult, VerdictDto as Verdict } from '../app/answers.js';
export type { ApplyDto as ApplyResult } from '../app/apply-answer.js';
export type { CalendarDto as CalendarResult } from '../app/calendar-answer.js';
export type { CheckDto as CheckResult } from '../app/check-answer.js';
export type { RulesListDto as RulesResult } from '../app/rules-query.js';
export type { VisaMrzDto as VisaResult } from '../app/visa-query.js';

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

/** A history as in the JSON input. Unknown fields are refused, as in a file. */
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

/** Reads the text of a stamp file (docs/input.md); `name` is what errors call the file. */
export function parseStampFile(text: string, name = 'stamps.txt'): ParsedHistory {
  const input = parseStampText(text, name);
  const parsed: ParsedHistory = Object.freeze({ source: name, stays: input.stays.length, visas: input.visas.length, permits: input.permits.length });
  parsedInputs.set(parsed, input);
  return parsed;
}

/** The reference day: an ISO date, or a Date read as its calendar day where the program runs. */
export type DateInput = string | Date;

/**
 * The reference day ("today"), required (the library reads no clock): `on`, as in a batch record or
 * an HTTP body, or `today`, its name before schemaVersion 3 (not both).
 */
export type ReferenceDay = { on: DateInput; today?: undefined } | { today: DateInput; on?: undefined };

export interface RulesOptions {
  /** A preset: schengen (default), ru-visa-free, ru-visa, by-visa-free, by-transit, tr. */
  rules?: string;
  /** Custom rules instead of a preset: "90/180", "90/year", "30/stay". */
  rule?: string | string[];
  /** ISO code of the nationality, where the rules depend on it. */
  nationality?: string;
}

export interface ExplainOption {
  /** The workings: the result then carries `explanation`. */
  explain?: boolean;
  /**
   * Only these fields of the result (a list, or one comma-separated text), besides `schemaVersion`,
   * `command` and `verdict`; only what they need is computed (issue 21). The result then has only those.
   */
  fields?: string | string[];
}

/** `eesDaysLeft`: the days left the EES service showed for the reference day; the result then carries `ees`. */
export type StatusOptions = ReferenceDay & RulesOptions & ExplainOption & { eesDaysLeft?: number };

/** `timeline`: the days left on each day ahead; `explain`: the workings of the day that decides. */
export type CheckOptions = ReferenceDay & RulesOptions & ExplainOption & { timeline?: boolean };

export type PlanOptions = ReferenceDay & RulesOptions & ExplainOption & { enter: string; exit?: string; days?: number; country?: string };

/** `leave`: for someone inside on the reference day, the day the stay under way ends (default: that day). */
export type NextOptions = ReferenceDay & RulesOptions & ExplainOption & { days: number; from?: string; leave?: string };

export type Annex3Options = ReferenceDay &
  ExplainOption & { arrival: string; entry?: string; community?: 'vlg' | 'fr' | 'de'; closed?: string | string[]; saturdayWorking?: boolean };

export type CalendarOptions = ReferenceDay & RulesOptions & { from?: string; to?: string };

export type ApplyOptions = ReferenceDay & { travel: string; lodged?: string; facilitated?: boolean; seafarer?: boolean; extended?: boolean };

export interface VisaOptions {
  /** The two lines of the machine-readable zone. */
  mrz: [string, string] | string[];
}

let calendarSource: Promise<CalendarSource> | undefined;

function travelInput(history: HistoryJson | ParsedHistory | undefined, location: InputLocation): TravelInput {
  if (history === undefined || history === null) throw new InputError('json.shape', { expected: 'document', got: 'nothing' }, at(location, 'history'));
  const parsed = parsedInputs.get(history as ParsedHistory);
  if (parsed !== undefined) return parsed;
  // Field paths as in a record (stays[0].entry): the history's fields are a record's.
  return travelInputFromJson(history, location, HISTORY_KEYS);
}

function localDay(date: Date, location: InputLocation): Day {
  if (Number.isNaN(date.getTime())) throw new InputError('json.shape', { expected: 'dateString', got: 'Invalid Date' }, location);
  return dayFromCivil(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The reference day of the options: `on` (or `today`), required. */
function referenceDay(options: Record<string, unknown>, location: InputLocation): Day {
  const given = options['on'] ?? options['today'];
  const field = options['on'] === undefined && options['today'] !== undefined ? 'today' : 'on';
  if (given instanceof Date) return localDay(given, at(location, field));
  if (typeof given !== 'string') throw new InputError('json.shape', { expected: 'dateString', got: given === undefined ? 'nothing' : shownValue(given) }, at(location, field));
  return parseDate(given, at(location, field));
}

/**
 * One question, in the order every door reads a record (app/record.ts's readRecord): the nesting
 * of the history and the options, then the options' fields (a field the question does not take is refused, and so is a history
 * field: the history is the first argument), then the history, then the reference day and the
 * question's own fields.
 */
async function ask(name: QuestionName, history: HistoryJson | ParsedHistory | undefined, given: unknown): Promise<object> {
  const location: InputLocation = {};
  // No options at all: what is missing is the reference day, and the error says so (field "on").
  const options = given === undefined ? {} : given;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InputError('json.shape', { expected: 'document', got: options === undefined ? 'nothing' : shownValue(options) }, at(location, 'options'));
  }
  // Nesting first, of both (batch and HTTP check it on the whole text before anything else).
  const question = QUESTIONS[name];
  if (question.takesHistory && typeof history === 'object' && history !== null && !parsedInputs.has(history as ParsedHistory)) checkValueDepth(history, at(location, 'history'));
  checkValueDepth(options, at(location, 'options'));
  // A question about no history needs no reference day unless it uses one (apply does; visa and rules do not).
  const needsDay = question.parameters.some((parameter) => parameter.name === 'on');
  const { on: _on, today: _today, ...rest } = options as Record<string, unknown>;
  if (needsDay && _on !== undefined && _today !== undefined) throw new InputError('json.unknownField', { field: 'today', known: 'on (today is its old name: give one)' }, at(location, 'today'));
  // "on" and "today" are read here (a Date is allowed); a question without a day refuses them as any other field.
  const fields = needsDay ? rest : (options as Record<string, unknown>);
  checkFields(question, fields, location, [], true);
  const input = question.takesHistory ? travelInput(history, location) : emptyTravelInput();
  const today = needsDay ? referenceDay(options as Record<string, unknown>, location) : 0;
  const calendar = question.needsCalendar ? await (calendarSource ??= belgianCalendarSource()) : null;
  return askQuestion(name, { input, fields, today, calendar, location }).json();
}

/** Days used and remaining on the reference day, latest exit if inside, unauthorised days (`schengen status --json`). */
export async function status(history: HistoryJson | ParsedHistory, options: StatusOptions): Promise<StatusDto> {
  return (await ask('status', history, options)) as StatusDto;
}

/** The longest stay from `enter`, or whether a trip to `exit` / of `days` complies (`schengen plan --json`). */
export async function plan(history: HistoryJson | ParsedHistory, options: PlanOptions): Promise<PlanDto> {
  return (await ask('plan', history, options)) as PlanDto;
}

/** The earliest day a trip of `days` days can start (`schengen next --json`). */
export async function next(history: HistoryJson | ParsedHistory, options: NextOptions): Promise<NextDto> {
  return (await ask('next', history, options)) as NextDto;
}

/** The Belgian arrival declaration: deadline and end of the authorised stay (`schengen annex3 --json`). */
export async function annex3(history: HistoryJson | ParsedHistory, options: Annex3Options): Promise<Annex3Dto> {
  return (await ask('annex3', history, options)) as Annex3Dto;
}

/** Day by day over a span: presence, days used, unauthorised days (`schengen calendar --json`). */
export async function calendar(history: HistoryJson | ParsedHistory, options: CalendarOptions): Promise<CalendarDto> {
  return (await ask('calendar', history, options)) as CalendarDto;
}

/** When to lodge a visa application and when the decision is due (`schengen apply --json`). */
export async function apply(options: ApplyOptions): Promise<ApplyDto> {
  return (await ask('apply', undefined, options)) as ApplyDto;
}

/** A visa sticker's machine-readable zone, read and checked (`schengen visa --json`). */
export async function visa(options: VisaOptions): Promise<VisaMrzDto> {
  return (await ask('visa', undefined, options)) as VisaMrzDto;
}

/** Every trip, past, under way and booked, judged at once, with the room each leaves (`schengen check --json`). */
export async function check(history: HistoryJson | ParsedHistory, options: CheckOptions): Promise<CheckDto> {
  return (await ask('check', history, options)) as CheckDto;
}

/** The sets of stay rules (`schengen rules --json`). */
export async function rules(options: Record<string, never> = {}): Promise<RulesListDto> {
  // It takes no option: one given is refused, not ignored.
  return (await ask('rules', undefined, options)) as RulesListDto;
}
