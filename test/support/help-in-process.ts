import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/main.js';
import { prepareGlobalOptions, wireGlobalOptions } from '../../src/cli/global-options.js';

/**
 * `schengen <command> --help [--lang <lang>]` in this process (issue 24): the program start.ts runs,
 * built anew (the help of a language is written into the program that shows it), wired with the
 * global options as start.ts wires it, and its help written as commander writes it for --help
 * (outputHelp: the help text, then the examples added after it), on a pipe: 80 columns, no colour.
 * test/e2e/daily-use.test.ts checks once that the binary prints the same text.
 */
export async function helpInProcess(command: string, lang?: string): Promise<string> {
  const words = command === '' ? [] : command.split(' ');
  const argv = ['node', 'schengen', ...words, '--help', ...(lang === undefined ? [] : ['--lang', lang])];
  // As run-cli.ts runs the binary: LANG=C, no settings file.
  const env = { LANG: 'C', XDG_CONFIG_HOME: '/nonexistent/schengen-tests' };
  const program = buildProgram();
  wireGlobalOptions(program, await prepareGlobalOptions(argv, env), argv);
  let text = '';
  for (const each of allCommands(program)) {
    each.configureOutput({ writeOut: (part) => (text += part), writeErr: (part) => (text += part), getOutHelpWidth: () => 80, getOutHasColors: () => false });
  }
  let shown: Command = program;
  for (const word of words) shown = shown.commands.find((sub) => sub.name() === word) ?? assertNever(command);
  shown.outputHelp();
  return text;
}

function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap((sub) => allCommands(sub))];
}

function assertNever(command: string): never {
  throw new Error(`no command "${command}"`);
}
