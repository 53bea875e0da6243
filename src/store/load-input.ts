import { statSync } from 'node:fs';
import { decodeText, readLimited } from '../io/read-limited.js';
import { chooseStampFile } from './travellers.js';
import type { Day } from '../core/day.js';
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
  /** `--traveller NAME`: read that person's own file instead of the own file. */
  readonly traveller?: string | undefined;
}

/** The history flags as one more input source; each flag is located by its name and position. */
export function travelInputFromFlags(flags: HistoryFlags, reference?: Day): TravelInput {
  const located = (name: string, i: number, text: string) => ({ field: `${name} #${i + 1} "${text}"` });
  return {
    stays: flags.stay.map((text, i) => parseStayFlag(text, i + 1, reference)),
    visas: flags.visa.map((text, i) => ({ visa: parseVisaText(text, located('--visa', i, text), reference), location: located('--visa', i, text) })),
    permits: flags.permit.map((text, i) => ({ ...parsePermitText(text, located('--permit', i, text), reference), location: located('--permit', i, text) })),
    mrz: [],
  };
}

/** Synchronous: node:fs/promises (with readline) would cost start-up (issue 12), for one look. */
function fileExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The history from a file (or stdin) and the history flags together. With neither, the
 * traveller's own log (`schengen log`) is read when it exists.
 */
/** The input, and the files (or "(stdin)") that were read but held nothing: the reader is warned. */
export interface LoadedTravelInput extends TravelInput {
  readonly emptySources: readonly string[];
}

function isEmptyInput(input: TravelInput): boolean {
  return input.stays.length === 0 && input.visas.length === 0 && input.permits.length === 0 && input.mrz.length === 0;
}

export async function loadTravelInput(file: string | undefined, flags: HistoryFlags, allowEmpty = false, reference?: Day): Promise<LoadedTravelInput> {
  const noFlags = flags.stay.length === 0 && flags.visa.length === 0 && flags.permit.length === 0;
  let source = file;
  if (source === undefined && flags.traveller !== undefined) {
    // A named traveller's file must exist: silently reading nobody's history would answer "90 left".
    source = chooseStampFile({ traveller: flags.traveller });
  } else if (source === undefined && noFlags) {
    const own = chooseStampFile({});
    if (fileExists(own)) source = own;
    else if (!allowEmpty) throw new UsageError('input.none', {});
  }
  const fromFile = source === undefined ? [] : [parseTravelText(await readTextFile(source), source === '-' ? '(stdin)' : source)];
  const emptySources = fromFile.length === 1 && isEmptyInput(fromFile[0]!) ? [source === '-' ? '(stdin)' : source!] : [];
  return { ...mergeTravelInputs([...fromFile, travelInputFromFlags(flags, reference)]), emptySources };
}
