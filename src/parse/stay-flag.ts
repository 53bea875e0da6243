import type { Day } from '../core/day.js';
import { UsageError, type InputLocation } from '../errors.js';
import { parseDate } from './dates.js';
import type { StayInput } from './travel-input.js';

/** `FROM..TO` or `FROM..` (still inside) as given to `--stay`. */
export function parseStayFlag(text: string, position: number, reference?: Day): StayInput {
  const location: InputLocation = { field: `--stay #${position} "${text}"` };
  const parts = text.split('..');
  if (parts.length !== 2 || parts[0]!.trim() === '') {
    throw new UsageError('stay.flagForm', { text }, location);
  }
  const entry = parseDate(parts[0]!, { ...location, field: `--stay #${position} FROM` }, reference);
  const exitText = parts[1]!.trim();
  const exit: Day | null = exitText === '' ? null : parseDate(exitText, { ...location, field: `--stay #${position} TO` }, reference);
  return {
    entry,
    exit,
    entryLocation: { ...location, field: `--stay #${position} FROM` },
    ...(exit === null ? {} : { exitLocation: { ...location, field: `--stay #${position} TO` } }),
  };
}
