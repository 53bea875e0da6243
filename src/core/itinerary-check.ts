import {
  findEarliestTrip,
  findLatestExit,
  firstUnauthorised,
  judgeItinerary,
  regimeOfItinerary,
  stayContaining,
  type Itinerary,
  type Judgement,
  type LimitName,
  type StopReason,
} from './authorisation.js';
import type { Day } from './day.js';
import { hasDay } from './day-set.js';
import { fullStayLength, type Regime } from './regimes.js';
import { tripLongerThanRules } from './reports.js';
import { daysUsedOn, type WindowRule } from './rolling-window.js';

/**
 * The whole itinerary judged at once (`schengen check`): every trip, past, under way and booked,
 * with its verdict and the room it leaves. Nothing here judges a day: every answer is read from
 * `judgeItinerary` (each trip's days), `findLatestExit` (how far a trip could run on) and
 * `findEarliestTrip` (the longest trip between two booked ones).
 */

/** Where a trip stands on the reference day: over, the traveller inside it, or still ahead. */
export type TripState = 'past' | 'underWay' | 'booked';

export interface CheckedTrip {
  /** Index in `Itinerary.stays`. */
  readonly stayIndex: number;
  readonly entry: Day;
  readonly exit: Day;
  readonly country: string | null;
  readonly state: TripState;
  /** A stay under way with no exit yet: its exit is the reference day, as status takes it. */
  readonly exitAssumed: boolean;
  /** Calendar days from entry to exit, both included. */
  readonly days: number;
  /** Its days that count for the rules (not under a permit, not in a state that does not count). */
  readonly countedDays: number;
  /** Every counted day of the trip is authorised, judged as a day of this trip. */
  readonly compliant: boolean;
  readonly firstUnauthorisedDay: Day | null;
  /** The first limit `firstUnauthorisedDay` breaks. */
  readonly brokenLimit: LimitName | null;
  readonly unauthorisedDays: number;
  /** The most days used (the rolling rule of the window figures) on a counted day of the trip; 0 when none counts. */
  readonly peakDaysUsed: number;
  /** The day of `peakDaysUsed` (the first, on a tie); null when no day counts. */
  readonly peakDay: Day | null;
  /**
   * Trips not over yet that comply: the last day the trip could run to, kept up from its exit,
   * breaking nothing (itself, a booked trip, a visa); null for past trips and for trips that break.
   */
  readonly latestExit: Day | null;
  /** `latestExit − exit`: how many more days the trip could take. */
  readonly extraDays: number | null;
  /** What stops it the day after `latestExit` (a limit, the next booked trip, a booked trip it would break). */
  readonly extraStop: StopReason | null;
}

/** A span between trips, from the reference day on, and the longest trip that fits in it. */
export interface TripGap {
  readonly first: Day;
  /** The day before the next booked trip; null after the last one (no end). */
  readonly last: Day | null;
  /**
   * Between two trips: the longest compliant trip inside the gap (0 when none fits). After the last
   * trip: a full stay under the rules in force (status's fullStayDays; null when none limits a stay), from `longestTripEntry` on.
   */
  readonly longestTripDays: number | null;
  /** The earliest entry of such a trip; null when none fits. */
  readonly longestTripEntry: Day | null;
}

export interface CheckReport {
  readonly regime: Regime;
  readonly rule: WindowRule;
  readonly on: Day;
  /** Every trip, by entry (then exit). */
  readonly trips: readonly CheckedTrip[];
  readonly gaps: readonly TripGap[];
  readonly firstUnauthorisedDay: Day | null;
  readonly brokenLimit: LimitName | null;
  readonly unauthorisedDays: number;
  /** The trip not over yet with the fewest days left (the highest peak; the first on a tie); null when none counts. */
  readonly tightest: CheckedTrip | null;
  readonly judgement: Judgement;
}

function stateOf(entry: Day, exit: Day, on: Day): TripState {
  if (exit < on) return 'past';
  return entry > on ? 'booked' : 'underWay';
}

/**
 * The longest compliant trip inside [first, last], and its earliest entry. A shorter trip from the
 * same entry breaks nothing a longer one does not (every limit looks back, a booked trip after it
 * sees fewer days), so the lengths that fit are 1..N: N is found by halving.
 */
function longestTripIn(itinerary: Itinerary, first: Day, last: Day, judgement: Judgement): { days: number; entry: Day | null } {
  const span = last - first + 1;
  // Longer than a rule allows with every day counted: no trip that long can comply anywhere in the gap.
  const cap = tripLongerThanRules(itinerary, first, span);
  const most = cap === null ? span : cap.maxDays;
  const fits = (days: number) => findEarliestTrip(itinerary, first, days, { lastEntry: last - days + 1 }, judgement);
  if (most < 1) return { days: 0, entry: null };
  // The longest first: a gap that takes a full trip costs one search.
  const full = fits(most);
  if (full !== null) return { days: most, entry: full };
  // Invariant: a trip of `low` days fits (0 always does), one of `high + 1` does not.
  let low = 0;
  let lowEntry: Day | null = null;
  let high = most - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const entry = fits(mid);
    if (entry !== null) {
      low = mid;
      lowEntry = entry;
    } else high = mid - 1;
  }
  return { days: low, entry: lowEntry };
}

/**
 * The itinerary on `on`: each trip's verdict; for each trip not over yet, how far it could run on;
 * the gaps from `on` on between trips, with the longest trip each can take. `openStayIndex`: the
 * stay under way with no exit (its exit is `on`).
 */
export function computeCheck(itinerary: Itinerary, on: Day, openStayIndex: number | null = null): CheckReport {
  const judgement = judgeItinerary(itinerary);
  const regime = regimeOfItinerary(itinerary);
  const counting = { counted: judgement.counted, exempt: judgement.exempt };
  const trips: CheckedTrip[] = [];
  // By the calendar: the judge orders by the first day that counts, and a stay where none counts goes last.
  const inOrder = [...judgement.stays].sort((a, b) => a.entry - b.entry || a.exit - b.exit || a.index - b.index);
  for (const judged of inOrder) {
    const state = stateOf(judged.entry, judged.exit, on);
    const broken = judged.unauthorised[0];
    let peakDaysUsed = 0;
    let peakDay: Day | null = null;
    for (let day = judged.entry; day <= judged.exit; day += 1) {
      if (!hasDay(judged.schengenDays, day)) continue;
      const used = daysUsedOn(counting, itinerary.rule, day);
      if (used > peakDaysUsed) {
        peakDaysUsed = used;
        peakDay = day;
      }
    }
    let latestExit: Day | null = null;
    let extraStop: StopReason | null = null;
    if (state !== 'past' && broken === undefined) {
      const latest = findLatestExit(itinerary, judged.index, judged.exit);
      latestExit = latest.latestExit;
      extraStop = latest.bindingLimit;
    }
    trips.push({
      stayIndex: judged.index,
      entry: judged.entry,
      exit: judged.exit,
      country: judged.country,
      state,
      exitAssumed: judged.index === openStayIndex,
      days: judged.exit - judged.entry + 1,
      countedDays: judged.schengenDays.size,
      compliant: broken === undefined,
      firstUnauthorisedDay: broken?.first ?? null,
      brokenLimit: broken?.limit ?? null,
      unauthorisedDays: judged.unauthorisedDays.size,
      peakDaysUsed,
      peakDay,
      latestExit,
      extraDays: latestExit === null ? null : latestExit - judged.exit,
      extraStop,
    });
  }
  // The gaps from the reference day on (after the stay under way, if any), between the trips ahead.
  const inside = stayContaining(itinerary, on);
  let cursor = inside === null ? on : Math.max(on, itinerary.stays[inside]!.exit) + 1;
  const gaps: TripGap[] = [];
  for (const trip of trips) {
    if (trip.entry <= on) continue;
    if (trip.entry > cursor) {
      const longest = longestTripIn(itinerary, cursor, trip.entry - 1, judgement);
      gaps.push({ first: cursor, last: trip.entry - 1, longestTripDays: longest.days, longestTripEntry: longest.entry });
    }
    cursor = Math.max(cursor, trip.exit + 1);
  }
  // A full stay as status counts it (the lowest N of the rules in force, docs/regimes.md §1).
  const full = fullStayLength(regime, cursor);
  const fullEntry = full === null ? null : findEarliestTrip(itinerary, cursor, full, {}, judgement);
  gaps.push({ first: cursor, last: null, longestTripDays: full, longestTripEntry: fullEntry });
  const first = firstUnauthorised(judgement);
  let tightest: CheckedTrip | null = null;
  for (const trip of trips) if (trip.state !== 'past' && trip.peakDay !== null && (tightest === null || trip.peakDaysUsed > tightest.peakDaysUsed)) tightest = trip;
  return {
    regime,
    rule: itinerary.rule,
    on,
    trips,
    gaps,
    firstUnauthorisedDay: first?.day ?? null,
    brokenLimit: first?.limit ?? null,
    unauthorisedDays: judgement.unauthorisedDays.size,
    tightest,
    judgement,
  };
}
