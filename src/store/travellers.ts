import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { defaultStampFile } from './default-file.js';

/**
 * A name a person would give (letters of any script with their accents and vowel signs, digits,
 * space, -, _, '), never a path. Marks (\p{M}) may follow a letter: "प्रिया" has vowel signs, and the
 * lower case of "İpek" is "i" with a combining dot above.
 */
const TRAVELLER_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} _'-]*$/u;
/** At most this many characters (code points) as typed: lower case may add a mark ("İ" → "i̇"). */
const MAX_NAME_LENGTH = 64;
/** Names Windows refuses as file names, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** The folder of the travellers' files: `travellers/` beside the own stamp file. */
export function travellersDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(dirname(defaultStampFile(env)), 'travellers');
}

/**
 * The file name a traveller's name gives: lower case (so that "Anna" and "anna" are one person on
 * every file system) in NFC, the one normal form (so that "Zoë" typed composed or decomposed is one
 * person, and the listing finds the name it wrote); refused when it could be anything but one plain
 * file in the travellers folder.
 */
export function travellerFileName(name: string): string {
  const normalised = name.normalize('NFC').trim();
  if (!TRAVELLER_NAME.test(normalised) || [...normalised].length > MAX_NAME_LENGTH || RESERVED.test(normalised)) {
    throw new UsageError('log.travellerName', { name }, { field: '--traveller' });
  }
  return `${normalised.toLowerCase().normalize('NFC')}.txt`;
}

export function travellerFile(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(travellersDirectory(env), travellerFileName(name));
}

/** The stamp file a command keeps or reads: `--file`, else the traveller's, else the own file. */
export function chooseStampFile(options: { file?: string | undefined; traveller?: string | undefined }, env: NodeJS.ProcessEnv = process.env): string {
  if (options.file !== undefined) return options.file;
  return options.traveller === undefined ? defaultStampFile(env) : travellerFile(options.traveller, env);
}

export interface TravellerFile {
  /** null for the own file. */
  readonly name: string | null;
  readonly file: string;
}

/**
 * The own file (always listed first) and every traveller's file, by name: each file of the
 * travellers folder whose name (in NFC: a file system may give it back decomposed) is one a
 * traveller's name gives, whatever its length once lower-cased; read at the name it has on disk.
 */
export async function listTravellerFiles(env: NodeJS.ProcessEnv = process.env): Promise<TravellerFile[]> {
  const directory = travellersDirectory(env);
  let entries: string[] = [];
  try {
    entries = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const travellers = entries
    .filter((entry) => entry.endsWith('.txt'))
    .map((entry) => ({ name: entry.slice(0, -'.txt'.length).normalize('NFC'), file: join(directory, entry) }))
    .filter(({ name }) => TRAVELLER_NAME.test(name) && !RESERVED.test(name))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [{ name: null, file: defaultStampFile(env) }, ...travellers];
}
