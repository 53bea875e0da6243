import { isNoSuchFile, UsageError } from '../errors.js';
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

export async function parseConfig(text: string, path: string): Promise<Config> {
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split('\n').length;
    throw new UsageError('config.syntax', { reason: printParseErrorCode(first.error) }, { file: path, line });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError('config.value', { key: '(file)', expected: '{ "lang": "nl", "community": "vlg", "closed": ["2026-07-10"] }' }, { file: path });
  }
  const config: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (!(KEYS as readonly string[]).includes(key)) throw new UsageError('config.unknownKey', { key, known: KEYS.join(', ') }, { file: path, field: key });
    const ok =
      key === 'closed' ? Array.isArray(entry) && entry.every((item) => typeof item === 'string') : typeof entry === 'string' && (key !== 'numbering' || entry.includes('{n}'));
    const expected = key === 'closed' ? '["2026-07-10", ...]' : key === 'numbering' ? '"B3/{year}/{n}" ({n}: the number)' : 'text';
    if (!ok) throw new UsageError('config.value', { key, expected }, { file: path, field: key });
    config[key] = entry;
  }
  return config as Config;
}
