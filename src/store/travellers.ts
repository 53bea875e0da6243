import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { defaultStampFile } from './default-file.js';

/** A name a person would give (letters of any script, digits, space, -, _, '), never a path. */
const TRAVELLER_NAME = /^[\p{L}\p{N}][\p{L}\p{N} _'-]{0,63}$/u;
/** Names Windows refuses as file names, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** The folder of the travellers' files: `travellers/` beside the own stamp file. */
export function travellersDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(dirname(defaultStampFile(env)), 'travellers');
}

/**
 * The file name a traveller's name gives: NFC, lower case (so that "Anna" and "anna" are one person on
 * every file system), refused when it could be anything but one plain file in the travellers folder.
 */
export function travellerFileName(name: string): string {
  const normalised = name.normalize('NFC').trim();
  if (!TRAVELLER_NAME.test(normalised) || RESERVED.test(normalised)) throw new UsageError('log.travellerName', { name }, { field: '--traveller' });
  return `${normalised.toLowerCase()}.txt`;
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

/** The own file (always listed first) and every traveller's file, by name. */
export async function listTravellerFiles(env: NodeJS.ProcessEnv = process.env): Promise<TravellerFile[]> {
  let names: string[] = [];
  try {
    names = (await readdir(travellersDirectory(env))).filter((entry) => entry.endsWith('.txt')).map((entry) => entry.slice(0, -'.txt'.length));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const travellers = names.filter((name) => TRAVELLER_NAME.test(name)).sort((a, b) => a.localeCompare(b));
  return [{ name: null, file: defaultStampFile(env) }, ...travellers.map((name) => ({ name, file: join(travellersDirectory(env), `${name}.txt`) }))];
}
