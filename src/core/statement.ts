import { countingHistoryOf, type Itinerary, type Judgement, type LimitName } from './authorisation.js';
import type { Day, DayRange } from './day.js';
import { hasDay } from './day-set.js';
import { daysUsedOn } from './rolling-window.js';

/**
 * A statement of stays (`schengen statement`): every stay that has a day in a span, each day of
 * presence in the span with the days used in the window ending on it. Read from the judgement:
 * nothing here judges a day.
 */
export interface StatementDay {
  readonly day: Day;
  /** The day counts (not under a permit, not in a state that does not count). */
  readonly counted: boolean;
  /** Days used in the window ending on this day (the itinerary's rolling rule). */
  readonly daysUsed: number;
  readonly unauthorised: boolean;
}

export interface StatementStay {
  /** Index in `Itinerary.stays`. */
  readonly stayIndex: number;
  readonly entry: Day;
  readonly exit: Day;
  readonly country: string | null;
  /** Entered after the reference day: booked, not travelled yet. */
  readonly booked: boolean;
  readonly days: number;
  readonly countedDays: number;
  readonly firstUnauthorisedDay: Day | null;
  readonly brokenLimit: LimitName | null;
  /** Its days of presence inside the span. */
  readonly presence: readonly StatementDay[];
}

export interface Statement {
  readonly range: DayRange;
  readonly on: Day;
  readonly stays: readonly StatementStay[];
  /** Unauthorised days of presence inside the span. */
  readonly unauthorisedDays: readonly Day[];
}

export function computeStatement(itinerary: Itinerary, judgement: Judgement, range: DayRange, on: Day): Statement {
  const counting = countingHistoryOf(judgement);
  const stays: StatementStay[] = [];
  const unauthorised = new Set<Day>();
  for (const judged of judgement.stays) {
    if (judged.exit < range.first || judged.entry > range.last) continue;
    const presence: StatementDay[] = [];
    for (let day = Math.max(judged.entry, range.first); day <= Math.min(judged.exit, range.last); day += 1) {
      const broken = hasDay(judged.unauthorisedDays, day);
      if (broken) unauthorised.add(day);
      presence.push({ day, counted: hasDay(judged.schengenDays, day), daysUsed: daysUsedOn(counting, itinerary.rule, day), unauthorised: broken });
    }
    const first = judged.unauthorised[0];
    stays.push({
      stayIndex: judged.index,
      entry: judged.entry,
      exit: judged.exit,
      country: judged.country,
      booked: judged.entry > on,
      days: judged.exit - judged.entry + 1,
      countedDays: judged.schengenDays.size,
      firstUnauthorisedDay: first?.first ?? null,
      brokenLimit: first?.limit ?? null,
      presence,
    });
  }
  return { range, on, stays, unauthorisedDays: [...unauthorised].sort((a, b) => a - b) };
}
