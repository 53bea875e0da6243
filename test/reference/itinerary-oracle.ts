/**
 * A slow, obviously correct oracle for the authorisation model of docs/authorisation.md (issue 9).
 *
 * Everything is computed from sets of day numbers, one day at a time, exactly as the document
 * reads: which days of a stay are Schengen days (§2), every limit each of them breaks (§3), and the
 * answers built on them (§4) by trying one candidate after another. It imports nothing from src/
 * (not even types) on purpose, so that a mistake there cannot hide here: the calendar arithmetic
 * ("six months later") and the accession table are written out again below.
 *
 * Days are integers: days since 1970-01-01 (day 0 = 1970-01-01).
 *
 * Readings taken where the document leaves a choice (each is named in the report on issue 9):
 * - a booked stay "breaks a limit it would not break" (§4) when one of its Schengen days is
 *   unauthorised, as a day of that stay, and was authorised without the change (§5: "a new trip
 *   that would make a booked trip unauthorised"); the day then reports its first limit.
 *   `OracleOptions.newBreak = 'limit'` takes §4 word for word instead: any limit the day breaks
 *   (not only the first) that it did not break before, even on a day already unauthorised.
 * - "every Schengen day of this stay is authorised" judges the days *as days of this stay*: a day
 *   shared with another stay is not held against this one because the other stay breaks on it.
 * - stays are ordered by start, then by exit, then by entry (a one-day stay before a stay entered
 *   the same day; a stay entered earlier before one entered on its exit day), then by state (no
 *   state first; docs §3), then by input index (two identical stays: the order between them does
 *   not change what the days break).
 * - "that many earlier stays" (visaEntries) means at least that many.
 * - latest exit of a planned stay (`entryPlanned`, issue 19): before anything else, the stay left on
 *   `from` is compared with the itinerary without it; a booked stay that breaks then, and not
 *   without the stay, refuses the entry (no latest exit). Otherwise as below.
 * - latest exit: L = `from` is always an answer when no day of the stay up to `from` is
 *   unauthorised, even when the next stay is entered on `from` itself (the stays then touch);
 *   beyond it, the day before the next stay's entry caps L, and the cap is named
 *   ('nextBookedStay') before any limit the day after would break. The next stay of a one-day
 *   stay [e, e] includes a stay entered on e that lasts longer (it comes after, docs §3).
 *
 * Regimes (issue 11, docs/regimes.md): an input may carry a `regime` (default: the Schengen area,
 * 90/180, stickers judged, stays with no state counted). A regime counts the days of one zone — the
 * Schengen area (accession table; CY, IE, GB, RU, BY, TR never), or one state (RU, BY, TR: only
 * stays in that state) — plus the stays with no state when `countsUnnamed`; permit and D-visa days
 * never count. P is the union of those days. Each rule judges a day only when from <= day <= until:
 * rolling N in M breaks day d when |P ∩ [d − M + 1, d]| > N; calendarYear N when
 * |P ∩ [1 January of d's year, d]| > N; perStay N when the stay's own counted days up to and
 * including d number more than N (the entry day is day 1). A day before every rule's start is judged
 * by the rules that start first, a day after every rule's end by those that end last (rules.md §5.15,
 * issue 19). Rolling 90 in 180 reports `rule90180`,
 * any other rolling rule `rolling`. Visa stickers are judged only when the regime says so. A trip
 * placed by the earliest-entry search or a planned trip has no state in the Schengen area and the
 * zone's state (e.g. RU) in another zone.
 */

export type OracleLimit =
  | 'noVisa'
  | 'visaType'
  | 'visaTerritory'
  | 'visaEntries'
  | 'visaUntil'
  | 'visaDuration'
  | 'rule90180'
  | 'rolling'
  | 'calendarYear'
  | 'perStay';

/** The table of docs §3, in its order, then the limits of the other rule shapes (issue 11). */
export const ORACLE_LIMITS: readonly OracleLimit[] = [
  'noVisa',
  'visaType',
  'visaTerritory',
  'visaEntries',
  'visaUntil',
  'visaDuration',
  'rule90180',
  'rolling',
  'calendarYear',
  'perStay',
];

/** A stay rule's shape (issue 11): N in any M days, N per calendar year, N per stay. */
export type OracleShape =
  | { readonly kind: 'rolling'; readonly maxDays: number; readonly windowDays: number }
  | { readonly kind: 'calendarYear'; readonly maxDays: number }
  | { readonly kind: 'perStay'; readonly maxDays: number };

/** A rule and the days it judges: from <= day <= until (null: no bound). */
export interface OracleRule {
  readonly shape: OracleShape;
  readonly from: number | null;
  readonly until: number | null;
}

export type OracleZone = 'schengen' | 'RU' | 'BY' | 'TR';

export interface OracleRegime {
  readonly zone: OracleZone;
  readonly rules: readonly OracleRule[];
  /** Visa stickers are judged. */
  readonly stickers: boolean;
  /** Stays with no state count. */
  readonly countsUnnamed: boolean;
}

/** The default regime: the Schengen area under 90/180, stickers judged, unnamed stays counted. */
export const ORACLE_SCHENGEN: OracleRegime = {
  zone: 'schengen',
  rules: [{ shape: { kind: 'rolling', maxDays: 90, windowDays: 180 }, from: null, until: null }],
  stickers: true,
  countsUnnamed: true,
};

/** A closed stay, both ends included; `country` = state of the stamp, null when unknown. */
export interface OracleStay {
  readonly entry: number;
  readonly exit: number;
  readonly country: string | null;
}

export interface OracleVisa {
  readonly type: 'C' | 'LTV' | 'A' | 'D';
  readonly entries: 1 | 2 | 'MULT';
  readonly validFrom: number;
  readonly validUntil: number;
  readonly durationDays: number;
  readonly validFor: readonly string[] | null;
}

export interface OraclePermit {
  readonly first: number;
  readonly last: number;
}

export interface OracleInput {
  readonly stays: readonly OracleStay[];
  readonly visas: readonly OracleVisa[];
  readonly permits: readonly OraclePermit[];
  /** The rules judged and the zone they count in; default ORACLE_SCHENGEN. */
  readonly regime?: OracleRegime;
}

export interface OracleOptions {
  /** How a booked stay "breaks a limit it would not break" (see the header). Default 'day'. */
  readonly newBreak?: 'limit' | 'day';
  /**
   * oracleLatestExit of a planned stay (docs §4, plan and annex 3; issue 19): its entry is a choice,
   * so a booked stay that breaks when the stay is there at all, and not without it, refuses the entry.
   */
  readonly entryPlanned?: boolean;
}

export interface OracleLatestExit {
  readonly latestExit: number | null;
  readonly bindingLimit: OracleLimit | 'nextBookedStay' | 'bookedStay' | null;
  /** True when the scan stopped after 2000 days without finding an end (no limit ever binds). */
  readonly scanCapped: boolean;
  /** With `entryPlanned`: true when entering at all breaks a booked stay (then no latest exit). */
  readonly entryBreaksBookedStay?: boolean;
}

export interface OracleTrip {
  readonly compliant: boolean;
  readonly firstUnauthorisedDay: number | null;
  readonly brokenLimit: OracleLimit | null;
  /** Index in input.stays of the booked stay that breaks; -1 = the trip itself; null = compliant. */
  readonly stayIndex: number | null;
}

// ---------------------------------------------------------------------------------------------
// Calendar and accession table (written again here, on purpose)
// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date. */
export function oracleDay(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

/** The same date six months after `day`; where that date does not exist, the month's last day. */
export function sameDateSixMonthsLater(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth(); // 0-based
  const dayOfMonth = date.getUTCDate();
  const lastDayOfTargetMonth = new Date(Date.UTC(year, month + 7, 0)).getUTCDate(); // day 0 of the month after = last day
  const target = Math.min(dayOfMonth, lastDayOfTargetMonth);
  return Date.UTC(year, month + 6, target) / MS_PER_DAY;
}

/** docs §3 "Valid for more than six months": UNTIL on or after the same date six months after FROM. */
export function validMoreThanSixMonths(visa: OracleVisa): boolean {
  return visa.validUntil >= sameDateSixMonthsLater(visa.validFrom);
}

/** First day on which days in `country` count; null = never. */
const ACCESSION: Readonly<Record<string, number | null>> = (() => {
  const table: Record<string, number | null> = {};
  const put = (codes: string, day: number | null) => {
    for (const code of codes.split(' ')) table[code] = day;
  };
  put('BE DE ES FR LU NL PT', oracleDay(1995, 3, 26));
  put('IT', oracleDay(1997, 10, 26));
  put('AT', oracleDay(1997, 12, 1));
  put('GR', oracleDay(2000, 3, 26));
  put('DK FI SE IS NO', oracleDay(2001, 3, 25));
  put('CZ EE HU LV LT MT PL SK SI', oracleDay(2007, 12, 21));
  put('CH', oracleDay(2008, 12, 12));
  put('LI', oracleDay(2011, 12, 19));
  put('HR', oracleDay(2023, 1, 1));
  put('BG RO', oracleDay(2024, 3, 31));
  put('CY IE GB', null);
  // States with regimes of their own: never Schengen days.
  put('RU BY TR', null);
  return table;
})();

function countsFrom(country: string): number | null {
  const from = ACCESSION[country];
  if (from === undefined) throw new Error(`oracle: unknown country ${country}`);
  return from;
}

// ---------------------------------------------------------------------------------------------
// Judging every day (docs §2, §3)
// ---------------------------------------------------------------------------------------------

const SCAN_LIMIT = 2000;
const EARLIEST_ENTRY_SCAN = 1500;

const isShortStay = (visa: OracleVisa) => visa.type === 'C' || visa.type === 'LTV' || visa.type === 'A';

interface OracleJudgement {
  /** Per stay (input index): its Schengen days, ascending. */
  readonly schengenDays: readonly number[][];
  /**
   * Per stay: every limit each of its Schengen days breaks, in table order (empty = authorised).
   * Worked out the first time it is asked for (a slow oracle still need not judge what nobody reads).
   */
  readonly broken: (index: number) => Map<number, OracleLimit[]>;
}

const regimeOf = (input: OracleInput): OracleRegime => input.regime ?? ORACLE_SCHENGEN;

/** docs §2: is day `d` of `stay` a Schengen day (a day of the regime's zone)? */
function isSchengenDay(input: OracleInput, stay: OracleStay, d: number): boolean {
  if (d < stay.entry || d > stay.exit) return false;
  const regime = regimeOf(input);
  if (stay.country === null) {
    if (!regime.countsUnnamed) return false;
  } else if (regime.zone === 'schengen') {
    const from = countsFrom(stay.country);
    if (from === null || d < from) return false;
  } else if (stay.country !== regime.zone) {
    return false;
  }
  for (const permit of input.permits) if (permit.first <= d && d <= permit.last) return false;
  for (const visa of input.visas) if (visa.type === 'D' && visa.validFrom <= d && d <= visa.validUntil) return false;
  return true;
}

/**
 * docs §3: "stays alike in every date are ordered by their state, so that the order of the input
 * never decides" — no state first, then by code.
 */
function byState(a: OracleStay, b: OracleStay): number {
  if (a.country === b.country) return 0;
  if (a.country === null) return -1;
  if (b.country === null) return 1;
  return a.country < b.country ? -1 : 1;
}

/** How many days of an ascending list are on or before `d`. */
function countUpTo(sorted: readonly number[], d: number): number {
  let low = 0;
  let high = sorted.length; // answer in [low, high]
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= d) low = mid + 1;
    else high = mid;
  }
  return low;
}

function judge(input: OracleInput): OracleJudgement {
  const stays = input.stays;
  const schengenDays = stays.map((stay) => {
    const days: number[] = [];
    for (let d = stay.entry; d <= stay.exit; d += 1) if (isSchengenDay(input, stay, d)) days.push(d);
    return days;
  });
  const start = schengenDays.map((days) => (days.length === 0 ? null : days[0]!));

  // P: every Schengen day of every stay, once.
  const P = new Set<number>();
  for (const days of schengenDays) for (const d of days) P.add(d);
  const sortedP = [...P].sort((a, b) => a - b);
  // |P ∩ [first, last]|
  const inP = (first: number, last: number) => countUpTo(sortedP, last) - countUpTo(sortedP, first - 1);
  const regime = regimeOf(input);
  /**
   * The rules that judge day d: those in force on it; on a day before every rule's start, those that
   * start first; on a day after every rule's end, those that end last (rules.md §5.15, issue 19: the
   * rules nearest in time judge it, and the core warns).
   */
  const inForceOn = (d: number) => regime.rules.filter((rule) => (rule.from === null || d >= rule.from) && (rule.until === null || d <= rule.until));
  const earliestStart = regime.rules.some((rule) => rule.from === null) ? null : Math.min(...regime.rules.map((rule) => rule.from!));
  const latestEnd = regime.rules.some((rule) => rule.until === null) ? null : Math.max(...regime.rules.map((rule) => rule.until!));
  const judgingOn = (d: number): readonly OracleRule[] => {
    if (earliestStart !== null && d < earliestStart) return regime.rules.filter((rule) => rule.from === earliestStart);
    if (latestEnd !== null && d > latestEnd) return regime.rules.filter((rule) => rule.until === latestEnd);
    return inForceOn(d);
  };
  /** The limits of the regime's rules day d of a stay breaks, given the stay's counted days up to d. */
  const ruleLimits = (d: number, stayDaysUpTo: number): OracleLimit[] => {
    const found = new Set<OracleLimit>();
    for (const rule of judgingOn(d)) {
      const shape = rule.shape;
      if (shape.kind === 'rolling') {
        if (inP(d - shape.windowDays + 1, d) > shape.maxDays) found.add(shape.maxDays === 90 && shape.windowDays === 180 ? 'rule90180' : 'rolling');
      } else if (shape.kind === 'calendarYear') {
        const year = new Date(d * MS_PER_DAY).getUTCFullYear();
        if (inP(oracleDay(year, 1, 1), d) > shape.maxDays) found.add('calendarYear');
      } else if (stayDaysUpTo > shape.maxDays) {
        found.add('perStay');
      }
    }
    return ORACLE_LIMITS.filter((limit) => found.has(limit));
  };

  const needsVisa = regime.stickers && input.visas.some(isShortStay);
  // Chronological order of the stays that are judged (those with a Schengen day).
  const order = stays
    .map((_, index) => index)
    .filter((index) => start[index] !== null)
    .sort((a, b) => start[a]! - start[b]! || stays[a]!.exit - stays[b]!.exit || stays[a]!.entry - stays[b]!.entry || byState(stays[a]!, stays[b]!) || a - b);
  const position = new Map<number, number>(order.map((index, k) => [index, k]));
  const stickerOf = (index: number): number | null => {
    const s = start[index];
    if (s === null || s === undefined || !needsVisa) return null;
    let found: number | null = null;
    input.visas.forEach((visa, v) => {
      if (isShortStay(visa) && visa.validFrom <= s && s <= visa.validUntil && found === null) found = v;
    });
    return found;
  };
  const sticker = stays.map((_, index) => stickerOf(index));

  // Days spent under each sticker: the Schengen days of all stays whose sticker it is (a day once).
  const stickerDays = new Map<number, Set<number>>();
  stays.forEach((_, index) => {
    const v = sticker[index];
    if (v === null || v === undefined) return;
    let set = stickerDays.get(v);
    if (set === undefined) stickerDays.set(v, (set = new Set()));
    for (const d of schengenDays[index]!) set.add(d);
  });

  // Days spent under sticker v up to and including d (each day once).
  const sortedStickerDays = new Map([...stickerDays].map(([v, set]) => [v, [...set].sort((a, b) => a - b)]));
  const spentUpTo = (v: number, d: number) => countUpTo(sortedStickerDays.get(v)!, d);

  const judgeStay = (index: number) => {
    const stay = stays[index]!;
    const result = new Map<number, OracleLimit[]>();
    const days = schengenDays[index]!;
    if (days.length === 0) return result;
    const v = sticker[index]!;
    const visa = v === null ? null : input.visas[v]!;
    const earlierWithSticker =
      v === null ? 0 : order.filter((other) => position.get(other)! < position.get(index)! && sticker[other] === v).length;
    let stayDaysUpTo = 0;
    for (const d of days) {
      stayDaysUpTo += 1;
      const limits: OracleLimit[] = [];
      if (needsVisa && visa === null) limits.push('noVisa');
      if (visa !== null) {
        if (visa.type === 'A') limits.push('visaType');
        if (visa.type === 'LTV' && stay.country !== null && visa.validFor !== null && !visa.validFor.includes(stay.country)) {
          limits.push('visaTerritory');
        }
        if (visa.entries !== 'MULT' && earlierWithSticker >= visa.entries) limits.push('visaEntries');
        if (d > visa.validUntil) limits.push('visaUntil');
        const durationIsTotal = !validMoreThanSixMonths(visa) || visa.durationDays < 90;
        if (durationIsTotal && spentUpTo(v!, d) > visa.durationDays) limits.push('visaDuration');
      }
      limits.push(...ruleLimits(d, stayDaysUpTo));
      result.set(d, limits);
    }
    return result;
  };
  const judged = new Map<number, Map<number, OracleLimit[]>>();
  const broken = (index: number) => {
    let result = judged.get(index);
    if (result === undefined) judged.set(index, (result = judgeStay(index)));
    return result;
  };
  return { schengenDays, broken };
}

/** The first limit in table order of a list that is already in table order. */
const firstOf = (limits: readonly OracleLimit[] | undefined): OracleLimit | null => (limits === undefined || limits.length === 0 ? null : limits[0]!);

/**
 * The days of stay `index` that break something in `after` they did not break in `before`,
 * with the first such limit (both judgements have the stay at the same index).
 */
function newBreaks(before: OracleJudgement, after: OracleJudgement, index: number, options: OracleOptions, beforeIndex = index): { day: number; limit: OracleLimit }[] {
  const found: { day: number; limit: OracleLimit }[] = [];
  for (const [day, limits] of after.broken(index)) {
    if (limits.length === 0) continue;
    const old = before.broken(beforeIndex).get(day) ?? [];
    if ((options.newBreak ?? 'day') === 'day') {
      if (old.length === 0) found.push({ day, limit: limits[0]! });
    } else {
      const fresh = limits.filter((limit) => !old.includes(limit));
      if (fresh.length > 0) found.push({ day, limit: fresh[0]! });
    }
  }
  return found.sort((a, b) => a.day - b.day);
}

// ---------------------------------------------------------------------------------------------
// The answers (docs §4)
// ---------------------------------------------------------------------------------------------

/** Every Schengen day that is not authorised → the first limit it breaks, over all stays containing it. */
export function oracleUnauthorised(input: OracleInput): Map<number, OracleLimit> {
  const judgement = judge(input);
  const result = new Map<number, OracleLimit>();
  for (let index = 0; index < input.stays.length; index += 1) {
    for (const [day, limits] of judgement.broken(index)) {
      const first = firstOf(limits);
      if (first === null) continue;
      const known = result.get(day);
      if (known === undefined || ORACLE_LIMITS.indexOf(first) < ORACLE_LIMITS.indexOf(known)) result.set(day, first);
    }
  }
  return result;
}

/** The first day of stay `index` breaking one of `limits` (every limit of a day, not only its first); null when none. */
export function oracleFirstBreakOf(input: OracleInput, index: number, limits: readonly OracleLimit[]): number | null {
  let first: number | null = null;
  for (const [day, broken] of judge(input).broken(index)) {
    if (broken.some((limit) => limits.includes(limit)) && (first === null || day < first)) first = day;
  }
  return first;
}

/** P: every Schengen day of every stay. */
export function oracleCountedDays(input: OracleInput): Set<number> {
  const set = new Set<number>();
  for (const days of judge(input).schengenDays) for (const d of days) set.add(d);
  return set;
}

/** Is stay `other` after stay `index` (it begins on or after it and is not a one-day stay before it)? */
function isAfter(stays: readonly OracleStay[], index: number, other: number): boolean {
  const a = stays[index]!;
  const b = stays[other]!;
  if (b.entry !== a.entry) return b.entry > a.entry;
  if (b.exit !== a.exit) return b.exit > a.exit;
  const state = byState(b, a);
  return state > 0 || (state === 0 && other > index);
}

function withExit(input: OracleInput, index: number, exit: number): OracleInput {
  return { ...input, stays: input.stays.map((stay, k) => (k === index ? { ...stay, exit } : stay)) };
}

/**
 * docs §4 latest exit of stay `stayIndex` for someone present on `from`: tries L = from, from + 1, …
 * with the stay's exit replaced by L. L holds when every Schengen day of the stay is authorised
 * and no other stay breaks a limit it would not break had the stay ended on `from`; it never
 * passes the day before the next stay's entry.
 */
export function oracleLatestExit(input: OracleInput, stayIndex: number, from: number, options: OracleOptions = {}): OracleLatestExit {
  const baseline = judge(withExit(input, stayIndex, from));
  for (const [day, limits] of baseline.broken(stayIndex)) {
    if (day <= from && limits.length > 0) return { latestExit: null, bindingLimit: null, scanCapped: false };
  }
  if (options.entryPlanned === true) {
    // The itinerary without the planned stay: each other stay keeps its place in the list, one lower
    // after the removed one. A stay that breaks with the planned stay left on `from`, and not without
    // it, is broken by entering at all.
    const without = judge({ ...input, stays: input.stays.filter((_, k) => k !== stayIndex) });
    for (let other = 0; other < input.stays.length; other += 1) {
      if (other === stayIndex) continue;
      if (newBreaks(without, baseline, other, options, other < stayIndex ? other : other - 1).length > 0) {
        return { latestExit: null, bindingLimit: null, scanCapped: false, entryBreaksBookedStay: true };
      }
    }
  }
  let cap: number | null = null;
  input.stays.forEach((stay, other) => {
    if (other !== stayIndex && isAfter(input.stays, stayIndex, other) && (cap === null || stay.entry - 1 < cap)) cap = stay.entry - 1;
  });
  let latest = from; // holds: it is the baseline
  for (;;) {
    if (latest - from + 1 >= SCAN_LIMIT) return { latestExit: latest, bindingLimit: null, scanCapped: true };
    const next = latest + 1;
    if (cap !== null && next > cap) return { latestExit: latest, bindingLimit: 'nextBookedStay', scanCapped: false };
    const judgement = judge(withExit(input, stayIndex, next));
    const own = [...judgement.broken(stayIndex)].filter(([, limits]) => limits.length > 0).sort((a, b) => a[0] - b[0]);
    if (own.length > 0) return { latestExit: latest, bindingLimit: own[0]![1][0]!, scanCapped: false };
    for (let other = 0; other < input.stays.length; other += 1) {
      if (other === stayIndex) continue;
      if (newBreaks(baseline, judgement, other, options).length > 0) return { latestExit: latest, bindingLimit: 'bookedStay', scanCapped: false };
    }
    latest = next;
  }
}

/** Chronological rank of a stay for ties between two stays broken on the same day. */
function chronoKey(stay: OracleStay): [number, number] {
  return [stay.entry, stay.exit];
}

/** The state of a planned trip: none in the Schengen area, the zone's own state elsewhere. */
export function oracleTripCountry(input: OracleInput): string | null {
  const zone = regimeOf(input).zone;
  return zone === 'schengen' ? null : zone;
}

/**
 * docs §4 planned trip [entry, exit] (country: see oracleTripCountry): compliant when every Schengen day of the
 * trip is authorised and no recorded stay breaks a limit it would not break without the trip.
 * Precondition: the trip shares no day with a recorded stay.
 */
export function oraclePlanTrip(input: OracleInput, entry: number, exit: number, options: OracleOptions = {}): OracleTrip {
  return planTrip(input, judge(input), entry, exit, options, false);
}

function planTrip(input: OracleInput, baseline: OracleJudgement, entry: number, exit: number, options: OracleOptions, compliantOnly: boolean): OracleTrip {
  const tripIndex = input.stays.length;
  const withTrip: OracleInput = { ...input, stays: [...input.stays, { entry, exit, country: oracleTripCountry(input) }] };
  const judgement = judge(withTrip);
  const candidates: { day: number; limit: OracleLimit; stayIndex: number }[] = [];
  for (const [day, limits] of judgement.broken(tripIndex)) {
    const first = firstOf(limits);
    if (first !== null) candidates.push({ day, limit: first, stayIndex: -1 });
  }
  if (!(compliantOnly && candidates.length > 0)) {
    for (let index = 0; index < input.stays.length; index += 1) {
      for (const found of newBreaks(baseline, judgement, index, options)) candidates.push({ ...found, stayIndex: index });
    }
  }
  if (candidates.length === 0) return { compliant: true, firstUnauthorisedDay: null, brokenLimit: null, stayIndex: null };
  candidates.sort((a, b) => {
    if (a.day !== b.day) return a.day - b.day;
    const byLimit = ORACLE_LIMITS.indexOf(a.limit) - ORACLE_LIMITS.indexOf(b.limit);
    if (byLimit !== 0) return byLimit;
    if (a.stayIndex === -1 || b.stayIndex === -1) return a.stayIndex - b.stayIndex;
    const [ea, xa] = chronoKey(input.stays[a.stayIndex]!);
    const [eb, xb] = chronoKey(input.stays[b.stayIndex]!);
    return ea - eb || xa - xb || byState(input.stays[a.stayIndex]!, input.stays[b.stayIndex]!) || a.stayIndex - b.stayIndex;
  });
  const first = candidates[0]!;
  return { compliant: false, firstUnauthorisedDay: first.day, brokenLimit: first.limit, stayIndex: first.stayIndex };
}

/**
 * docs §4 (issue 19) the days a planned trip [entry, exit] leaves unauthorised: its own, and the days of
 * the recorded stays that break with it and did not without it; each day once. With `limits`, only the
 * days that break one of those limits count (the regime's rules alone: `overstayDays`).
 */
export function oracleTripUnauthorisedDays(input: OracleInput, entry: number, exit: number, limits: readonly OracleLimit[] = ORACLE_LIMITS): number {
  const only = (judged: Map<number, OracleLimit[]>): Map<number, OracleLimit[]> =>
    new Map([...judged].map(([day, broken]) => [day, broken.filter((limit) => limits.includes(limit))]));
  const without = judge(input);
  const tripIndex = input.stays.length;
  const withTrip = judge({ ...input, stays: [...input.stays, { entry, exit, country: oracleTripCountry(input) }] });
  const days = new Set<number>();
  for (const [day, broken] of only(withTrip.broken(tripIndex))) if (broken.length > 0) days.add(day);
  for (let index = 0; index < input.stays.length; index += 1) {
    const before = only(without.broken(index));
    for (const [day, broken] of only(withTrip.broken(index))) if (broken.length > 0 && (before.get(day) ?? []).length === 0) days.add(day);
  }
  return days.size;
}

/**
 * docs §4 earliest entry: the first E >= from (up to from + 1500) such that [E, E + days − 1]
 * shares no day with a recorded stay and the trip is compliant; null when none is.
 */
export function oracleEarliestEntry(input: OracleInput, from: number, days: number, options: OracleOptions = {}): number | null {
  const baseline = judge(input);
  for (let entry = from; entry <= from + EARLIEST_ENTRY_SCAN; entry += 1) {
    const exit = entry + days - 1;
    if (input.stays.some((stay) => stay.entry <= exit && entry <= stay.exit)) continue;
    if (planTrip(input, baseline, entry, exit, options, true).compliant) return entry;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The whole itinerary at once (issue 22, `schengen check`)
// ---------------------------------------------------------------------------------------------

/**
 * Each stay's own verdict, as a day of that stay (docs §3): its first Schengen day that breaks a
 * limit, and the first limit (table order) that day breaks; null when every day is authorised.
 */
export function oracleStayVerdicts(input: OracleInput): ({ day: number; limit: OracleLimit } | null)[] {
  const judgement = judge(input);
  return input.stays.map((_, index) => {
    let found: { day: number; limit: OracleLimit } | null = null;
    for (const [day, limits] of judgement.broken(index)) {
      if (limits.length > 0 && (found === null || day < found.day)) found = { day, limit: limits[0]! };
    }
    return found;
  });
}

/**
 * The longest compliant trip inside [first, last] (docs §4 planned trip, every entry and every exit
 * tried, no shortcut): its length and the earliest entry of a trip that long; 0 and null when none.
 * Precondition: no recorded stay shares a day with [first, last].
 */
export function oracleLongestTripIn(input: OracleInput, first: number, last: number): { days: number; entry: number | null } {
  let best = { days: 0, entry: null as number | null };
  for (let entry = first; entry <= last; entry += 1) {
    for (let exit = entry; exit <= last; exit += 1) {
      const days = exit - entry + 1;
      if (days <= best.days) continue;
      if (oraclePlanTrip(input, entry, exit).compliant) best = { days, entry };
    }
  }
  return best;
}
