import { parseTree, type ParseError } from 'jsonc-parser';
import { InputError, type InputLocation } from '../errors.js';
import { parseDate } from './dates.js';
import type { StayInput, TravelInput } from './travel-input.js';

const STAY_KEYS = new Set(['entry', 'exit', 'entryCountry', 'exitCountry', 'entryPlace', 'exitPlace']);
const TOP_LEVEL_KEYS = new Set(['stays']);

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
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors[0]?.offset;
}

export function parseJsonText(text: string, file: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8 quotes the whole text in its message; keep only the part that says what is wrong.
    const fullReason = error instanceof Error ? error.message : String(error);
    const reason = /^(Unexpected token '[^']*'|[^,\n]+)/.exec(fullReason)?.[1] ?? fullReason;
    const offset = line === undefined ? syntaxErrorOffset(text) : undefined;
    const errorLine = line ?? (offset === undefined ? undefined : lineAt(text, offset));
    throw new InputError({
      code: 'json.syntax',
      message: `not valid JSON (${reason})`,
      params: { reason },
      location: errorLine === undefined ? { file } : { file, line: errorLine },
    });
  }
}

function shapeError(location: InputLocation, field: string, expected: string, got: unknown): InputError {
  const shown = JSON.stringify(got) ?? String(got);
  return new InputError({
    code: 'json.shape',
    message: `expected ${expected}, got ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`,
    params: { expected, got: shown },
    location: { ...location, field },
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuseUnknownKeys(record: Record<string, unknown>, known: ReadonlySet<string>, location: InputLocation, path: string): void {
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      throw shapeError(location, path === '' ? key : `${path}.${key}`, `one of the fields ${[...known].join(', ')}`, key);
    }
  }
}

function optionalString(record: Record<string, unknown>, key: string, location: InputLocation, path: string): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw shapeError(location, `${path}.${key}`, 'a string', value);
  return value;
}

/** Reads the `stays` array of a JSON document (whole file or one batch line). */
export function staysFromJson(value: unknown, location: InputLocation, allowedTopLevel: ReadonlySet<string> = TOP_LEVEL_KEYS): StayInput[] {
  if (!isRecord(value)) throw shapeError(location, '(document)', 'a JSON object like {"stays": [...]}', value);
  refuseUnknownKeys(value, allowedTopLevel, location, '');
  const stays = value['stays'] ?? [];
  if (!Array.isArray(stays)) throw shapeError(location, 'stays', 'an array of stays', stays);
  return stays.map((stay: unknown, index): StayInput => {
    const path = `stays[${index}]`;
    if (!isRecord(stay)) throw shapeError(location, path, 'an object like {"entry": "2026-03-14", "exit": "2026-04-02"}', stay);
    refuseUnknownKeys(stay, STAY_KEYS, location, path);
    const entryText = stay['entry'];
    if (typeof entryText !== 'string') throw shapeError(location, `${path}.entry`, 'a date string', entryText);
    const exitText = stay['exit'];
    if (exitText !== undefined && exitText !== null && typeof exitText !== 'string') {
      throw shapeError(location, `${path}.exit`, 'a date string, or null for a stay still under way', exitText);
    }
    const entryLocation = { ...location, field: `${path}.entry` };
    const exitLocation = { ...location, field: `${path}.exit` };
    const entryCountry = optionalString(stay, 'entryCountry', location, path);
    const exitCountry = optionalString(stay, 'exitCountry', location, path);
    const entryPlace = optionalString(stay, 'entryPlace', location, path);
    const exitPlace = optionalString(stay, 'exitPlace', location, path);
    return {
      entry: parseDate(entryText, entryLocation),
      exit: typeof exitText === 'string' ? parseDate(exitText, exitLocation) : null,
      ...(entryCountry === undefined ? {} : { entryCountry }),
      ...(exitCountry === undefined ? {} : { exitCountry }),
      ...(entryPlace === undefined ? {} : { entryPlace }),
      ...(exitPlace === undefined ? {} : { exitPlace }),
      entryLocation,
      ...(typeof exitText === 'string' ? { exitLocation } : {}),
    };
  });
}

export function parseJsonFile(text: string, file: string): TravelInput {
  return { stays: staysFromJson(parseJsonText(text, file), { file }) };
}
