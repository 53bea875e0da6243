import type { Day } from '../core/day.js';
import { at, UsageError, type InputLocation } from '../errors.js';
import { parseDate } from '../parse/dates.js';
import { parseCountryCode } from '../parse/visa-text.js';
import type { PlanParams } from './queries.js';

/**
 * --enter with --exit or --days, as the plan's days; shared with batch, whose records carry the
 * same fields (`prefix` is "--" for flags, "" for record fields, so errors name what the user wrote).
 */
export function planParams(
  options: { enter: string; exit?: string | undefined; days?: number | undefined; country?: string | undefined },
  location: InputLocation = {},
  prefix = '--',
  reference?: Day,
): PlanParams {
  const entry = parseDate(options.enter, at(location, `${prefix}enter`), reference);
  let exit: Day | null = null;
  if (options.exit !== undefined) {
    exit = parseDate(options.exit, at(location, `${prefix}exit`), reference);
    if (exit < entry) throw new UsageError('plan.exitBeforeEntry', { exit: options.exit, entry: options.enter }, at(location, `${prefix}exit`));
  } else if (options.days !== undefined) {
    exit = entry + options.days - 1;
  }
  const country = options.country === undefined ? undefined : parseCountryCode(options.country, location, `${prefix}country`);
  return country === undefined ? { entry, exit } : { entry, exit, country };
}

