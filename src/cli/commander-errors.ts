import type { CommanderError } from 'commander';
import { UsageError } from '../errors.js';
import { WHOLE_NUMBER_REASON } from './command-path.js';

/** The option's name without its argument placeholder: "--arrival <date>" → "--arrival". */
function optionName(flags: string): string {
  const long = flags.split(/[ ,|]+/).find((part) => part.startsWith('--'));
  return long ?? flags.split(/[ ,|]+/)[0] ?? flags;
}

/**
 * Commander's own usage errors as our typed errors, so that they are worded in the reader's
 * language. A message commander may add in a later version falls back to its English text.
 */
export function usageErrorFromCommander(error: CommanderError): UsageError {
  const text = error.message.replace(/^error: /, '');
  const [first, suggestionLine] = text.split('\n');
  const line = first ?? '';
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(suggestionLine ?? '')?.[1];
  const quoted = [...line.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  switch (error.code) {
    case 'commander.unknownOption':
      return new UsageError('usage.unknownOption', { option: quoted[0] ?? line, suggestion: suggestion ?? '' });
    case 'commander.unknownCommand':
      return new UsageError('usage.unknownCommand', { command: quoted[0] ?? line, suggestion: suggestion ?? '' });
    case 'commander.missingArgument':
      return new UsageError('usage.missingArgument', { argument: (quoted[0] ?? line).toUpperCase() });
    case 'commander.optionMissingArgument':
      return new UsageError('usage.optionMissingArgument', { option: quoted[0] ?? line });
    case 'commander.missingMandatoryOptionValue':
      return new UsageError('usage.missingMandatoryOption', { option: quoted[0] ?? line });
    case 'commander.conflictingOption':
      return new UsageError('usage.conflictingOption', { option: optionName(quoted[0] ?? ''), other: optionName(quoted[1] ?? '') });
    case 'commander.excessArguments':
      return new UsageError('usage.excessArguments', { got: Number(/but got (\d+)/.exec(line)?.[1] ?? 0), expected: Number(/Expected (\d+)/.exec(line)?.[1] ?? 0) });
    case 'commander.invalidArgument': {
      const option = optionName(quoted[0] ?? '');
      const value = quoted[1] ?? '';
      const choices = /Allowed choices are (.+)\.$/.exec(line)?.[1];
      if (choices !== undefined) return new UsageError('usage.invalidChoice', { option, value, choices });
      if (line.endsWith(WHOLE_NUMBER_REASON)) return new UsageError('usage.wholeNumber', { option, value });
      const range = /expected a whole number from (\d+) to (\d+)$/.exec(line);
      if (range !== null) return new UsageError('number.range', { text: value.slice(0, 40), min: Number(range[1]), max: Number(range[2]) }, { field: option });
      break;
    }
  }
  return new UsageError('usage.commander', { detail: text.replace(/\n/g, ' ') });
}
