import { addMonths, type Day } from './day.js';
import { countInRange } from './day-set.js';
import { findEarliestEntry, findLongestStay, type CountingHistory, type WindowRule } from './rolling-window.js';
import type { ClosedStay } from './stays.js';

/** C: uniform short stay; LTV: limited territorial validity; A: airport transit; D: national long stay. */
export type VisaType = 'C' | 'LTV' | 'A' | 'D';
export type VisaEntries = 1 | 2 | 'MULT';

/** A visa sticker's printed fields (rules.md §2.1). */
export interface Visa {
  readonly type: VisaType;
  readonly entries: VisaEntries;
  readonly validFrom: Day;
  readonly validUntil: Day;
  readonly durationDays: number;
  /** States an LTV visa is valid for; null = all Schengen states. */
  readonly validFor: readonly string[] | null;
}

/** The three limits of rules.md §2.2, in the order that breaks ties for `bindingLimit`. */
export type LimitName = 'visaUntil' | 'visaDuration' | 'rule90180';
const LIMIT_ORDER: readonly LimitName[] = ['visaUntil', 'visaDuration', 'rule90180'];

export type EntryRefusal =
  | 'noVisa'
  | 'airportTransitOnly'
  | 'beforeValidity'
  | 'afterValidity'
  | 'entriesUsedUp'
  | 'durationUsedUp'
  | 'notValidForState'
  | 'rule90180';

/**
 * How a sticker's DURATION is read. `total`: days spent under the visa, all entries together.
 * `per180Days`: a visa valid more than six months with DURATION 90 means 90 in any 180 days,
 * which the rolling-window rule already enforces.
 */
export type DurationReading = 'total' | 'per180Days';

export interface VisaUse {
  readonly visaIndex: number;
  readonly entriesUsedBefore: number;
  readonly daysUsedBefore: number;
  readonly durationReading: DurationReading;
  /** Valid > 6 months with DURATION < 90: read both ways in practice (rules.md §2.2); we apply the stricter `total`. */
  readonly ambiguousDuration: boolean;
}

export interface AuthorisedStay {
  readonly allowed: boolean;
  readonly refusal: EntryRefusal | null;
  /** Last authorised day; null when not allowed. */
  readonly latestExit: Day | null;
  /** Days from the day asked about to the latest exit, both included; 0 when not allowed. */
  readonly maxStayDays: number;
  readonly bindingLimit: LimitName | null;
  readonly limits: { readonly visaUntil: Day | null; readonly visaDuration: Day | null; readonly rule90180: Day | null };
  /** The sticker the stay is under; null for a visa-exempt traveller. */
  readonly visa: VisaUse | null;
}

export interface StayContext {
  readonly history: CountingHistory;
  readonly rule: WindowRule;
  /** Physical stays, closed (entries used and days spent under a visa are counted from them). */
  readonly stays: readonly ClosedStay[];
  readonly visas: readonly Visa[];
}

const isShortStayVisa = (visa: Visa) => visa.type !== 'D';

/** A visa-exempt traveller has no short-stay sticker at all in the history. */
export function isVisaExempt(visas: readonly Visa[]): boolean {
  return !visas.some(isShortStayVisa);
}

export function durationReadingOf(visa: Visa): { reading: DurationReading; ambiguous: boolean } {
  const longerThanSixMonths = visa.validUntil > addMonths(visa.validFrom, 6);
  if (!longerThanSixMonths) return { reading: 'total', ambiguous: false };
  return visa.durationDays >= 90 ? { reading: 'per180Days', ambiguous: false } : { reading: 'total', ambiguous: true };
}

/** The short-stay sticker covering `day`, or the reason none does. */
function selectVisa(visas: readonly Visa[], day: Day): { index: number; refusal: EntryRefusal | null } {
  let upcoming = -1;
  let expired = -1;
  for (let index = 0; index < visas.length; index += 1) {
    const visa = visas[index]!;
    if (!isShortStayVisa(visa)) continue;
    if (visa.validFrom <= day && day <= visa.validUntil) return { index, refusal: null };
    if (visa.validFrom > day && (upcoming < 0 || visa.validFrom < visas[upcoming]!.validFrom)) upcoming = index;
    if (visa.validUntil < day && (expired < 0 || visa.validUntil > visas[expired]!.validUntil)) expired = index;
  }
  if (upcoming >= 0) return { index: upcoming, refusal: 'beforeValidity' };
  if (expired >= 0) return { index: expired, refusal: 'afterValidity' };
  return { index: -1, refusal: 'noVisa' };
}

function visaUseBefore(context: StayContext, visaIndex: number, stayEntry: Day): VisaUse {
  const visa = context.visas[visaIndex]!;
  let entriesUsedBefore = 0;
  let daysUsedBefore = 0;
  for (const stay of context.stays) {
    if (stay.entry < visa.validFrom || stay.entry > visa.validUntil || stay.entry >= stayEntry) continue;
    entriesUsedBefore += 1;
    daysUsedBefore += countInRange(context.history.counted, stay.entry, Math.min(stay.exit, stayEntry - 1));
  }
  const { reading, ambiguous } = durationReadingOf(visa);
  return { visaIndex, entriesUsedBefore, daysUsedBefore, durationReading: reading, ambiguousDuration: ambiguous };
}

function refused(refusal: EntryRefusal, limits: AuthorisedStay['limits'], visa: VisaUse | null, bindingLimit: LimitName | null = null): AuthorisedStay {
  return { allowed: false, refusal, latestExit: null, maxStayDays: 0, bindingLimit, limits, visa };
}

/**
 * The last authorised day of a stay that began (or begins) on `stayEntry`, asked on day `from`
 * (the entry day for a plan, the control day for a stay under way): the minimum of the visa's
 * UNTIL, its remaining duration and the 90/180 latest exit (rules.md §2.2, §3.4).
 */
export function findAuthorisedStay(context: StayContext, stayEntry: Day, from: Day, entryCountry?: string): AuthorisedStay {
  const rule90180 = findLongestStay(context.history, context.rule, from).lastDay;
  const noLimits = { visaUntil: null, visaDuration: null, rule90180 };
  if (isVisaExempt(context.visas)) return combine(from, noLimits, null);

  const selected = selectVisa(context.visas, stayEntry);
  if (selected.refusal === 'noVisa') return refused('noVisa', noLimits, null);
  const visa = context.visas[selected.index]!;
  const use = visaUseBefore(context, selected.index, stayEntry);
  const visaUntil = visa.validUntil;
  const remaining = visa.durationDays - use.daysUsedBefore;
  const visaDuration = use.durationReading === 'total' ? stayEntry + remaining - 1 : null;
  const limits = { visaUntil, visaDuration, rule90180 };
  if (selected.refusal !== null) return refused(selected.refusal, limits, use);
  if (visa.type === 'A') return refused('airportTransitOnly', limits, use);
  if (visa.validFor !== null && entryCountry !== undefined && !visa.validFor.includes(entryCountry)) {
    return refused('notValidForState', limits, use);
  }
  if (visa.entries !== 'MULT' && use.entriesUsedBefore >= visa.entries) return refused('entriesUsedUp', limits, use);
  if (use.durationReading === 'total' && remaining <= 0) return refused('durationUsedUp', limits, use, 'visaDuration');
  return combine(from, limits, use);
}

function combine(from: Day, limits: AuthorisedStay['limits'], visa: VisaUse | null): AuthorisedStay {
  if (limits.rule90180 === null) return refused('rule90180', limits, visa, 'rule90180');
  const latestExit = Math.min(...LIMIT_ORDER.map((name) => limits[name] ?? Infinity));
  // Ties go to the first limit in rules.md's order.
  const bindingLimit = LIMIT_ORDER.find((name) => limits[name] === latestExit)!;
  if (latestExit < from) {
    const refusal: EntryRefusal = bindingLimit === 'visaUntil' ? 'afterValidity' : bindingLimit === 'visaDuration' ? 'durationUsedUp' : 'rule90180';
    return refused(refusal, limits, visa, bindingLimit);
  }
  return { allowed: true, refusal: null, latestExit, maxStayDays: latestExit - from + 1, bindingLimit, limits, visa };
}

export interface EarliestAuthorisedEntry {
  readonly entry: Day | null;
  /** Why no entry was found (every sticker expires, is used up or is too short). */
  readonly refusal: EntryRefusal | null;
  readonly visaIndex: number | null;
}

/**
 * The earliest entry >= `from` for a trip of `tripDays` days that both the 90/180 rule and a
 * sticker allow. Entries used and days spent under a sticker only grow with later entry days, so
 * each sticker needs one 90/180 search from its first usable day.
 */
export function findEarliestAuthorisedEntry(context: StayContext, from: Day, tripDays: number): EarliestAuthorisedEntry {
  if (isVisaExempt(context.visas)) {
    return { entry: findEarliestEntry(context.history, context.rule, from, tripDays), refusal: null, visaIndex: null };
  }
  let refusal: EntryRefusal = 'noVisa';
  const candidates = context.visas
    .map((visa, index) => ({ visa, index }))
    .filter(({ visa }) => isShortStayVisa(visa) && visa.validUntil >= from)
    .sort((a, b) => a.visa.validFrom - b.visa.validFrom);
  for (const { visa, index } of candidates) {
    if (visa.type === 'A') {
      refusal = 'airportTransitOnly';
      continue;
    }
    const entry = findEarliestEntry(context.history, context.rule, Math.max(from, visa.validFrom), tripDays);
    if (entry + tripDays - 1 > visa.validUntil) {
      refusal = 'afterValidity';
      continue;
    }
    const use = visaUseBefore(context, index, entry);
    if (visa.entries !== 'MULT' && use.entriesUsedBefore >= visa.entries) {
      refusal = 'entriesUsedUp';
      continue;
    }
    if (use.durationReading === 'total' && visa.durationDays - use.daysUsedBefore < tripDays) {
      refusal = 'durationUsedUp';
      continue;
    }
    return { entry, refusal: null, visaIndex: index };
  }
  return { entry: null, refusal, visaIndex: null };
}
