import type { Day } from '../core/day.js';
import type { DaySet } from '../core/day-set.js';
import type { CountingHistory } from '../core/rolling-window.js';
import { buildCountingHistory, closeOpenStays, findStayProblems, presenceOf, type ClosedStay } from '../core/stays.js';
import { InputError, type InputLocation } from '../errors.js';
import type { TravelInput } from './travel-input.js';

/** Stamps more than this many days after "today" are refused as typing errors. */
export const FAR_FUTURE_DAYS = 2 * 366;

export interface AssembledHistory {
  readonly stays: readonly ClosedStay[];
  /** Days physically inside (for "in Schengen today?"). */
  readonly presence: DaySet;
  /** Days that count towards the rule. */
  readonly counting: CountingHistory;
  /** Entry day of a stay still under way, taken to last until `today`. */
  readonly openStayEntry: Day | null;
}

function describe(location: InputLocation | undefined): string {
  if (location === undefined) return 'another stay';
  if (location.line !== undefined) return `the stay from line ${location.line}`;
  return location.field === undefined ? 'another stay' : `the stay of ${location.field}`;
}

/** Checks the stays against each other and against "today", then builds what the core needs. */
export function assembleHistory(input: TravelInput, today: Day): AssembledHistory {
  for (const stay of input.stays) {
    for (const [day, location] of [
      [stay.entry, stay.entryLocation],
      [stay.exit, stay.exitLocation],
    ] as const) {
      if (day !== null && day > today + FAR_FUTURE_DAYS) {
        throw new InputError({
          code: 'stay.farFuture',
          message: `this date is more than two years after the reference day; expected a date of a past or planned stay`,
          location: location ?? stay.entryLocation,
        });
      }
    }
  }
  const [problem] = findStayProblems(input.stays);
  if (problem !== undefined) {
    const stay = input.stays[problem.index]!;
    switch (problem.kind) {
      case 'exitBeforeEntry':
        throw new InputError({
          code: 'stay.exitBeforeEntry',
          message: 'the exit is before the entry; expected an exit on or after the entry day',
          location: stay.exitLocation ?? stay.entryLocation,
        });
      case 'overlap':
        throw new InputError({
          code: 'stay.overlap',
          message: `this stay overlaps ${describe(input.stays[problem.otherIndex]?.entryLocation)}; expected stays that do not overlap (an exit and a re-entry may share one day)`,
          location: stay.entryLocation,
        });
      case 'openStayNotLast':
        throw new InputError({
          code: 'stay.openNotLast',
          message: `this stay has no exit but ${describe(input.stays[problem.otherIndex]?.entryLocation)} starts later; expected only the last stay to be still under way`,
          location: stay.entryLocation,
        });
    }
  }
  const open = input.stays.find((stay) => stay.exit === null);
  if (open !== undefined && open.entry > today) {
    throw new InputError({
      code: 'stay.openInFuture',
      message: 'this stay is still under way but starts after the reference day; expected its entry on or before --on, or an exit date',
      location: open.entryLocation,
    });
  }
  const stays = closeOpenStays(input.stays, today);
  return {
    stays,
    presence: presenceOf(stays),
    counting: buildCountingHistory(stays),
    openStayEntry: open?.entry ?? null,
  };
}
