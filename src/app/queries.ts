import { computeAnnex3, mayIssueDeclaration, stayFromEntry, type Annex3Report } from '../core/annex3.js';
import { annex3Refusal, type Annex3Refusal } from '../core/annex3-refusal.js';
import { judgeItinerary, judgeTrip, limitBrokenOn, regimeOfItinerary, stayContaining, stayOverlapping, withExit, withStay, type Itinerary } from '../core/authorisation.js';
import { dayFromCivil, type Day } from '../core/day.js';
import { DEFAULT_PRESET_OF_ZONE, regimeOf, windowRuleOfRegime, ZONE_ORDER, zoneOfCountry, type Zone } from '../core/regimes.js';
import { explainDay, explainEntryBreakingBookedStay, type Explanation } from '../core/explanation.js';
import { isoDate } from '../core/iso-date.js';
import { computeNext, computePlan, computeStatus, tripLongerThanRules, type PlanReport, type StatusReport, type StayAuthorisation } from '../core/reports.js';
import { reconcileWithEes, type EesReconciliation } from '../core/ees.js';
import type { Visa } from '../core/visa.js';
import type { NextAnswer } from './next-answer.js';
import { annex3Verdict, nextVerdict, planVerdict, statusVerdict, type Verdict } from './verdict.js';
import type { Warning } from '../core/warning.js';
import type { DeadlineCalendar } from '../core/working-days.js';
import { UsageError, type InputLocation } from '../errors.js';
import type { AssembledHistory } from '../parse/assemble-history.js';
import { annex3ToJson, nextToJson, planToJson, statusToJson, warningsToJson, type Annex3Settings } from './answers.js';
import { wants, type AnswerFields } from './fields.js';

/**
 * compute: one function per question, shared by the single commands and by batch. Each returns
 * the core report, the warnings that go with it, its JSON DTO, and whether it found a breach
 * (for --fail-on-overstay: any unauthorised day, docs/authorisation.md §4).
 */
export interface QueryResult<R> {
  readonly report: R;
  /** OK or not, and what the person must know (app/verdict.ts). */
  readonly verdict: Verdict;
  readonly warnings: Warning[];
  /** The workings, when --explain asked for them. */
  readonly explanation: Explanation | null;
  readonly json: () => object;
  readonly breach: boolean;
}

/**
 * A result whose breach is worked out only when read (only --fail-on-overstay reads it). A class, not
 * an object literal with a getter: V8 builds such a literal through its slow path, some 2 µs for
 * every answer of a batch (issue 21).
 */
class ResultWithLazyBreach<R> implements QueryResult<R> {
  constructor(
    readonly report: R,
    readonly verdict: Verdict,
    readonly warnings: Warning[],
    readonly explanation: Explanation | null,
    readonly json: () => object,
    private readonly breachOf: () => boolean,
  ) {}

  get breach(): boolean {
    return this.breachOf();
  }
}

/** The warning a visa with an ambiguous duration deserves wherever it is applied (rules.md §2.2). */
function visaWarnings(authorised: StayAuthorisation | null, visas: readonly Visa[]): Warning[] {
  const use = authorised?.visa;
  if (use === undefined || use === null || !use.ambiguousDuration) return [];
  return [{ code: 'ambiguousDuration', params: { durationDays: visas[use.visaIndex]!.durationDays } }];
}

function historyBreached(itinerary: Itinerary): boolean {
  return judgeItinerary(itinerary).unauthorised.length > 0;
}

/** The day that decides a stay's answer, and the itinerary in which to show its window. */
function explainStay(itinerary: Itinerary, authorised: StayAuthorisation): Explanation {
  const { stayIndex } = authorised;
  // Issue 19: a planned entry that alone breaks a booked stay is explained by that stay's day (core).
  const refusedForBookedStay = explainEntryBreakingBookedStay(itinerary, authorised);
  if (refusedForBookedStay !== null) return refusedForBookedStay;
  if (authorised.latestExit === null) {
    const broken = authorised.firstUnauthorised;
    const day = broken?.day ?? authorised.entry;
    return explainDay(itinerary, day, broken === null ? 'entry' : 'firstUnauthorised', authorised.limits, null, broken?.limit ?? (authorised.refusal === 'bookedStay' ? null : authorised.refusal));
  }
  const dayAfter = authorised.latestExit + 1;
  const extended = withExit(itinerary, stayIndex, Math.max(itinerary.stays[stayIndex]!.exit, dayAfter));
  if (authorised.bookedBreakDay !== null) {
    // The booked stay decides: show the window of its first day that would break.
    const limit = limitBrokenOn(judgeItinerary(extended), authorised.bookedBreakDay);
    return explainDay(extended, authorised.bookedBreakDay, 'bookedStayBreak', authorised.limits, authorised.bindingLimit, limit);
  }
  const brokenLimit = authorised.bindingLimit === 'nextBookedStay' || authorised.bindingLimit === 'bookedStay' ? null : authorised.bindingLimit;
  return explainDay(extended, dayAfter, 'latestExit', authorised.limits, authorised.bindingLimit, brokenLimit);
}

export interface StatusParams {
  readonly explain?: boolean;
  /** Also judge every other zone the history has stamps of, each under its own preset (docs/regimes.md). */
  readonly allZones?: boolean;
  readonly nationality?: string | undefined;
  /** Only these fields of the answer (issue 21); all when undefined. */
  readonly fields?: AnswerFields | undefined;
  /** The days left the EES service showed for the reference day: the answer adds the reconciliation (core/ees.ts). */
  readonly eesDaysLeft?: number | undefined;
}

/** The zones of a history besides the asked regime's: each under its default (visa-free) preset; unnamed stays stay with the asked one. */
function otherZoneItineraries(history: AssembledHistory, nationality: string | undefined): Itinerary[] {
  const asked = regimeOfItinerary(history);
  const zones = new Set<Zone>();
  for (const stay of history.stays) {
    const zone = stay.country === null ? null : zoneOfCountry(stay.country);
    if (zone !== null && zone !== asked.zone) zones.add(zone);
  }
  return ZONE_ORDER.filter((zone) => zones.has(zone)).map((zone) => {
    const regime = regimeOf(DEFAULT_PRESET_OF_ZONE[zone], { nationality, countsUnnamed: false });
    return { ...history, regime, rule: windowRuleOfRegime(regime) };
  });
}

export function statusQuery(
  history: AssembledHistory,
  today: Day,
  params: StatusParams = {},
  location: InputLocation = {},
  prefix = '--',
): QueryResult<StatusReport> & { zones: StatusReport[]; ees: EesReconciliation | null } {
  const { fields } = params;
  const explain = params.explain === true;
  // EES counts the Schengen area only (EES Reg. Art. 11).
  if (params.eesDaysLeft !== undefined && regimeOfItinerary(history).zone !== 'schengen') {
    throw new UsageError('ees.notSchengen', { preset: regimeOfItinerary(history).name }, { ...location, field: `${prefix}${prefix === '--' ? 'ees-days-left' : 'eesDaysLeft'}` });
  }
  // Only what the fields asked for need (the verdict's own facts are always worked out).
  const needs = {
    stayLimits: explain || wants(fields, 'currentStay'),
    fullStay: wants(fields, 'fullStayPossibleFrom') || wants(fields, 'zones'),
    firstOverstay: wants(fields, 'firstOverstayDay'),
  };
  const judgement = judgeItinerary(history);
  const report = computeStatus(history, today, judgement, needs);
  const ees = params.eesDaysLeft === undefined ? null : reconcileWithEes(history, judgement, history.rule, today, report.daysRemaining, params.eesDaysLeft);
  // The other zones: their breaches decide the verdict; their standing shows in `zones`.
  const zoneNeeds = fields === undefined ? {} : { stayLimits: false, fullStay: fields.has('zones'), firstOverstay: false };
  const zones = [report, ...(params.allZones === true ? otherZoneItineraries(history, params.nationality).map((itinerary) => computeStatus(itinerary, today, undefined, zoneNeeds)) : [])];
  // Issue 19: the core's own warnings too (rules outside their dates in force), for every zone shown.
  const warnings = [...history.warnings, ...visaWarnings(report.currentStay, history.visas)];
  for (const zone of zones) for (const warning of zone.warnings) warnings.push(warning);
  let explanation: Explanation | null = null;
  if (explain) {
    if (report.currentStay !== null) explanation = explainStay(history, report.currentStay);
    else if (report.firstUnauthorisedDay !== null) {
      explanation = explainDay(history, report.firstUnauthorisedDay, 'firstUnauthorised', null, null, report.brokenLimit);
    } else explanation = explainDay(history, today, 'reference', null, null, null);
  }
  const verdict = statusVerdict(report, zones.slice(1));
  return {
    report,
    verdict,
    warnings,
    explanation,
    zones,
    ees,
    json: () => statusToJson(report, verdict, history.visas, explanation, wants(fields, 'warnings') ? warningsToJson(warnings) : [], zones.slice(1), { fields, explain }, ees),
    breach: zones.some((zone) => zone.firstUnauthorisedDay !== null),
  };
}

export interface PlanParams {
  readonly entry: Day;
  readonly exit: Day | null;
  readonly country?: string;
  readonly explain?: boolean;
  /** Only these fields of the answer (issue 21); all when undefined. */
  readonly fields?: AnswerFields | undefined;
}

function stayText(itinerary: Itinerary, index: number): { stayEntry: string; stayExit: string } {
  const stay = itinerary.stays[index]!;
  return { stayEntry: isoDate(stay.entry), stayExit: isoDate(stay.exit) };
}

/** A planned trip may not begin inside, nor share a day with, a recorded stay (docs/authorisation.md §4). */
function checkTripFits(itinerary: Itinerary, entry: Day, exit: Day | null, location: InputLocation, prefix: string): void {
  const inside = stayContaining(itinerary, entry);
  if (inside !== null) throw new UsageError('plan.insideStay', { entry: isoDate(entry), ...stayText(itinerary, inside) }, { ...location, field: `${prefix}enter` });
  if (exit === null) return;
  const overlap = stayOverlapping(itinerary, entry, exit);
  if (overlap !== null) throw new UsageError('plan.overlapsStay', stayText(itinerary, overlap), { ...location, field: `${prefix}exit` });
}

export function planQuery(history: AssembledHistory, today: Day, params: PlanParams, location: InputLocation = {}, prefix = '--'): QueryResult<PlanReport & { openStayEnds: Day | null }> {
  checkTripFits(history, params.entry, params.exit, location, prefix);
  // Issue 19: today tells the core which stays are booked (one already unauthorised is warned about).
  const { fields } = params;
  const report = computePlan(history, params.entry, params.exit, params.country ?? null, today, {
    limits: params.explain === true || wants(fields, 'limits'),
    tripOverstay: wants(fields, 'trip'),
  });
  // Issue 19: the core's own warnings too (rules outside their dates in force, broken booked stays).
  const warnings = [...history.warnings, ...visaWarnings(report.authorised, history.visas), ...report.warnings];
  let explanation: Explanation | null = null;
  if (params.explain === true) {
    const trip = report.trip;
    if (trip !== null && trip.firstUnauthorisedDay !== null) {
      const withTrip = withStay(history, { entry: params.entry, exit: trip.exit, country: params.country ?? null });
      explanation = explainDay(withTrip, trip.firstUnauthorisedDay, 'tripBreak', report.authorised.limits, null, trip.brokenLimit);
    } else {
      const withTrip = withStay(history, { entry: params.entry, exit: params.entry, country: params.country ?? null });
      explanation = explainStay(withTrip, report.authorised);
    }
  }
  const verdict = planVerdict(report);
  // A stay under way with no exit is taken to end on the reference day: the answer says so.
  const open = history.openStayIndex;
  const openStayEnds = open !== null && params.entry > today ? history.stays[open]!.exit : null;
  return new ResultWithLazyBreach(
    Object.assign(report, { openStayEnds }),
    verdict,
    warnings,
    explanation,
    () => planToJson(report, verdict, today, history.visas, explanation, warningsToJson(warnings), { fields, explain: params.explain === true }, openStayEnds),
    // Judging the whole history again costs a judgement: only --fail-on-overstay asks.
    () => historyBreached(history) || !report.authorised.allowed || (report.trip !== null && !report.trip.compliant),
  );
}

export interface NextParams {
  readonly tripDays: number;
  readonly from: Day;
  /** For someone inside on `today`: the day the current stay ends (default: today). */
  readonly leave?: Day;
  readonly explain?: boolean;
  /** Only these fields of the answer (issue 21); all when undefined. */
  readonly fields?: AnswerFields | undefined;
}

export type { NextAnswer } from './next-answer.js';

export function nextQuery(history: AssembledHistory, today: Day, params: NextParams, location: InputLocation = {}, prefix = '--'): QueryResult<NextAnswer> {
  // A trip longer than a rolling or per-stay rule allows can never comply, unless some of its days
  // may not count (a permit, a D visa): the core decides, and leaves those to the search (issue 19).
  const cap = tripLongerThanRules(history, params.from, params.tripDays);
  if (cap !== null) {
    const field = { ...location, field: `${prefix}days` };
    if (cap.windowDays !== null) throw new UsageError('next.tooLong', { days: params.tripDays, maxDays: cap.maxDays, windowDays: cap.windowDays }, field);
    throw new UsageError('next.tooLongForRules', { days: params.tripDays, maxDays: cap.maxDays }, field);
  }
  // Someone inside today leaves today, or on --leave, and the trip starts after that.
  let itinerary: Itinerary = history;
  let from = params.from;
  const inside = stayContaining(history, today);
  let leave: Day | null = null;
  if (params.leave !== undefined) {
    const field = { ...location, field: `${prefix}leave` };
    if (inside === null) throw new UsageError('next.leaveNotInside', { leave: isoDate(params.leave) }, field);
    if (params.leave < today) throw new UsageError('next.leaveBeforeToday', { leave: isoDate(params.leave), today: isoDate(today) }, field);
    const booked = stayOverlapping(history, today + 1, params.leave, inside);
    if (booked !== null) throw new UsageError('next.leaveIntoStay', { leave: isoDate(params.leave), stayEntry: isoDate(history.stays[booked]!.entry) }, field);
    leave = params.leave;
    itinerary = withExit(history, inside, leave);
  } else if (inside !== null && history.openStayIndex === inside) {
    leave = today;
  } else if (inside !== null) {
    leave = history.stays[inside]!.exit;
  }
  if (leave !== null) from = Math.max(from, leave + 1);
  const report = computeNext(itinerary, from, params.tripDays, today); // today: which stays are booked (issue 19)
  // Added to the report made for this answer, not spread into a copy (microseconds a record on Node 20: issue 21).
  const answer: NextAnswer = Object.assign(report, { leave });
  let explanation: Explanation | null = null;
  if (params.explain === true && report.earliestEntry !== null) {
    const entry = report.earliestEntry;
    const earlier = entry > from && stayOverlapping(itinerary, entry - 1, entry + params.tripDays - 2) === null ? judgeTrip(itinerary, entry - 1, entry + params.tripDays - 2) : null;
    if (earlier !== null && earlier.firstUnauthorisedDay !== null) {
      const withTrip = withStay(itinerary, { entry: entry - 1, exit: entry + params.tripDays - 2, country: null });
      explanation = explainDay(withTrip, earlier.firstUnauthorisedDay, 'earliestEntry', null, null, earlier.brokenLimit);
    } else {
      const withTrip = withStay(itinerary, { entry, exit: report.exit!, country: null });
      explanation = explainDay(withTrip, report.exit!, 'tripLastDay', null, null, null);
    }
  }
  // The core's own warnings too (rules outside their dates in force, broken booked stays).
  const warnings = [...history.warnings, ...report.warnings];
  const verdict = nextVerdict(answer);
  return new ResultWithLazyBreach(
    answer,
    verdict,
    warnings,
    explanation,
    () => nextToJson(answer, verdict, today, history.visas, explanation, warningsToJson(warnings), { fields: params.fields, explain: params.explain === true }),
    () => historyBreached(history),
  );
}

/** Civil Code Art. 1.7 (Saturday not a working day) applies from this day (rules.md §3.2). */
const CIVIL_CODE_ART_1_7 = dayFromCivil(2023, 1, 1);

export interface Annex3Params {
  readonly arrival: Day;
  readonly entry: Day;
  readonly settings: Annex3Settings;
  readonly calendar: DeadlineCalendar;
  readonly explain?: boolean;
  /** Only these fields of the answer (issue 21); all when undefined. */
  readonly fields?: AnswerFields | undefined;
}

/** Annex 3's answer: the report, and why no declaration may be issued when none may. */
export interface Annex3Answer extends Annex3Report {
  readonly refusal: Annex3Refusal | null;
}

export function annex3Query(history: AssembledHistory, today: Day, params: Annex3Params): QueryResult<Annex3Answer> {
  const computed = computeAnnex3(history, params.calendar, params.arrival, params.entry, today);
  const issuable = mayIssueDeclaration(computed);
  const warnings = [...history.warnings, ...visaWarnings(computed.authorisedStay, history.visas)];
  if (params.arrival < CIVIL_CODE_ART_1_7 && !params.settings.saturdayIsWorkingDay) warnings.push({ code: 'saturdayBefore2023', params: {} });
  // The itinerary the end date was judged on (the stay from the entry stamp, in Belgium); a
  // refusal shows its window and count, so it is worked out then too.
  const workings = params.explain === true || !issuable ? explainStay(stayFromEntry(history, params.entry).itinerary, computed.authorisedStay) : null;
  const explanation = params.explain === true ? workings : null;
  const report: Annex3Answer = Object.assign(computed, { refusal: annex3Refusal(computed, history.visas, workings) });
  const verdict = annex3Verdict(report);
  return {
    report,
    verdict,
    warnings,
    explanation,
    json: () => annex3ToJson(report, verdict, today, history.rule, history.visas, params.settings, explanation, warningsToJson(warnings), { fields: params.fields, explain: params.explain === true }),
    // No declaration may be issued: exit 5 whatever the flags (the command says so too).
    breach: !issuable,
  };
}
