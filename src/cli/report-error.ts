import { CommanderError } from 'commander';
import { commandPathOf } from './command-path.js';
import { usageErrorFromCommander } from './commander-errors.js';
import { ExitCode, UserError } from '../errors.js';
import { loadCatalogue, resolveLanguage, type Catalogue } from '../messages/catalogue.js';

/** The language of error messages: --lang if it is on the command line and valid, else the locale. */
async function errorCatalogue(argv: readonly string[], env: NodeJS.ProcessEnv, configLanguage?: string): Promise<Catalogue> {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const option = index < 0 ? configLanguage : argv[index]!.includes('=') ? argv[index]!.slice('--lang='.length) : argv[index + 1];
  try {
    return await loadCatalogue(resolveLanguage(option, env));
  } catch {
    return loadCatalogue('en');
  }
}

export function formatUserError(error: UserError, catalogue: Catalogue): string {
  const { file, line, field } = error.location;
  const place = file === undefined ? undefined : line === undefined ? file : `${file}:${line}`;
  const where = [place, field === undefined ? undefined : `${catalogue.frame.field} "${field}"`].filter((part) => part !== undefined).join(': ');
  const message = (catalogue.errors[error.code] as (params: unknown) => string)(error.params);
  return where === '' ? message : `${where}: ${message}`;
}

/**
 * The one place an error becomes a line on stderr (`write` takes one line, without its newline)
 * and an exit code: a user's mistake gets its message (in the reader's language) and its code;
 * anything else is a bug: a short line and exit 1, with the stack only under --debug.
 */
export async function reportError(
  error: unknown,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  write: (line: string) => void,
  configLanguage?: string,
): Promise<ExitCode> {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return ExitCode.ok; // --help, --version
    // Commander has already shown the help (a command that needs a subcommand): nothing to add.
    if (error.code === 'commander.help') return ExitCode.usage;
    const catalogue = await errorCatalogue(argv, env, configLanguage);
    write(`schengen: ${formatUserError(usageErrorFromCommander(error), catalogue)} (${commandPathOf(error)} --help)`);
    return ExitCode.usage;
  }
  const catalogue = await errorCatalogue(argv, env, configLanguage);
  if (error instanceof UserError) {
    write(`schengen: ${formatUserError(error, catalogue)}`);
    return error.exitCode;
  }
  const debug = argv.includes('--debug');
  const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  const [first = '', ...more] = detail.split('\n');
  write(`schengen: ${catalogue.frame.internal(first)}`);
  for (const line of debug ? more : [catalogue.frame.reportBug]) write(line);
  return ExitCode.internal;
}
