import { dayFromCivil, type Day } from '../core/day.js';
import { UsageError } from '../errors.js';
import { parseDate } from '../parse/dates.js';

/**
 * The one place that reads the clock: "today" is `--on` when given, else the current date in
 * `--tz` (or the system zone). Everything downstream receives it as a plain day number. luxon is
 * loaded only for --tz: start-up matters, and the system zone needs no library.
 */
export async function resolveToday(options: { on?: string | undefined; tz?: string | undefined }): Promise<Day> {
  if (options.tz !== undefined) {
    const { DateTime, IANAZone } = await import('luxon');
    if (!IANAZone.isValidZone(options.tz)) throw new UsageError('tz.invalid', { zone: options.tz }, { field: '--tz' });
    const now = DateTime.now().setZone(options.tz);
    return onOrClock(options.on, dayFromCivil(now.year, now.month, now.day));
  }
  const now = new Date();
  return onOrClock(options.on, dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

/** `--on` when given (relative forms such as "yesterday" count from the clock's day), else the clock's day. */
function onOrClock(on: string | undefined, clockDay: Day): Day {
  return on === undefined ? clockDay : parseDate(on, { field: '--on' }, clockDay);
}
