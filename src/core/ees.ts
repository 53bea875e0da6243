import type { Itinerary, Judgement } from './authorisation.js';
import { dayFromCivil, type Day, type DayRange } from './day.js';
import { daySetFromRanges, daySetRanges, EMPTY_DAY_SET, hasDay, intersectDays, singleRangeDaySet, subtractDays, type DaySet } from './day-set.js';
import { windowEndingOn, type WindowRule } from './rolling-window.js';

/**
 * The Entry/Exit System (EES, Reg. (EU) 2017/2226; rules.md §1.5) and our own count: when the days
 * left that the EES service showed differ from ours, the days of the window that can explain it.
 * Each is a candidate, never a finding about the EES record: we know only the traveller's log.
 */

/** EES recorded entries and exits at some crossing points from this day (progressive start of operations). */
export const EES_PROGRESSIVE_START: Day = dayFromCivil(2025, 10, 12);
/** EES in operation at every external border crossing point from this day; passports no longer stamped. */
export const EES_FULL_OPERATION: Day = dayFromCivil(2026, 4, 10);

/**
 * Why a day may be counted differently:
 * - `beforeEes`: a day we count before EES was in full operation: EES may not hold it (EES counts fewer);
 * - `referenceDay`: the reference day, a day of presence we count: a count of the days left from the
 *   next day leaves one more (EES counts fewer);
 * - `notInLog`: a day of the window with no stay in the log: EES may hold a trip the log lacks (EES counts more);
 * - `notCounted`: a day of a stay in a state whose days do not count (CY, IE, GB, before accession),
 *   e.g. a stamp's state recorded wrongly (EES counts more);
 * - `permit`: a day under a residence permit or long-stay visa: EES counts it unless the permit was
 *   shown at the border (EES counts more);
 * - `sameDayReentry`: a day of exit and re-entry, which we count once; two stays may each count it (EES counts more);
 * - `visa`: the sticker valid on the reference day: the EES calculator caps the days left by its
 *   entries and duration (EES Art. 11(3)), where ours is the 90/180 count (EES counts more).
 */
export type EesCandidateKind = 'beforeEes' | 'referenceDay' | 'notInLog' | 'notCounted' | 'permit' | 'sameDayReentry' | 'visa';

/** Which way a candidate moves the EES count against ours. */
export type EesDirection = 'eesCountsFewer' | 'eesCountsMore';

export interface EesCandidate {
  readonly kind: EesCandidateKind;
  readonly direction: EesDirection;
  readonly first: Day;
  readonly last: Day;
  /** Days of the range that belong to the candidate (all of them, but for `visa`: 0, a cap not a count of days). */
  readonly days: number;
  /** The state of the stay, for `notCounted`. */
  readonly country: string | null;
}

export interface EesReconciliation {
  readonly on: Day;
  readonly window: DayRange;
  readonly eesDaysLeft: number;
  readonly ourDaysLeft: number;
  /** ourDaysLeft − eesDaysLeft: positive when EES leaves fewer days (it counts more). */
  readonly difference: number;
  /** The candidates in the direction of the difference, in day order; none when the counts agree. */
  readonly candidates: readonly EesCandidate[];
}

function rangesOf(set: DaySet, kind: EesCandidateKind, direction: EesDirection, country: string | null = null): EesCandidate[] {
  return daySetRanges(set).map((range) => ({ kind, direction, first: range.first, last: range.last, days: range.last - range.first + 1, country }));
}

/**
 * The candidates for a difference on `on` between the days left EES showed (`eesDaysLeft`) and ours
 * (`ourDaysLeft`, the rolling rule's count), read from the itinerary as judged.
 */
export function reconcileWithEes(itinerary: Itinerary, judgement: Judgement, rule: WindowRule, on: Day, ourDaysLeft: number, eesDaysLeft: number): EesReconciliation {
  const window = windowEndingOn(rule, on);
  const difference = ourDaysLeft - eesDaysLeft;
  const inWindow = singleRangeDaySet(window.first, window.last);
  const candidates: EesCandidate[] = [];
  const presentRanges = itinerary.stays.filter((stay) => stay.entry <= window.last && stay.exit >= window.first).map((stay) => ({ first: stay.entry, last: stay.exit }));
  const present = intersectDays(daySetFromRanges(presentRanges), inWindow);
  const counted = intersectDays(judgement.counted, inWindow);
  if (difference < 0) {
    // EES leaves more days: it holds fewer than we count.
    const beforeEes = window.first < EES_FULL_OPERATION ? intersectDays(counted, singleRangeDaySet(window.first, EES_FULL_OPERATION - 1)) : EMPTY_DAY_SET;
    candidates.push(...rangesOf(beforeEes, 'beforeEes', 'eesCountsFewer'));
    if (hasDay(counted, on) && !hasDay(beforeEes, on)) candidates.push({ kind: 'referenceDay', direction: 'eesCountsFewer', first: on, last: on, days: 1, country: null });
  } else if (difference > 0) {
    // EES leaves fewer days: it holds more than we count.
    candidates.push(...rangesOf(subtractDays(inWindow, present), 'notInLog', 'eesCountsMore'));
    const exempt = intersectDays(judgement.exempt, present);
    candidates.push(...rangesOf(exempt, 'permit', 'eesCountsMore'));
    for (const stay of itinerary.stays) {
      if (stay.entry > window.last || stay.exit < window.first) continue;
      const days = subtractDays(subtractDays(intersectDays(singleRangeDaySet(stay.entry, stay.exit), inWindow), judgement.counted), exempt);
      if (days.size > 0) candidates.push(...rangesOf(days, 'notCounted', 'eesCountsMore', stay.country));
    }
    // A day one stay leaves on and another enters on, a day of both (two Schengen stays): counted once here.
    const touching = new Set<Day>();
    for (const leaving of judgement.stays) {
      if (!hasDay(counted, leaving.exit) || !hasDay(leaving.schengenDays, leaving.exit)) continue;
      if (judgement.stays.some((entering) => entering !== leaving && entering.entry === leaving.exit && hasDay(entering.schengenDays, entering.entry))) touching.add(leaving.exit);
    }
    for (const day of [...touching].sort((a, b) => a - b)) candidates.push({ kind: 'sameDayReentry', direction: 'eesCountsMore', first: day, last: day, days: 1, country: null });
    for (const visa of itinerary.visas) {
      if (visa.type !== 'D' && visa.validFrom <= on && on <= visa.validUntil && (visa.entries !== 'MULT' || visa.durationDays < rule.maxDays)) {
        candidates.push({ kind: 'visa', direction: 'eesCountsMore', first: visa.validFrom, last: visa.validUntil, days: 0, country: null });
      }
    }
  }
  candidates.sort((a, b) => a.first - b.first || a.last - b.last);
  return { on, window, eesDaysLeft, ourDaysLeft, difference, candidates };
}
