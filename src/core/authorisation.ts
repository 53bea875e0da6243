import { addMonths, civilFromDay, dayFromCivil, type Day, type DayRange } from './day.js';
import { countInRange, countUpTo, daysFrom, daySetFromRanges, EMPTY_DAY_SET, singleRangeDaySet, intersectDays, subtractDays, unionDays, type DaySet } from './day-set.js';
import { schengenCountsFrom } from './membership.js';
import { limitOfShape, regimeCountsFrom, SCHENGEN_REGIME, type Regime } from './regimes.js';
import { daysUsedOn, findEarliestEntry, SCHENGEN_RULE, type CountingHistory, type WindowRule } from './rolling-window.js';
import type { Visa } from './visa.js';

/**
 * The one model of authorisation (docs/authorisation.md): for every Schengen day of an itinerary,
 * whether it is authorised and, if not, which limit it breaks. Every answer of every command is
 * read from here.
 */

/** Every limit, in the order that decides which one a day reports when it breaks several. */
export const LIMIT_ORDER = ['noVisa', 'visaType', 'visaTerritory', 'visaEntries', 'visaUntil', 'visaDuration', 'rule90180', 'rolling', 'calendarYear', 'perStay'] as const;
export type LimitName = (typeof LIMIT_ORDER)[number];

/** The limits set by a regime's rules (docs/regimes.md), as opposed to a visa sticker's. */
export const RULE_LIMITS: ReadonlySet<LimitName> = new Set(['rule90180', 'rolling', 'calendarYear', 'perStay']);

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
  /** The rolling rule of the window figures (days used, window): the regime's, or 90/180. */
  readonly rule: WindowRule;
  /** The rules that judge the days and the zone they count in; default: Schengen (90/180, stickers). */
  readonly regime?: Regime;
}

export function regimeOfItinerary(itinerary: Itinerary): Regime {
  return itinerary.regime ?? SCHENGEN_REGIME;
}

/** Days after which no rule can still be waiting to break: two of the longest periods any rule looks at. */
function horizonOf(regime: Regime): number {
  return 2 * Math.max(366, ...regime.rules.map((rule) => (rule.shape.kind === 'rolling' ? rule.shape.windowDays : 0)));
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

const TOTAL = Object.freeze({ reading: 'total', ambiguous: false } as const);
const PER_180_DAYS = Object.freeze({ reading: 'per180Days', ambiguous: false } as const);
const TOTAL_AMBIGUOUS = Object.freeze({ reading: 'total', ambiguous: true } as const);

/** Readings already worked out: the judge asks for each stay under a sticker, and dates cost a calendar sum. */
const durationReadings = new WeakMap<Visa, { readonly reading: DurationReading; readonly ambiguous: boolean }>();

export function durationReadingOf(visa: Visa): { readonly reading: DurationReading; readonly ambiguous: boolean } {
  let reading = durationReadings.get(visa);
  if (reading === undefined) {
    reading = !isValidMoreThanSixMonths(visa) ? TOTAL : visa.durationDays >= 90 ? PER_180_DAYS : TOTAL_AMBIGUOUS;
    durationReadings.set(visa, reading);
  }
  return reading;
}

const isShortStayVisa = (visa: Visa) => visa.type !== 'D';

/** Days before and after any date the tool accepts, to write "everything up to / from" as a range. */
const FAR_PAST: Day = -1_000_000_000;
const FAR_FUTURE: Day = 1_000_000_000;

/**
 * Days over N in their calendar year: within a run of consecutive counted days inside one year the
 * count only grows, so the broken days of each such piece are a suffix of it.
 */
function calendarYearBreaks(counted: DaySet, maxDays: number): DayRange[] {
  const breaks: DayRange[] = [];
  const { firsts, lasts } = counted;
  for (let run = 0; run < firsts.length; run += 1) {
    let first = firsts[run]!;
    while (first <= lasts[run]!) {
      const year = civilFromDay(first).year;
      const last = Math.min(lasts[run]!, dayFromCivil(year, 12, 31));
      const yearStart = dayFromCivil(year, 1, 1);
      const usedUpTo = (day: Day) => countInRange(counted, yearStart, day);
      if (usedUpTo(last) > maxDays) {
        let low = first;
        let high = last;
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (usedUpTo(mid) > maxDays) high = mid;
          else low = mid + 1;
        }
        breaks.push({ first: low, last });
      }
      first = last + 1;
    }
  }
  return breaks;
}


/** A visa-exempt traveller has no short-stay sticker at all in the history. */
export function needsVisa(visas: readonly Visa[]): boolean {
  return visas.length <= FEW_VISAS ? visas.some(isShortStayVisa) : stickerIndexOf(visas).order.length > 0;
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
  /** This stay's unauthorised days, each with the first limit it breaks (a day shared with another stay is judged here as a day of this one). */
  readonly unauthorised: readonly UnauthorisedRange[];
  readonly unauthorisedDays: DaySet;
  /** The days each limit breaks, every limit counted (not only the first of a day); null when none. */
  readonly breaks: ReadonlyMap<LimitName, DaySet> | null;
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

function exemptRanges(itinerary: Itinerary): readonly DayRange[] {
  const visas = itinerary.visas;
  if (visas.length <= FEW_VISAS && !visas.some((visa) => visa.type === 'D')) return itinerary.permits;
  const longStay = stickerIndexOf(visas).longStay;
  if (longStay.length === 0) return itinerary.permits;
  return [...itinerary.permits, ...longStay];
}

/** The state of a trip looked for in a regime's zone: none in the Schengen area (any state), else the zone's own. */
export function tripCountryOf(regime: Regime): string | null {
  return regime.zone === 'schengen' ? null : regime.zone;
}

/** The stay's days that count for the regime: in its zone, from the state's accession, not under a permit. */
function zoneDaysOf(regime: Regime, stay: ItineraryStay, exempt: DaySet): DaySet {
  const from = regimeCountsFrom(regime, stay.country);
  if (from === null) return EMPTY_DAY_SET;
  const first = Math.max(stay.entry, from);
  if (first > stay.exit) return EMPTY_DAY_SET;
  return subtractDays(singleRangeDaySet(first, stay.exit), exempt);
}

function firstDayOf(set: DaySet): Day | null {
  return set.firsts.length === 0 ? null : set.firsts[0]!;
}

/**
 * A list's short-stay stickers ordered by validity (they never overlap: refused as input), and its
 * long-stay visas as ranges. Kept per list: the itineraries a search makes from one (withExit,
 * withStay) share its list, so a history with thousands of stickers is sorted once, not per judgement.
 */
interface StickerIndex {
  /** Indices in the list of the short-stay stickers, by `validFrom`. */
  readonly order: readonly number[];
  readonly froms: readonly Day[];
  readonly untils: readonly Day[];
  /** Days under a D visa (they never count). */
  readonly longStay: readonly DayRange[];
}

const stickerIndexes = new WeakMap<readonly Visa[], StickerIndex>();

/** Up to this many visas, looking through the list costs less than indexing it. */
const FEW_VISAS = 8;

function stickerIndexOf(visas: readonly Visa[]): StickerIndex {
  let index = stickerIndexes.get(visas);
  if (index === undefined) {
    const order = visas.map((_, i) => i).filter((i) => isShortStayVisa(visas[i]!));
    order.sort((a, b) => visas[a]!.validFrom - visas[b]!.validFrom);
    index = {
      order,
      froms: order.map((i) => visas[i]!.validFrom),
      untils: order.map((i) => visas[i]!.validUntil),
      longStay: visas.filter((visa) => visa.type === 'D').map((visa) => ({ first: visa.validFrom, last: visa.validUntil })),
    };
    stickerIndexes.set(visas, index);
  }
  return index;
}

/** Position in the index of the last sticker valid from `day` or before; -1 when none. */
function lastStickerFrom(index: StickerIndex, day: Day): number {
  let low = 0;
  let high = index.froms.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (index.froms[mid]! <= day) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The short-stay sticker valid on `day` (at most one: overlapping stickers are refused as input). */
function stickerOn(visas: readonly Visa[], day: Day): number | null {
  if (visas.length <= FEW_VISAS) {
    for (let index = 0; index < visas.length; index += 1) {
      const visa = visas[index]!;
      if (isShortStayVisa(visa) && visa.validFrom <= day && day <= visa.validUntil) return index;
    }
    return null;
  }
  const index = stickerIndexOf(visas);
  const position = lastStickerFrom(index, day);
  return position >= 0 && day <= index.untils[position]! ? index.order[position]! : null;
}

/** The first day after `day` from which a short-stay sticker is valid; null when none is. */
function nextStickerStart(visas: readonly Visa[], day: Day): Day | null {
  const index = stickerIndexOf(visas);
  const position = lastStickerFrom(index, day) + 1;
  return position < index.froms.length ? index.froms[position]! : null;
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

type Ordered = { start: Day | null; exit: Day; index: number; stay: ItineraryStay; schengenDays: DaySet };

/** By Schengen entry, a one-day stay before one entered the same day; ties by entry stamp, then input order (identical stays). */
function chronological(a: Ordered, b: Ordered): number {
  return (a.start ?? Infinity) - (b.start ?? Infinity) || a.exit - b.exit || a.stay.entry - b.stay.entry || byCountry(a.stay, b.stay) || a.index - b.index;
}

/** Stays alike but for their state are ordered by it (no state first), so that input order never decides. */
function byCountry(a: ItineraryStay, b: ItineraryStay): number {
  if (a.country === b.country) return 0;
  if (a.country === null) return -1;
  if (b.country === null) return 1;
  return a.country < b.country ? -1 : 1;
}

/** Days of the sets, labelled with the first limit (in LIMIT_ORDER) each breaks. */
function labelBreaks(broken: ReadonlyMap<LimitName, DaySet>): { ranges: UnauthorisedRange[]; days: DaySet } {
  if (broken.size === 0) return NOTHING_BROKEN;
  const ranges: UnauthorisedRange[] = [];
  let assigned = EMPTY_DAY_SET;
  for (const limit of LIMIT_ORDER) {
    const days = broken.get(limit);
    if (days === undefined || days.size === 0) continue;
    const fresh = subtractDays(days, assigned);
    for (let i = 0; i < fresh.firsts.length; i += 1) ranges.push({ first: fresh.firsts[i]!, last: fresh.lasts[i]!, limit });
    assigned = unionDays(assigned, days);
  }
  if (broken.size > 1) ranges.sort((a, b) => a.first - b.first);
  return { ranges, days: assigned };
}

const NOTHING_BROKEN: { ranges: UnauthorisedRange[]; days: DaySet } = Object.freeze({ ranges: Object.freeze([]) as unknown as UnauthorisedRange[], days: EMPTY_DAY_SET });

/** Adds `days` to the days `limit` breaks in `broken`. */
function addBreaks(broken: Map<LimitName, DaySet>, limit: LimitName, days: DaySet): void {
  if (days.size === 0) return;
  const known = broken.get(limit);
  broken.set(limit, known === undefined ? days : unionDays(known, days));
}

/** Each stay's days that count (in the input's order), all of them (P), and the days that never count. */
function zoneDaysOfItinerary(itinerary: Itinerary): { exempt: DaySet; counted: DaySet; stays: Ordered[] } {
  const exemptList = exemptRanges(itinerary);
  const exempt = exemptList.length === 0 ? EMPTY_DAY_SET : daySetFromRanges(exemptList);
  const regime = regimeOfItinerary(itinerary);
  const stays: Ordered[] = [];
  const countedRanges: DayRange[] = [];
  for (let index = 0; index < itinerary.stays.length; index += 1) {
    const stay = itinerary.stays[index]!;
    const schengenDays = zoneDaysOf(regime, stay, exempt);
    stays.push({ stay, index, schengenDays, start: firstDayOf(schengenDays), exit: stay.exit });
    for (let i = 0; i < schengenDays.firsts.length; i += 1) countedRanges.push({ first: schengenDays.firsts[i]!, last: schengenDays.lasts[i]! });
  }
  return { exempt, counted: daySetFromRanges(countedRanges), stays };
}

/** The days that count and those that never do, without judging anything. */
export function countingHistoryOfItinerary(itinerary: Itinerary): CountingHistory {
  const { counted, exempt } = zoneDaysOfItinerary(itinerary);
  return { counted, exempt };
}

/** Judges every Schengen day of the itinerary (docs/authorisation.md §3). */
export function judgeItinerary(itinerary: Itinerary, options: JudgeOptions = {}): Judgement {
  const enabled = options.limits;
  const on = (limit: LimitName) => enabled === undefined || enabled.has(limit);
  const regime = regimeOfItinerary(itinerary);
  const visaNeeded = regime.stickers && needsVisa(itinerary.visas);
  const { exempt, counted, stays: raw } = zoneDaysOfItinerary(itinerary);
  raw.sort(chronological);

  // Each rule of the regime, on the days it is in force: the days it breaks, by limit.
  const ruleBreaks = new Map<LimitName, DaySet>();
  const perStayRules: { limit: LimitName; maxDays: number; inForce: DaySet | null }[] = [];
  for (const rule of regime.rules) {
    const limit = limitOfShape(rule.shape);
    if (!on(limit)) continue;
    // Null: in force on every day (no need to cut the breaks to a period).
    const inForce = rule.from === null && rule.until === null ? null : daySetFromRanges([{ first: rule.from ?? FAR_PAST, last: rule.until ?? FAR_FUTURE }]);
    if (rule.shape.kind === 'perStay') {
      perStayRules.push({ limit, maxDays: rule.shape.maxDays, inForce });
      continue;
    }
    const breaks = rule.shape.kind === 'rolling' ? rollingBreaks(counted, rule.shape) : calendarYearBreaks(counted, rule.shape.maxDays);
    if (breaks.length === 0) continue;
    const broken = daySetFromRanges(breaks);
    addBreaks(ruleBreaks, limit, inForce === null ? broken : intersectDays(broken, inForce));
  }
  const entriesByVisa = new Map<number, number>();
  const visaDays = new Map<number, DaySet>();
  const stays: JudgedStay[] = [];
  // Every stay's broken days by limit, made into sets once at the end (merging per stay would be quadratic).
  const everyBreak = new Map<LimitName, DayRange[]>();
  // Most stays break nothing: their map of broken days is made on the first break only.
  let broken: Map<LimitName, DaySet> | null = null;
  const add = (limit: LimitName, days: DaySet) => {
    if (days.size === 0) return;
    broken ??= new Map();
    addBreaks(broken, limit, days);
    let ranges = everyBreak.get(limit);
    if (ranges === undefined) everyBreak.set(limit, (ranges = []));
    for (let i = 0; i < days.firsts.length; i += 1) ranges.push({ first: days.firsts[i]!, last: days.lasts[i]! });
  };
  for (const { stay, index, schengenDays, start } of raw) {
    broken = null;
    let visaIndex: number | null = null;
    let entriesUsedBefore = 0;
    let visaDaysBefore = 0;
    let entryRefusal: LimitName | null = null;
    if (start !== null && visaNeeded) {
      visaIndex = stickerOn(itinerary.visas, start);
      const refuse = (limit: LimitName) => {
        if (!on(limit)) return;
        entryRefusal ??= limit;
        add(limit, schengenDays);
      };
      if (visaIndex === null) {
        refuse('noVisa');
      } else {
        const visa = itinerary.visas[visaIndex]!;
        entriesUsedBefore = entriesByVisa.get(visaIndex) ?? 0;
        entriesByVisa.set(visaIndex, entriesUsedBefore + 1);
        const earlier = visaDays.get(visaIndex) ?? EMPTY_DAY_SET;
        visaDaysBefore = countUpTo(earlier, start - 1);
        const underSticker = unionDays(earlier, schengenDays);
        if (visa.type === 'A') refuse('visaType');
        if (visa.type === 'LTV' && visa.validFor !== null && stay.country !== null && !visa.validFor.includes(stay.country)) refuse('visaTerritory');
        if (visa.entries !== 'MULT' && entriesUsedBefore >= visa.entries) refuse('visaEntries');
        if (on('visaUntil') && stay.exit > visa.validUntil) add('visaUntil', daysFrom(schengenDays, visa.validUntil + 1));
        if (on('visaDuration') && durationReadingOf(visa).reading === 'total') {
          // The day the sticker's days run out: its DURATION+1-th day, counting each day once.
          const breakDay = nthDayFrom(underSticker, FAR_PAST, visa.durationDays + 1);
          if (breakDay !== null) add('visaDuration', daysFrom(schengenDays, breakDay));
        }
        visaDays.set(visaIndex, underSticker);
      }
    }
    if (ruleBreaks.size > 0) for (const [limit, breaks] of ruleBreaks) add(limit, intersectDays(schengenDays, breaks));
    for (const rule of perStayRules) {
      // The stay's N+1-th day that counts, and every one after it, while the rule is in force.
      const breakDay = nthDayFrom(schengenDays, FAR_PAST, rule.maxDays + 1);
      if (breakDay === null) continue;
      const over = daysFrom(schengenDays, breakDay);
      add(rule.limit, rule.inForce === null ? over : intersectDays(over, rule.inForce));
    }
    const own = broken === null ? NOTHING_BROKEN : labelBreaks(broken);
    stays.push({
      index,
      entry: stay.entry,
      exit: stay.exit,
      country: stay.country,
      schengenDays,
      start,
      visaIndex,
      entriesUsedBefore,
      visaDaysBefore,
      entryRefusal,
      unauthorised: own.ranges,
      unauthorisedDays: own.days,
      breaks: broken,
    });
  }
  const all = everyBreak.size === 0 ? NOTHING_BROKEN : labelBreaks(new Map([...everyBreak].map(([limit, ranges]) => [limit, daySetFromRanges(ranges)])));
  return { itinerary, needsVisa: visaNeeded, counted, exempt, stays, unauthorised: all.ranges, unauthorisedDays: all.days };
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

/**
 * The itinerary's visas, permits and rules with other stays. Written out rather than spread: on
 * Node 20 a spread followed by a property costs about a microsecond, and searches make many.
 */
function itineraryWithStays(itinerary: Itinerary, stays: readonly ItineraryStay[]): Itinerary {
  const { visas, permits, rule, regime } = itinerary;
  return regime === undefined ? { stays, visas, permits, rule } : { stays, visas, permits, rule, regime };
}

/** The itinerary with stay `index` ending on `exit` instead. */
export function withExit(itinerary: Itinerary, index: number, exit: Day): Itinerary {
  const stays = itinerary.stays.slice();
  const stay = stays[index]!;
  stays[index] = { entry: stay.entry, exit, country: stay.country };
  return itineraryWithStays(itinerary, stays);
}

/** The itinerary with a stay added (it goes last; its index is the old length). */
export function withStay(itinerary: Itinerary, stay: ItineraryStay): Itinerary {
  return itineraryWithStays(itinerary, [...itinerary.stays, stay]);
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

/**
 * `stayOverlapping` for a search that asks many times: stays sorted once by entry, with the latest
 * exit so far, so each question is a binary search. It names the same stay: the overlapping one
 * entered first (every stay before it in the order ends before `first`), the lower index on a tie.
 */
function overlapFinder(itinerary: Itinerary): (first: Day, last: Day) => number | null {
  const order = itinerary.stays.map((_, index) => index).sort((a, b) => itinerary.stays[a]!.entry - itinerary.stays[b]!.entry || a - b);
  const latestExit: Day[] = [];
  for (const index of order) latestExit.push(Math.max(latestExit[latestExit.length - 1] ?? -Infinity, itinerary.stays[index]!.exit));
  return (first, last) => {
    // The first stay (by entry) whose exit reaches `first`: every stay before it ends earlier.
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (latestExit[mid]! < first) low = mid + 1;
      else high = mid;
    }
    return low < order.length && itinerary.stays[order[low]!]!.entry <= last ? order[low]! : null;
  };
}

/** The limit a stay breaks on `day`, judging the day as a day of that stay; null when none. */
export function stayLimitOn(stay: JudgedStay, day: Day): LimitName | null {
  for (const range of stay.unauthorised) if (range.first <= day && day <= range.last) return range.limit;
  return null;
}

export interface StayBreak {
  readonly day: Day;
  readonly stayIndex: number;
  readonly limit: LimitName;
}

/**
 * The first day on which a stay other than `except` is unauthorised in `judgement` but was not in
 * `baseline` (stays matched by their index in the itinerary); ties go to the chronologically first stay.
 */
function firstNewBreak(judgement: Judgement, baseline: Judgement, except: number): StayBreak | null {
  let found: StayBreak | null = null;
  for (const stay of judgement.stays) {
    if (stay.index === except || stay.unauthorisedDays.size === 0) continue;
    const before = baseline.stays.find((other) => other.index === stay.index);
    const fresh = before === undefined ? stay.unauthorisedDays : subtractDays(stay.unauthorisedDays, before.unauthorisedDays);
    const day = firstDayOf(fresh);
    if (day !== null && (found === null || day < found.day)) found = { day, stayIndex: stay.index, limit: stayLimitOn(stay, day)! };
  }
  return found;
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
  /**
   * When nothing is booked after the stay: the last day each set of limits alone allows the stay
   * kept up from its entry (`lastDayUnder`); null when something is.
   */
  readonly lastDayUnder: ((limits: ReadonlySet<LimitName>) => Day | null) | null;
  /** The itinerary judged with the stay kept up to the end of the search (each day's verdict, for any exit on or after it). */
  readonly kept: Judgement;
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
  const next = nextStayAfter(itinerary, index);
  // The day before the next booked stay; the reference day itself when that stay is entered on it.
  const cap = next === null ? null : Math.max(itinerary.stays[next]!.entry - 1, from);
  const high = cap ?? searchEnd(itinerary, index, from);
  // Every limit only looks back (docs/authorisation.md §3): a day of the stay is judged alike for any
  // exit on or after it. So the stay kept up to `high`, judged once, gives the verdict of each of its
  // days for every exit: the first unauthorised one ends the stay's own latest exit.
  const far = judgeWith(high);
  const farStay = judgedStay(far, index);
  let ownBreak: { first: Day; limit: LimitName } | undefined = farStay.unauthorised[0];
  if (ownBreak !== undefined && ownBreak.first <= from) {
    // The one exception to looking back: stays entered the same day are ordered by their exits (a
    // one-day stay first), so ending on `from` itself can put this stay before another one-day stay
    // of that day, and take the sticker's entry first. Leaving on `from` is judged on its own.
    const leavingOnFrom = judgedStay(judgeWith(from), index).unauthorised[0];
    if (leavingOnFrom !== undefined) {
      return { latestExit: null, bindingLimit: null, bookedStayIndex: null, alreadyBroken: { day: leavingOnFrom.first, limit: leavingOnFrom.limit }, bookedBreakDay: null, lastDayUnder: null, kept: far };
    }
    // Staying on breaks a day up to `from` (every longer stay is ordered as the kept one): `from` is the last day.
    ownBreak = { first: from + 1, limit: ownBreak.limit };
  }
  const ownLast = ownBreak === undefined ? high : ownBreak.first - 1;
  const stoppedBy = (latestExit: Day, bindingLimit: StopReason | null, bookedStayIndex: number | null = null, bookedBreakDay: Day | null = null): LatestExit => ({
    latestExit,
    bindingLimit,
    bookedStayIndex,
    alreadyBroken: null,
    bookedBreakDay,
    lastDayUnder: next === null ? (limits) => lastDayUnder(farStay, limits, searchEnd(itinerary, index, farStay.entry)) : null,
    kept: far,
  });
  const ownStop = () => (ownBreak !== undefined ? stoppedBy(ownLast, ownBreak.limit) : cap !== null ? stoppedBy(cap, 'nextBookedStay', next) : stoppedBy(high, null));
  if (next === null || ownLast === from) return ownStop();
  // Booked stays ahead: a longer stay may break one of them (more days counted before it). That only
  // grows with the exit, so the last exit breaking none is found by halving.
  const baseline = judgeWith(from);
  const holds = (exit: Day) => (exit === high ? firstNewBreak(far, baseline, index) === null : firstNewBreak(judgeWith(exit), baseline, index) === null);
  if (holds(ownLast)) return ownStop();
  let low = from; // holds(from): it is the baseline
  let fails = ownLast;
  while (fails - low > 1) {
    const mid = Math.floor((low + fails) / 2);
    if (holds(mid)) low = mid;
    else fails = mid;
  }
  const booked = firstNewBreak(judgeWith(low + 1), baseline, index);
  return stoppedBy(low, 'bookedStay', booked?.stayIndex ?? null, booked?.day ?? null);
}

/** An end no stay of the search can pass: two windows after the last day anything stops counting. */
function searchEnd(itinerary: Itinerary, index: number, from: Day): Day {
  const lastExemptDay = Math.max(from, ...exemptRanges(itinerary).map((range) => range.last), accessionOf(itinerary.stays[index]!) ?? from);
  return lastExemptDay + horizonOf(regimeOfItinerary(itinerary));
}

/**
 * The last day `limits` alone allow a stay kept up from its entry, read from the stay judged up to
 * `end` (each limit only looks back): the day before the first they break; null when that is its entry.
 */
function lastDayUnder(stay: JudgedStay, limits: ReadonlySet<LimitName>, end: Day): Day | null {
  let first = Infinity;
  if (stay.breaks !== null) for (const [limit, days] of stay.breaks) if (limits.has(limit) && days.size > 0) first = Math.min(first, days.firsts[0]!);
  if (first > end) return end;
  return first <= stay.entry ? null : first - 1;
}

function accessionOf(stay: ItineraryStay): Day | null {
  if (stay.country === null) return null;
  return schengenCountsFrom(stay.country);
}

/** The stay that follows stay `index` in time (the next booked stay), ordered as the judge orders them. */
function nextStayAfter(itinerary: Itinerary, index: number): number | null {
  const before = staysInOrder(itinerary);
  let found: number | null = null;
  itinerary.stays.forEach((_, other) => {
    if (other === index || before(index, other) >= 0) return;
    if (found === null || before(other, found) < 0) found = other;
  });
  return found;
}

/** Stays compared in time as the judge takes them: by entry, a one-day stay first, then by state; identical ones by index. */
function staysInOrder(itinerary: Itinerary): (a: number, b: number) => number {
  const stays = itinerary.stays;
  return (a, b) => stays[a]!.entry - stays[b]!.entry || stays[a]!.exit - stays[b]!.exit || byCountry(stays[a]!, stays[b]!) || a - b;
}

/**
 * The stay (other than `except`) containing `day`: of two, the later in the judge's order (the one
 * entered on a day of exit and re-entry; of two entered the same day, the longer), whatever the input order.
 */
export function stayContaining(itinerary: Itinerary, day: Day, except = -1): number | null {
  const before = staysInOrder(itinerary);
  let found: number | null = null;
  itinerary.stays.forEach((stay, index) => {
    if (index === except || day < stay.entry || day > stay.exit) return;
    if (found === null || before(found, index) < 0) found = index;
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
export function judgeTrip(
  itinerary: Itinerary,
  entry: Day,
  exit: Day,
  country: string | null = null,
  options: JudgeOptions = {},
  // The itinerary without the trip, judged with the same options: a search passes it once for all its candidates.
  baseline: Judgement = judgeItinerary(itinerary, options),
): TripJudgement {
  const tripIndex = itinerary.stays.length;
  const judgement = judgeItinerary(withStay(itinerary, { entry, exit, country }), options);
  const trip = judgedStay(judgement, tripIndex);
  const tripBreak = trip.unauthorised[0];
  const booked = firstNewBreak(judgement, baseline, tripIndex);
  let first: StayBreak | null = tripBreak === undefined ? null : { day: tripBreak.first, stayIndex: -1, limit: tripBreak.limit };
  if (booked !== null && (first === null || booked.day < first.day)) first = booked;
  return {
    compliant: first === null,
    firstUnauthorisedDay: first?.day ?? null,
    brokenLimit: first?.limit ?? null,
    stayIndex: first?.stayIndex ?? null,
    unauthorisedTripDays: trip.unauthorisedDays.size,
    judgement,
  };
}

export interface EarliestTripOptions extends JudgeOptions {
  /** The last entry day worth a look (a trip that must fit before a booked stay); default: none. */
  readonly lastEntry?: Day;
}

/**
 * The earliest entry >= `from` (and <= `options.lastEntry`) for a trip of `days` days that shares no
 * day with a recorded stay and is compliant (docs §4); null when none is found before every sticker
 * has expired.
 */
export function findEarliestTrip(
  itinerary: Itinerary,
  from: Day,
  days: number,
  options: EarliestTripOptions = {},
  // The itinerary already judged, with any limits: the rolling rule's fast search needs only its counted days.
  judged?: Judgement,
): Day | null {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  const regime = regimeOfItinerary(itinerary);
  const rulesOnly = options.limits !== undefined && [...options.limits].every((limit) => RULE_LIMITS.has(limit));
  const visaNeeded = regime.stickers && needsVisa(itinerary.visas) && !rulesOnly;
  const lastRecorded = Math.max(-Infinity, ...itinerary.stays.map((stay) => stay.exit));
  // Days under a permit or D visa are not judged: a trip over them may comply whatever its length.
  const lastExempt = Math.max(-Infinity, ...exemptRanges(itinerary).map((range) => range.last));
  // With a visa needed, nothing is possible after the last sticker expires, except a trip with no
  // day to judge (under a permit, or outside the zone). Without, past every recorded and exempt day
  // by the rules' horizon, nothing recorded can weigh on the trip any more.
  // A trip the regime never counts (no state, where unnamed stays do not count) only has to fit between stays.
  const tripNeverCounts = regimeCountsFrom(regime, tripCountryOf(regime)) === null;
  const lastUseful = tripNeverCounts
    ? Math.max(from, lastRecorded + 1)
    : visaNeeded
      ? Math.max(from, lastExempt, ...itinerary.visas.filter(isShortStayVisa).map((visa) => visa.validUntil))
      : Math.max(from, lastRecorded, lastExempt) + horizonOf(regime) + days;
  // With no visa to judge, no permit and nothing booked from `from` on, the rolling rule's own fast
  // search answers (a trip longer than 90 days can then never comply).
  const lastEntry = options.lastEntry ?? Infinity;
  if (!visaNeeded && lastRecorded < from && lastExempt === -Infinity && regime === SCHENGEN_REGIME) {
    if (days > itinerary.rule.maxDays || from > lastEntry) return null;
    const counting = judged ?? judgeItinerary(itinerary, { limits: new Set(['rule90180']) });
    const found = findEarliestEntry(countingHistoryOf(counting), itinerary.rule, from, days);
    return found <= lastEntry ? found : null;
  }
  const baseline = judgeItinerary(itinerary, options);
  const on = (limit: LimitName) => options.limits === undefined || options.limits.has(limit);
  // Without days that never count, a trip's days are all judged: a sticker too short for it, or one it
  // breaks by its entry or its days, fails every later entry under it too.
  const tripAlwaysCounts = regimeCountsFrom(regime, tripCountryOf(regime)) === -Infinity;
  const jumpsStickers = visaNeeded && lastExempt === -Infinity && tripAlwaysCounts;
  // A regime of one rolling rule, always in force: that rule alone on the trip's own days bounds the
  // next entry worth judging (the rolling rule's own linear search). Not with exempt days: the judge
  // does not judge them at all, where that search still asks them to fit.
  const onlyRule = regime.rules.length === 1 ? regime.rules[0]! : null;
  const rolling = onlyRule !== null && onlyRule.shape.kind === 'rolling' && onlyRule.from === null && onlyRule.until === null ? onlyRule.shape : null;
  const rollingBound = rolling !== null && tripAlwaysCounts && lastExempt === -Infinity && on(limitOfShape(rolling)) && days <= rolling.maxDays ? rolling : null;
  const overlapping = overlapFinder(itinerary);
  let entry = from;
  while (entry <= Math.min(lastUseful, lastEntry)) {
    const overlap = overlapping(entry, entry + days - 1);
    if (overlap !== null) {
      entry = itinerary.stays[overlap]!.exit + 1;
      continue;
    }
    if (jumpsStickers) {
      const sticker = stickerOn(itinerary.visas, entry);
      if (sticker === null && on('noVisa')) {
        const next = nextStickerStart(itinerary.visas, entry);
        if (next === null) return null;
        entry = next;
        continue;
      }
      if (sticker !== null && on('visaUntil') && itinerary.visas[sticker]!.validUntil < entry + days - 1) {
        entry = itinerary.visas[sticker]!.validUntil + 1;
        continue;
      }
    }
    const trip = judgeTrip(itinerary, entry, entry + days - 1, tripCountryOf(regime), options, baseline);
    if (trip.compliant) return entry;
    entry = nextCandidate(trip);
  }
  return null;

  function nextCandidate(trip: TripJudgement): Day {
    if (trip.stayIndex !== -1) return entry + 1; // a booked stay breaks: try the next day
    if (jumpsStickers && STICKER_LIMITS.has(trip.brokenLimit!)) {
      const sticker = judgedStay(trip.judgement, itinerary.stays.length).visaIndex;
      if (sticker !== null) return itinerary.visas[sticker]!.validUntil + 1;
    }
    if (rollingBound !== null && trip.brokenLimit === limitOfShape(rollingBound)) return Math.max(entry + 1, findEarliestEntry(countingHistoryOf(baseline), rollingBound, entry + 1, days));
    return entry + 1;
  }
}

/**
 * A sticker's limits that, once a trip breaks one, every later entry under the same sticker breaks
 * too (with no exempt day): its type, its territory, its entries (only more are used before a later
 * trip), its end (a later trip ends later) and its days (only more are spent before).
 */
const STICKER_LIMITS: ReadonlySet<LimitName> = new Set(['visaType', 'visaTerritory', 'visaEntries', 'visaUntil', 'visaDuration']);

/** Days used on `day` under the itinerary's rolling rule. */
export function daysUsedIn(judgement: Judgement, day: Day): number {
  return daysUsedOn(countingHistoryOf(judgement), judgement.itinerary.rule, day);
}
