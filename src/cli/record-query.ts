import type { Day } from '../core/day.js';
import { at, InputError, type InputLocation, type UserError } from '../errors.js';
import { assembleHistory } from '../parse/assemble-history.js';
import { parseDate } from '../parse/dates.js';
import { HISTORY_KEYS } from '../parse/json-input.js';
import { MAX_TRIP_DAYS } from '../parse/numbers.js';
import type { TravelInput } from '../parse/travel-input.js';
import { annex3Params, type Annex3Flags, type CalendarSource } from './commands/annex3.js';
import { planParams } from './commands/plan.js';
import { annex3Query, nextQuery, planQuery, statusQuery, type QueryResult } from './queries.js';

/**
 * One record (a batch line, a library call, an HTTP body, an MCP tool call) as one query: its
 * history, its own fields, and defaults for the fields it leaves out. Every door goes through here,
 * so that a record means the same thing wherever it comes from.
 */
export const QUERY_NAMES = ['status', 'plan', 'next', 'annex3'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** Fields a record may carry besides its history. */
export const RECORD_KEYS: ReadonlySet<string> = new Set([
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
  'leave',
  'explain',
]);

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
}

export function recordString(fields: Record<string, unknown>, key: string, location: InputLocation): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InputError('json.shape', { expected: 'string', got: shown(value) }, at(location, key));
  return value;
}

export function recordDays(fields: Record<string, unknown>, key: string, location: InputLocation): number | undefined {
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

/** A value as an error message shows it: its JSON, cut short. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The record's own "on", else `fallback`. */
export function recordToday(fields: Record<string, unknown>, location: InputLocation, fallback: Day): Day {
  const onText = recordString(fields, 'on', location);
  return onText === undefined ? fallback : parseDate(onText, at(location, 'on'));
}

/** parse → compute for one record; throws the UserError the CLI would report. */
export function computeRecordQuery(
  query: QueryName,
  input: TravelInput,
  fields: Record<string, unknown>,
  today: Day,
  defaults: RecordDefaults,
  location: InputLocation,
  calendarFor: CalendarSource | null,
): QueryResult<unknown> {
  const own = (key: string) => recordString(fields, key, location);
  const history = assembleHistory(input, today);
  // "explain": the workings, as --explain gives them (the DTO's `explanation`).
  const explain = recordBoolean(fields, 'explain', location) === true;
  switch (query) {
    case 'status':
      return statusQuery(history, today, { explain });
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
      return planQuery(history, today, { ...planParams({ ...plan, enter: plan.enter }, location, prefix), explain }, location, prefix);
    }
    case 'next': {
      const days = recordDays(fields, 'days', location) ?? defaults.days;
      if (days === undefined) throw new InputError('json.shape', { expected: 'number', got: 'nothing' }, at(location, 'days'));
      const fromText = own('from') ?? defaults.from;
      const from = fromText === undefined ? today : parseDate(fromText, at(location, 'from'));
      const leaveText = own('leave');
      const leave = leaveText === undefined ? {} : { leave: parseDate(leaveText, at(location, 'leave')) };
      return nextQuery(history, today, { tripDays: days, from, ...leave, explain }, location, fields['days'] === undefined ? '--' : '');
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
      return annex3Query(history, today, { ...annex3Params(flags, calendarFor, location, '', today), explain });
    }
  }
}

/** A record's error as JSON (schema/batch-error.schema.json's `error`): where, which code, the English line. */
export function recordErrorJson(error: UserError, line: number | null = null): { line: number | null; field: string | null; code: string; message: string } {
  return { line: error.location.line ?? line, field: error.location.field ?? null, code: error.code, message: error.message };
}
