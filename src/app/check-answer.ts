import type { LimitName, StopReason } from '../core/authorisation.js';
import type { Day } from '../core/day.js';
import type { Explanation } from '../core/explanation.js';
import type { TripState } from '../core/itinerary-check.js';
import { isoDate, isoDateOrNull } from '../core/iso-date.js';
import { explanationToJson, rulesToJson, SCHEMA_VERSION, verdictToJson, type ExplanationDto, type RulesDto, type VerdictDto, type WarningDto } from './answers.js';
import type { CheckAnswer } from './check-query.js';
import type { Verdict } from './verdict.js';

/** One trip of `schengen check --json` (schema/check.schema.json). */
export interface CheckTripDto {
  entry: string;
  exit: string;
  exitAssumed: boolean;
  country: string | null;
  state: TripState;
  days: number;
  countedDays: number;
  compliant: boolean;
  firstUnauthorisedDay: string | null;
  brokenLimit: LimitName | null;
  unauthorisedDays: number;
  peakDaysUsed: number;
  peakDay: string | null;
  latestExit: string | null;
  extraDays: number | null;
  extraStop: StopReason | null;
}

export interface CheckGapDto {
  from: string;
  to: string | null;
  longestTripDays: number | null;
  longestTripEntry: string | null;
  longestTripExit: string | null;
}

/** Where a day of the timeline is: outside, inside a recorded day (up to the reference day), or inside a trip ahead. */
export type TimelinePresence = 'none' | 'recorded' | 'booked';

export interface TimelineDayDto {
  date: string;
  presence: TimelinePresence;
  counted: boolean;
  daysUsed: number;
  daysLeft: number;
  unauthorised: boolean;
}

export interface TimelineDto {
  from: string;
  to: string;
  maxDays: number;
  days: TimelineDayDto[];
}

export interface CheckDto {
  schemaVersion: number;
  command: 'check';
  verdict: VerdictDto;
  on: string;
  rule: { maxDays: number; windowDays: number };
  rules: RulesDto;
  trips: CheckTripDto[];
  gaps: CheckGapDto[];
  firstUnauthorisedDay: string | null;
  brokenLimit: LimitName | null;
  unauthorisedDays: number;
  timeline?: TimelineDto;
  explanation?: ExplanationDto;
  warnings: WarningDto[];
}

function gapExit(entry: Day | null, days: number | null): string | null {
  return entry === null || days === null || days < 1 ? null : isoDate(entry + days - 1);
}

export function checkToJson(answer: CheckAnswer, verdict: Verdict, explanation: Explanation | null, warnings: WarningDto[]): CheckDto {
  const { check, timeline } = answer;
  const dto: Omit<CheckDto, 'warnings'> = {
    schemaVersion: SCHEMA_VERSION,
    command: 'check',
    verdict: verdictToJson(verdict),
    on: isoDate(check.on),
    rule: { maxDays: check.rule.maxDays, windowDays: check.rule.windowDays },
    rules: rulesToJson(check.regime),
    trips: check.trips.map((trip) => ({
      entry: isoDate(trip.entry),
      exit: isoDate(trip.exit),
      exitAssumed: trip.exitAssumed,
      country: trip.country,
      state: trip.state,
      days: trip.days,
      countedDays: trip.countedDays,
      compliant: trip.compliant,
      firstUnauthorisedDay: isoDateOrNull(trip.firstUnauthorisedDay),
      brokenLimit: trip.brokenLimit,
      unauthorisedDays: trip.unauthorisedDays,
      peakDaysUsed: trip.peakDaysUsed,
      peakDay: isoDateOrNull(trip.peakDay),
      latestExit: isoDateOrNull(trip.latestExit),
      extraDays: trip.extraDays,
      extraStop: trip.extraStop,
    })),
    gaps: check.gaps.map((gap) => ({
      from: isoDate(gap.first),
      to: isoDateOrNull(gap.last),
      longestTripDays: gap.longestTripDays,
      longestTripEntry: isoDateOrNull(gap.longestTripEntry),
      longestTripExit: gapExit(gap.longestTripEntry, gap.longestTripDays),
    })),
    firstUnauthorisedDay: isoDateOrNull(check.firstUnauthorisedDay),
    brokenLimit: check.brokenLimit,
    unauthorisedDays: check.unauthorisedDays,
  };
  if (timeline !== null) {
    dto.timeline = {
      from: isoDate(timeline.range.first),
      to: isoDate(timeline.range.last),
      maxDays: timeline.maxDays,
      days: timeline.days.map((info) => ({
        date: isoDate(info.day),
        presence: !info.present ? 'none' : info.day > check.on ? 'booked' : 'recorded',
        counted: info.counted,
        daysUsed: info.daysUsed,
        daysLeft: Math.max(0, timeline.maxDays - info.daysUsed),
        unauthorised: info.overstay,
      })),
    };
  }
  if (explanation !== null) dto.explanation = explanationToJson(explanation);
  // `warnings` last, as in every answer.
  return Object.assign(dto, { warnings });
}
