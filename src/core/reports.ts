import type { Day, DayRange } from './day.js';
import { hasDay } from './day-set.js';
import {
  durationReadingOf,
  findEarliestTrip,
  findLatestExit,
  firstUnauthorised,
  judgedStay,
  judgeItinerary,
  judgeTrip,
  stayContaining,
  stayLimitOn,
  withStay,
  type DurationReading,
  type FirstBreak,
  type Itinerary,
  type Judgement,
  type LimitName,
  type StopReason,
} from './authorisation.js';
import { schengenCountsFrom } from './membership.js';
import { daysUsedOn, findFirstOverstayDay, windowEndingOn, type WindowRule } from './rolling-window.js';

/** How a stay uses its sticker (for the reader: what is left of it). */
export interface VisaUse {
  readonly visaIndex: number;
  readonly entriesUsedBefore: number;
  readonly daysUsedBefore: number;
  readonly durationReading: DurationReading;
  /** Valid > 6 months with DURATION < 90: read both ways in practice (rules.md §2.2); we apply the stricter `total`. */
  readonly ambiguousDuration: boolean;
}

/** Each limit's own last day for the stay, were it the only limit (null: the limit does not apply). */
export interface LimitDays {
  readonly visaUntil: Day | null;
  readonly visaDuration: Day | null;
  readonly rule90180: Day | null;
}

/** What authorises one stay, asked on one day (docs/authorisation.md §4). */
export interface StayAuthorisation {
  /** Index in `Itinerary.stays` (a planned trip: the index it has in the itinerary with the trip). */
  readonly stayIndex: number;
  readonly entry: Day;
  /** The Schengen entry: the stay's first day that counts; null when none does yet. */
  readonly schengenEntry: Day | null;
  /** Whether the Schengen entry itself was (or is) authorised. */
  readonly allowed: boolean;
  /** The limit the Schengen entry breaks; null when allowed. */
  readonly refusal: LimitName | null;
  /** Last authorised day if the traveller stays on; null once a day up to the day asked is unauthorised. */
  readonly latestExit: Day | null;
  /** Days from the day asked to the latest exit, both included; 0 when there is none. */
  readonly maxStayDays: number;
  /** What stops the stay the day after the latest exit; null exactly when latestExit is null. */
  readonly bindingLimit: StopReason | null;
  /** The booked stay behind `nextBookedStay` / `bookedStay`. */
  readonly bookedStay: DayRange | null;
  /** With bindingLimit `bookedStay`: the day the booked stay would break, were this stay one day longer. */
  readonly bookedBreakDay: Day | null;
  /** When latestExit is null: the first unauthorised day of this stay and the limit it breaks. */
  readonly firstUnauthorised: FirstBreak | null;
  readonly limits: LimitDays;
  /** The sticker the stay is under; null for a visa-exempt traveller or when none is valid. */
  readonly visa: VisaUse | null;
}

function stayRange(itinerary: Itinerary, index: number | null): DayRange | null {
  if (index === null) return null;
  const stay = itinerary.stays[index]!;
  return { first: stay.entry, last: stay.exit };
}

/** Authorisation of stay `index` for someone present on `from` who stays on. */
export function authoriseStay(itinerary: Itinerary, index: number, from: Day, judgement: Judgement = judgeItinerary(itinerary)): StayAuthorisation {
  const judged = judgedStay(judgement, index);
  const refusal = judged.start === null ? null : stayLimitOn(judged, judged.start);
  const latest = findLatestExit(itinerary, index, from);
  const visa = judged.visaIndex === null ? null : itinerary.visas[judged.visaIndex]!;
  let use: VisaUse | null = null;
  if (visa !== null && judged.visaIndex !== null) {
    const { reading, ambiguous } = durationReadingOf(visa);
    use = {
      visaIndex: judged.visaIndex,
      entriesUsedBefore: judged.entriesUsedBefore,
      daysUsedBefore: judged.visaDaysBefore,
      durationReading: reading,
      ambiguousDuration: ambiguous,
    };
  }
  // Each limit alone, for a stay kept up from its entry: the last day it allows, even when that is past.
  const alone = (limit: LimitName) => findLatestExit(itinerary, index, itinerary.stays[index]!.entry, { limits: new Set([limit]), keepBookedStays: false }).latestExit;
  const limits: LimitDays = {
    visaUntil: visa === null ? null : visa.validUntil,
    visaDuration: use !== null && use.durationReading === 'total' ? alone('visaDuration') : null,
    rule90180: alone('rule90180'),
  };
  return {
    stayIndex: index,
    entry: itinerary.stays[index]!.entry,
    schengenEntry: judged.start,
    allowed: refusal === null,
    refusal,
    latestExit: latest.latestExit,
    maxStayDays: latest.latestExit === null ? 0 : latest.latestExit - from + 1,
    bindingLimit: latest.bindingLimit,
    bookedStay: stayRange(itinerary, latest.bookedStayIndex),
    bookedBreakDay: latest.bookedBreakDay,
    firstUnauthorised: latest.alreadyBroken,
    limits,
    visa: use,
  };
}

/** A stay the rules can reach: no country, or a state that is or will be in the Schengen area. */
function canCount(country: string | null): boolean {
  return country === null || schengenCountsFrom(country) !== null;
}

function countsOn(country: string | null, day: Day): boolean {
  if (country === null) return true;
  const from = schengenCountsFrom(country);
  return from !== null && day >= from;
}

/** What a traveller (or a border guard's check) wants to know on one day. */
export interface StatusReport {
  readonly rule: WindowRule;
  readonly on: Day;
  readonly window: DayRange;
  readonly daysUsed: number;
  readonly daysRemaining: number;
  /** Present that day in a stay in a state applying the Schengen rules then. */
  readonly inSchengen: boolean;
  /** For someone present on `on` in a stay that counts or will count. */
  readonly currentStay: StayAuthorisation | null;
  readonly overstayDays: number;
  /** First day over the 90/180 limit anywhere in the history (not only in this window). */
  readonly firstOverstayDay: Day | null;
  /** First unauthorised day anywhere in the history, by any limit; with its limit and count. */
  readonly firstUnauthorisedDay: Day | null;
  readonly brokenLimit: LimitName | null;
  readonly unauthorisedDays: number;
  /** Earliest day a stay of the full `maxDays` could start under the rule alone (after leaving, if inside). */
  readonly fullStayPossibleFrom: Day;
}

export function computeStatus(itinerary: Itinerary, on: Day, judgement: Judgement = judgeItinerary(itinerary)): StatusReport {
  const { rule } = itinerary;
  const history = { counted: judgement.counted, exempt: judgement.exempt };
  const daysUsed = daysUsedOn(history, rule, on);
  const stayIndex = stayContaining(itinerary, on);
  const stay = stayIndex === null ? null : itinerary.stays[stayIndex]!;
  const current = stay !== null && canCount(stay.country) ? authoriseStay(itinerary, stayIndex!, on, judgement) : null;
  const first = firstUnauthorised(judgement);
  return {
    rule,
    on,
    window: windowEndingOn(rule, on),
    daysUsed,
    daysRemaining: Math.max(0, rule.maxDays - daysUsed),
    inSchengen: stay !== null && countsOn(stay.country, on),
    currentStay: current,
    overstayDays: Math.max(0, daysUsed - rule.maxDays),
    firstOverstayDay: findFirstOverstayDay(history, rule),
    firstUnauthorisedDay: first?.day ?? null,
    brokenLimit: first?.limit ?? null,
    unauthorisedDays: judgement.unauthorisedDays.size,
    // Under the rolling rule alone a full stay is always possible a window after the last recorded day.
    fullStayPossibleFrom: findEarliestTrip(itinerary, stay !== null ? on + 1 : on, rule.maxDays, { limits: new Set(['rule90180']) })!,
  };
}

export interface PlannedTrip {
  readonly exit: Day;
  readonly days: number;
  readonly compliant: boolean;
  /** First unauthorised day of the trip or of a booked stay it breaks. */
  readonly firstUnauthorisedDay: Day | null;
  readonly brokenLimit: LimitName | null;
  /** First day the 90/180 rule breaks, in the trip or in a booked stay because of it. */
  readonly firstOverstayDay: Day | null;
  /** Days of the trip over the 90/180 limit. */
  readonly overstayDays: number;
  /** The booked stay that breaks because of the trip; null when the trip itself breaks, or nothing does. */
  readonly brokenStay: DayRange | null;
  /** Days of the trip that are not authorised. */
  readonly unauthorisedDays: number;
  /** The highest count of days used on any day of the trip (90/180). */
  readonly peakDaysUsed: number;
}

export interface PlanReport {
  readonly rule: WindowRule;
  readonly entry: Day;
  /** Days already used on the day before entry. */
  readonly daysUsedBeforeEntry: number;
  readonly authorised: StayAuthorisation;
  /** Present when a trip end was asked for. */
  readonly trip: PlannedTrip | null;
}

/**
 * A trip from `entry` (to `exit`, when given) added to the itinerary. The caller has checked that
 * it shares no day with a recorded stay (`stayOverlapping`).
 */
export function computePlan(itinerary: Itinerary, entry: Day, exit: Day | null, country: string | null = null): PlanReport {
  const { rule } = itinerary;
  const withTrip = withStay(itinerary, { entry, exit: entry, country });
  const authorised = authoriseStay(withTrip, itinerary.stays.length, entry);
  let trip: PlannedTrip | null = null;
  if (exit !== null) {
    const judged = judgeTrip(itinerary, entry, exit, country);
    const rollingOnly = judgeTrip(itinerary, entry, exit, country, { limits: new Set(['rule90180']) });
    trip = {
      firstOverstayDay: rollingOnly.firstUnauthorisedDay,
      overstayDays: rollingOnly.unauthorisedTripDays,
      exit,
      days: exit - entry + 1,
      compliant: judged.compliant,
      firstUnauthorisedDay: judged.firstUnauthorisedDay,
      brokenLimit: judged.brokenLimit,
      brokenStay: judged.stayIndex === null || judged.stayIndex < 0 ? null : stayRange(itinerary, judged.stayIndex),
      unauthorisedDays: judged.unauthorisedTripDays,
      peakDaysUsed: peakDaysUsed(judged.judgement, entry, exit),
    };
  }
  const before = judgeItinerary(itinerary);
  return { rule, entry, daysUsedBeforeEntry: daysUsedOn({ counted: before.counted, exempt: before.exempt }, rule, entry - 1), authorised, trip };
}

/** The most days used (90/180) on any day of [first, last] that counts. */
function peakDaysUsed(judgement: Judgement, first: Day, last: Day): number {
  const history = { counted: judgement.counted, exempt: judgement.exempt };
  let peak = 0;
  for (let day = first; day <= last; day += 1) {
    if (hasDay(judgement.counted, day)) peak = Math.max(peak, daysUsedOn(history, judgement.itinerary.rule, day));
  }
  return peak;
}

export interface NextReport {
  readonly rule: WindowRule;
  readonly from: Day;
  readonly tripDays: number;
  /** Null when no entry works (no sticker allows such a trip). */
  readonly earliestEntry: Day | null;
  readonly exit: Day | null;
  /** When there is no earliest entry: the limit a trip from `from` breaks. */
  readonly refusal: LimitName | null;
  /** The sticker the trip would be under. */
  readonly visaIndex: number | null;
}

export function computeNext(itinerary: Itinerary, from: Day, tripDays: number): NextReport {
  const earliestEntry = findEarliestTrip(itinerary, from, tripDays);
  let refusal: LimitName | null = null;
  let visaIndex: number | null = null;
  if (earliestEntry === null) {
    refusal = judgeTrip(itinerary, from, from + tripDays - 1).brokenLimit ?? 'noVisa';
  } else {
    const judged = judgeTrip(itinerary, earliestEntry, earliestEntry + tripDays - 1);
    visaIndex = judgedStay(judged.judgement, itinerary.stays.length).visaIndex;
  }
  return {
    rule: itinerary.rule,
    from,
    tripDays,
    earliestEntry,
    exit: earliestEntry === null ? null : earliestEntry + tripDays - 1,
    refusal,
    visaIndex,
  };
}
