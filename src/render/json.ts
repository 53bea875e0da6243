import type { Day } from '../core/day.js';
import { isoDate, isoDateOrNull } from '../core/iso-date.js';
import type { Annex3Report } from '../core/annex3.js';
import type { NextReport, PlanReport, StatusReport } from '../core/reports.js';
import type { WindowRule } from '../core/rolling-window.js';
import type { AuthorisedStay, EntryRefusal, LimitName, Visa } from '../core/visa.js';

/**
 * The JSON contract (schema/*.schema.json). Field names here are public: adding a field keeps
 * SCHEMA_VERSION, renaming or removing one bumps it.
 */
export const SCHEMA_VERSION = 1;

export interface WarningDto {
  code: string;
  message: string;
}

interface Envelope {
  schemaVersion: number;
  command: string;
  on: string;
  rule: { maxDays: number; windowDays: number };
}

export interface VisaDto {
  type: string;
  entries: 1 | 2 | 'MULT';
  validFrom: string;
  validUntil: string;
  durationDays: number;
  validFor: string[] | null;
}

export interface AuthorisationDto {
  allowed: boolean;
  refusal: EntryRefusal | null;
  latestExit: string | null;
  maxStayDays: number;
  bindingLimit: LimitName | null;
  limits: { visaUntil: string | null; visaDuration: string | null; rule90180: string | null };
  visa:
    | (VisaDto & { entriesUsedBefore: number; daysUsedBefore: number; durationReading: 'total' | 'per180Days' })
    | null;
}

export interface StatusDto extends Envelope {
  command: 'status';
  window: { start: string; end: string };
  daysUsed: number;
  daysRemaining: number;
  inSchengen: boolean;
  latestExit: string | null;
  bindingLimit: LimitName | null;
  currentStay: (AuthorisationDto & { entry: string }) | null;
  overstayDays: number;
  firstOverstayDay: string | null;
  fullStayPossibleFrom: string;
  warnings: WarningDto[];
}

export interface PlanDto extends Envelope, AuthorisationDto {
  command: 'plan';
  entry: string;
  daysUsedBeforeEntry: number;
  entryPossible: boolean;
  trip: {
    entry: string;
    exit: string;
    days: number;
    compliant: boolean;
    firstOverstayDay: string | null;
    overstayDays: number;
    peakDaysUsed: number;
    authorised: boolean;
    firstUnauthorisedDay: string | null;
    brokenLimit: LimitName | 'entry' | null;
  } | null;
  warnings: WarningDto[];
}

export interface NextDto extends Envelope {
  command: 'next';
  from: string;
  tripDays: number;
  earliestEntry: string | null;
  exit: string | null;
  refusal: EntryRefusal | null;
  visa: VisaDto | null;
  warnings: WarningDto[];
}

function ruleToJson(rule: WindowRule): Envelope['rule'] {
  return { maxDays: rule.maxDays, windowDays: rule.windowDays };
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

export function authorisationToJson(authorised: AuthorisedStay, visas: readonly Visa[]): AuthorisationDto {
  const use = authorised.visa;
  return {
    allowed: authorised.allowed,
    refusal: authorised.refusal,
    latestExit: isoDateOrNull(authorised.latestExit),
    maxStayDays: authorised.maxStayDays,
    bindingLimit: authorised.bindingLimit,
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

export function statusToJson(report: StatusReport, visas: readonly Visa[], warnings: WarningDto[]): StatusDto {
  const current = report.currentStay;
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'status',
    on: isoDate(report.on),
    rule: ruleToJson(report.rule),
    window: { start: isoDate(report.window.first), end: isoDate(report.window.last) },
    daysUsed: report.daysUsed,
    daysRemaining: report.daysRemaining,
    inSchengen: report.inSchengen,
    latestExit: isoDateOrNull(current?.latestExit ?? null),
    bindingLimit: current?.bindingLimit ?? null,
    currentStay: current === null ? null : Object.assign({ entry: isoDate(current.entry) }, authorisationToJson(current, visas)),
    overstayDays: report.overstayDays,
    firstOverstayDay: isoDateOrNull(report.firstOverstayDay),
    fullStayPossibleFrom: isoDate(report.fullStayPossibleFrom),
    warnings,
  };
}

export function planToJson(report: PlanReport, on: Day, visas: readonly Visa[], warnings: WarningDto[]): PlanDto {
  const { trip } = report;
  const head = {
    schemaVersion: SCHEMA_VERSION,
    command: 'plan' as const,
    on: isoDate(on),
    rule: ruleToJson(report.rule),
    entry: isoDate(report.entry),
    daysUsedBeforeEntry: report.daysUsedBeforeEntry,
    entryPossible: report.authorised.allowed,
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
          peakDaysUsed: trip.peakDaysUsed,
          authorised: trip.firstUnauthorisedDay === null,
          firstUnauthorisedDay: isoDateOrNull(trip.firstUnauthorisedDay),
          brokenLimit: trip.brokenLimit,
        };
  // Object.assign, not spreads: the key order is the contract, and spreads are slow here (see errors.ts `at`).
  return Object.assign(head, authorisationToJson(report.authorised, visas), { trip: tripDto, warnings });
}

export function nextToJson(report: NextReport, on: Day, visas: readonly Visa[], warnings: WarningDto[]): NextDto {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'next',
    on: isoDate(on),
    rule: ruleToJson(report.rule),
    from: isoDate(report.from),
    tripDays: report.tripDays,
    earliestEntry: isoDateOrNull(report.earliestEntry),
    exit: isoDateOrNull(report.exit),
    refusal: report.refusal,
    visa: report.visaIndex === null ? null : visaToJson(visas[report.visaIndex]!),
    warnings,
  };
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

export function annex3ToJson(report: Annex3Report, on: Day, rule: WindowRule, visas: readonly Visa[], settings: Annex3Settings, warnings: WarningDto[]): Annex3Dto {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'annex3',
    on: isoDate(on),
    rule: ruleToJson(rule),
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
    warnings,
  };
}

export function renderJson(dto: object): string {
  return `${JSON.stringify(dto, null, 2)}\n`;
}
