import type { Day } from '../core/day.js';
import type { NextReport, PlanReport, StatusReport } from '../core/reports.js';
import type { WindowRule } from '../core/rolling-window.js';
import { isoDate, isoDateOrNull } from './iso-date.js';

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

export interface StatusDto extends Envelope {
  command: 'status';
  window: { start: string; end: string };
  daysUsed: number;
  daysRemaining: number;
  inSchengen: boolean;
  latestExit: string | null;
  overstayDays: number;
  firstOverstayDay: string | null;
  fullStayPossibleFrom: string;
  warnings: WarningDto[];
}

export interface PlanDto extends Envelope {
  command: 'plan';
  entry: string;
  daysUsedBeforeEntry: number;
  entryPossible: boolean;
  maxStayDays: number;
  latestExit: string | null;
  trip: {
    entry: string;
    exit: string;
    days: number;
    compliant: boolean;
    firstOverstayDay: string | null;
    overstayDays: number;
    peakDaysUsed: number;
  } | null;
  warnings: WarningDto[];
}

export interface NextDto extends Envelope {
  command: 'next';
  from: string;
  tripDays: number;
  earliestEntry: string;
  exit: string;
  warnings: WarningDto[];
}

function envelope(command: string, on: Day, rule: WindowRule): Envelope {
  return { schemaVersion: SCHEMA_VERSION, command, on: isoDate(on), rule: { maxDays: rule.maxDays, windowDays: rule.windowDays } };
}

export function statusToJson(report: StatusReport, warnings: WarningDto[]): StatusDto {
  return {
    ...envelope('status', report.on, report.rule),
    command: 'status',
    window: { start: isoDate(report.window.first), end: isoDate(report.window.last) },
    daysUsed: report.daysUsed,
    daysRemaining: report.daysRemaining,
    inSchengen: report.inSchengen,
    latestExit: isoDateOrNull(report.latestExit),
    overstayDays: report.overstayDays,
    firstOverstayDay: isoDateOrNull(report.firstOverstayDay),
    fullStayPossibleFrom: isoDate(report.fullStayPossibleFrom),
    warnings,
  };
}

export function planToJson(report: PlanReport, on: Day, warnings: WarningDto[]): PlanDto {
  const { trip } = report;
  return {
    ...envelope('plan', on, report.rule),
    command: 'plan',
    entry: isoDate(report.entry),
    daysUsedBeforeEntry: report.daysUsedBeforeEntry,
    entryPossible: report.maxStayDays > 0,
    maxStayDays: report.maxStayDays,
    latestExit: isoDateOrNull(report.latestExit),
    trip:
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
          },
    warnings,
  };
}

export function nextToJson(report: NextReport, on: Day, warnings: WarningDto[]): NextDto {
  return {
    ...envelope('next', on, report.rule),
    command: 'next',
    from: isoDate(report.from),
    tripDays: report.tripDays,
    earliestEntry: isoDate(report.earliestEntry),
    exit: isoDate(report.exit),
    warnings,
  };
}

export function renderJson(dto: object): string {
  return `${JSON.stringify(dto, null, 2)}\n`;
}
