import type { Command } from 'commander';
import { renderCompletion, type CompletionCommand, type Shell } from '../render/completion.js';
import { writeStdout } from '../io/output.js';

/** commander's command tree as plain data for the completion scripts (hidden commands left out). */
export function completionTree(command: Command): CompletionCommand {
  const help = command.createHelp();
  return {
    name: command.name(),
    description: command.description(),
    takesFile: command.registeredArguments.some((argument) => argument.name() === 'file'),
    options: help.visibleOptions(command).map((option) => ({
      flags: [option.short, option.long].filter((flag): flag is string => flag !== undefined),
      description: option.description,
      takesValue: option.required || option.optional,
      choices: option.argChoices ?? [],
    })),
    commands: help
      .visibleCommands(command)
      .filter((child) => child.name() !== 'help')
      .map(completionTree),
  };
}

export function runCompletionCommand(shell: Shell, program: Command): number {
  writeStdout(renderCompletion(shell, completionTree(program)));
  return 0;
}
