import type { CommanderError } from 'commander';

/**
 * What the entry point needs about commander's errors before anything else loads (no imports:
 * start-up): the reason our option parsers give, and the command each error belongs to.
 */

/** The reason our option parsers give commander, recognised by commander-errors.ts so that it can be translated. */
export const WHOLE_NUMBER_REASON = 'expected a whole number of days, 1 or more';

/** The reason a bounded number option gives for a value outside [min, max], recognised the same way. */
export function numberRangeReason(min: number, max: number): string {
  return `expected a whole number from ${min} to ${max}`;
}

/** The full name of the command whose usage was wrong ("schengen log entry"), set where commander stops. */
const commandPaths = new WeakMap<CommanderError, string>();

export function rememberCommandPath(error: CommanderError, path: string): void {
  commandPaths.set(error, path);
}

/** "schengen plan": the help to point to for this error ("schengen" when not known). */
export function commandPathOf(error: CommanderError): string {
  return commandPaths.get(error) ?? 'schengen';
}
