import { InputError, isNoSuchFile, UsageError, type InputLocation } from '../errors.js';
import { parseDate } from '../parse/dates.js';
import { MAX_JSON_DEPTH } from '../parse/json-structure.js';
import { decodeText, readLimited } from '../io/read-limited.js';
import { defaultConfigPath } from './config-path.js';

export { defaultConfigPath };

/**
 * A municipality's settings, read once per run: the options a clerk would otherwise type every
 * time. Flags on the command line win over them.
 */
export interface Config {
  readonly lang?: string;
  readonly community?: string;
  readonly closed?: readonly string[];
  readonly tz?: string;
  /** The municipality that issues annex 3: printed on the declaration and as its place of issue. */
  readonly municipality?: string;
  /** How annex 3 is numbered: {n} the number (--reference), {year} the year of issue, e.g. "B3/{year}/{n}". */
  readonly numbering?: string;
}

const KEYS = ['lang', 'community', 'closed', 'tz', 'municipality', 'numbering'] as const;

/**
 * The settings from `--config FILE` (which must exist) or from the default place (which may not:
 * then there are none). JSON with comments allowed, e.g.
 * `{ "lang": "nl", "community": "vlg", "closed": ["2026-07-10", "2026-12-24"], "tz": "Europe/Brussels",
 * "municipality": "Leuven", "numbering": "B3/{year}/{n}" }`.
 */
export async function loadConfig(explicit: string | undefined, env: NodeJS.ProcessEnv): Promise<Config> {
  const path = explicit ?? defaultConfigPath(env);
  let text: string;
  try {
    // Bounded like every input (`--config /dev/zero` is an error, not a gigabyte of memory).
    text = decodeText(await readLimited(path, path));
  } catch (error) {
    if (explicit === undefined && isNoSuchFile(error)) return {};
    throw error;
  }
  return parseConfig(text, path);
}

/** jsonc-parser's SyntaxKind, a const enum its types declare but its code does not export. */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, end: 17 } as const;

/**
 * The settings of a file's text. Refused as a usage error (exit 2) naming the file and the key:
 * JSON nesting deeper than any setting needs (checked before anything recurses into it), a key
 * given twice (JSON.parse would keep the last), `__proto__` or any other unknown key, a value of
 * the wrong type, and a closing day that is not a date (relative dates included: the file would
 * mean another day tomorrow, as a stamp file would).
 */
export async function parseConfig(text: string, path: string): Promise<Config> {
  const { createScanner, getNodeValue, parseTree, printParseErrorCode } = await import('jsonc-parser');
  // Depth first, with the scanner (no recursion): the parser recurses once per level.
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token: number = scanner.scan(); token !== TOKEN.end; token = scanner.scan()) {
    if (token === TOKEN.openBrace || token === TOKEN.openBracket) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) throw new UsageError('json.tooDeep', { limit: MAX_JSON_DEPTH }, { file: path });
    } else if (token === TOKEN.closeBrace || token === TOKEN.closeBracket) {
      depth -= 1;
    }
  }
  const errors: import('jsonc-parser').ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split('\n').length;
    throw new UsageError('config.syntax', { reason: printParseErrorCode(first.error) }, { file: path, line });
  }
  if (root === undefined || root.type !== 'object') {
    throw new UsageError('config.value', { key: '(file)', expected: '{ "lang": "nl", "community": "vlg", "closed": ["2026-07-10"] }' }, { file: path });
  }
  // From the tree, not from an object built of it: a key given twice and "__proto__" are seen as written.
  const config = new Map<string, unknown>();
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = keyNode?.value as string;
    if (!(KEYS as readonly string[]).includes(key)) throw new UsageError('config.unknownKey', { key, known: KEYS.join(', ') }, { file: path, field: key });
    if (config.has(key)) throw new UsageError('json.duplicateKey', { key }, { file: path, field: key });
    const entry: unknown = valueNode === undefined ? undefined : getNodeValue(valueNode);
    const ok =
      key === 'closed' ? Array.isArray(entry) && entry.every((item) => typeof item === 'string') : typeof entry === 'string' && (key !== 'numbering' || entry.includes('{n}'));
    const expected = key === 'closed' ? '["2026-07-10", ...]' : key === 'numbering' ? '"B3/{year}/{n}" ({n}: the number)' : 'text';
    if (!ok) throw new UsageError('config.value', { key, expected }, { file: path, field: key });
    if (key === 'closed') (entry as string[]).forEach((date, index) => checkClosingDay(date, { file: path, field: `closed[${index}]` }));
    config.set(key, entry);
  }
  return Object.fromEntries(config) as Config;
}

/** A closing day as a date of a file: absolute; a refusal keeps its reason (no such day, a relative date) and is a usage error. */
function checkClosingDay(text: string, location: InputLocation): void {
  try {
    parseDate(text, location);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.code, error.params, location);
    throw error;
  }
}
