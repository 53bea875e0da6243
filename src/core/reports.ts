import { civilFromDay, dayFromCivil, type Day, type DayRange } from './day.js';
import { countInRange, hasDay, singleRangeDaySet, unionDays, type DaySet } from './day-set.js';
import {
  countingHistoryOf,
  countingHistoryOfItinerary,
  durationReadingOf,
  findEarliestTrip,
  findLatestExit,
  firstUnauthorised,
  judgedStay,
  judgeItinerary,
  judgeTrip,
  lastExemptDay,
  regimeOfItinerary,
  RULE_LIMITS,
  stayContaining,
  stayOverlapping,
  stayLimitOn,
  tripCountryOf,
  withStay,
  type DurationReading,
  type EntryRefusal,
  type FirstBreak,
  type Itinerary,
  type Judgement,
  type JudgedStay,
  type LimitName,
  type StopReason,
} from './authorisation.js';
import { daysOutsideRules, fullStayLength, hasDatedRules, judges, judgingRules, limitOfShape, regimeCountsFrom, rollingRuleOn, ruleText, rulesInForce, tripCapFrom, type Regime, type RuleShape } from './regimes.js';
import { isoDate } from './iso-date.js';
import type { Warning } from './warning.js';
import { findFirstOverstayDay, type WindowRule } from './rolling-window.js';

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
  /** The 90/180 rule alone; null under a regime without it (docs/regimes.md). */
  readonly rule90180: Day | null;
  /** The regime's own rules together (90/180, N in any M, per calendar year, per stay), the stickers aside. */
  readonly stayRule: Day | null;
}

/** What authorises one stay, asked on one day (docs/authorisation.md §4). */
export interface StayAuthorisation {
  /** Index in `Itinerary.stays` (a planned trip: the index it has in the itinerary with the trip). */
  readonly stayIndex: number;
  readonly entry: Day;
  /** The Schengen entry: the stay's first day that counts; null when none does yet. */
  readonly schengenEntry: Day | null;
  /** Whether the Schengen entry itself was (or is) authorised; for a planned entry, also that entering breaks no booked stay. */
  readonly allowed: boolean;
  /** The limit the Schengen entry breaks, or `bookedStay` (a planned entry that alone breaks `bookedStay`); null when allowed. */
  readonly refusal: EntryRefusal | null;
  /** Last authorised day if the traveller stays on; null once a day up to the day asked is unauthorised. */
  readonly latestExit: Day | null;
  /** Days from the day asked to the latest exit, both included; 0 when there is none. */
  readonly maxStayDays: number;
  /** What stops the stay the day after the latest exit; null exactly when latestExit is null. */
  readonly bindingLimit: StopReason | null;
  /** The booked stay behind `nextBookedStay` / `bookedStay` (a binding limit, or the refusal of a planned entry). */
  readonly bookedStay: DayRange | null;
  /**
   * With bindingLimit `bookedStay`: the day the booked stay would break, were this stay one day longer;
   * with refusal `bookedStay`: the day it breaks if the traveller enters at all.
   */
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

/**
 * Stay `index` as the itinerary judges it, for its entry: the stay kept up (`kept`) judges its entry
 * alike (limits look back) when both start on its entry day and no other stay shares that day (stays
 * entered the same day are ordered by their exits); otherwise the itinerary is judged.
 */
function entryJudgedBy(kept: Judgement, itinerary: Itinerary, index: number): JudgedStay {
  const stay = judgedStay(kept, index);
  const own = itinerary.stays[index]!;
  if (stay.start === own.entry && stayOverlapping(itinerary, own.entry, own.entry, index) === null) return stay;
  return judgedStay(judgeItinerary(itinerary), index);
}

/** Each limit's own last day, not worked out (an answer that does not show them). */
const NO_LIMIT_DAYS: LimitDays = Object.freeze({ visaUntil: null, visaDuration: null, rule90180: null, stayRule: null });

/**
 * Authorisation of stay `index` for someone present on `from` who stays on. `entryPlanned`: the stay
 * is planned, not made (plan, annex 3): an entry that alone breaks a booked stay is refused (docs §4).
 */
export function authoriseStay(
  itinerary: Itinerary,
  index: number,
  from: Day,
  judgement?: Judgement,
  options: {
    readonly entryPlanned?: boolean;
    /** False: each limit's own last day (`limits`) is not worked out (all null): an answer that does not show it (issue 21). */
    readonly limits?: boolean;
  } = {},
): StayAuthorisation {
  const latest = findLatestExit(itinerary, index, from, options.entryPlanned === true ? { entryPlanned: true } : {});
  const judged = judgement !== undefined ? judgedStay(judgement, index) : entryJudgedBy(latest.kept, itinerary, index);
  const refusal: EntryRefusal | null = (judged.start === null ? null : stayLimitOn(judged, judged.start)) ?? (latest.entryBreaksBookedStay ? 'bookedStay' : null);
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
  const alone = (limits: ReadonlySet<LimitName>) =>
    latest.lastDayUnder !== null ? latest.lastDayUnder(limits) : findLatestExit(itinerary, index, itinerary.stays[index]!.entry, { limits, keepBookedStays: false }).latestExit;
  let limits: LimitDays = NO_LIMIT_DAYS;
  if (options.limits !== false) {
    // The 90/180 rule's own day is the rules' day when it is the regime's only kind of rule.
    const ruleLimits = new Set(regimeOfItinerary(itinerary).rules.map((rule) => limitOfShape(rule.shape)));
    const stayRule = alone(RULE_LIMITS);
    limits = {
      visaUntil: visa === null ? null : visa.validUntil,
      visaDuration: use !== null && use.durationReading === 'total' ? alone(new Set(['visaDuration'])) : null,
      rule90180: !ruleLimits.has('rule90180') ? null : ruleLimits.size === 1 ? stayRule : alone(new Set(['rule90180'])),
      stayRule,
    };
  }
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

/**
 * rules.md §5.15: the days judged (`counted`, and the days the answer is about, `asked`) on which no rule
 * of the regime was in force. They were judged by the rules nearest in time; each range is warned about,
 * naming those rules (as `--rule` writes them) and their dates in force (docs/regimes.md §1).
 */
export function rulesOutsideDatesWarnings(regime: Regime, counted: DaySet, asked: { first: Day; last: Day } | null): Warning[] {
  if (!hasDatedRules(regime)) return [];
  const days = asked === null ? counted : unionDays(counted, singleRangeDaySet(asked.first, asked.last));
  return daysOutsideRules(regime, days).map((range) => {
    const froms = range.judgedBy.map((rule) => rule.from);
    const untils = range.judgedBy.map((rule) => rule.until);
    const from = froms.includes(null) || froms.length === 0 ? '' : isoDate(Math.min(...(froms as Day[])));
    const until = untils.includes(null) || untils.length === 0 ? '' : isoDate(Math.max(...(untils as Day[])));
    return {
      code: 'ruleNotInForce',
      params: { zone: regime.zone, first: isoDate(range.first), last: isoDate(range.last), judgedBy: range.judgedBy.map((rule) => ruleText(rule.shape)).join(', '), from, until },
    };
  });
}

/**
 * rules.md §5.16: the booked stays (entered after `today`; every stay when `today` is null) that are
 * unauthorised in `judgement`, the itinerary without the planned trip: a warning each, with the stay,
 * its first unauthorised day and the limit that day breaks. A planned trip is not blamed for them.
 */
export function bookedStayWarnings(judgement: Judgement, today: Day | null): Warning[] {
  const warnings: Warning[] = [];
  for (const stay of judgement.stays) {
    if (today !== null && stay.entry <= today) continue;
    const first = stay.unauthorised[0];
    if (first === undefined) continue;
    warnings.push({ code: 'bookedStayUnauthorised', params: { entry: isoDate(stay.entry), exit: isoDate(stay.exit), first: isoDate(first.first), limit: first.limit } });
  }
  return warnings;
}

/** A stay the regime can reach: its zone (or no state, when it takes those), now or from an accession. */
function canCount(regime: Regime, country: string | null): boolean {
  return regimeCountsFrom(regime, country) !== null;
}

function countsOn(regime: Regime, country: string | null, day: Day): boolean {
  const from = regimeCountsFrom(regime, country);
  return from !== null && day >= from;
}

/** Where one rule stands on a day: the days it looks at, how many are used, how many it allows. */
export interface RuleCount {
  readonly shape: RuleShape;
  readonly limit: LimitName;
  /** The rolling window, the calendar year so far, or the stay so far. */
  readonly period: DayRange;
  readonly daysUsed: number;
  readonly maxDays: number;
  readonly daysRemaining: number;
}

/** The period a rolling or calendar-year rule looks at on `day`: its window, or the calendar year so far. */
function periodOf(shape: RuleShape, day: Day): DayRange {
  return { first: periodFirst(shape, day), last: day };
}

/** The first day of the period a rolling or calendar-year rule counts on `day`. */
function periodFirst(shape: RuleShape, day: Day): Day {
  return shape.kind === 'rolling' ? day - shape.windowDays + 1 : dayFromCivil(civilFromDay(day).year, 1, 1);
}

/**
 * The count that binds on `day` over the days `counted` (docs/regimes.md §1): of the rolling and
 * calendar-year rules in force that day, the one with the fewest days left, the first of the regime
 * on a tie; null when none is in force (per-stay rules count a stay, not the days before it).
 */
export function bindingCount(regime: Regime, counted: DaySet, day: Day): RuleCount | null {
  let found: RuleCount | null = null;
  for (const shape of rulesInForce(regime, day)) {
    if (shape.kind === 'perStay') continue;
    const period = periodOf(shape, day);
    const daysUsed = countInRange(counted, period.first, period.last);
    const count: RuleCount = { shape, limit: limitOfShape(shape), period, daysUsed, maxDays: shape.maxDays, daysRemaining: Math.max(0, shape.maxDays - daysUsed) };
    if (found === null || count.daysRemaining < found.daysRemaining) found = count;
  }
  return found;
}

/** Each rule in force on `day` (a per-stay rule only for someone inside a stay that day). */
export function ruleCounts(judgement: Judgement, day: Day, stayIndex: number | null): RuleCount[] {
  const regime = regimeOfItinerary(judgement.itinerary);
  const counts: RuleCount[] = [];
  for (const shape of rulesInForce(regime, day)) {
    const first = countFrom(judgement, shape, day, stayIndex);
    if (first === null) continue;
    const daysUsed = daysUsedFrom(judgement, shape, first, day, stayIndex);
    counts.push({ shape, limit: limitOfShape(shape), period: { first, last: day }, daysUsed, maxDays: shape.maxDays, daysRemaining: Math.max(0, shape.maxDays - daysUsed) });
  }
  return counts;
}

/**
 * The days used on `day` as the calendar shows them: those of the rolling rule in force that day,
 * else of the first rule of `ruleCounts(judgement, day, stayIndex())`, 0 when there is none. The same
 * figure as that count, without making the counts (the calendar asks for every day it draws);
 * `stayIndex` is asked only for a per-stay rule.
 */
export function shownDaysUsed(judgement: Judgement, day: Day, stayIndex: () => number | null): number {
  let first: number | null = null;
  // The rules of rulesInForce(regime, day), in order, without making its arrays.
  for (const rule of judgingRules(regimeOfItinerary(judgement.itinerary))) {
    const shape = rule.shape;
    if (!judges(rule, day) || (shape.kind !== 'rolling' && first !== null)) continue;
    const index = shape.kind === 'perStay' ? stayIndex() : null;
    const from = countFrom(judgement, shape, day, index);
    if (from === null) continue;
    const daysUsed = daysUsedFrom(judgement, shape, from, day, index);
    if (shape.kind === 'rolling') return daysUsed;
    first = daysUsed;
  }
  return first ?? 0;
}

/** The first day of the period a rule counts on `day` (the stay's entry for a per-stay rule); null for a per-stay rule outside a stay. */
function countFrom(judgement: Judgement, shape: RuleShape, day: Day, stayIndex: number | null): Day | null {
  if (shape.kind !== 'perStay') return periodFirst(shape, day);
  return stayIndex === null ? null : judgedStay(judgement, stayIndex).entry;
}

/** The days a rule counts from `first` (from `countFrom`) to `day`: the stay's own days in the Schengen area for a per-stay rule. */
function daysUsedFrom(judgement: Judgement, shape: RuleShape, first: Day, day: Day, stayIndex: number | null): number {
  return countInRange(shape.kind === 'perStay' ? judgedStay(judgement, stayIndex!).schengenDays : judgement.counted, first, day);
}

/** The limits of the regime's own rules (not a sticker's): `--rules` judged alone. */
const RULES_ALONE = { limits: RULE_LIMITS };

/** What a traveller (or a border guard's check) wants to know on one day. */
export interface StatusReport {
  readonly regime: Regime;
  /** Every rule in force on `on`, where it stands (a per-stay rule only when inside). */
  readonly counts: readonly RuleCount[];
  /** The rolling rule in force on `on`, if any: the window figures below are its. */
  readonly rule: WindowRule | null;
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
  /** Earliest day a stay of the longest length the rules allow could start, under them alone (after leaving, if inside); null when no rule caps a stay. */
  readonly fullStayPossibleFrom: Day | null;
  /** That length. */
  readonly fullStayDays: number | null;
  /** What the reader must know about this answer (rules outside their dates: rules.md §5.15). */
  readonly warnings: readonly Warning[];
}

/**
 * What a status answer needs worked out besides what its verdict reads (issue 21: `fields`): each
 * limit's own last day for the stay under way, the earliest full stay, the first day over the
 * rules. Each defaults to true; a part not needed is left null (0 days for `fullStayDays`' search).
 */
export interface StatusNeeds {
  readonly stayLimits?: boolean;
  readonly fullStay?: boolean;
  readonly firstOverstay?: boolean;
}

export function computeStatus(itinerary: Itinerary, on: Day, judgement: Judgement = judgeItinerary(itinerary), needs: StatusNeeds = {}): StatusReport {
  const regime = regimeOfItinerary(itinerary);
  const history = countingHistoryOf(judgement);
  const stayIndex = stayContaining(itinerary, on);
  const stay = stayIndex === null ? null : itinerary.stays[stayIndex]!;
  const inside = stay !== null && canCount(regime, stay.country);
  const current = inside ? authoriseStay(itinerary, stayIndex!, on, judgement, { limits: needs.stayLimits !== false }) : null;
  const counts = ruleCounts(judgement, on, inside ? stayIndex : null);
  const rule = rollingRuleOn(regime, on);
  // The headline figures: the rolling rule's, else the first rule in force.
  const headline = counts.find((count) => count.shape.kind === 'rolling') ?? counts[0] ?? null;
  const daysUsed = headline?.daysUsed ?? 0;
  const maxDays = headline?.maxDays ?? 0;
  const first = firstUnauthorised(judgement);
  const firstOverstay = needs.firstOverstay === false ? undefined : judgement.unauthorised.find((range) => RULE_LIMITS.has(range.limit));
  const fullStayDays = fullStayLength(regime, on);
  return {
    regime,
    counts,
    rule,
    on,
    window: headline?.period ?? { first: on, last: on },
    daysUsed,
    daysRemaining: Math.max(0, maxDays - daysUsed),
    inSchengen: stay !== null && countsOn(regime, stay.country, on),
    currentStay: current,
    overstayDays: headline === null ? 0 : Math.max(0, daysUsed - maxDays),
    firstOverstayDay: needs.firstOverstay === false ? null : rule !== null && regime.rules.length === 1 ? findFirstOverstayDay(history, rule) : (firstOverstay?.first ?? null),
    firstUnauthorisedDay: first?.day ?? null,
    brokenLimit: first?.limit ?? null,
    unauthorisedDays: judgement.unauthorisedDays.size,
    fullStayDays,
    fullStayPossibleFrom: fullStayDays === null || needs.fullStay === false ? null : findEarliestTrip(itinerary, stay !== null ? on + 1 : on, fullStayDays, RULES_ALONE, judgement),
    warnings: rulesOutsideDatesWarnings(regime, judgement.counted, { first: on, last: on }),
  };
}

export interface PlannedTrip {
  readonly exit: Day;
  readonly days: number;
  readonly compliant: boolean;
  /** First unauthorised day of the trip or of a booked stay it breaks. */
  readonly firstUnauthorisedDay: Day | null;
  readonly brokenLimit: LimitName | null;
  /** First day the regime's rules break (90/180 in the Schengen area), in the trip or in a booked stay because of it. */
  readonly firstOverstayDay: Day | null;
  /** Days over the regime's rules: of the trip, and of the booked stays it makes break (0 exactly when firstOverstayDay is null). */
  readonly overstayDays: number;
  /** The booked stay that breaks because of the trip; null when the trip itself breaks, or nothing does. */
  readonly brokenStay: DayRange | null;
  /** Days not authorised: of the trip, and of the booked stays it makes unauthorised (0 exactly when compliant). */
  readonly unauthorisedDays: number;
  /** The highest count of days used on a day of the trip that counts, by the rule of `countBeforeEntry` (0 without one). */
  readonly peakDaysUsed: number;
}

export interface PlanReport {
  readonly regime: Regime;
  /** The rolling rule in force on the entry day; null when none is (a calendar-year or per-stay regime). */
  readonly rule: WindowRule | null;
  readonly entry: Day;
  /** Days already used on the day before entry: `countBeforeEntry`'s, 0 without one. */
  readonly daysUsedBeforeEntry: number;
  /** The count that binds on the day before entry (`bindingCount`): which rule, its period, used and left. */
  readonly countBeforeEntry: RuleCount | null;
  readonly authorised: StayAuthorisation;
  /** Present when a trip end was asked for. */
  readonly trip: PlannedTrip | null;
  /** What the reader must know: rules outside their dates (rules.md §5.15), booked stays already unauthorised (§5.16). */
  readonly warnings: readonly Warning[];
}

/**
 * A trip from `entry` (to `exit`, when given) added to the itinerary. The caller has checked that
 * it shares no day with a recorded stay (`stayOverlapping`). `today`: the reference day, after which
 * stays are booked ones (null: every stay is).
 */
/** What a plan answer needs worked out besides its verdict (issue 21: `fields`); each defaults to true. */
export interface PlanNeeds {
  /** Each limit's own last day (`limits`). */
  readonly limits?: boolean;
  /** The trip's days over the rules alone (`trip.firstOverstayDay`, `trip.overstayDays`): 0 and null when not. */
  readonly tripOverstay?: boolean;
}

export function computePlan(itinerary: Itinerary, entry: Day, exit: Day | null, country: string | null = null, today: Day | null = null, needs: PlanNeeds = {}): PlanReport {
  const regime = regimeOfItinerary(itinerary);
  // The days used the day before entry: the history's own, counted without judging it again.
  const countBeforeEntry = bindingCount(regime, countingHistoryOfItinerary(itinerary).counted, entry - 1);
  const withTrip = withStay(itinerary, { entry, exit: entry, country });
  const authorised = authoriseStay(withTrip, itinerary.stays.length, entry, undefined, { entryPlanned: true, limits: needs.limits !== false });
  let trip: PlannedTrip | null = null;
  if (exit !== null) {
    const judged = judgeTrip(itinerary, entry, exit, country);
    const rollingOnly = needs.tripOverstay === false ? null : judgeTrip(itinerary, entry, exit, country, RULES_ALONE);
    trip = {
      firstOverstayDay: rollingOnly?.firstUnauthorisedDay ?? null,
      overstayDays: rollingOnly === null ? 0 : rollingOnly.unauthorisedTripDays + rollingOnly.bookedStayDays,
      exit,
      days: exit - entry + 1,
      compliant: judged.compliant,
      firstUnauthorisedDay: judged.firstUnauthorisedDay,
      brokenLimit: judged.brokenLimit,
      brokenStay: judged.stayIndex === null || judged.stayIndex < 0 ? null : stayRange(itinerary, judged.stayIndex),
      unauthorisedDays: judged.unauthorisedTripDays + judged.bookedStayDays,
      peakDaysUsed: countBeforeEntry === null ? 0 : peakDaysUsed(judged.judgement.counted, countBeforeEntry.shape, entry, exit),
    };
  }
  // The days the answer is about: the trip, or the stay from the entry to its latest exit.
  const asked = { first: entry, last: exit ?? authorised.latestExit ?? entry };
  const warnings = [
    ...(hasDatedRules(regime) ? rulesOutsideDatesWarnings(regime, countingHistoryOfItinerary(itinerary).counted, asked) : []),
    ...bookedStayWarnings(judgeItinerary(itinerary), today),
  ];
  return { regime, rule: rollingRuleOn(regime, entry), entry, daysUsedBeforeEntry: countBeforeEntry?.daysUsed ?? 0, countBeforeEntry, authorised, trip, warnings };
}

/** The most days used by a rolling or calendar-year rule (`shape`) on any day of [first, last] that counts. */
function peakDaysUsed(counted: DaySet, shape: RuleShape, first: Day, last: Day): number {
  let peak = 0;
  for (let day = first; day <= last; day += 1) {
    if (!hasDay(counted, day)) continue;
    const period = periodOf(shape, day);
    peak = Math.max(peak, countInRange(counted, period.first, period.last));
  }
  return peak;
}

/**
 * A trip of `days` days that no entry from `from` on can make comply, whatever else: longer than a
 * rolling or per-stay rule allows, with every day of it counted. Null when the search must decide:
 * when a day from `from` on may not count (under a permit or D visa, SBC Art. 6(2); a trip outside
 * the zone), or the rules change later (docs/authorisation.md §4, issue 19).
 */
export function tripLongerThanRules(itinerary: Itinerary, from: Day, days: number): { readonly maxDays: number; readonly windowDays: number | null } | null {
  const regime = regimeOfItinerary(itinerary);
  const lastExempt = lastExemptDay(itinerary);
  if (lastExempt !== null && lastExempt >= from) return null;
  const countsFrom = regimeCountsFrom(regime, tripCountryOf(regime));
  if (countsFrom === null || countsFrom > from) return null;
  const cap = tripCapFrom(regime, from);
  return cap === null || days <= cap.maxDays ? null : { maxDays: cap.maxDays, windowDays: cap.windowDays };
}

export interface NextReport {
  readonly regime: Regime;
  /** The rolling rule in force on `from`; null when none is. */
  readonly rule: WindowRule | null;
  readonly from: Day;
  readonly tripDays: number;
  /** Null when no entry works (no sticker allows such a trip). */
  readonly earliestEntry: Day | null;
  readonly exit: Day | null;
  /** When there is no earliest entry: the limit a trip from `from` breaks. */
  readonly refusal: LimitName | null;
  /** The sticker the trip would be under. */
  readonly visaIndex: number | null;
  /** What the reader must know: rules outside their dates (rules.md §5.15), booked stays already unauthorised (§5.16). */
  readonly warnings: readonly Warning[];
}

/** The earliest trip of `tripDays` days from `from`; `today`: the reference day, after which stays are booked ones (null: every stay is). */
export function computeNext(itinerary: Itinerary, from: Day, tripDays: number, today: Day | null = null): NextReport {
  const regime = regimeOfItinerary(itinerary);
  const earliestEntry = findEarliestTrip(itinerary, from, tripDays);
  let refusal: LimitName | null = null;
  let visaIndex: number | null = null;
  if (earliestEntry === null) {
    refusal = judgeTrip(itinerary, from, from + tripDays - 1, tripCountryOf(regimeOfItinerary(itinerary))).brokenLimit ?? 'noVisa';
  } else {
    const judged = judgeTrip(itinerary, earliestEntry, earliestEntry + tripDays - 1, tripCountryOf(regimeOfItinerary(itinerary)));
    visaIndex = judgedStay(judged.judgement, itinerary.stays.length).visaIndex;
  }
  return {
    regime: regimeOfItinerary(itinerary),
    rule: rollingRuleOn(regimeOfItinerary(itinerary), from),
    from,
    tripDays,
    earliestEntry,
    exit: earliestEntry === null ? null : earliestEntry + tripDays - 1,
    refusal,
    visaIndex,
    warnings: [
      ...(hasDatedRules(regime)
        ? rulesOutsideDatesWarnings(regime, countingHistoryOfItinerary(itinerary).counted, earliestEntry === null ? { first: from, last: from } : { first: earliestEntry, last: earliestEntry + tripDays - 1 })
        : []),
      ...bookedStayWarnings(judgeItinerary(itinerary), today),
    ],
  };
}
