import { QUESTIONS } from '../app/questions.js';
import { isoDate } from '../core/iso-date.js';
import type { Day } from '../core/day.js';
import { UsageError } from '../errors.js';
import { parseDate } from '../parse/dates.js';

/**
 * A command line that failed because one value was typed as several arguments (issue 24): a date
 * with spaces left unquoted (`log entry 1 Sep 2026 ES`, `--on 14 MAR 2026`), or a stay given as
 * two dates (`--stay 2026-01-01 2026-02-01`). The shell hands such a value over in pieces, and the
 * error the pieces cause ("1" is not a date, too many arguments, no file "2026-02-01") does not say
 * what to type instead. reportError asks this only once the command line has failed, so that a
 * command line that works is never second-guessed.
 */

/** The options whose value is one date (or a list of dates), from the questions' parameters. */
const DATE_OPTIONS: ReadonlySet<string> = new Set(
  Object.values(QUESTIONS).flatMap((question) =>
    question.parameters.filter((parameter) => parameter.type === 'date' || parameter.type === 'dates').map((parameter) => `--${kebab(parameter.name)}`),
  ),
);
/** The options whose value is one period, FROM..TO. */
const RANGE_OPTIONS: Readonly<Record<string, 'stay' | 'permit'>> = { '--stay': 'stay', '--permit': 'permit' };
/** A date written in words has at most four: "Thu 1 Sep 2026", "1er février 2026", "March 14, 2026". */
const MOST_WORDS = 4;

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function dateOrNull(text: string): Day | null {
  try {
    return parseDate(text);
  } catch {
    return null;
  }
}

/** Where a value starts: after `--opt` (the next argument) or inside `--opt=value`. */
interface Value {
  readonly option: string;
  readonly first: string;
  /** The arguments after the value's first piece. */
  readonly rest: readonly string[];
}

function valuesOf(args: readonly string[]): Value[] {
  const values: Value[] = [];
  args.forEach((arg, index) => {
    const equals = arg.indexOf('=');
    if (arg.startsWith('--') && equals > 0) {
      values.push({ option: arg.slice(0, equals), first: arg.slice(equals + 1), rest: args.slice(index + 1) });
    } else if (arg.startsWith('--') && index + 1 < args.length) {
      values.push({ option: arg, first: args[index + 1]!, rest: args.slice(index + 2) });
    }
  });
  // `log entry DATE …`, `log exit DATE …`: the date is the argument after the subcommand.
  const log = args.indexOf('log');
  const kind = log < 0 ? -1 : args.findIndex((arg, index) => index > log && (arg === 'entry' || arg === 'exit'));
  if (kind >= 0 && kind + 1 < args.length) values.push({ option: 'DATE', first: args[kind + 1]!, rest: args.slice(kind + 2) });
  return values;
}

/** The leading arguments of `rest` that are no option. */
function wordsAfter(rest: readonly string[], most: number): string[] {
  const words: string[] = [];
  for (const arg of rest.slice(0, most)) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  return words;
}

/** The first value of the command line that was split over several arguments, as the error to show. */
export function splitArgumentError(args: readonly string[]): UsageError | undefined {
  for (const value of valuesOf(args)) {
    const kind = RANGE_OPTIONS[value.option];
    if (kind !== undefined) {
      const next = wordsAfter(value.rest, 1)[0];
      if (!value.first.includes('..') && dateOrNull(value.first) !== null && next !== undefined && dateOrNull(next) !== null) {
        return new UsageError('usage.rangeSplit', { option: value.option, kind, from: value.first, to: next }, { field: value.option });
      }
      continue;
    }
    if (value.option !== 'DATE' && !DATE_OPTIONS.has(value.option)) continue;
    if (dateOrNull(value.first) !== null) continue;
    const words = wordsAfter(value.rest, MOST_WORDS - 1);
    for (let count = words.length; count >= 1; count -= 1) {
      const text = [value.first, ...words.slice(0, count)].join(' ');
      const day = dateOrNull(text);
      if (day !== null) return new UsageError('usage.dateSplit', { text, words: count + 1, iso: isoDate(day) }, { field: value.option });
    }
  }
  return undefined;
}
