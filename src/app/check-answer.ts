import type { Static } from 'typebox';
import type { Day } from '../core/day.js';
import type { Explanation } from '../core/explanation.js';
import { isoDate, isoDateOrNull } from '../core/iso-date.js';
import type { CheckSchema } from './answer-schemas.js';
import { explanationToJson, rulesWhenShown, SCHEMA_VERSION, verdictToJson, type WarningDto } from './answers.js';
import type { CalendarPicture } from '../core/calendar.js';
import type { CheckReport } from '../core/itinerary-check.js';
import type { Verdict } from './verdict.js';

/** What check found: the itinerary judged, and with `timeline` the days from the reference day on (core/calendar.ts). */
export interface CheckAnswer {
  readonly check: CheckReport;
  readonly timeline: CalendarPicture | null;
}

// The types of the answer, from its one definition (answer-schemas.ts; type-only: building it does not load TypeBox).
export type CheckDto = Static<typeof CheckSchema>;
export type CheckTripDto = CheckDto['trips'][number];
export type CheckGapDto = CheckDto['gaps'][number];
export type TimelineDto = NonNullable<CheckDto['timeline']>;
export type TimelineDayDto = TimelineDto['days'][number];
/** Where a day of the timeline is: outside, inside a recorded day (up to the reference day), or inside a trip ahead. */
export type TimelinePresence = TimelineDayDto['presence'];

function gapExit(entry: Day | null, days: number | null): string | null {
  return entry === null || days === null || days < 1 ? null : isoDate(entry + days - 1);
}

/** check as JSON: `rules` only with explain or rules other than the default Schengen preset (as every answer, issue 21). */
export function checkToJson(answer: CheckAnswer, verdict: Verdict, explanation: Explanation | null, warnings: WarningDto[], explain = explanation !== null): CheckDto {
  const { check, timeline } = answer;
  const dto: Omit<CheckDto, 'warnings'> = {
    schemaVersion: SCHEMA_VERSION,
    command: 'check',
    verdict: verdictToJson(verdict),
    on: isoDate(check.on),
    rule: { maxDays: check.rule.maxDays, windowDays: check.rule.windowDays },
    ...rulesWhenShown(check.regime, { explain }),
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
