import { readFile } from 'node:fs/promises';
import { FileError, UsageError } from '../errors.js';
import { parseJsonFile } from '../parse/json-input.js';
import { parseStampFile } from '../parse/stamp-file.js';
import { parseStayFlag } from '../parse/stay-flag.js';
import { mergeTravelInputs, type TravelInput } from '../parse/travel-input.js';

export async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function readTextFile(file: string): Promise<string> {
  if (file === '-') return readStandardInput();
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : code;
    throw new FileError({
      code: 'file.unreadable',
      message: `cannot read the file (${why}); expected a readable stamp or JSON file`,
      params: { why },
      location: { file },
    });
  }
}

/** JSON when the name says so or the text starts with "{"; a stamp file otherwise. */
export function parseTravelText(text: string, file: string): TravelInput {
  const looksLikeJson = file.toLowerCase().endsWith('.json') || text.trimStart().startsWith('{');
  return looksLikeJson ? parseJsonFile(text, file) : parseStampFile(text, file);
}

/** The history from a file (or stdin) and `--stay` flags together. */
export async function loadTravelInput(file: string | undefined, stayFlags: readonly string[]): Promise<TravelInput> {
  if (file === undefined && stayFlags.length === 0) {
    throw new UsageError({
      code: 'input.none',
      message: 'no travel history given; expected a stamp file, "-" to read standard input, or --stay FROM..TO',
    });
  }
  const fromFile = file === undefined ? [] : [parseTravelText(await readTextFile(file), file === '-' ? '(stdin)' : file)];
  const fromFlags = { stays: stayFlags.map((flag, i) => parseStayFlag(flag, i + 1)) };
  return mergeTravelInputs([...fromFile, fromFlags]);
}
