import type { Day } from '../core/day.js';
import { isoDate } from '../core/iso-date.js';
import { findApplicationProblem, type ApplicationRequest } from '../core/visa-application.js';
import { UsageError, type InputLocation } from '../errors.js';
import { parseDate } from './dates.js';

/** The flags of `schengen apply` (and of `schengen ics --travel`), as typed on the command line. */
export interface ApplicationFlags {
  travel: string;
  facilitated?: boolean | undefined;
  seafarer?: boolean | undefined;
  lodged?: string | undefined;
  extended?: boolean | undefined;
}

/**
 * The flags as a request the core can answer. A date that cannot be read is an input error
 * (exit 3); dates that contradict each other or the reference day are usage errors (exit 2),
 * like `plan --exit` before `--enter`.
 */
export function parseApplicationFlags(flags: ApplicationFlags, today: Day, location: InputLocation = {}, prefix = '--'): ApplicationRequest {
  const at = (name: string): InputLocation => ({ file: location.file, line: location.line, field: `${prefix}${name}` });
  const request: ApplicationRequest = {
    travel: parseDate(flags.travel, at('travel')),
    seafarer: flags.seafarer === true,
    facilitated: flags.facilitated === true,
    lodged: flags.lodged === undefined ? null : parseDate(flags.lodged, at('lodged')),
    extended: flags.extended === true,
  };
  const problem = findApplicationProblem(request, today);
  if (problem === null) return request;
  switch (problem.kind) {
    case 'travelInPast':
      throw new UsageError('apply.travelInPast', { travel: isoDate(problem.travel), today: isoDate(problem.today) }, at('travel'));
    case 'extendedWithoutLodged':
      throw new UsageError('apply.extendedWithoutLodged', {}, at('extended'));
    case 'lodgedAfterTravel':
      throw new UsageError('apply.lodgedAfterTravel', { lodged: isoDate(problem.lodged), travel: isoDate(problem.travel) }, at('lodged'));
    case 'lodgedBeforeEarliest':
      throw new UsageError('apply.lodgedTooEarly', { lodged: isoDate(problem.lodged), earliest: isoDate(problem.earliest), months: problem.monthsBefore }, at('lodged'));
  }
}
