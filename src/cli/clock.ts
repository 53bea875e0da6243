import { DateTime, IANAZone } from 'luxon';
import { dayFromCivil, type Day } from '../core/day.js';
import { UsageError } from '../errors.js';
import { parseDate } from '../parse/dates.js';

/**
 * The one place that reads the clock: "today" is `--on` when given, else the current date in
 * `--tz` (or the system zone). Everything downstream receives it as a plain day number.
 */
export function resolveToday(options: { on?: string; tz?: string }): Day {
  if (options.tz !== undefined && !IANAZone.isValidZone(options.tz)) {
    throw new UsageError('tz.invalid', { zone: options.tz }, { field: '--tz' });
  }
  if (options.on !== undefined) return parseDate(options.on, { field: '--on' });
  const now = options.tz === undefined ? DateTime.local() : DateTime.now().setZone(options.tz);
  return dayFromCivil(now.year, now.month, now.day);
}
