import { CommanderError } from 'commander';
import { commandPathOf } from './command-path.js';
import { usageErrorFromCommander } from './commander-errors.js';
import { ExitCode, UserError } from '../errors.js';
import { formatUserError } from '../render/user-error.js';
export { formatUserError } from '../render/user-error.js';
import { loadCatalogue, type Catalogue } from '../messages/catalogue.js';
import { resolveLanguage } from './language.js';
import { splitArgumentError } from './split-arguments.js';

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
    write(`schengen: ${formatUserError(splitArgumentError(argv.slice(2)) ?? usageErrorFromCommander(error), catalogue)} (${commandPathOf(error)} --help)`);
    return ExitCode.usage;
  }
  const catalogue = await errorCatalogue(argv, env, configLanguage);
  if (error instanceof UserError) {
    // A value typed as several arguments caused the failure: say that, not what the pieces did.
    const shown = splitArgumentError(argv.slice(2)) ?? error;
    write(`schengen: ${formatUserError(shown, catalogue)}`);
    return shown.exitCode;
  }
  const debug = argv.includes('--debug');
  const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  const [first = '', ...more] = detail.split('\n');
  write(`schengen: ${catalogue.frame.internal(first)}`);
  for (const line of debug ? more : [catalogue.frame.reportBug]) write(line);
  return ExitCode.internal;
}
