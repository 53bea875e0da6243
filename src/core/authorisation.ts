import { addMonths, civilFromDay, dayFromCivil, firstDayHolding, type Day, type DayRange } from './day.js';
import {
  countInRange,
  countUpTo,
  daysFrom,
  daySetFromRanges,
  daySetFromSortedArrays,
  EMPTY_DAY_SET,
  firstIndexAtLeast,
  intersectDays,
  lastDayOf,
  hasDay,
  meetsRange,
  nthDay,
  singleRangeDaySet,
  sliceFrom,
  subtractDays,
  unionDays,
  type DaySet,
} from './day-set.js';
import { schengenCountsFrom } from './membership.js';
import { judgingRules, limitOfShape, regimeCountsFrom, SCHENGEN_REGIME, tripCapFrom, type Regime, type RuleShape } from './regimes.js';
import { daysUsedOn, findEarliestEntry, SCHENGEN_RULE, type CountingHistory, type WindowRule } from './rolling-window.js';
import type { Visa } from './visa.js';

/**
 * A few values kept by the identity of their key, the latest first out: a question asks about the
 * same itinerary several times in a row. (A WeakMap entry per itinerary made every garbage
 * collection of a batch of small histories dearer than the judging itself: issue 21.)
 */
class Recent<K, V> {
  private readonly keys: (K | undefined)[];
  private readonly values: (V | undefined)[];
  private next = 0;

  constructor(size: number) {
    this.keys = new Array<K | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
  }

  get(key: K): V | undefined {
    for (let i = 0; i < this.keys.length; i += 1) if (this.keys[i] === key) return this.values[i];
    return undefined;
  }

  set(key: K, value: V): V {
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.keys.length;
    return value;
  }
}

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

/**
 * Why an entry is not allowed: the limit its Schengen entry day breaks, or, for a planned entry,
 * `bookedStay` when entering at all would make a booked stay unauthorised (docs/authorisation.md §4).
 */
export type EntryRefusal = LimitName | 'bookedStay';

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
const durationReadings = new Recent<Visa, { readonly reading: DurationReading; readonly ambiguous: boolean }>(16);

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
function calendarYearBreaks(counted: DaySet, maxDays: number, from: Day): DayRange[] {
  const breaks: DayRange[] = [];
  const { firsts, lasts } = counted;
  for (let run = 0; run < firsts.length; run += 1) {
    // Only the days from `from` on are asked for (the rest of a run keeps its count: it only grows).
    if (lasts[run]! < from) continue;
    let first = Math.max(firsts[run]!, from);
    while (first <= lasts[run]!) {
      const year = civilFromDay(first).year;
      const last = Math.min(lasts[run]!, dayFromCivil(year, 12, 31));
      const yearStart = dayFromCivil(year, 1, 1);
      const usedUpTo = (day: Day) => countInRange(counted, yearStart, day);
      if (usedUpTo(last) > maxDays) breaks.push({ first: firstDayHolding(first, last, (day) => usedUpTo(day) > maxDays), last });
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
  /**
   * Judge every itinerary a search tries whole, not by taking up the judgement without the stay
   * tried (`judgeVariant`): the plain judgement the property tests compare the fast one with.
   */
  readonly plain?: boolean;
}

function exemptRanges(itinerary: Itinerary): readonly DayRange[] {
  const visas = itinerary.visas;
  if (visas.length <= FEW_VISAS && !visas.some((visa) => visa.type === 'D')) return itinerary.permits;
  const longStay = stickerIndexOf(visas).longStay;
  if (longStay.length === 0) return itinerary.permits;
  return [...itinerary.permits, ...longStay];
}

/** The last day under a residence permit or a D visa (days that never count); null when there is none. */
export function lastExemptDay(itinerary: Itinerary): Day | null {
  const ranges = exemptRanges(itinerary);
  return ranges.length === 0 ? null : Math.max(...ranges.map((range) => range.last));
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
  return firstIndexAtLeast(index.froms, day + 1) - 1;
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

/**
 * Days over the rolling limit: within a run of consecutive counted days the count never falls
 * (each day adds one, at most one drops out), so the broken days of a run are a suffix of it.
 */
function rollingBreaks(counted: DaySet, rule: WindowRule, from: Day): DayRange[] {
  const breaks: DayRange[] = [];
  const { firsts, lasts } = counted;
  const used = (day: Day) => countInRange(counted, day - rule.windowDays + 1, day);
  for (let run = 0; run < firsts.length; run += 1) {
    // Only the days from `from` on are asked for: the count never falls within a run, so the part
    // of a run from `from` on breaks on a suffix of it too.
    if (lasts[run]! < from) continue;
    if (used(lasts[run]!) <= rule.maxDays) continue;
    breaks.push({ first: firstDayHolding(Math.max(firsts[run]!, from), lasts[run]!, (day) => used(day) > rule.maxDays), last: lasts[run]! });
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

/** `broken` with `days` added to the days `limit` breaks (made on the first break: most stays break nothing). */
function withBreaks(broken: Map<LimitName, DaySet> | null, limit: LimitName, days: DaySet): Map<LimitName, DaySet> | null {
  if (days.size === 0) return broken;
  const map = broken ?? new Map<LimitName, DaySet>();
  const known = map.get(limit);
  map.set(limit, known === undefined ? days : unionDays(known, days));
  return map;
}

/**
 * The stays of an itinerary (all of them, or all but one) with the days each counts, in the order
 * the judge takes them, and every day that counts (P).
 */
interface PreparedStays {
  readonly exempt: DaySet;
  readonly counted: DaySet;
  /** In chronological order (`chronological`): the stays with a day that counts first, then the others. */
  readonly ordered: readonly Ordered[];
  /** How many stays of `ordered` have a day that counts. */
  readonly withDays: number;
  /**
   * Each stay's days begin on or after the last day of every stay before it in `ordered`: true of
   * any history whose stays only touch (the input checks). A judgement of such stays can be taken
   * up again from any of them (`judgeVariant`).
   */
  readonly inSequence: boolean;
}

function prepareStays(itinerary: Itinerary, omit: number): PreparedStays {
  const exemptList = exemptRanges(itinerary);
  const exempt = exemptList.length === 0 ? EMPTY_DAY_SET : daySetFromRanges(exemptList);
  const regime = regimeOfItinerary(itinerary);
  const ordered: Ordered[] = [];
  let previous: DaySet = EMPTY_DAY_SET;
  for (let index = 0; index < itinerary.stays.length; index += 1) {
    if (index === omit) continue;
    const stay = itinerary.stays[index]!;
    let schengenDays = zoneDaysOf(regime, stay, exempt);
    // Stays of the same days (several on one day) share one set: sets are never changed.
    if (schengenDays.firsts.length === 1 && previous.firsts.length === 1 && previous.firsts[0] === schengenDays.firsts[0] && previous.lasts[0] === schengenDays.lasts[0]) schengenDays = previous;
    previous = schengenDays;
    ordered.push({ stay, index, schengenDays, start: firstDayOf(schengenDays), exit: stay.exit });
  }
  // Histories usually come in order: sort only when they do not.
  let sorted = true;
  for (let k = 1; k < ordered.length && sorted; k += 1) sorted = chronological(ordered[k - 1]!, ordered[k]!) < 0;
  if (!sorted) ordered.sort(chronological);
  const firsts: number[] = [];
  const lasts: number[] = [];
  let withDays = 0;
  let inSequence = true;
  let lastSoFar = -Infinity;
  for (const { schengenDays, start } of ordered) {
    if (start === null) break;
    withDays += 1;
    if (start < lastSoFar) inSequence = false;
    for (let i = 0; i < schengenDays.firsts.length; i += 1) {
      firsts.push(schengenDays.firsts[i]!);
      lasts.push(schengenDays.lasts[i]!);
    }
    lastSoFar = Math.max(lastSoFar, schengenDays.lasts[schengenDays.lasts.length - 1]!);
  }
  const counted = daySetFromSortedArrays(firsts, lasts) ?? daySetFromRanges(firsts.map((first, i) => ({ first, last: lasts[i]! })));
  return { exempt, counted, ordered, withDays, inSequence };
}

const preparedOf = new Recent<Itinerary, PreparedStays>(4);

/** Every stay of the itinerary prepared, once per itinerary (a question asks for it several times). */
function preparedStays(itinerary: Itinerary): PreparedStays {
  return preparedOf.get(itinerary) ?? preparedOf.set(itinerary, prepareStays(itinerary, -1));
}

/** The days that count and those that never do, without judging anything. */
export function countingHistoryOfItinerary(itinerary: Itinerary): CountingHistory {
  const { counted, exempt } = preparedStays(itinerary);
  return { counted, exempt };
}

/** What a judgement judges with: the itinerary's stickers and rules, and which limits are on. */
interface JudgeContext {
  readonly visas: readonly Visa[];
  readonly regime: Regime;
  readonly visaNeeded: boolean;
  readonly on: (limit: LimitName) => boolean;
  readonly options: JudgeOptions;
  /** The regime's rolling and calendar-year rules that are on, with the days each is in force (null: every day). */
  readonly periodRules: readonly { readonly limit: LimitName; readonly shape: RuleShape; readonly inForce: DaySet | null }[];
  readonly perStayRules: readonly { readonly limit: LimitName; readonly maxDays: number; readonly inForce: DaySet | null }[];
}

function judgeContext(itinerary: Itinerary, options: JudgeOptions): JudgeContext {
  const enabled = options.limits;
  const on = (limit: LimitName) => enabled === undefined || enabled.has(limit);
  const regime = regimeOfItinerary(itinerary);
  const periodRules: { limit: LimitName; shape: RuleShape; inForce: DaySet | null }[] = [];
  const perStayRules: { limit: LimitName; maxDays: number; inForce: DaySet | null }[] = [];
  // Each rule on the days it judges: in force, or the nearest in time outside every rule's dates.
  for (const rule of judgingRules(regime)) {
    const limit = limitOfShape(rule.shape);
    if (!on(limit)) continue;
    // Null: in force on every day (no need to cut the breaks to a period).
    const inForce = rule.from === null && rule.until === null ? null : daySetFromRanges([{ first: rule.from ?? FAR_PAST, last: rule.until ?? FAR_FUTURE }]);
    if (rule.shape.kind === 'perStay') perStayRules.push({ limit, maxDays: rule.shape.maxDays, inForce });
    else periodRules.push({ limit, shape: rule.shape, inForce });
  }
  return { visas: itinerary.visas, regime, visaNeeded: regime.stickers && needsVisa(itinerary.visas), on, options, periodRules, perStayRules };
}

/** The first day a judgement taken up on `from` must see of the days that count: as far back as a rule looks. */
function lookBackFrom(context: JudgeContext, from: Day): Day {
  let first = from;
  for (const { shape } of context.periodRules) {
    first = Math.min(first, shape.kind === 'rolling' ? from - shape.windowDays + 1 : dayFromCivil(civilFromDay(from).year, 1, 1));
  }
  return first;
}

/** The days each rolling or calendar-year rule breaks, from `from` on, by limit (as parallel lists). */
interface RuleBreaks {
  readonly limits: readonly LimitName[];
  readonly days: readonly DaySet[];
}

/** The days the regime's rules break from `from` on, judged on `counted` (which holds every day those days look back to). */
function ruleBreaksOf(context: JudgeContext, counted: DaySet, from: Day): RuleBreaks {
  let byLimit: Map<LimitName, DaySet> | null = null;
  for (const rule of context.periodRules) {
    const breaks = rule.shape.kind === 'rolling' ? rollingBreaks(counted, rule.shape, from) : calendarYearBreaks(counted, rule.shape.maxDays, from);
    if (breaks.length === 0) continue;
    const broken = daySetFromRanges(breaks);
    byLimit = withBreaks(byLimit, rule.limit, rule.inForce === null ? broken : intersectDays(broken, rule.inForce));
  }
  return byLimit === null ? NO_RULE_BREAKS : { limits: [...byLimit.keys()], days: [...byLimit.values()] };
}

const NO_RULE_BREAKS: RuleBreaks = { limits: [], days: [] };

/**
 * The days spent under one sticker so far, each counted once: the days an earlier judgement had
 * up to a day (`base` up to `cut`), and those added since. Stays come in order, so days are only
 * ever added after the last one (or on it: a day of exit and re-entry); anything else falls back
 * to a plain union.
 */
class StickerDays {
  private readonly baseCount: number;
  private readonly firsts: number[] = [];
  private readonly lasts: number[] = [];
  private readonly daysBefore: number[] = [];
  private size = 0;
  private merged: DaySet | null = null;

  constructor(
    private readonly base: DaySet = EMPTY_DAY_SET,
    private readonly cut: Day = -Infinity,
  ) {
    this.baseCount = cut === -Infinity ? 0 : countUpTo(base, cut);
  }

  /** The days on or before `day`. */
  countUpTo(day: Day): number {
    if (this.merged !== null) return countUpTo(this.merged, day);
    if (day <= this.cut) return countUpTo(this.base, day);
    return this.baseCount + countUpTo(this.added(), day);
  }

  /** The `n`-th day (1-based), or null when there are fewer. */
  nth(n: number): Day | null {
    if (this.merged !== null) return nthDay(this.merged, n);
    if (n <= this.baseCount) return nthDay(this.base, n);
    return nthDay(this.added(), n - this.baseCount);
  }

  add(days: DaySet): void {
    if (this.merged !== null) {
      this.merged = unionDays(this.merged, days);
      return;
    }
    for (let i = 0; i < days.firsts.length; i += 1) {
      const last = days.lasts[i]!;
      let first = days.firsts[i]!;
      const top = this.lasts.length - 1;
      const lastSoFar = top >= 0 ? this.lasts[top]! : this.cut;
      // Out of order: days before the last one kept (a shared day of exit and re-entry is fine).
      if (first < lastSoFar) {
        const rest = daySetFromRanges(days.firsts.slice(i).map((from, k) => ({ first: from, last: days.lasts[i + k]! })));
        this.merged = unionDays(this.all(), rest);
        return;
      }
      if (first <= this.cut) first = this.cut + 1;
      if (first > last) continue;
      if (top >= 0 && first <= this.lasts[top]! + 1) {
        if (last > this.lasts[top]!) {
          this.size += last - this.lasts[top]!;
          this.lasts[top] = last;
        }
      } else {
        this.firsts.push(first);
        this.lasts.push(last);
        this.daysBefore.push(this.size);
        this.size += last - first + 1;
      }
    }
  }

  private added(): DaySet {
    return { firsts: this.firsts, lasts: this.lasts, daysBefore: this.daysBefore, size: this.size };
  }

  /** Every day so far, as a set. */
  all(): DaySet {
    if (this.merged !== null) return this.merged;
    if (this.cut === -Infinity) return this.added();
    const before = this.cut === -Infinity ? EMPTY_DAY_SET : intersectDays(this.base, singleRangeDaySet(FAR_PAST, this.cut));
    return unionDays(before, daySetFromRanges(this.firsts.map((first, i) => ({ first, last: this.lasts[i]! }))));
  }
}

/** Where each sticker stands before a stay: the entries it has had and the days spent under it. */
class StickerState {
  private readonly entries = new Map<number, number>();
  private readonly days = new Map<number, StickerDays>();

  /** `seed`: where a sticker stood at the point a judgement is taken up (none: nothing before). */
  constructor(private readonly seed: ((visa: number) => { entries: number; days: StickerDays }) | null = null) {}

  private load(visa: number): void {
    if (this.days.has(visa)) return;
    const seeded = this.seed?.(visa);
    this.entries.set(visa, seeded?.entries ?? 0);
    this.days.set(visa, seeded?.days ?? new StickerDays());
  }

  entriesOf(visa: number): number {
    this.load(visa);
    return this.entries.get(visa)!;
  }

  daysOf(visa: number): StickerDays {
    this.load(visa);
    return this.days.get(visa)!;
  }

  enter(visa: number, days: DaySet): void {
    this.load(visa);
    this.entries.set(visa, this.entries.get(visa)! + 1);
    this.days.get(visa)!.add(days);
  }

  /** The days under each sticker used (kept by a judgement taken up later). */
  daysByVisa(): ReadonlyMap<number, StickerDays> {
    return this.days;
  }
}

/**
 * The days a stay breaks, by limit, as the judge adds them: most stays break nothing, most of the
 * others one limit, so the map is made only for a second one.
 */
class BreakCollector {
  limit: LimitName | null = null;
  days: DaySet = EMPTY_DAY_SET;
  map: Map<LimitName, DaySet> | null = null;

  reset(): void {
    this.limit = null;
    this.days = EMPTY_DAY_SET;
    this.map = null;
  }

  add(limit: LimitName, days: DaySet): void {
    if (days.size === 0) return;
    if (this.limit === null) {
      this.limit = limit;
      this.days = days;
    } else if (this.map === null && limit === this.limit) {
      this.days = unionDays(this.days, days);
    } else {
      this.map ??= new Map([[this.limit, this.days]]);
      this.map = withBreaks(this.map, limit, days);
    }
  }
}

/** One stay as judged; its labelled breaks are worked out when first asked for. */
class JudgedStayRecord implements JudgedStay {
  private labelled: { ranges: UnauthorisedRange[]; days: DaySet } | null = null;
  private breakMap: ReadonlyMap<LimitName, DaySet> | null;

  constructor(
    readonly index: number,
    private readonly stay: ItineraryStay,
    readonly schengenDays: DaySet,
    readonly start: Day | null,
    readonly visaIndex: number | null,
    readonly entriesUsedBefore: number,
    readonly visaDaysBefore: number,
    readonly entryRefusal: LimitName | null,
    /** The one limit its days break (null: none), and those days; with more than one, `breakMap`. */
    readonly onlyLimit: LimitName | null,
    readonly onlyDays: DaySet,
    breakMap: ReadonlyMap<LimitName, DaySet> | null,
  ) {
    this.breakMap = breakMap;
  }

  get entry(): Day {
    return this.stay.entry;
  }

  get exit(): Day {
    return this.stay.exit;
  }

  get country(): string | null {
    return this.stay.country;
  }

  /** The days each limit breaks, as pairs, without making the map for one limit. */
  breakList(): readonly (readonly [LimitName, DaySet])[] {
    if (this.onlyLimit === null) return [];
    if (this.breakMap === null || this.breakMap.size === 1) return [[this.onlyLimit, this.onlyDays]];
    return [...this.breakMap];
  }

  /** Whether any day of it breaks a limit. */
  get broken(): boolean {
    return this.onlyLimit !== null;
  }

  get breaks(): ReadonlyMap<LimitName, DaySet> | null {
    if (this.breakMap === null && this.onlyLimit !== null) this.breakMap = new Map([[this.onlyLimit, this.onlyDays]]);
    return this.breakMap;
  }

  private label(): { ranges: UnauthorisedRange[]; days: DaySet } {
    if (this.labelled === null) {
      if (this.onlyLimit === null) this.labelled = NOTHING_BROKEN;
      else if (this.breakMap !== null && this.breakMap.size > 1) this.labelled = labelBreaks(this.breakMap);
      else {
        const { firsts, lasts } = this.onlyDays;
        const limit = this.onlyLimit;
        this.labelled = { ranges: firsts.map((first, i) => ({ first, last: lasts[i]!, limit })), days: this.onlyDays };
      }
    }
    return this.labelled;
  }

  get unauthorised(): readonly UnauthorisedRange[] {
    return this.label().ranges;
  }

  get unauthorisedDays(): DaySet {
    if (this.labelled === null && (this.breakMap === null || this.breakMap.size === 1)) return this.onlyDays;
    return this.label().days;
  }

  /** The first limit `day` breaks as a day of this stay; null when none (`stayLimitOn`). */
  limitOn(day: Day): LimitName | null {
    if (this.onlyLimit === null) return null;
    if (this.breakMap === null || this.breakMap.size === 1) return hasDay(this.onlyDays, day) ? this.onlyLimit : null;
    for (const range of this.unauthorised) if (range.first <= day && day <= range.last) return range.limit;
    return null;
  }
}

/** Whether a judged stay has a day that breaks a limit (without labelling its days). */
function isBroken(stay: JudgedStay): boolean {
  return stay instanceof JudgedStayRecord ? stay.broken : stay.breaks !== null && stay.unauthorisedDays.size > 0;
}

/** The days of `set` that `breaks` holds; `set` itself when it holds them all (nothing to allocate). */
function brokenPart(set: DaySet, breaks: DaySet): DaySet {
  const first = set.firsts[0]!;
  const last = set.lasts[set.lasts.length - 1]!;
  if (!meetsRange(breaks, first, last)) return EMPTY_DAY_SET;
  if (set.firsts.length === 1 && countInRange(breaks, first, last) === last - first + 1) return set;
  return intersectDays(set, breaks);
}

/** Judges `stays` in order (docs/authorisation.md §3), after what `stickers` already holds, into `out`. */
function judgeInOrder(context: JudgeContext, stays: Iterable<Ordered>, stickers: StickerState, rules: RuleBreaks, out: JudgedStay[]): void {
  const { visas, on } = context;
  const broken = new BreakCollector();
  for (const { stay, index, schengenDays, start } of stays) {
    broken.reset();
    let visaIndex: number | null = null;
    let entriesUsedBefore = 0;
    let visaDaysBefore = 0;
    let entryRefusal: LimitName | null = null;
    if (start !== null && context.visaNeeded) {
      visaIndex = stickerOn(visas, start);
      // An entry refused: every day of the stay breaks the (first) limit its entry breaks.
      let refusals: LimitName[] | null = null;
      if (visaIndex === null) {
        refusals = ['noVisa'];
      } else {
        const visa = visas[visaIndex]!;
        entriesUsedBefore = stickers.entriesOf(visaIndex);
        const under = stickers.daysOf(visaIndex);
        visaDaysBefore = under.countUpTo(start - 1);
        stickers.enter(visaIndex, schengenDays);
        if (visa.type === 'A') (refusals ??= []).push('visaType');
        if (visa.type === 'LTV' && visa.validFor !== null && stay.country !== null && !visa.validFor.includes(stay.country)) (refusals ??= []).push('visaTerritory');
        if (visa.entries !== 'MULT' && entriesUsedBefore >= visa.entries) (refusals ??= []).push('visaEntries');
        if (on('visaUntil') && stay.exit > visa.validUntil) broken.add('visaUntil', daysFrom(schengenDays, visa.validUntil + 1));
        if (on('visaDuration') && durationReadingOf(visa).reading === 'total') {
          // The day the sticker's days run out: its DURATION+1-th day, counting each day once.
          const breakDay = under.nth(visa.durationDays + 1);
          if (breakDay !== null) broken.add('visaDuration', daysFrom(schengenDays, breakDay));
        }
      }
      if (refusals !== null) {
        for (const limit of refusals) {
          if (!on(limit)) continue;
          entryRefusal ??= limit;
          broken.add(limit, schengenDays);
        }
      }
    }
    if (start !== null) {
      for (let k = 0; k < rules.limits.length; k += 1) broken.add(rules.limits[k]!, brokenPart(schengenDays, rules.days[k]!));
      for (const rule of context.perStayRules) {
        // The stay's N+1-th day that counts, and every one after it, while the rule is in force.
        const breakDay = nthDay(schengenDays, rule.maxDays + 1);
        if (breakDay === null) continue;
        const over = daysFrom(schengenDays, breakDay);
        broken.add(rule.limit, rule.inForce === null ? over : intersectDays(over, rule.inForce));
      }
    }
    out.push(new JudgedStayRecord(index, stay, schengenDays, start, visaIndex, entriesUsedBefore, visaDaysBefore, entryRefusal, broken.limit, broken.days, broken.map));
  }
}

/**
 * A judgement. One judged whole keeps what it needs to be taken up again from any stay
 * (`judgeVariant`); one taken up shares the judged stays before that point with it and judges
 * the rest. The history-wide figures are worked out when first asked for.
 */
class JudgementRecord implements Judgement {
  private countedSet: DaySet | null;
  private itineraryValue: Itinerary | null;
  private labelled: { ranges: UnauthorisedRange[]; days: DaySet } | null = null;
  private byIndex: Map<number, JudgedStay> | null = null;
  private everyStay: readonly JudgedStay[] | null = null;

  constructor(
    itinerary: Itinerary | (() => Itinerary),
    readonly needsVisa: boolean,
    readonly exempt: DaySet,
    counted: DaySet | (() => DaySet),
    readonly context: JudgeContext,
    /** Judged whole: the stays it judged and the days under each sticker; null for one taken up. */
    readonly whole: { readonly prepared: PreparedStays; readonly stickerDays: ReadonlyMap<number, StickerDays>; readonly positionOf: Int32Array } | null,
    /** Taken up: the judgement whose first `reused` stays it shares. */
    readonly base: JudgementRecord | null,
    readonly reused: number,
    /** Its own judged stays, in order, after the shared ones. */
    readonly own: readonly JudgedStay[],
  ) {
    this.itineraryValue = typeof itinerary === 'function' ? null : itinerary;
    this.itineraryOf = typeof itinerary === 'function' ? itinerary : null;
    this.countedSet = typeof counted === 'function' ? null : counted;
    this.countedOf = typeof counted === 'function' ? counted : null;
  }

  private readonly itineraryOf: (() => Itinerary) | null;
  private readonly countedOf: (() => DaySet) | null;

  get itinerary(): Itinerary {
    return (this.itineraryValue ??= this.itineraryOf!());
  }

  get counted(): DaySet {
    return (this.countedSet ??= this.countedOf!());
  }

  /** How many stays it judges. */
  get length(): number {
    return this.reused + this.own.length;
  }

  /** The stay at `position` in the judge's order. */
  at(position: number): JudgedStay {
    return position < this.reused ? this.base!.own[position]! : this.own[position - this.reused]!;
  }

  get stays(): readonly JudgedStay[] {
    if (this.everyStay === null) this.everyStay = this.base === null ? this.own : [...this.base.own.slice(0, this.reused), ...this.own];
    return this.everyStay;
  }

  /** The judged form of `Itinerary.stays[index]`; undefined when it has none. */
  stayByIndex(index: number): JudgedStay | undefined {
    if (this.whole !== null) {
      const position = index >= 0 && index < this.whole.positionOf.length ? this.whole.positionOf[index]! : -1;
      return position < 0 ? undefined : this.own[position];
    }
    // The stay taken up at (the trip, the stay whose exit is tried) comes first; a few more are looked through.
    if (this.own[0]?.index === index) return this.own[0];
    if (this.own.length <= 32) return this.own.find((stay) => stay.index === index) ?? this.base!.stayByIndex(index);
    if (this.byIndex === null) {
      this.byIndex = new Map();
      for (const stay of this.own) this.byIndex.set(stay.index, stay);
    }
    return this.byIndex.get(index) ?? this.base!.stayByIndex(index);
  }

  private label(): { ranges: UnauthorisedRange[]; days: DaySet } {
    if (this.labelled === null) {
      // Every stay's broken days by limit, made into sets once (merging stay by stay would be quadratic).
      const every = new Map<LimitName, { firsts: number[]; lasts: number[] }>();
      for (let position = 0; position < this.length; position += 1) {
        const stay = this.at(position);
        if (!isBroken(stay)) continue;
        for (const [limit, days] of stay instanceof JudgedStayRecord ? stay.breakList() : stay.breaks!) {
          let ranges = every.get(limit);
          if (ranges === undefined) every.set(limit, (ranges = { firsts: [], lasts: [] }));
          for (let i = 0; i < days.firsts.length; i += 1) {
            ranges.firsts.push(days.firsts[i]!);
            ranges.lasts.push(days.lasts[i]!);
          }
        }
      }
      if (every.size === 0) this.labelled = NOTHING_BROKEN;
      else {
        const sets = new Map<LimitName, DaySet>();
        for (const [limit, { firsts, lasts }] of every) {
          sets.set(limit, daySetFromSortedArrays(firsts, lasts) ?? daySetFromRanges(firsts.map((first, i) => ({ first, last: lasts[i]! }))));
        }
        this.labelled = labelBreaks(sets);
      }
    }
    return this.labelled;
  }

  get unauthorised(): readonly UnauthorisedRange[] {
    return this.label().ranges;
  }

  get unauthorisedDays(): DaySet {
    return this.label().days;
  }

  /** For a judgement judged whole: where sticker `visa` stood before the stay at `position` (taken up there). */
  stickerBefore(visa: number, position: number): { entries: number; days: StickerDays } {
    const positions = this.stickerPositions().get(visa);
    const days = this.whole!.stickerDays.get(visa);
    if (positions === undefined || days === undefined) return { entries: 0, days: new StickerDays() };
    // The stays under the sticker before `position`: their days end on the last one's last day.
    const low = firstIndexAtLeast(positions, position);
    if (low === 0) return { entries: 0, days: new StickerDays() };
    const lastDays = this.own[positions[low - 1]!]!.schengenDays;
    return { entries: low, days: new StickerDays(days.all(), lastDays.lasts[lastDays.lasts.length - 1]!) };
  }

  private positionsByVisa: Map<number, number[]> | null = null;

  private stickerPositions(): Map<number, number[]> {
    if (this.positionsByVisa === null) {
      this.positionsByVisa = new Map();
      this.own.forEach((stay, position) => {
        if (stay.visaIndex === null) return;
        let positions = this.positionsByVisa!.get(stay.visaIndex);
        if (positions === undefined) this.positionsByVisa!.set(stay.visaIndex, (positions = []));
        positions.push(position);
      });
    }
    return this.positionsByVisa;
  }
}

/** Judges the itinerary's stays (but `omit`) whole, keeping what a judgement taken up from it needs. */
function judgeWhole(itinerary: Itinerary | (() => Itinerary), source: Itinerary, omit: number, options: JudgeOptions): JudgementRecord {
  const context = judgeContext(source, options);
  const prepared = omit < 0 ? preparedStays(source) : prepareStays(source, omit);
  const stickers = new StickerState();
  const own: JudgedStay[] = [];
  judgeInOrder(context, prepared.ordered, stickers, ruleBreaksOf(context, prepared.counted, -Infinity), own);
  const positionOf = new Int32Array(source.stays.length).fill(-1);
  own.forEach((stay, position) => (positionOf[stay.index] = position));
  return new JudgementRecord(itinerary, context.visaNeeded, prepared.exempt, prepared.counted, context, { prepared, stickerDays: stickers.daysByVisa(), positionOf }, null, 0, own);
}

/** Judgements already made of an itinerary, by the limits judged (a question asks for the same one several times). */
const judgementsOf = new Recent<Itinerary, Map<ReadonlySet<LimitName> | undefined, JudgementRecord>>(8);

/** Judges every Schengen day of the itinerary (docs/authorisation.md §3). */
export function judgeItinerary(itinerary: Itinerary, options: JudgeOptions = {}): Judgement {
  return judgedWhole(itinerary, options);
}

function judgedWhole(itinerary: Itinerary, options: JudgeOptions): JudgementRecord {
  let judgements = judgementsOf.get(itinerary);
  if (judgements === undefined) judgementsOf.set(itinerary, (judgements = new Map()));
  let judgement = judgements.get(options.limits);
  if (judgement === undefined) {
    judgement = judgeWhole(itinerary, itinerary, -1, options);
    judgements.set(options.limits, judgement);
  }
  return judgement;
}

/**
 * The itinerary with one more stay (or one stay changed), judged by taking up `base` (the
 * itinerary without that stay, judged whole with the same limits) at the stay: every limit only
 * looks back (docs/authorisation.md, "How the answers are found quickly"), so the stays before it
 * are judged as in `base`, and only it and the stays after it are judged again, with the sticker
 * entries and days as they stood before it and the rules' breaks from its first day on. Stays out
 * of sequence (overlapping: the input refuses them) are judged whole.
 */
function judgeVariant(base: JudgementRecord, stay: ItineraryStay, index: number, itinerary: () => Itinerary): Judgement {
  const { prepared } = base.whole!;
  const { context } = base;
  const schengenDays = zoneDaysOf(context.regime, stay, base.exempt);
  const changed: Ordered = { stay, index, schengenDays, start: firstDayOf(schengenDays), exit: stay.exit };
  const { ordered } = prepared;
  let position = 0;
  let high = ordered.length;
  while (position < high) {
    const mid = (position + high) >> 1;
    if (chronological(ordered[mid]!, changed) < 0) position = mid + 1;
    else high = mid;
  }
  const start = changed.start;
  if (start !== null) {
    // Every day of the stays before it must lie on or before its first day, and its days on or
    // before the first day of the next.
    const before = Math.min(position, prepared.withDays) - 1;
    const lastBefore = before < 0 ? -Infinity : lastDayOf(ordered[before]!.schengenDays)!;
    const nextStart = position < prepared.withDays ? ordered[position]!.start! : Infinity;
    if (!prepared.inSequence || lastBefore > start || lastDayOf(schengenDays)! > nextStart) return judgedWhole(itinerary(), context.options);
  }
  // The rules' breaks on the days from its first day on: the days that count from as far back as they look.
  const rules = start === null ? NO_RULE_BREAKS : ruleBreaksOf(context, unionDays(sliceFrom(prepared.counted, lookBackFrom(context, start)), schengenDays), start);
  const stickers = new StickerState((visa) => base.stickerBefore(visa, position));
  const own: JudgedStay[] = [];
  judgeInOrder(context, [changed], stickers, rules, own);
  judgeInOrder(context, ordered.slice(position), stickers, rules, own);
  return new JudgementRecord(itinerary, base.needsVisa, base.exempt, () => unionDays(prepared.counted, schengenDays), context, null, base, position, own);
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
  return (judgement instanceof JudgementRecord ? judgement.stayByIndex(index) : judgement.stays.find((stay) => stay.index === index))!;
}

/** The judged form of `Itinerary.stays[index]` in `judgement`, if it has one. */
function stayOfIndex(judgement: Judgement, index: number): JudgedStay | undefined {
  return judgement instanceof JudgementRecord ? judgement.stayByIndex(index) : judgement.stays.find((stay) => stay.index === index);
}

/**
 * The stays of `judgement`, in order, whose judgement may differ from `baseline`'s: when both were
 * taken up from one judgement (or one is it), only those neither shares with it; else all of them.
 */
function* staysAfterShared(judgement: Judgement, baseline: Judgement): Generator<JudgedStay> {
  if (!(judgement instanceof JudgementRecord)) {
    yield* judgement.stays;
    return;
  }
  const root = judgement.base ?? judgement;
  const shared = (other: Judgement) => (other === root ? root.length : other instanceof JudgementRecord && other.base === root ? other.reused : 0);
  const first = judgement.base === null ? shared(baseline) : Math.min(judgement.reused, shared(baseline));
  for (let position = first; position < judgement.length; position += 1) yield judgement.at(position);
}

/**
 * The itinerary's visas, permits and rules with other stays. Written out rather than spread: on
 * Node 20 a spread followed by a property costs about a microsecond, and searches make many.
 */
export function itineraryWithStays(itinerary: Itinerary, stays: readonly ItineraryStay[]): Itinerary {
  const { visas, permits, rule, regime } = itinerary;
  return regime === undefined ? { stays, visas, permits, rule } : { stays, visas, permits, rule, regime };
}

/**
 * Itineraries made from another by `withStay` (a stay added as `index`) or `withExit` (stay `index`
 * changed): without that stay, each is the other without it, whose judgement may already be made.
 */
const madeFrom = new Recent<Itinerary, { readonly parent: Itinerary; readonly index: number; readonly added: boolean }>(8);

/** The itinerary with stay `index` ending on `exit` instead. */
export function withExit(itinerary: Itinerary, index: number, exit: Day): Itinerary {
  const stays = itinerary.stays.slice();
  const stay = stays[index]!;
  stays[index] = { entry: stay.entry, exit, country: stay.country };
  const changed = itineraryWithStays(itinerary, stays);
  madeFrom.set(changed, { parent: itinerary, index, added: false });
  return changed;
}

/** The itinerary with a stay added (it goes last; its index is the old length). */
export function withStay(itinerary: Itinerary, stay: ItineraryStay): Itinerary {
  const added = itineraryWithStays(itinerary, [...itinerary.stays, stay]);
  madeFrom.set(added, { parent: itinerary, index: itinerary.stays.length, added: true });
  return added;
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
    const low = firstIndexAtLeast(latestExit, first);
    return low < order.length && itinerary.stays[order[low]!]!.entry <= last ? order[low]! : null;
  };
}

/** The limit a stay breaks on `day`, judging the day as a day of that stay; null when none. */
export function stayLimitOn(stay: JudgedStay, day: Day): LimitName | null {
  if (stay instanceof JudgedStayRecord) return stay.limitOn(day);
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
  for (const stay of staysAfterShared(judgement, baseline)) {
    if (stay.index === except || !isBroken(stay)) continue;
    const before = stayOfIndex(baseline, stay.index);
    if (before === stay) continue;
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
  /**
   * With `entryPlanned`: entering on `from` and leaving that day already makes the booked stay
   * `bookedStayIndex` unauthorised from `bookedBreakDay` (then `latestExit` and `bindingLimit` are null).
   */
  readonly entryBreaksBookedStay: boolean;
}

export interface LatestExitOptions extends JudgeOptions {
  /** False: the stay's own limits only, as if nothing were booked after it. Default true. */
  readonly keepBookedStays?: boolean;
  /**
   * The stay is planned, not made (plan, annex 3 from the entry stamp): its first day is a choice too,
   * so the booked stays are compared with the itinerary without it, not with leaving on `from`.
   * Asked on its entry day, an entry that alone breaks a booked stay then has no latest exit.
   */
  readonly entryPlanned?: boolean;
}

/**
 * The latest exit of stay `index` for someone present on `from` (docs §4): the last day L >= from
 * such that staying until L leaves every Schengen day of the stay authorised and breaks no booked
 * stay that leaving on `from` would not break.
 */
export function findLatestExit(itinerary: Itinerary, index: number, from: Day, options: LatestExitOptions = {}): LatestExit {
  if (options.keepBookedStays === false) {
    const own = itinerary.stays[index]!;
    const kept = itinerary.stays.filter((stay, other) => other === index || stay.entry <= own.entry);
    // Nothing entered after it: the itinerary itself (and the judgements already made of it).
    if (kept.length === itinerary.stays.length) return findLatestExit(itinerary, index, from, { ...options, keepBookedStays: true });
    const alone = itineraryWithStays(itinerary, kept);
    return findLatestExit(alone, kept.indexOf(own), from, { ...options, keepBookedStays: true });
  }
  // The itinerary without the stay, judged whole once; each exit tried takes it up at the stay.
  const without = judgeWithout(itinerary, index, options);
  const own = itinerary.stays[index]!;
  const tried = new Map<Day, Judgement>();
  const judgeWith = (exit: Day) => {
    let judgement = tried.get(exit);
    if (judgement === undefined) {
      judgement = options.plain === true ? judgeItinerary(withExit(itinerary, index, exit), options) : judgeVariant(without, { entry: own.entry, exit, country: own.country }, index, () => withExit(itinerary, index, exit));
      tried.set(exit, judgement);
    }
    return judgement;
  };
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
      return {
        latestExit: null,
        bindingLimit: null,
        bookedStayIndex: null,
        alreadyBroken: { day: leavingOnFrom.first, limit: leavingOnFrom.limit },
        bookedBreakDay: null,
        lastDayUnder: null,
        kept: far,
        entryBreaksBookedStay: false,
      };
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
    entryBreaksBookedStay: false,
  });
  const ownStop = () => (ownBreak !== undefined ? stoppedBy(ownLast, ownBreak.limit) : cap !== null ? stoppedBy(cap, 'nextBookedStay', next) : stoppedBy(high, null));
  let baseline: Judgement | null = null;
  if (options.entryPlanned === true && next !== null) {
    baseline = judgeWith(from);
    // A planned entry is a choice: leaving on `from` is not a given. Compared with the itinerary
    // without the stay, entering alone may already break a booked stay: then no day is possible.
    // Otherwise leaving on `from` breaks the same booked days as not coming (adding days only adds
    // breaks), and the search below goes on from that baseline as for a stay under way.
    const atEntry = firstNewBreak(baseline, without, index);
    if (atEntry !== null) {
      return {
        latestExit: null,
        bindingLimit: null,
        bookedStayIndex: atEntry.stayIndex,
        alreadyBroken: null,
        bookedBreakDay: atEntry.day,
        lastDayUnder: null,
        kept: far,
        entryBreaksBookedStay: true,
      };
    }
  }
  if (next === null || ownLast === from) return ownStop();
  // Booked stays ahead: a longer stay may break one of them (more days counted before it). That only
  // grows with the exit, so the last exit breaking none is found by halving.
  const leavingOnFrom = baseline ?? judgeWith(from);
  const holds = (exit: Day) => (exit === high ? firstNewBreak(far, leavingOnFrom, index) === null : firstNewBreak(judgeWith(exit), leavingOnFrom, index) === null);
  if (holds(ownLast)) return ownStop();
  let low = from; // holds(from): it is the baseline
  let fails = ownLast;
  while (fails - low > 1) {
    const mid = Math.floor((low + fails) / 2);
    if (holds(mid)) low = mid;
    else fails = mid;
  }
  const booked = firstNewBreak(judgeWith(low + 1), leavingOnFrom, index);
  return stoppedBy(low, 'bookedStay', booked?.stayIndex ?? null, booked?.day ?? null);
}

/** Judgements of itineraries without one stay, by the stay and the limits judged. */
const judgementsWithout = new Recent<Itinerary, Map<string, JudgementRecord>>(4);
const limitKeys = new WeakMap<ReadonlySet<LimitName>, number>();

/**
 * The itinerary without stay `index`, judged whole, its stays numbered as in the itinerary (for
 * `firstNewBreak`). Made once per itinerary, stay and limits; for an itinerary made by `withStay`
 * it is the judgement of the one before (the same stays, numbered alike), and by `withExit` of the
 * same stay, that of the one it was made from (the stay left out is the one changed).
 */
function judgeWithout(itinerary: Itinerary, index: number, options: JudgeOptions): JudgementRecord {
  const made = madeFrom.get(itinerary);
  if (made !== undefined && made.index === index) return made.added ? judgedWhole(made.parent, options) : judgeWithout(made.parent, index, options);
  let judgements = judgementsWithout.get(itinerary);
  if (judgements === undefined) judgementsWithout.set(itinerary, (judgements = new Map()));
  let limitsKey = 0;
  if (options.limits !== undefined) {
    limitsKey = limitKeys.get(options.limits) ?? limitKeys.set(options.limits, limitKeysMade += 1).get(options.limits)!;
  }
  const key = `${index}/${limitsKey}`;
  let judgement = judgements.get(key);
  if (judgement === undefined) {
    judgement = judgeWhole(() => itineraryWithStays(itinerary, itinerary.stays.filter((_, other) => other !== index)), itinerary, index, options);
    judgements.set(key, judgement);
  }
  return judgement;
}

let limitKeysMade = 0;

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
  /** Days of the booked stays the trip makes unauthorised (authorised without it), each day once. */
  readonly bookedStayDays: number;
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
  const stay = { entry, exit, country };
  // Taken up from the baseline at the trip (the stays before it are judged as without it), unless asked plain.
  const judgement =
    options.plain !== true && baseline instanceof JudgementRecord && baseline.whole !== null
      ? judgeVariant(baseline, stay, tripIndex, () => withStay(itinerary, stay))
      : judgeItinerary(withStay(itinerary, stay), options);
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
    bookedStayDays: first === null ? 0 : subtractDays(newBreakDays(judgement, baseline, tripIndex), trip.unauthorisedDays).size,
    judgement,
  };
}

export interface EarliestTripOptions extends JudgeOptions {
  /** The last entry day worth a look (a trip that must fit before a booked stay); default: none. */
  readonly lastEntry?: Day;
}

/** Every day on which a stay other than `except` is unauthorised in `judgement` and was not in `baseline`. */
function newBreakDays(judgement: Judgement, baseline: Judgement, except: number): DaySet {
  let days = EMPTY_DAY_SET;
  for (const stay of staysAfterShared(judgement, baseline)) {
    if (stay.index === except || !isBroken(stay)) continue;
    const before = stayOfIndex(baseline, stay.index);
    if (before === stay) continue;
    days = unionDays(days, before === undefined ? stay.unauthorisedDays : subtractDays(stay.unauthorisedDays, before.unauthorisedDays));
  }
  return days;
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
  let lastRecorded = -Infinity;
  for (const stay of itinerary.stays) if (stay.exit > lastRecorded) lastRecorded = stay.exit;
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
  const onlyRule = regime.rules.length === 1 ? judgingRules(regime)[0]! : null;
  const rolling = onlyRule !== null && onlyRule.shape.kind === 'rolling' && onlyRule.from === null && onlyRule.until === null ? onlyRule.shape : null;
  const rollingBound = rolling !== null && tripAlwaysCounts && lastExempt === -Infinity && on(limitOfShape(rolling)) && days <= rolling.maxDays ? rolling : null;
  // Longer than a rolling or per-stay rule allows, with every day counted (past the last exempt day,
  // in the zone, the rules no longer changing): no later entry can comply either (issue 19).
  const cap = tripAlwaysCounts ? tripCapFrom(regime, from) : null;
  const neverFitsAfterExempt = cap !== null && days > cap.maxDays && on(limitOfShape(cap.shape));
  const overlapping = overlapFinder(itinerary);
  let entry = from;
  while (entry <= Math.min(lastUseful, lastEntry)) {
    if (neverFitsAfterExempt && entry > lastExempt) return null;
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
