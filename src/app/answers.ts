import type { LimitName, StopReason } from '../core/authorisation.js';
import type { Day, DayRange } from '../core/day.js';
import type { Explanation } from '../core/explanation.js';
import { isoDate, isoDateOrNull } from '../core/iso-date.js';
import type { Annex3Report } from '../core/annex3.js';
import type { PlanReport, RuleCount, StatusReport, StayAuthorisation } from '../core/reports.js';
import { limitOfShape, SCHENGEN_REGIME, type Regime, type RuleInForce, type RuleShape, type Zone } from '../core/regimes.js';
import type { WindowRule } from '../core/rolling-window.js';
import type { Visa } from '../core/visa.js';
import type { NextAnswer } from './queries.js';
import type { Warning } from '../core/warning.js';
import { en } from '../messages/en/table.js';
import { verdictEn } from '../messages/en/verdict.js';
import { verdictText, type Verdict, type VerdictCode } from './verdict.js';

/**
 * The JSON contract (schema/*.schema.json, docs/json.md). Field names here are public: adding a
 * field keeps SCHEMA_VERSION, renaming or removing one, or changing what it means, bumps it.
 * Version 2: the authorisation model (docs/authorisation.md) — every limit, booked trips, --explain.
 * Version 3: a verdict on every answer, one version for every command (CHANGELOG.md).
 */
export const SCHEMA_VERSION = 3;

/** The verdict as JSON: OK or not, its stable code, and its sentence in English with ISO dates. */
export interface VerdictDto {
  ok: boolean;
  code: VerdictCode;
  text: string;
}

export function verdictToJson(verdict: Verdict): VerdictDto {
  return { ok: verdict.ok, code: verdict.code, text: verdictText(verdict, verdictEn, en.limitNames, (iso) => iso) };
}

export interface WarningDto {
  code: string;
  message: string;
}

interface Envelope {
  schemaVersion: number;
  command: string;
  verdict: VerdictDto;
  on: string;
  /** The rolling rule of the window figures; null when no rolling rule is in force (status). */
  rule: { maxDays: number; windowDays: number } | null;
  /** The rules applied (docs/regimes.md). */
  rules: RulesDto;
}

export interface RulesDto {
  preset: Regime['name'];
  zone: Zone;
  shapes: { kind: RuleShape['kind']; maxDays: number; windowDays: number | null; from: string | null; until: string | null; limit: LimitName }[];
}

export interface RuleCountDto {
  limit: LimitName;
  kind: RuleShape['kind'];
  period: { start: string; end: string };
  daysUsed: number;
  maxDays: number;
  daysRemaining: number;
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

export interface VisaDto {
  type: string;
  entries: 1 | 2 | 'MULT';
  validFrom: string;
  validUntil: string;
  durationDays: number;
  validFor: string[] | null;
}

export interface StayRangeDto {
  entry: string;
  exit: string;
}

export interface AuthorisationDto {
  entryAllowed: boolean;
  refusal: LimitName | null;
  latestExit: string | null;
  bindingLimit: StopReason | null;
  bookedStay: StayRangeDto | null;
  firstUnauthorisedDay: string | null;
  limits: { visaUntil: string | null; visaDuration: string | null; rule90180: string | null };
  visa:
    | (VisaDto & { entriesUsedBefore: number; daysUsedBefore: number; durationReading: 'total' | 'per180Days' })
    | null;
}

export interface ExplanationDto {
  day: string;
  reason: Explanation['reason'];
  window: { start: string; end: string };
  stays: { entry: string; exit: string; country: string | null; daysInWindow: number }[];
  daysInWindow: number;
  maxDays: number;
  brokenLimit: LimitName | null;
  visaDays: { used: number; durationDays: number } | null;
  limits: { limit: StopReason; lastDay: string | null; binds: boolean; source: string }[];
}

export interface StatusDto extends Envelope {
  command: 'status';
  window: { start: string; end: string };
  daysUsed: number;
  daysRemaining: number;
  inSchengen: boolean;
  latestExit: string | null;
  bindingLimit: StopReason | null;
  firstUnauthorisedDay: string | null;
  unauthorisedDays: number;
  brokenLimit: LimitName | null;
  currentStay: (AuthorisationDto & { entry: string; schengenEntry: string | null; remainingStayDays: number }) | null;
  overstayDays: number;
  firstOverstayDay: string | null;
  counts: RuleCountDto[];
  fullStayDays: number | null;
  fullStayPossibleFrom: string | null;
  zones: ZoneDto[];
  explanation?: ExplanationDto;
  warnings: WarningDto[];
}

export interface PlanDto extends Envelope, AuthorisationDto {
  command: 'plan';
  entry: string;
  daysUsedBeforeEntry: number;
  maxStayDays: number;
  trip: {
    entry: string;
    exit: string;
    days: number;
    compliant: boolean;
    firstOverstayDay: string | null;
    overstayDays: number;
    firstUnauthorisedDay: string | null;
    unauthorisedDays: number;
    brokenLimit: LimitName | null;
    brokenStay: StayRangeDto | null;
    peakDaysUsed: number;
  } | null;
  explanation?: ExplanationDto;
  warnings: WarningDto[];
}

export interface NextDto extends Envelope {
  command: 'next';
  from: string;
  leave: string | null;
  tripDays: number;
  earliestEntry: string | null;
  exit: string | null;
  refusal: LimitName | null;
  visa: VisaDto | null;
  explanation?: ExplanationDto;
  warnings: WarningDto[];
}

function ruleToJson(rule: WindowRule | null): Envelope['rule'] {
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
    limits: explanation.limits.map((limit) => ({ limit: limit.limit, lastDay: isoDateOrNull(limit.lastDay), binds: limit.binds, source: limit.source })),
  };
}

/** `explanation` goes just before `warnings`, and only when asked for. */
function withTail<T extends object>(dto: T, explanation: Explanation | null, warnings: WarningDto[]): T & { warnings: WarningDto[] } {
  if (explanation !== null) Object.assign(dto, { explanation: explanationToJson(explanation) });
  return Object.assign(dto, { warnings });
}

/** One zone's standing, under its own rules (status on a history with stamps of several zones). */
export interface ZoneDto {
  preset: Regime['name'];
  zone: Zone;
  rules: RulesDto;
  counts: RuleCountDto[];
  inZone: boolean;
  latestExit: string | null;
  bindingLimit: StopReason | null;
  firstUnauthorisedDay: string | null;
  unauthorisedDays: number;
  brokenLimit: LimitName | null;
  fullStayPossibleFrom: string | null;
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

export function statusToJson(report: StatusReport, verdict: Verdict, visas: readonly Visa[], explanation: Explanation | null, warnings: WarningDto[], zones: readonly StatusReport[] = [report]): StatusDto {
  const current = report.currentStay;
  const dto = {
    schemaVersion: SCHEMA_VERSION,
    command: 'status' as const,
    verdict: verdictToJson(verdict),
    on: isoDate(report.on),
    rule: ruleToJson(report.rule),
    rules: rulesToJson(report.regime),
    counts: report.counts.map(countToJson),
    window: { start: isoDate(report.window.first), end: isoDate(report.window.last) },
    daysUsed: report.daysUsed,
    daysRemaining: report.daysRemaining,
    inSchengen: report.inSchengen,
    latestExit: isoDateOrNull(current?.latestExit ?? null),
    bindingLimit: current?.bindingLimit ?? null,
    firstUnauthorisedDay: isoDateOrNull(report.firstUnauthorisedDay),
    unauthorisedDays: report.unauthorisedDays,
    brokenLimit: report.brokenLimit,
    currentStay:
      current === null
        ? null
        : Object.assign(
            { entry: isoDate(current.entry), schengenEntry: isoDateOrNull(current.schengenEntry), remainingStayDays: current.maxStayDays },
            authorisationToJson(current, visas),
          ),
    overstayDays: report.overstayDays,
    firstOverstayDay: isoDateOrNull(report.firstOverstayDay),
    fullStayDays: report.fullStayDays,
    fullStayPossibleFrom: isoDateOrNull(report.fullStayPossibleFrom),
    zones: zones.map(zoneToJson),
  };
  return withTail(dto, explanation, warnings);
}

export function planToJson(report: PlanReport, verdict: Verdict, on: Day, visas: readonly Visa[], explanation: Explanation | null, warnings: WarningDto[]): PlanDto {
  const { trip } = report;
  const head = {
    schemaVersion: SCHEMA_VERSION,
    command: 'plan' as const,
    verdict: verdictToJson(verdict),
    on: isoDate(on),
    rule: ruleToJson(report.rule),
    rules: rulesToJson(report.regime),
    entry: isoDate(report.entry),
    daysUsedBeforeEntry: report.daysUsedBeforeEntry,
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
  return withTail(Object.assign(head, authorisationToJson(report.authorised, visas), { trip: tripDto }), explanation, warnings);
}

export function nextToJson(report: NextAnswer, verdict: Verdict, on: Day, visas: readonly Visa[], explanation: Explanation | null, warnings: WarningDto[]): NextDto {
  const dto = {
    schemaVersion: SCHEMA_VERSION,
    command: 'next' as const,
    verdict: verdictToJson(verdict),
    on: isoDate(on),
    rule: ruleToJson(report.rule),
    rules: rulesToJson(report.regime),
    from: isoDate(report.from),
    leave: isoDateOrNull(report.leave),
    tripDays: report.tripDays,
    earliestEntry: isoDateOrNull(report.earliestEntry),
    exit: isoDateOrNull(report.exit),
    refusal: report.refusal,
    visa: report.visaIndex === null ? null : visaToJson(visas[report.visaIndex]!),
  };
  return withTail(dto, explanation, warnings);
}

export interface Annex3Dto extends Envelope {
  command: 'annex3';
  arrival: string;
  schengenEntry: string;
  declaration: {
    deadline: string;
    workingDays: number;
    saturdayIsWorkingDay: boolean;
    community: 'vlg' | 'fr' | 'de' | null;
    closedDays: string[];
    skippedDays: { date: string; reason: string; name: string | null }[];
    late: boolean;
    workingDaysLate: number;
  };
  entryAllowed: boolean;
  authorisedStayEnd: string | null;
  authorisation: AuthorisationDto;
  legalBasis: { declaration: string; authorisedStay: string };
  explanation?: ExplanationDto;
  warnings: WarningDto[];
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
): Annex3Dto {
  const dto = {
    schemaVersion: SCHEMA_VERSION,
    command: 'annex3' as const,
    verdict: verdictToJson(verdict),
    on: isoDate(on),
    rule: ruleToJson(rule),
    rules: rulesToJson(SCHENGEN_REGIME),
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
  return withTail(dto, explanation, warnings);
}


/** JSON warnings: the code for scripts, an English sentence with ISO dates for people. */
export function warningsToJson(warnings: readonly Warning[]): WarningDto[] {
  return warnings.map((warning) => ({ code: warning.code, message: en.warnings[warning.code](warning.params, (iso) => iso) }));
}

