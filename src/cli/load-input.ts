import { stat } from 'node:fs/promises';
import { decodeText, readLimited } from '../io/read-limited.js';
import { defaultStampFile } from '../store/default-file.js';
import { UsageError } from '../errors.js';
import { parseJsonFile } from '../parse/json-input.js';
import { parseStampFile } from '../parse/stamp-file.js';
import { parseStayFlag } from '../parse/stay-flag.js';
import { mergeTravelInputs, type TravelInput } from '../parse/travel-input.js';
import { parsePermitText, parseVisaText } from '../parse/visa-text.js';

export async function readStandardInput(): Promise<string> {
  return decodeText(await readLimited(process.stdin, '(stdin)'));
}

/** A whole stamp or JSON file (or stdin for "-"), at most INPUT_LIMIT_MIB, without a byte-order mark. */
export async function readTextFile(file: string): Promise<string> {
  if (file === '-') return readStandardInput();
  return decodeText(await readLimited(file, file));
}

/** JSON when the name says so or the text starts with "{"; a stamp file otherwise. */
export function parseTravelText(text: string, file: string): TravelInput {
  const looksLikeJson = file.toLowerCase().endsWith('.json') || text.trimStart().startsWith('{');
  return looksLikeJson ? parseJsonFile(text, file) : parseStampFile(text, file);
}

export interface HistoryFlags {
  readonly stay: readonly string[];
  readonly visa: readonly string[];
  readonly permit: readonly string[];
}

/** The history flags as one more input source; each flag is located by its name and position. */
export function travelInputFromFlags(flags: HistoryFlags): TravelInput {
  const located = (name: string, i: number, text: string) => ({ field: `${name} #${i + 1} "${text}"` });
  return {
    stays: flags.stay.map((text, i) => parseStayFlag(text, i + 1)),
    visas: flags.visa.map((text, i) => ({ visa: parseVisaText(text, located('--visa', i, text)), location: located('--visa', i, text) })),
    permits: flags.permit.map((text, i) => ({ ...parsePermitText(text, located('--permit', i, text)), location: located('--permit', i, text) })),
    mrz: [],
  };
}

async function fileExists(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/**
 * The history from a file (or stdin) and the history flags together. With neither, the
 * traveller's own log (`schengen log`) is read when it exists.
 */
export async function loadTravelInput(file: string | undefined, flags: HistoryFlags, allowEmpty = false): Promise<TravelInput> {
  const noFlags = flags.stay.length === 0 && flags.visa.length === 0 && flags.permit.length === 0;
  let source = file;
  if (source === undefined && noFlags) {
    const own = defaultStampFile();
    if (await fileExists(own)) source = own;
    else if (!allowEmpty) throw new UsageError('input.none', {});
  }
  const fromFile = source === undefined ? [] : [parseTravelText(await readTextFile(source), source === '-' ? '(stdin)' : source)];
  return mergeTravelInputs([...fromFile, travelInputFromFlags(flags)]);
}
