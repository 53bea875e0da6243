import type { Day, DayRange } from '../core/day.js';
import type { Explanation } from '../core/explanation.js';
import { isoDate, isoDateOrNull } from '../core/iso-date.js';
import type { Annex3Report } from '../core/annex3.js';
import type { EesReconciliation } from '../core/ees.js';
import type { PlanReport, RuleCount, StatusReport, StayAuthorisation } from '../core/reports.js';
import { limitOfShape, SCHENGEN_REGIME, type Regime, type RuleInForce } from '../core/regimes.js';
import type { WindowRule } from '../core/rolling-window.js';
import type { Visa } from '../core/visa.js';
import type { NextAnswer } from './next-answer.js';
import { SCHEMA_VERSION } from './schema-version.js';
import type { Warning } from '../core/warning.js';
import type { Static } from 'typebox';
import type { Annex3Schema, NextSchema, PlanSchema, StatusSchema } from './answer-schemas.js';
import { en } from '../messages/en/table.js';
import { verdictEn } from '../messages/en/verdict.js';
import { verdictWriter, type Verdict } from './verdict.js';
import { selectFields, wants, type AnswerFields } from './fields.js';

/**
 * The JSON answers, built from the core's reports; their shape is defined once, in answer-schemas.ts
 * (which schema/*.schema.json is generated from). Field names are public (schema-version.ts).
 */
export { SCHEMA_VERSION } from './schema-version.js';

// The types of the answers, from their one definition (answer-schemas.ts; type-only imports: building
// an answer does not load TypeBox).
export type StatusDto = Static<typeof StatusSchema>;
export type PlanDto = Static<typeof PlanSchema>;
export type NextDto = Static<typeof NextSchema>;
export type Annex3Dto = Static<typeof Annex3Schema>;
/** The verdict as JSON: OK or not, its stable code, and its sentence in English with ISO dates. */
export type VerdictDto = StatusDto['verdict'];
export type WarningDto = StatusDto['warnings'][number];
/** The rules applied (docs/regimes.md). */
export type RulesDto = NonNullable<StatusDto['rules']>;
export type RuleCountDto = StatusDto['counts'][number];
export type VisaDto = NonNullable<NextDto['visa']>;
export type StayRangeDto = NonNullable<PlanDto['bookedStay']>;
export type AuthorisationDto = Annex3Dto['authorisation'];
export type ExplanationDto = NonNullable<StatusDto['explanation']>;
/** One zone's standing, under its own rules (status on a history with stamps of several zones). */
export type ZoneDto = StatusDto['zones'][number];

/** The English sentence with ISO dates, as every JSON answer writes it (its vocabulary made when first needed). */
let englishVerdict: ((verdict: Verdict) => string) | null = null;

export function verdictToJson(verdict: Verdict): VerdictDto {
  englishVerdict ??= verdictWriter(verdictEn, en.limitNames, (iso) => iso);
  return { ok: verdict.ok, code: verdict.code, text: englishVerdict(verdict) };
}

/** How an answer is shown: which fields (all when undefined), and whether the rules are described. */
export interface AnswerShape {
  readonly fields?: AnswerFields | undefined;
  /** --explain was asked for: the rules are described. */
  readonly explain?: boolean;
}

/**
 * Whether an answer under `regime` describes its rules (its `rules` field): with `fields`, only when
 * named there (an answer with fields holds only those, issue 21); else with --explain or rules other
 * than the default preset.
 */
function showsRules(regime: Regime, shape: AnswerShape): boolean {
  if (shape.fields !== undefined) return shape.fields.has('rules');
  return shape.explain === true || regime.name !== 'schengen';
}

/**
 * The `rules` field to spread into an answer: built only when shown, so that a batch of answers under
 * the default preset neither describes the rules nor deletes them again (issue 21).
 */
export function rulesWhenShown(regime: Regime, shape: AnswerShape): { rules?: RulesDto } {
  return showsRules(regime, shape) ? { rules: rulesToJson(regime) } : {};
}

export function rulesToJson(regime: Regime): RulesDto {
  return { preset: regime.name, zone: regime.zone, shapes: shapesToJson(regime.rules) };
}

export function shapesToJson(rules: readonly RuleInForce[]): RulesDto['shapes'] {
  return rules.map((rule) => ({
    kind: rule.shape.kind,
    maxDays: rule.shape.maxDays,
    windowDays: rule.shape.kind === 'rolling' ? rule.shape.windowDays : null,
    from: isoDateOrNull(rule.from),
    until: isoDateOrNull(rule.until),
    limit: limitOfShape(rule.shape),
  }));
}

export function countToJson(count: RuleCount): RuleCountDto {
  return {
    limit: count.limit,
    kind: count.shape.kind,
    period: { start: isoDate(count.period.first), end: isoDate(count.period.last) },
    daysUsed: count.daysUsed,
    maxDays: count.maxDays,
    daysRemaining: count.daysRemaining,
  };
}

/** `status --ees-days-left N`: our count beside the EES service's, and what may explain a difference (docs/itinerary.md). */
export type EesDto = NonNullable<StatusDto['ees']>;

export const EES_LEGAL_BASIS = {
  calculator: 'EES Regulation (EU) 2017/2226, Art. 11 (automated calculator) and Art. 13 (web service)',
  access: 'EES Regulation (EU) 2017/2226, Art. 52 (right of access to, rectification, completion and erasure of personal data)',
};

export function eesToJson(ees: EesReconciliation): EesDto {
  return {
    daysLeft: ees.eesDaysLeft,
    ourDaysLeft: ees.ourDaysLeft,
    difference: ees.difference,
    window: { start: isoDate(ees.window.first), end: isoDate(ees.window.last) },
    candidates: ees.candidates.map((candidate) => ({
      kind: candidate.kind,
      direction: candidate.direction,
      first: isoDate(candidate.first),
      last: isoDate(candidate.last),
      days: candidate.days,
      country: candidate.country,
    })),
    legalBasis: EES_LEGAL_BASIS,
  };
}

function ruleToJson(rule: WindowRule | null): StatusDto['rule'] {
  return rule === null ? null : { maxDays: rule.maxDays, windowDays: rule.windowDays };
}

export function visaToJson(visa: Visa): VisaDto {
  return {
    type: visa.type,
    entries: visa.entries,
    validFrom: isoDate(visa.validFrom),
    validUntil: isoDate(visa.validUntil),
    durationDays: visa.durationDays,
    validFor: visa.validFor === null ? null : [...visa.validFor],
  };
}

function stayRangeToJson(range: DayRange | null): StayRangeDto | null {
  return range === null ? null : { entry: isoDate(range.first), exit: isoDate(range.last) };
}

export function authorisationToJson(authorised: StayAuthorisation, visas: readonly Visa[]): AuthorisationDto {
  const use = authorised.visa;
  return {
    entryAllowed: authorised.allowed,
    refusal: authorised.refusal,
    latestExit: isoDateOrNull(authorised.latestExit),
    bindingLimit: authorised.bindingLimit,
    bookedStay: stayRangeToJson(authorised.bookedStay),
    firstUnauthorisedDay: isoDateOrNull(authorised.firstUnauthorised?.day ?? null),
    limits: {
      visaUntil: isoDateOrNull(authorised.limits.visaUntil),
      visaDuration: isoDateOrNull(authorised.limits.visaDuration),
      rule90180: isoDateOrNull(authorised.limits.rule90180),
      stayRule: isoDateOrNull(authorised.limits.stayRule),
    },
    visa:
      use === null
        ? null
        : Object.assign(visaToJson(visas[use.visaIndex]!), {
            entriesUsedBefore: use.entriesUsedBefore,
            daysUsedBefore: use.daysUsedBefore,
            durationReading: use.durationReading,
          }),
  };
}

export function explanationToJson(explanation: Explanation): ExplanationDto {
  return {
    day: isoDate(explanation.day),
    reason: explanation.reason,
    window: { start: isoDate(explanation.window.first), end: isoDate(explanation.window.last) },
    stays: explanation.stays.map((stay) => ({ entry: isoDate(stay.entry), exit: isoDate(stay.exit), country: stay.country, daysInWindow: stay.daysInWindow })),
    daysInWindow: explanation.daysInWindow,
    maxDays: explanation.maxDays,
    brokenLimit: explanation.brokenLimit,
    visaDays: explanation.visaDays,
    limits: explanation.limits.map((limit) => ({ limit: limit.limit, lastDay: isoDateOrNull(limit.lastDay), binds: limit.binds, broken: limit.broken, source: limit.source })),
  };
}

/** `explanation` goes just before `warnings`, and only when asked for. */
function withTail<T extends object>(dto: T, explanation: Explanation | null, warnings: WarningDto[]): T & { warnings: WarningDto[] } {
  if (explanation !== null) Object.assign(dto, { explanation: explanationToJson(explanation) });
  return Object.assign(dto, { warnings });
}

export function zoneToJson(report: StatusReport): ZoneDto {
  return {
    preset: report.regime.name,
    zone: report.regime.zone,
    rules: rulesToJson(report.regime),
    counts: report.counts.map(countToJson),
    inZone: report.inSchengen,
    latestExit: isoDateOrNull(report.currentStay?.latestExit ?? null),
    bindingLimit: report.currentStay?.bindingLimit ?? null,
    firstUnauthorisedDay: isoDateOrNull(report.firstUnauthorisedDay),
    unauthorisedDays: report.unauthorisedDays,
    brokenLimit: report.brokenLimit,
    fullStayPossibleFrom: isoDateOrNull(report.fullStayPossibleFrom),
  };
}

/**
 * status as JSON. `otherZones`: the standing in each other zone the history has stamps of (the
 * asked zone is the answer itself, not repeated). Only the fields asked for are built.
 */
export function statusToJson(
  report: StatusReport,
  verdict: Verdict,
  visas: readonly Visa[],
  explanation: Explanation | null,
  warnings: WarningDto[],
  otherZones: readonly StatusReport[] = [],
  shape: AnswerShape = {},
  ees: EesReconciliation | null = null,
): StatusDto {
  const current = report.currentStay;
  const { fields } = shape;
  const dto: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION, command: 'status', verdict: verdictToJson(verdict) };
  // Each field in the answer's order, built only when asked for (batch --fields counts thousands of
  // people); stored by name, not through a key variable (a store per key name stays fast in V8).
  if (wants(fields, 'on')) dto['on'] = isoDate(report.on);
  if (wants(fields, 'rule')) dto['rule'] = ruleToJson(report.rule);
  if (showsRules(report.regime, shape)) dto['rules'] = rulesToJson(report.regime);
  if (wants(fields, 'counts')) dto['counts'] = report.counts.map(countToJson);
  if (wants(fields, 'window')) dto['window'] = { start: isoDate(report.window.first), end: isoDate(report.window.last) };
  if (wants(fields, 'daysUsed')) dto['daysUsed'] = report.daysUsed;
  if (wants(fields, 'daysRemaining')) dto['daysRemaining'] = report.daysRemaining;
  if (wants(fields, 'inSchengen')) dto['inSchengen'] = report.inSchengen;
  if (wants(fields, 'latestExit')) dto['latestExit'] = isoDateOrNull(current?.latestExit ?? null);
  if (wants(fields, 'bindingLimit')) dto['bindingLimit'] = current?.bindingLimit ?? null;
  if (wants(fields, 'firstUnauthorisedDay')) dto['firstUnauthorisedDay'] = isoDateOrNull(report.firstUnauthorisedDay);
  if (wants(fields, 'unauthorisedDays')) dto['unauthorisedDays'] = report.unauthorisedDays;
  if (wants(fields, 'brokenLimit')) dto['brokenLimit'] = report.brokenLimit;
  if (wants(fields, 'currentStay')) {
    dto['currentStay'] =
      current === null
        ? null
        : Object.assign({ entry: isoDate(current.entry), schengenEntry: isoDateOrNull(current.schengenEntry), remainingStayDays: current.maxStayDays }, authorisationToJson(current, visas));
  }
  if (wants(fields, 'overstayDays')) dto['overstayDays'] = report.overstayDays;
  if (wants(fields, 'firstOverstayDay')) dto['firstOverstayDay'] = isoDateOrNull(report.firstOverstayDay);
  if (wants(fields, 'fullStayDays')) dto['fullStayDays'] = report.fullStayDays;
  if (wants(fields, 'fullStayPossibleFrom')) dto['fullStayPossibleFrom'] = isoDateOrNull(report.fullStayPossibleFrom);
  if (wants(fields, 'zones')) dto['zones'] = otherZones.map(zoneToJson);
  if (ees !== null && wants(fields, 'ees')) dto['ees'] = eesToJson(ees);
  if (explanation !== null && wants(fields, 'explanation')) dto['explanation'] = explanationToJson(explanation);
  if (wants(fields, 'warnings')) dto['warnings'] = warnings;
  return dto as unknown as StatusDto;
}

export function planToJson(report: PlanReport, verdict: Verdict, on: Day, visas: readonly Visa[], explanation: Explanation | null, warnings: WarningDto[], shape: AnswerShape = {}, openStayEnds: Day | null = null): PlanDto {
  const { trip } = report;
  const head = {
    schemaVersion: SCHEMA_VERSION,
    command: 'plan' as const,
    verdict: verdictToJson(verdict),
    on: isoDate(on),
    rule: ruleToJson(report.rule),
    ...rulesWhenShown(report.regime, shape),
    entry: isoDate(report.entry),
    daysUsedBeforeEntry: report.daysUsedBeforeEntry,
    countBeforeEntry: report.countBeforeEntry === null ? null : countToJson(report.countBeforeEntry),
    maxStayDays: report.authorised.maxStayDays,
  };
  const tripDto: PlanDto['trip'] =
    trip === null
      ? null
      : {
          entry: isoDate(report.entry),
          exit: isoDate(trip.exit),
          days: trip.days,
          compliant: trip.compliant,
          firstOverstayDay: isoDateOrNull(trip.firstOverstayDay),
          overstayDays: trip.overstayDays,
          firstUnauthorisedDay: isoDateOrNull(trip.firstUnauthorisedDay),
          unauthorisedDays: trip.unauthorisedDays,
          brokenLimit: trip.brokenLimit,
          brokenStay: stayRangeToJson(trip.brokenStay),
          peakDaysUsed: trip.peakDaysUsed,
        };
  // Object.assign, not spreads: the key order is the contract, and spreads are slow here (see errors.ts `at`).
  return selectFields(withTail(Object.assign(head, authorisationToJson(report.authorised, visas), { trip: tripDto, openStayEnds: isoDateOrNull(openStayEnds) }), explanation, warnings), shape.fields);
}

export function nextToJson(report: NextAnswer, verdict: Verdict, on: Day, visas: readonly Visa[], explanation: Explanation | null, warnings: WarningDto[], shape: AnswerShape = {}): NextDto {
  const dto = {
    schemaVersion: SCHEMA_VERSION,
    command: 'next' as const,
    verdict: verdictToJson(verdict),
    on: isoDate(on),
    rule: ruleToJson(report.rule),
    ...rulesWhenShown(report.regime, shape),
    from: isoDate(report.from),
    leave: isoDateOrNull(report.leave),
    tripDays: report.tripDays,
    earliestEntry: isoDateOrNull(report.earliestEntry),
    exit: isoDateOrNull(report.exit),
    refusal: report.refusal,
    visa: report.visaIndex === null ? null : visaToJson(visas[report.visaIndex]!),
  };
  return selectFields(withTail(dto, explanation, warnings), shape.fields);
}

export interface Annex3Settings {
  saturdayIsWorkingDay: boolean;
  community: 'vlg' | 'fr' | 'de' | null;
  closedDays: readonly Day[];
}

export const ANNEX3_LEGAL_BASIS = {
  declaration: 'Law of 15 December 1980, Art. 5; Royal Decree of 8 October 1981, Arts. 18 and 20; Civil Code Art. 1.7',
  authorisedStay: 'Schengen Borders Code (Reg. (EU) 2016/399) Art. 6; Visa Code (Reg. (EC) 810/2009) Annex VII',
};

export function annex3ToJson(
  report: Annex3Report,
  verdict: Verdict,
  on: Day,
  rule: WindowRule,
  visas: readonly Visa[],
  settings: Annex3Settings,
  explanation: Explanation | null,
  warnings: WarningDto[],
  shape: AnswerShape = {},
): Annex3Dto {
  const dto = {
    schemaVersion: SCHEMA_VERSION,
    command: 'annex3' as const,
    verdict: verdictToJson(verdict),
    on: isoDate(on),
    rule: ruleToJson(rule),
    ...rulesWhenShown(SCHENGEN_REGIME, shape),
    arrival: isoDate(report.arrival),
    schengenEntry: isoDate(report.schengenEntry),
    declaration: {
      deadline: isoDate(report.declarationDeadline),
      workingDays: report.workingDays,
      saturdayIsWorkingDay: settings.saturdayIsWorkingDay,
      community: settings.community,
      closedDays: settings.closedDays.map(isoDate),
      skippedDays: report.skippedDays.map((skipped) => ({ date: isoDate(skipped.day), reason: skipped.reason, name: skipped.name ?? null })),
      late: report.late,
      workingDaysLate: report.workingDaysLate,
    },
    entryAllowed: report.authorisedStay.allowed,
    authorisedStayEnd: isoDateOrNull(report.authorisedStay.latestExit),
    authorisation: authorisationToJson(report.authorisedStay, visas),
    legalBasis: ANNEX3_LEGAL_BASIS,
  };
  return selectFields(withTail(dto, explanation, warnings), shape.fields);
}


/** JSON warnings: the code for scripts, an English sentence with ISO dates for people. */
export function warningsToJson(warnings: readonly Warning[]): WarningDto[] {
  return warnings.map((warning) => ({ code: warning.code, message: en.warnings[warning.code](warning.params, (iso) => iso) }));
}

