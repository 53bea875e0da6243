import { createRequire } from 'node:module';
import type { ParseError } from 'jsonc-parser';
import { at, InputError, type InputLocation } from '../errors.js';
import type { JsonExpectation } from '../messages/error-catalogue.js';
import type { Day } from '../core/day.js';
import { knownDate, parseDate } from './dates.js';
import { checkJsonStructure, quickJsonStructure } from './json-structure.js';
import type { PermitInput, StayInput, TravelInput, VisaInput } from './travel-input.js';
import { parseCountryCode, parseDateRange, parseVisaText } from './visa-text.js';

const STAY_KEYS = new Set(['entry', 'exit', 'entryCountry', 'exitCountry', 'entryPlace', 'exitPlace']);
const VISA_KEYS = new Set(['type', 'entries', 'validFrom', 'validUntil', 'durationDays', 'validFor']);
const PERMIT_KEYS = new Set(['from', 'until', 'country']);
export const HISTORY_KEYS: ReadonlySet<string> = new Set(['stays', 'visas', 'permits']);

/** Line of a character offset, for JSON syntax errors (JSON.parse only gives the offset). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * JSON.parse on Node 20 does not say where the error is; jsonc-parser (strict settings) does.
 * Only consulted after JSON.parse has failed, so its leniencies never let bad JSON through.
 */
function syntaxErrorOffset(text: string): number | undefined {
  // Loaded here, synchronously, and only here: a run whose JSON is valid never pays for the parser.
  const { parseTree } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  const errors: ParseError[] = [];
  try {
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    return undefined; // nested too deep for its recursion: the error then names no line
  }
  return errors[0]?.offset;
}

export function parseJsonText(text: string, file: string, line?: number): unknown {
  return parseJsonWithSource(text, file, line).value;
}

/**
 * The value of a JSON text (a byte-order mark before it is allowed), refused when a key appears
 * twice or the nesting is too deep; with the exact source text of its top-level `id`, if any.
 */
export function parseJsonWithSource(withBom: string, file: string, line?: number): { value: unknown; idSource: string | undefined } {
  const text = withBom.charCodeAt(0) === 0xfeff ? withBom.slice(1) : withBom;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 quotes the whole text in its message; keep only the part that says what is wrong.
    const fullReason = error instanceof Error ? error.message : String(error);
    const reason = /^(Unexpected token '[^']*'|[^,\n]+)/.exec(fullReason)?.[1] ?? fullReason;
    const offset = line === undefined ? syntaxErrorOffset(text) : undefined;
    const errorLine = line ?? (offset === undefined ? undefined : lineAt(text, offset));
    throw new InputError('json.syntax', { reason }, errorLine === undefined ? { file } : { file, line: errorLine });
  }
  const quick = quickJsonStructure(text, value);
  if (quick !== null) return { value, idSource: quick };
  // Something to name (a key twice, too deep) or an escaped top-level key: the full check.
  return { value, idSource: checkJsonStructure(text, line === undefined ? { file } : { file, line }).get('id') };
}

/**
 * A value as an error message shows it: its JSON, cut short. Never throws: a library caller's
 * BigInt, symbol or object with a throwing toString is shown as its kind.
 */
export function shownValue(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function shapeError(location: InputLocation, field: string, expected: JsonExpectation, got: unknown): InputError {
  return new InputError('json.shape', { expected, got: shownValue(got) }, at(location, field));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuseUnknownKeys(record: Record<string, unknown>, known: ReadonlySet<string>, location: InputLocation, path: string): void {
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      const field = path === '' ? key : `${path}.${key}`;
      throw new InputError('json.unknownField', { field, known: [...known].join(', ') }, at(location, field));
    }
  }
}

function optionalString(record: Record<string, unknown>, key: string, location: InputLocation, path: string): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw shapeError(location, `${path}.${key}`, 'string', value);
  return value;
}

function arrayField(record: Record<string, unknown>, key: string, location: InputLocation): unknown[] {
  const value = record[key] ?? [];
  if (!Array.isArray(value)) throw shapeError(location, key, 'array', value);
  return value;
}

function requiredString(record: Record<string, unknown>, key: string, location: InputLocation, path: string, expected: JsonExpectation = 'dateString'): string {
  const value = record[key];
  if (typeof value !== 'string') throw shapeError(location, `${path}.${key}`, expected, value);
  return value;
}

/**
 * Reads the history fields (`stays`, `visas`, `permits`) of a JSON object: a whole file, or one
 * record whose other fields the caller allows in `allowedTopLevel` and reads itself (null: the
 * caller has already refused every field it does not take, as app/record.ts's `readRecord` does).
 */
export function travelInputFromJson(value: unknown, location: InputLocation, allowedTopLevel: ReadonlySet<string> | null = HISTORY_KEYS): TravelInput {
  if (!isRecord(value)) throw shapeError(location, '(document)', 'document', value);
  if (allowedTopLevel !== null) refuseUnknownKeys(value, allowedTopLevel, location, '');
  return {
    stays: staysFromJson(arrayField(value, 'stays', location), location),
    visas: arrayField(value, 'visas', location).map((visa, index) => visaFromJson(visa, location, `visas[${index}]`)),
    permits: arrayField(value, 'permits', location).map((permit, index) => permitFromJson(permit, location, `permits[${index}]`)),
    mrz: [],
  };
}

function visaFromJson(value: unknown, location: InputLocation, path: string): VisaInput {
  if (!isRecord(value)) throw shapeError(location, path, 'visa', value);
  refuseUnknownKeys(value, VISA_KEYS, location, path);
  const type = requiredString(value, 'type', location, path, 'visaType');
  const entries = value['entries'];
  if (entries !== 1 && entries !== 2 && entries !== 'MULT') throw shapeError(location, `${path}.entries`, 'entries', entries);
  const validFrom = requiredString(value, 'validFrom', location, path);
  const validUntil = requiredString(value, 'validUntil', location, path);
  const duration = value['durationDays'];
  if (typeof duration !== 'number') throw shapeError(location, `${path}.durationDays`, 'number', duration);
  const validFor = value['validFor'];
  if (validFor !== undefined && validFor !== null && (!Array.isArray(validFor) || !validFor.every((code) => typeof code === 'string'))) {
    throw shapeError(location, `${path}.validFor`, 'countryArray', validFor);
  }
  // One grammar for stickers: the JSON fields are checked by the same parser as the text form.
  const validForText = Array.isArray(validFor) ? ` valid-for=${validFor.join(',')}` : '';
  const visaLocation = at(location, path);
  return { visa: parseVisaText(`${type} ${entries} ${validFrom}..${validUntil} ${duration}${validForText}`, visaLocation), location: visaLocation };
}

function permitFromJson(value: unknown, location: InputLocation, path: string): PermitInput {
  if (!isRecord(value)) throw shapeError(location, path, 'permit', value);
  refuseUnknownKeys(value, PERMIT_KEYS, location, path);
  const permitLocation = at(location, path);
  const range = parseDateRange(requiredString(value, 'from', location, path), requiredString(value, 'until', location, path), location, `${path}.`);
  const country = optionalString(value, 'country', location, path);
  return country === undefined ? { range, location: permitLocation } : { range, country: parseCountryCode(country, location, `${path}.country`), location: permitLocation };
}

/**
 * A stay read from JSON. Where its stamps came from is worked out only when an error names it: a
 * long history would otherwise build two locations per stay that nothing reads.
 */
class JsonStayInput implements StayInput {
  constructor(
    readonly entry: Day,
    readonly exit: Day | null,
    readonly entryCountry: string | undefined,
    readonly exitCountry: string | undefined,
    readonly entryPlace: string | undefined,
    readonly exitPlace: string | undefined,
    private readonly location: InputLocation,
    private readonly position: number,
  ) {}

  get entryLocation(): InputLocation {
    return at(this.location, `stays[${this.position}].entry`);
  }

  get exitLocation(): InputLocation | undefined {
    return this.exit === null ? undefined : at(this.location, `stays[${this.position}].exit`);
  }
}

function staysFromJson(stays: readonly unknown[], location: InputLocation): StayInput[] {
  return stays.map((stay: unknown, index): StayInput => {
    const path = `stays[${index}]`;
    if (!isRecord(stay)) throw shapeError(location, path, 'stay', stay);
    refuseUnknownKeys(stay, STAY_KEYS, location, path);
    const entryText = stay['entry'];
    if (typeof entryText !== 'string') throw shapeError(location, `${path}.entry`, 'dateString', entryText);
    const exitText = stay['exit'];
    if (exitText !== undefined && exitText !== null && typeof exitText !== 'string') {
      throw shapeError(location, `${path}.exit`, 'dateOrNull', exitText);
    }
    const entryCountryText = optionalString(stay, 'entryCountry', location, path);
    const exitCountryText = optionalString(stay, 'exitCountry', location, path);
    const entryCountry = entryCountryText === undefined ? undefined : parseCountryCode(entryCountryText, location, `${path}.entryCountry`);
    const exitCountry = exitCountryText === undefined ? undefined : parseCountryCode(exitCountryText, location, `${path}.exitCountry`);
    const entryPlace = optionalString(stay, 'entryPlace', location, path);
    const exitPlace = optionalString(stay, 'exitPlace', location, path);
    const entry = knownDate(entryText) ?? parseDate(entryText, at(location, `${path}.entry`));
    const exit = typeof exitText !== 'string' ? null : (knownDate(exitText) ?? parseDate(exitText, at(location, `${path}.exit`)));
    return new JsonStayInput(entry, exit, entryCountry, exitCountry, entryPlace, exitPlace, location, index);
  });
}

export function parseJsonFile(text: string, file: string): TravelInput {
  return travelInputFromJson(parseJsonText(text, file), { file });
}
