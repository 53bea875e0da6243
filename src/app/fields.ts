import { at, InputError, UsageError, type InputLocation } from '../errors.js';
import { QUESTIONS, type QuestionName } from './questions.js';

/**
 * "Ask only what you need" (issue 21): `fields` names the fields of an answer a caller wants. The
 * answer then holds only those, after `schemaVersion`, `command` and `verdict` (always there: what
 * a script reads first), and the question computes only what they need (src/app/queries.ts).
 */
export type AnswerFields = ReadonlySet<string>;

/** The fields every answer keeps, whatever `fields` says. */
const ALWAYS = ['schemaVersion', 'command', 'verdict'] as const;

/**
 * `fields` as a record, an HTTP body or a library option gives it (a list, or one comma-separated
 * text), or as `--fields` does (text): checked against the question's answer. Undefined when not
 * given. A flag's mistake (`field` starting with "--") is a usage error, a record's an input error.
 */
export function parseAnswerFields(question: QuestionName, value: unknown, location: InputLocation, field = 'fields'): AnswerFields | undefined {
  if (value === undefined || value === null) return undefined;
  const names = typeof value === 'string' ? value.split(',') : Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : null;
  if (names === null) {
    const shown = JSON.stringify(value) ?? String(value);
    throw new InputError('json.shape', { expected: 'string', got: shown.length > 60 ? `${shown.slice(0, 57)}...` : shown }, at(location, field));
  }
  const known = QUESTIONS[question].answerFields;
  if (known === undefined) throw new (field.startsWith('--') ? UsageError : InputError)('fields.notTaken', { question }, at(location, field));
  const chosen = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (name === '') continue;
    if (ALWAYS.includes(name as (typeof ALWAYS)[number])) continue;
    if (!known.includes(name)) {
      const Refusal = field.startsWith('--') ? UsageError : InputError;
      throw new Refusal('fields.unknown', { name, known: known.join(', ') }, at(location, field));
    }
    chosen.add(name);
  }
  return chosen;
}

/** Whether the answer shows `name`: every field when none were asked for. */
export function wants(fields: AnswerFields | undefined, name: string): boolean {
  return fields === undefined || fields.has(name);
}

/**
 * The answer with only the fields asked for (in the answer's own order), after those it always
 * keeps. `dto` may have left out what was not asked for: only the keys it has are copied.
 */
export function selectFields<T extends object>(dto: T, fields: AnswerFields | undefined): T {
  if (fields === undefined) return dto;
  const source = dto as Record<string, unknown>;
  const chosen: Record<string, unknown> = {};
  for (const key of Object.keys(source)) if (ALWAYS.includes(key as (typeof ALWAYS)[number]) || fields.has(key)) chosen[key] = source[key];
  return chosen as T;
}
