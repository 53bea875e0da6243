import { addMonths, type Day, type DayRange } from './day.js';
import { countInRange, countUpTo, daySetFromRanges, daySetRanges, EMPTY_DAY_SET, hasDay, subtractDays, type DaySet } from './day-set.js';
import { schengenCountsFrom } from './membership.js';
import { daysUsedOn, findEarliestEntry, SCHENGEN_RULE, type CountingHistory, type WindowRule } from './rolling-window.js';
import type { Visa } from './visa.js';

/**
 * The one model of authorisation (docs/authorisation.md): for every Schengen day of an itinerary,
 * whether it is authorised and, if not, which limit it breaks. Every answer of every command is
 * read from here.
 */

/** Every limit, in the order that decides which one a day reports when it breaks several. */
export const LIMIT_ORDER = ['noVisa', 'visaType', 'visaTerritory', 'visaEntries', 'visaUntil', 'visaDuration', 'rule90180'] as const;
export type LimitName = (typeof LIMIT_ORDER)[number];

/** Limits judged on the Schengen entry: breaking one means the entry was not allowed. */
export const ENTRY_LIMITS: ReadonlySet<LimitName> = new Set(['noVisa', 'visaType', 'visaTerritory', 'visaEntries']);

/** What ends a latest exit besides a limit: the next booked stay, or a booked stay it would break. */
export type StopReason = LimitName | 'nextBookedStay' | 'bookedStay';

export interface ItineraryStay {
  readonly entry: Day;
  readonly exit: Day;
  /** ISO code of the state of the stamp; null when the stamp named none. */
  readonly country: string | null;
}

export interface Itinerary {
  readonly stays: readonly ItineraryStay[];
  readonly visas: readonly Visa[];
  /** Residence permits: their days do not count (D visas are taken from `visas`). */
  readonly permits: readonly DayRange[];
  readonly rule: WindowRule;
}

export function emptyItinerary(rule: WindowRule = SCHENGEN_RULE): Itinerary {
  return { stays: [], visas: [], permits: [], rule };
}

/** How a sticker's DURATION is read (docs/authorisation.md §3). */
export type DurationReading = 'total' | 'per180Days';

/**
 * "Valid for more than six months": UNTIL on or after the same date six months after FROM
 * (10 Jan – 9 Jul is six months; 10 Jan – 10 Jul is more).
 */
export function isValidMoreThanSixMonths(visa: Visa): boolean {
  return visa.validUntil >= addMonths(visa.validFrom, 6);
}

export function durationReadingOf(visa: Visa): { reading: DurationReading; ambiguous: boolean } {
  if (!isValidMoreThanSixMonths(visa)) return { reading: 'total', ambiguous: false };
  return visa.durationDays >= 90 ? { reading: 'per180Days', ambiguous: false } : { reading: 'total', ambiguous: true };
}

const isShortStayVisa = (visa: Visa) => visa.type !== 'D';

/** A day before any date the tool accepts, to write "everything up to" as a range. */
const FAR_PAST: Day = -1_000_000_000;


/** A visa-exempt traveller has no short-stay sticker at all in the history. */
export function needsVisa(visas: readonly Visa[]): boolean {
  return visas.some(isShortStayVisa);
}

/** One stay as the judge sees it. */
export interface JudgedStay {
  /** Index in `Itinerary.stays`. */
  readonly index: number;
  readonly entry: Day;
  readonly exit: Day;
  readonly country: string | null;
  /** Its Schengen days (docs §2). */
  readonly schengenDays: DaySet;
  /** First Schengen day; null when it has none. */
  readonly start: Day | null;
  /** Index in `Itinerary.visas` of the short-stay sticker valid on `start`; null if none or not needed. */
  readonly visaIndex: number | null;
  /** Stays with the same sticker before this one. */
  readonly entriesUsedBefore: number;
  /** Schengen days spent under the same sticker before `start`. */
  readonly visaDaysBefore: number;
  /** The limit `start` breaks when the entry itself is not allowed. */
  readonly entryRefusal: LimitName | null;
}

export interface UnauthorisedRange {
  readonly first: Day;
  readonly last: Day;
  readonly limit: LimitName;
}

export interface Judgement {
  readonly itinerary: Itinerary;
  readonly needsVisa: boolean;
  /** Every Schengen day (P of docs §2). */
  readonly counted: DaySet;
  /** Days that never count: permits and D visas. */
  readonly exempt: DaySet;
  /** Stays in chronological order (by start, a one-day stay first). */
  readonly stays: readonly JudgedStay[];
  /** Unauthorised days as disjoint ranges in day order, each with the first limit its days break. */
  readonly unauthorised: readonly UnauthorisedRange[];
  /** All unauthorised days. */
  readonly unauthorisedDays: DaySet;
}

export interface JudgeOptions {
  /** Only these limits are judged (e.g. the 90/180 rule alone); default all. */
  readonly limits?: ReadonlySet<LimitName>;
}

function exemptRanges(itinerary: Itinerary): DayRange[] {
  return [...itinerary.permits, ...itinerary.visas.filter((visa) => visa.type === 'D').map((visa) => ({ first: visa.validFrom, last: visa.validUntil }))];
}

function schengenDaysOf(stay: ItineraryStay, exempt: DaySet): DaySet {
  let first = stay.entry;
  if (stay.country !== null) {
    const from = schengenCountsFrom(stay.country);
    if (from === null) return EMPTY_DAY_SET;
    first = Math.max(first, from);
  }
  if (first > stay.exit) return EMPTY_DAY_SET;
  return subtractDays(daySetFromRanges([{ first, last: stay.exit }]), exempt);
}

function firstDayOf(set: DaySet): Day | null {
  return set.firsts.length === 0 ? null : set.firsts[0]!;
}

/** The short-stay sticker valid on `day` (at most one: overlapping stickers are refused as input). */
function stickerOn(visas: readonly Visa[], day: Day): number | null {
  for (let index = 0; index < visas.length; index += 1) {
    const visa = visas[index]!;
    if (isShortStayVisa(visa) && visa.validFrom <= day && day <= visa.validUntil) return index;
  }
  return null;
}

/** The `n`-th day (1-based) of a set on or after `from`, or null when it has fewer. */
function nthDayFrom(set: DaySet, from: Day, n: number): Day | null {
  const before = countUpTo(set, from - 1);
  const target = before + n;
  if (target > set.size) return null;
  // Binary search on the range whose cumulative count reaches the target.
  const { firsts, daysBefore } = set;
  let low = 0;
  let high = firsts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (daysBefore[mid]! < target) low = mid;
    else high = mid - 1;
  }
  return firsts[low]! + (target - daysBefore[low]!) - 1;
}

/**
 * Days over the rolling limit: within a run of consecutive counted days the count never falls
 * (each day adds one, at most one drops out), so the broken days of a run are a suffix of it.
 */
function rollingBreaks(counted: DaySet, rule: WindowRule): DayRange[] {
  const breaks: DayRange[] = [];
  const { firsts, lasts } = counted;
  const used = (day: Day) => countInRange(counted, day - rule.windowDays + 1, day);
  for (let run = 0; run < firsts.length; run += 1) {
    if (used(lasts[run]!) <= rule.maxDays) continue;
    let low = firsts[run]!;
    let high = lasts[run]!;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (used(mid) > rule.maxDays) high = mid;
      else low = mid + 1;
    }
    breaks.push({ first: low, last: lasts[run]! });
  }
  return breaks;
}

function chronological(a: { start: Day | null; exit: Day; index: number }, b: { start: Day | null; exit: Day; index: number }): number {
  return (a.start ?? Infinity) - (b.start ?? Infinity) || a.exit - b.exit || a.index - b.index;
}

/** Judges every Schengen day of the itinerary (docs/authorisation.md §3). */
export function judgeItinerary(itinerary: Itinerary, options: JudgeOptions = {}): Judgement {
  const enabled = options.limits;
  const on = (limit: LimitName) => enabled === undefined || enabled.has(limit);
  const exempt = daySetFromRanges(exemptRanges(itinerary));
  const visaNeeded = needsVisa(itinerary.visas);
  const raw = itinerary.stays.map((stay, index) => {
    const schengenDays = schengenDaysOf(stay, exempt);
    return { stay, index, schengenDays, start: firstDayOf(schengenDays), exit: stay.exit };
  });
  raw.sort(chronological);
  const counted = daySetFromRanges(raw.flatMap(({ schengenDays }) => daySetRanges(schengenDays)));

  const broken = new Map<LimitName, DayRange[]>(LIMIT_ORDER.map((limit) => [limit, []]));
  const entriesByVisa = new Map<number, number>();
  const visaDays = new Map<number, DayRange[]>();
  const stays: JudgedStay[] = [];
  for (const { stay, index, schengenDays, start } of raw) {
    let visaIndex: number | null = null;
    let entriesUsedBefore = 0;
    let visaDaysBefore = 0;
    let entryRefusal: LimitName | null = null;
    if (start !== null && visaNeeded) {
      visaIndex = stickerOn(itinerary.visas, start);
      const all = daySetRanges(schengenDays);
      const refuse = (limit: LimitName) => {
        entryRefusal ??= on(limit) ? limit : null;
        if (on(limit)) broken.get(limit)!.push(...all);
      };
      if (visaIndex === null) {
        refuse('noVisa');
      } else {
        const visa = itinerary.visas[visaIndex]!;
        entriesUsedBefore = entriesByVisa.get(visaIndex) ?? 0;
        entriesByVisa.set(visaIndex, entriesUsedBefore + 1);
        const earlier = visaDays.get(visaIndex) ?? [];
        const spentUnderVisa = daySetFromRanges(earlier);
        visaDaysBefore = countUpTo(spentUnderVisa, start - 1);
        if (visa.type === 'A') refuse('visaType');
        if (visa.type === 'LTV' && visa.validFor !== null && stay.country !== null && !visa.validFor.includes(stay.country)) refuse('visaTerritory');
        if (visa.entries !== 'MULT' && entriesUsedBefore >= visa.entries) refuse('visaEntries');
        if (on('visaUntil') && stay.exit > visa.validUntil) {
          const after = subtractDays(schengenDays, daySetFromRanges([{ first: FAR_PAST, last: visa.validUntil }]));
          broken.get('visaUntil')!.push(...daySetRanges(after));
        }
        if (on('visaDuration') && durationReadingOf(visa).reading === 'total') {
          // The day the sticker's days run out: its DURATION+1-th day, counting each day once.
          const withThisStay = daySetFromRanges([...earlier, ...all]);
          const breakDay = nthDayFrom(withThisStay, FAR_PAST, visa.durationDays + 1);
          if (breakDay !== null) {
            const over = subtractDays(schengenDays, daySetFromRanges([{ first: FAR_PAST, last: breakDay - 1 }]));
            broken.get('visaDuration')!.push(...daySetRanges(over));
          }
        }
        visaDays.set(visaIndex, [...earlier, ...all]);
      }
    }
    stays.push({ index, entry: stay.entry, exit: stay.exit, country: stay.country, schengenDays, start, visaIndex, entriesUsedBefore, visaDaysBefore, entryRefusal });
  }
  if (on('rule90180')) broken.get('rule90180')!.push(...rollingBreaks(counted, itinerary.rule));

  // Label each unauthorised day with the first limit (in LIMIT_ORDER) it breaks.
  const unauthorised: UnauthorisedRange[] = [];
  let assigned = EMPTY_DAY_SET;
  for (const limit of LIMIT_ORDER) {
    const ranges = broken.get(limit)!;
    if (ranges.length === 0) continue;
    const set = daySetFromRanges(ranges);
    for (const range of daySetRanges(subtractDays(set, assigned))) unauthorised.push({ ...range, limit });
    assigned = daySetFromRanges([...daySetRanges(assigned), ...ranges]);
  }
  unauthorised.sort((a, b) => a.first - b.first);
  return { itinerary, needsVisa: visaNeeded, counted, exempt, stays, unauthorised, unauthorisedDays: assigned };
}

/** The limit day `day` breaks, or null when it is authorised (or not a Schengen day). */
export function limitBrokenOn(judgement: Judgement, day: Day): LimitName | null {
  for (const range of judgement.unauthorised) {
    if (range.first > day) break;
    if (day <= range.last) return range.limit;
  }
  return null;
}

export interface FirstBreak {
  readonly day: Day;
  readonly limit: LimitName;
}

/** The first unauthorised day on or after `from` (default: anywhere). */
export function firstUnauthorised(judgement: Judgement, from: Day = -Infinity): FirstBreak | null {
  for (const range of judgement.unauthorised) {
    if (range.last < from) continue;
    return { day: Math.max(range.first, from), limit: range.limit };
  }
  return null;
}

export function countingHistoryOf(judgement: Judgement): CountingHistory {
  return { counted: judgement.counted, exempt: judgement.exempt };
}

/** The judged form of `Itinerary.stays[index]`. */
export function judgedStay(judgement: Judgement, index: number): JudgedStay {
  return judgement.stays.find((stay) => stay.index === index)!;
}

/** The itinerary with stay `index` ending on `exit` instead. */
function withExit(itinerary: Itinerary, index: number, exit: Day): Itinerary {
  const stays = itinerary.stays.slice();
  stays[index] = { ...stays[index]!, exit };
  return { ...itinerary, stays };
}

/** The itinerary with a stay added (it goes last; its index is the old length). */
export function withStay(itinerary: Itinerary, stay: ItineraryStay): Itinerary {
  return { ...itinerary, stays: [...itinerary.stays, stay] };
}

/** The recorded stay that shares a day with [first, last], if any (the earliest). */
export function stayOverlapping(itinerary: Itinerary, first: Day, last: Day, except = -1): number | null {
  let found: number | null = null;
  itinerary.stays.forEach((stay, index) => {
    if (index === except || stay.exit < first || stay.entry > last) return;
    if (found === null || stay.entry < itinerary.stays[found]!.entry) found = index;
  });
  return found;
}

/** Unauthorised days outside [first, last]: those of the other stays. */
function breaksOutside(judgement: Judgement, first: Day, last: Day): DaySet {
  return subtractDays(judgement.unauthorisedDays, daySetFromRanges([{ first, last }]));
}

/** Days of `set` not in `baseline`: the first, or null. */
function firstNewDay(set: DaySet, baseline: DaySet): Day | null {
  return firstDayOf(subtractDays(set, baseline));
}

export interface LatestExit {
  /** Last authorised day of the stay if the traveller stays on from `from`; null when already unauthorised. */
  readonly latestExit: Day | null;
  /** What stops the stay the day after; null exactly when `latestExit` is null. */
  readonly bindingLimit: StopReason | null;
  /** The booked stay (index in `Itinerary.stays`) behind `nextBookedStay` or `bookedStay`. */
  readonly bookedStayIndex: number | null;
  /** When null: the first unauthorised day of the stay up to `from`, and its limit. */
  readonly alreadyBroken: FirstBreak | null;
  /** With `bookedStay`: the first day the booked stay would break, were the stay one day longer. */
  readonly bookedBreakDay: Day | null;
}

export interface LatestExitOptions extends JudgeOptions {
  /** False: the stay's own limits only, as if nothing were booked after it. Default true. */
  readonly keepBookedStays?: boolean;
}

/**
 * The latest exit of stay `index` for someone present on `from` (docs §4): the last day L >= from
 * such that staying until L leaves every Schengen day of the stay authorised and breaks no booked
 * stay that leaving on `from` would not break.
 */
export function findLatestExit(itinerary: Itinerary, index: number, from: Day, options: LatestExitOptions = {}): LatestExit {
  if (options.keepBookedStays === false) {
    const own = itinerary.stays[index]!;
    const alone = { ...itinerary, stays: itinerary.stays.filter((stay, other) => other === index || stay.entry <= own.entry) };
    return findLatestExit(alone, alone.stays.indexOf(own), from, { ...options, keepBookedStays: true });
  }
  const judgeWith = (exit: Day) => judgeItinerary(withExit(itinerary, index, exit), options);
  const baseline = judgeWith(from);
  const entry = itinerary.stays[index]!.entry;
  const own = firstUnauthorised(baseline, entry);
  if (own !== null && own.day <= from) return { latestExit: null, bindingLimit: null, bookedStayIndex: null, alreadyBroken: own, bookedBreakDay: null };
  const baselineOthers = breaksOutside(baseline, entry, from);

  const next = nextStayAfter(itinerary, index);
  const cap = next === null ? null : itinerary.stays[next]!.entry - 1;
  const holds = (exit: Day) => {
    const judgement = judgeWith(exit);
    const ownBreak = firstUnauthorised(judgement, entry);
    if (ownBreak !== null && ownBreak.day <= exit) return false;
    return firstNewDay(breaksOutside(judgement, entry, exit), baselineOthers) === null;
  };
  // An upper bound that no stay can pass: 2 windows after the last day anything stops counting.
  const lastExemptDay = Math.max(from, ...exemptRanges(itinerary).map((range) => range.last), accessionOf(itinerary.stays[index]!) ?? from);
  let high = cap ?? lastExemptDay + 2 * itinerary.rule.windowDays;
  if (high < from) high = from;
  if (holds(high)) {
    if (cap !== null) return { latestExit: cap, bindingLimit: 'nextBookedStay', bookedStayIndex: next, alreadyBroken: null, bookedBreakDay: null };
    return { latestExit: high, bindingLimit: null, bookedStayIndex: null, alreadyBroken: null, bookedBreakDay: null };
  }
  let low = from; // holds(low) is true: the baseline
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (holds(mid)) low = mid;
    else high = mid;
  }
  const beyond = judgeWith(low + 1);
  const ownLimit = limitBrokenOn(beyond, low + 1);
  if (ownLimit !== null && hasDay(judgedStay(beyond, index).schengenDays, low + 1)) {
    return { latestExit: low, bindingLimit: ownLimit, bookedStayIndex: null, alreadyBroken: null, bookedBreakDay: null };
  }
  const newDay = firstNewDay(breaksOutside(beyond, entry, low + 1), baselineOthers);
  const broken = newDay === null ? null : stayContaining(itinerary, newDay, index);
  return { latestExit: low, bindingLimit: 'bookedStay', bookedStayIndex: broken, alreadyBroken: null, bookedBreakDay: newDay };
}

function accessionOf(stay: ItineraryStay): Day | null {
  if (stay.country === null) return null;
  return schengenCountsFrom(stay.country);
}

/** The first stay entered after stay `index` (the next booked stay). */
function nextStayAfter(itinerary: Itinerary, index: number): number | null {
  const own = itinerary.stays[index]!;
  let found: number | null = null;
  itinerary.stays.forEach((stay, other) => {
    if (other === index || stay.entry <= own.entry) return;
    if (found === null || stay.entry < itinerary.stays[found]!.entry) found = other;
  });
  return found;
}

/** The stay (other than `except`) containing `day`, the later one when two touch. */
export function stayContaining(itinerary: Itinerary, day: Day, except = -1): number | null {
  let found: number | null = null;
  itinerary.stays.forEach((stay, index) => {
    if (index === except || day < stay.entry || day > stay.exit) return;
    if (found === null || stay.entry > itinerary.stays[found]!.entry) found = index;
  });
  return found;
}

export interface TripJudgement {
  readonly compliant: boolean;
  /** First day the trip, or a booked stay because of it, is not authorised. */
  readonly firstUnauthorisedDay: Day | null;
  readonly brokenLimit: LimitName | null;
  /** Index in `Itinerary.stays` of the booked stay that breaks; -1 when the trip itself does; null when compliant. */
  readonly stayIndex: number | null;
  /** Days of the trip that are not authorised. */
  readonly unauthorisedTripDays: number;
  /** The whole itinerary with the trip (its index is `itinerary.stays.length`). */
  readonly judgement: Judgement;
}

/** A planned trip [entry, exit] judged with everything recorded (docs §4). It must not share a day with a stay. */
export function judgeTrip(itinerary: Itinerary, entry: Day, exit: Day, country: string | null = null, options: JudgeOptions = {}): TripJudgement {
  const tripIndex = itinerary.stays.length;
  const baseline = judgeItinerary(itinerary, options);
  const judgement = judgeItinerary(withStay(itinerary, { entry, exit, country }), options);
  const trip = judgedStay(judgement, tripIndex);
  const tripBreaks = daySetRanges(judgement.unauthorisedDays).filter((range) => range.last >= entry && range.first <= exit);
  let unauthorisedTripDays = 0;
  let firstTripBreak: Day | null = null;
  for (const range of tripBreaks) {
    const first = Math.max(range.first, entry);
    const last = Math.min(range.last, exit);
    const inTrip = countInRange(trip.schengenDays, first, last);
    if (inTrip === 0) continue;
    unauthorisedTripDays += inTrip;
    firstTripBreak ??= nthDayFrom(trip.schengenDays, first, 1);
  }
  const laterNew = firstNewDay(breaksOutside(judgement, entry, exit), baseline.unauthorisedDays);
  let firstUnauthorisedDay: Day | null = firstTripBreak;
  let stayIndex: number | null = firstTripBreak === null ? null : -1;
  if (laterNew !== null && (firstUnauthorisedDay === null || laterNew < firstUnauthorisedDay)) {
    firstUnauthorisedDay = laterNew;
    stayIndex = stayContaining(itinerary, laterNew);
  }
  return {
    compliant: firstUnauthorisedDay === null,
    firstUnauthorisedDay,
    brokenLimit: firstUnauthorisedDay === null ? null : limitBrokenOn(judgement, firstUnauthorisedDay),
    stayIndex,
    unauthorisedTripDays,
    judgement,
  };
}

/**
 * The earliest entry >= `from` for a trip of `days` days that shares no day with a recorded stay
 * and is compliant (docs §4); null when none is found before every sticker has expired.
 */
export function findEarliestTrip(itinerary: Itinerary, from: Day, days: number, options: JudgeOptions = {}): Day | null {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  const rollingOnly = options.limits !== undefined && options.limits.size === 1 && options.limits.has('rule90180');
  const visaNeeded = needsVisa(itinerary.visas) && !rollingOnly;
  if (days > itinerary.rule.maxDays && (options.limits === undefined || options.limits.has('rule90180'))) return null;
  const lastRecorded = Math.max(-Infinity, ...itinerary.stays.map((stay) => stay.exit));
  // Past every recorded day by a window, nothing recorded is in any window of the trip.
  const lastUseful = visaNeeded
    ? Math.max(-Infinity, ...itinerary.visas.filter(isShortStayVisa).map((visa) => visa.validUntil))
    : Math.max(from, lastRecorded) + itinerary.rule.windowDays + 1;
  // With no visa to judge and nothing booked from `from` on, the rolling rule's own fast search answers.
  if (!visaNeeded && lastRecorded < from) {
    const baseline = judgeItinerary(itinerary, { limits: new Set(['rule90180']) });
    return findEarliestEntry(countingHistoryOf(baseline), itinerary.rule, from, days);
  }
  let entry = from;
  while (entry <= lastUseful) {
    const overlap = stayOverlapping(itinerary, entry, entry + days - 1);
    if (overlap !== null) {
      entry = itinerary.stays[overlap]!.exit + 1;
      continue;
    }
    if (judgeTrip(itinerary, entry, entry + days - 1, null, options).compliant) return entry;
    entry += 1;
  }
  return null;
}

/** Days used on `day` under the itinerary's rolling rule. */
export function daysUsedIn(judgement: Judgement, day: Day): number {
  return daysUsedOn(countingHistoryOf(judgement), judgement.itinerary.rule, day);
}
