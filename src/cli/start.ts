import { guardOutput, writeErrorLine } from '../io/output.js';
import { prepareGlobalOptions, wireGlobalOptions } from './global-options.js';
import { buildProgram } from './main.js';

/**
 * The entry point (scripts/build-bundle.js bundles from here): the global options, then the
 * commander program of main.ts, and the one catch, where an error becomes a line on stderr and an
 * exit code.
 */
let configLanguage: string | undefined;

async function report(error: unknown): Promise<number> {
  const { reportError } = await import('./report-error.js');
  return reportError(error, process.argv, process.env, writeErrorLine, configLanguage);
}

guardOutput(async (error) => {
  const { unwritableFileError } = await import('../errors.js');
  return report(unwritableFileError(error, '(stdout)'));
});

// No top-level await: the single-file build (scripts/build-bundle.js) is a script, run with a code cache.
async function run(): Promise<void> {
  const globals = await prepareGlobalOptions(process.argv, process.env);
  configLanguage = globals.config.lang;
  // The command named, alone, unless help may be shown (buildProgram builds every command for a name it does not run alone).
  const program = buildProgram(globals.wantsHelp ? undefined : globals.words[0]);
  wireGlobalOptions(program, globals, process.argv);
  if (!globals.helpShown) await program.parseAsync(process.argv);
}

run().catch(async (error: unknown) => {
  process.exitCode = await report(error);
});
