import type { Day } from '../core/day.js';
import { at, InputError, type InputLocation, type UserError } from '../errors.js';
import { assembleHistory } from '../parse/assemble-history.js';
import { regimeFromFlags, rulesAsked } from '../parse/rules.js';
import { parseDate } from '../parse/dates.js';
import { MAX_TRIP_DAYS } from '../parse/numbers.js';
import { shownValue, travelInputFromJson } from '../parse/json-input.js';
import { emptyTravelInput, type TravelInput } from '../parse/travel-input.js';
import { annex3Params, type Annex3Flags, type CalendarSource } from './annex3-params.js';
import { planParams } from './plan-params.js';
import type { Warning } from '../core/warning.js';
import { annex3Query, nextQuery, planQuery, statusQuery } from './queries.js';
import { applyQuery } from './apply-query.js';
import { calendarQuery, calendarRange } from './calendar-query.js';
import { checkQuery } from './check-query.js';
import { HISTORY_FIELDS, QUESTIONS, QUESTION_NAMES, questionFieldNames, type QuestionDefinition, type QuestionName } from './questions.js';
import { rulesQuery } from './rules-query.js';
import type { Verdict } from './verdict.js';
import { visaQuery } from './visa-query.js';
import { parseAnswerFields, type AnswerFields } from './fields.js';

/**
 * One record (a batch line, a library call, an HTTP body, an MCP tool call) as one question: its
 * history, its own fields, and defaults for the fields it leaves out. Every door goes through
 * `askQuestion`, so that a record means the same thing wherever it comes from.
 */
/** Every field some question takes, and a batch record's id: the fields of schema/record.schema.json (each question refuses the ones it does not take: readRecord, askQuestion). */
export const RECORD_KEYS: ReadonlySet<string> = new Set(['id', ...QUESTION_NAMES.flatMap((name) => [...questionFieldNames(QUESTIONS[name])])]);

/** What a record leaves out is taken from here (batch: the command-line flags). */
export interface RecordDefaults {
  enter?: string | undefined;
  exit?: string | undefined;
  days?: number | undefined;
  country?: string | undefined;
  from?: string | undefined;
  arrival?: string | undefined;
  entry?: string | undefined;
  community?: string | undefined;
  closed?: string[] | undefined;
  saturdayWorking?: boolean | undefined;
  to?: string | undefined;
  travel?: string | undefined;
  lodged?: string | undefined;
  facilitated?: boolean | undefined;
  seafarer?: boolean | undefined;
  extended?: boolean | undefined;
  rules?: string | undefined;
  rule?: string[] | undefined;
  nationality?: string | undefined;
  /** batch --fields, read once for the run: the fields of every answer (a record's own `fields` wins). */
  fields?: AnswerFields | undefined;
}

export function recordString(fields: Record<string, unknown>, key: string, location: InputLocation): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InputError('json.shape', { expected: 'string', got: shown(value) }, at(location, key));
  return value;
}

/** A whole number from `min` to MAX_TRIP_DAYS: a trip's length from 1, a count of days from 0. */
function recordWholeNumber(fields: Record<string, unknown>, key: string, location: InputLocation, min: 0 | 1): number | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_TRIP_DAYS) {
    throw new InputError('number.range', { text: String(value).slice(0, 40), min, max: MAX_TRIP_DAYS }, at(location, key));
  }
  return value;
}

export function recordDays(fields: Record<string, unknown>, key: string, location: InputLocation): number | undefined {
  return recordWholeNumber(fields, key, location, 1);
}

/** A whole number of days from 0 (a count, not a trip's length). */
export function recordCount(fields: Record<string, unknown>, key: string, location: InputLocation): number | undefined {
  return recordWholeNumber(fields, key, location, 0);
}

export function recordBoolean(fields: Record<string, unknown>, key: string, location: InputLocation): boolean | undefined {
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

export function recordStrings(fields: Record<string, unknown>, key: string, location: InputLocation): string[] | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw new InputError('json.shape', { expected: 'string', got: shown(value) }, at(location, key));
}

const shown = shownValue;

/** The record's own "on", else `fallback`. */
export function recordToday(fields: Record<string, unknown>, location: InputLocation, fallback: Day): Day {
  const onText = recordString(fields, 'on', location);
  return onText === undefined ? fallback : parseDate(onText, at(location, 'on'));
}

/** What a question's answer offers every door: the verdict, the JSON, and whether it found a breach. */
export interface Answer {
  readonly verdict: Verdict;
  readonly json: () => object;
  /** Any unauthorised day (--fail-on-overstay, exit 5); a declaration that must not be issued. */
  readonly breach: boolean;
  readonly warnings: readonly Warning[];
  readonly report: unknown;
}

export interface QuestionRequest {
  /** The history (stays, visas, permits) of a question that takes one; ignored by the others. */
  readonly input: TravelInput;
  /** The record's own fields, named as the question's parameters. */
  readonly fields: Record<string, unknown>;
  /** "Today" when the record does not say (`on`). */
  readonly today: Day;
  /** The holiday calendars (annex3 only). */
  readonly calendar: CalendarSource | null;
  /** What the record leaves out (batch: the command-line flags). */
  readonly defaults?: RecordDefaults;
  readonly location?: InputLocation;
  /** Keys the door itself reads (batch: "id"), allowed beside the question's parameters. */
  readonly doorKeys?: readonly string[];
}

/**
 * Refuses a field the question does not take: nothing a caller wrote is silently ignored, whatever
 * its value. `historyApart`: the history is given on its own (the library), so its fields are not
 * fields of these options.
 */
export function checkFields(question: QuestionDefinition, fields: Record<string, unknown>, location: InputLocation, doorKeys: readonly string[], historyApart = false): void {
  const known = questionFieldNames(question);
  for (const key of Object.keys(fields)) {
    const taken = known.has(key) && !(historyApart && (HISTORY_FIELDS as readonly string[]).includes(key));
    if (!taken && !doorKeys.includes(key)) {
      // The question's own fields, the same list at every door (the history's, where taken, are not repeated).
      const names = [...known].filter((name) => !(HISTORY_FIELDS as readonly string[]).includes(name));
      throw new InputError('json.unknownField', { field: key, known: names.join(', ') }, at(location, key));
    }
  }
}

/**
 * A record (a batch line, an HTTP body, MCP arguments) read the same way at every door, in one
 * order, so that a record with several faults is refused for the same one everywhere: it must be an
 * object; then a field its question does not take (nor the door itself: `doorKeys`) is refused;
 * then the history is read (stays, visas, permits, each in order). Its own fields are read by
 * `askQuestion`, "on" first. The text doors have checked the JSON's nesting and keys given twice
 * (parse/json-structure.ts) before; the doors given a value check its nesting (checkValueDepth).
 */
export function readRecord(name: QuestionName, value: unknown, location: InputLocation, doorKeys: readonly string[] = []): { input: TravelInput; fields: Record<string, unknown> } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError('json.shape', { expected: 'document', got: shown(value) }, at(location, '(document)'));
  const fields = value as Record<string, unknown>;
  const question = QUESTIONS[name];
  checkFields(question, fields, location, doorKeys);
  return { input: question.takesHistory ? travelInputFromJson(fields, location, null) : emptyTravelInput(), fields };
}

/** parse → compute for one record; throws the UserError the CLI would report. */
export function askQuestion(name: QuestionName, request: QuestionRequest): Answer {
  const question = QUESTIONS[name];
  const { fields, input } = request;
  const location = request.location ?? {};
  const defaults = request.defaults ?? {};
  checkFields(question, fields, location, request.doorKeys ?? []);
  const today = recordToday(fields, location, request.today);
  const own = (key: string) => recordString(fields, key, location);
  switch (name) {
    case 'rules':
      return { ...rulesQuery(), breach: false, warnings: [] };
    case 'visa': {
      const lines = recordStrings(fields, 'mrz', location);
      if (lines === undefined) throw new InputError('json.shape', { expected: 'string', got: 'nothing' }, at(location, 'mrz'));
      return { ...visaQuery(lines, location, 'mrz'), breach: false, warnings: [] };
    }
    case 'apply': {
      const travel = own('travel') ?? defaults.travel;
      if (travel === undefined) throw new InputError('json.shape', { expected: 'dateString', got: 'nothing' }, at(location, 'travel'));
      const flags = {
        travel,
        lodged: own('lodged') ?? defaults.lodged,
        facilitated: recordBoolean(fields, 'facilitated', location) ?? defaults.facilitated,
        seafarer: recordBoolean(fields, 'seafarer', location) ?? defaults.seafarer,
        extended: recordBoolean(fields, 'extended', location) ?? defaults.extended,
      };
      const answer = applyQuery(flags, today, location, fields['travel'] === undefined ? '--' : '');
      return { ...answer, breach: answer.verdict.ok === false, warnings: [] };
    }
    default:
      return askAboutHistory(name, input, fields, today, defaults, location, request.calendar);
  }
}

function askAboutHistory(
  query: 'status' | 'plan' | 'next' | 'annex3' | 'calendar' | 'check',
  input: TravelInput,
  fields: Record<string, unknown>,
  today: Day,
  defaults: RecordDefaults,
  location: InputLocation,
  calendarFor: CalendarSource | null,
): Answer {
  const own = (key: string) => recordString(fields, key, location);
  // The stay rules: the record's own "rules"/"rule"/"nationality", else the defaults (docs/regimes.md).
  const ownRules = own('rules');
  const ownRule = recordStrings(fields, 'rule', location);
  const ownNationality = own('nationality');
  const regime = regimeFromFlags(
    { rules: ownRules ?? defaults.rules, rule: ownRule ?? defaults.rule, nationality: ownNationality ?? defaults.nationality },
    ownRules === undefined && ownRule === undefined && ownNationality === undefined ? '--' : '',
    location,
  );
  // A record names the zones it is judged in: status answers for the asked rules only (zones: one entry).
  const history = assembleHistory(input, today, regime);
  // "explain": the workings, as --explain gives them (the DTO's `explanation`).
  const explain = recordBoolean(fields, 'explain', location) === true;
  // "fields": only these fields of the answer (issue 21); the record's own, else batch --fields.
  const answerFields: AnswerFields | undefined =
    query === 'calendar' && defaults.fields === undefined ? undefined : fields['fields'] !== undefined ? parseAnswerFields(query, fields['fields'], location) : defaults.fields;
  switch (query) {
    case 'status': {
      const eesDaysLeft = recordCount(fields, 'eesDaysLeft', location);
      // Without rules asked for, every other zone the history has stamps of is judged too (as on the command line).
      // (one definition, the command line's: an empty list of custom rules, as batch's --rule default, asks for none).
      return statusQuery(
        history,
        today,
        {
          explain,
          allZones: !rulesAsked({ rules: ownRules ?? defaults.rules, rule: ownRule ?? defaults.rule }),
          nationality: ownNationality ?? defaults.nationality,
          fields: answerFields,
          eesDaysLeft,
        },
        location,
        '',
      );
    }
    case 'check':
      return checkQuery(history, today, { explain, timeline: recordBoolean(fields, 'timeline', location) === true });
    case 'calendar':
      return calendarQuery(history, today, calendarRange({ from: own('from') ?? defaults.from, to: own('to') ?? defaults.to }, today, location, fields['from'] === undefined && fields['to'] === undefined ? '--' : ''));
    case 'plan': {
      const enter = own('enter');
      const exit = own('exit');
      const days = recordDays(fields, 'days', location);
      const plan = {
        enter: enter ?? defaults.enter,
        exit: exit ?? (days === undefined ? defaults.exit : undefined),
        days: days ?? (exit === undefined ? defaults.days : undefined),
        country: own('country') ?? defaults.country,
      };
      if (plan.enter === undefined) throw new InputError('json.shape', { expected: 'dateString', got: 'nothing' }, at(location, 'enter'));
      const prefix = enter === undefined ? '--' : '';
      // Written out, not spread: on Node 20 a spread followed by a property costs microseconds a record (issue 21).
      const { entry, exit: tripExit, country } = planParams({ enter: plan.enter, exit: plan.exit, days: plan.days, country: plan.country }, location, prefix);
      const params = country === undefined ? { entry, exit: tripExit, explain, fields: answerFields } : { entry, exit: tripExit, country, explain, fields: answerFields };
      return planQuery(history, today, params, location, prefix);
    }
    case 'next': {
      const days = recordDays(fields, 'days', location) ?? defaults.days;
      if (days === undefined) throw new InputError('json.shape', { expected: 'number', got: 'nothing' }, at(location, 'days'));
      const fromText = own('from') ?? defaults.from;
      const from = fromText === undefined ? today : parseDate(fromText, at(location, 'from'));
      const leaveText = own('leave');
      const leave = leaveText === undefined ? {} : { leave: parseDate(leaveText, at(location, 'leave')) };
      return nextQuery(history, today, { tripDays: days, from, ...leave, explain, fields: answerFields }, location, fields['days'] === undefined ? '--' : '');
    }
    case 'annex3': {
      const arrival = own('arrival') ?? defaults.arrival;
      if (arrival === undefined) throw new InputError('json.shape', { expected: 'dateString', got: 'nothing' }, at(location, 'arrival'));
      const flags: Annex3Flags = {
        arrival,
        entry: own('entry') ?? defaults.entry,
        community: own('community') ?? defaults.community,
        closed: recordDates(fields, 'closed', location) ?? defaults.closed,
        saturdayWorking: recordBoolean(fields, 'saturdayWorking', location) ?? defaults.saturdayWorking,
      };
      if (calendarFor === null) throw new Error('annex3 needs a holiday calendar source');
      const { arrival: arrivalDay, entry, settings, calendar } = annex3Params(flags, calendarFor, location, '', today);
      return annex3Query(history, today, { arrival: arrivalDay, entry, settings, calendar, explain, fields: answerFields });
    }
  }
}

/** A record's error as JSON (schema/batch-error.schema.json's `error`): where, which code, the English line. */
export function recordErrorJson(error: UserError, line: number | null = null): { line: number | null; field: string | null; code: string; message: string } {
  return { line: error.location.line ?? line, field: error.location.field ?? null, code: error.code, message: error.message };
}
