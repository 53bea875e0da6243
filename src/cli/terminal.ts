import { fstatSync, statSync } from 'node:fs';
import { outputRedirected } from '../io/output.js';

/**
 * What the terminal allows: colour and width. Pure functions of the flags, the environment and
 * the facts about stdout, so that every rule can be tested without a terminal.
 */

export type ColorLevel = 0 | 1 | 2 | 3;

export interface StdoutFacts {
  readonly isTTY: boolean;
  /** Columns of the terminal, when stdout is one. */
  readonly columns: number | undefined;
  /** Colour depth in bits as Node reports it for a terminal (1, 4, 8 or 24). */
  readonly colorDepth: number;
}

/** The width every table and the calendar are laid out for when nothing narrower is known. */
export const STANDARD_WIDTH = 80;
/** Below this, a two-column table cannot say anything readable; narrower terminals wrap it. */
export const MINIMUM_WIDTH = 40;

function levelFromDepth(depth: number): ColorLevel {
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

/** FORCE_COLOR as chalk and Node read it: "0"/"false" off, "1"/"true"/"" basic, "2" 256, "3" true colour. */
function forcedLevel(value: string | undefined): ColorLevel | undefined {
  if (value === undefined) return undefined;
  if (value === '0' || value.toLowerCase() === 'false') return 0;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 1;
}

/**
 * Colour, in order of precedence: --color / --no-color, FORCE_COLOR, NO_COLOR, TERM=dumb, then
 * whether stdout is a terminal and how many colours it has.
 */
export function resolveColorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, stdout: StdoutFacts): ColorLevel {
  const terminalLevel = stdout.isTTY ? Math.max(1, levelFromDepth(stdout.colorDepth)) as ColorLevel : 1;
  if (flag === false) return 0;
  if (flag === true) return terminalLevel;
  const forced = forcedLevel(env['FORCE_COLOR']);
  if (forced !== undefined) return forced;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  if (env['TERM'] === 'dumb') return 0;
  return stdout.isTTY ? levelFromDepth(stdout.colorDepth) : 0;
}

/** The width to lay out for: the terminal's when it is narrower than 80 columns, else 80. */
export function resolveWidth(stdout: StdoutFacts): number {
  if (!stdout.isTTY || stdout.columns === undefined || stdout.columns <= 0) return STANDARD_WIDTH;
  return Math.max(MINIMUM_WIDTH, Math.min(STANDARD_WIDTH, stdout.columns));
}

/**
 * The facts about this process's stdout. Reading `process.stdout.isTTY` creates process.stdout, and
 * with it Node's whole stream stack (some 30 modules, and a socket for a pipe), at every start of a
 * table or a calendar written to a file or a pipe (issue 21); `tty.isatty` is no cheaper (node:tty
 * loads the same stack). So descriptor 1 is looked at first: only a character device other than
 * /dev/null can be a terminal, and only then is process.stdout asked.
 */
export function processStdoutFacts(): StdoutFacts {
  if (outputRedirected() || !mayBeTerminal(1)) return { isTTY: false, columns: undefined, colorDepth: 1 };
  const isTTY = process.stdout.isTTY === true;
  return { isTTY, columns: isTTY ? process.stdout.columns : undefined, colorDepth: isTTY ? process.stdout.getColorDepth() : 1 };
}

/**
 * False when the descriptor is surely no terminal (a pipe, a file, a socket, /dev/null); true when it
 * may be, or cannot be looked at. /dev/null is a character device too: output thrown away (`> /dev/null`,
 * a script that wants the exit code) is known by its device number, without process.stdout.
 */
function mayBeTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isCharacterDevice() && !isDevNull(stat.rdev);
  } catch {
    return true;
  }
}

function isDevNull(rdev: number): boolean {
  try {
    const devNull = statSync('/dev/null');
    return devNull.isCharacterDevice() && devNull.rdev === rdev;
  } catch {
    return false;
  }
}
