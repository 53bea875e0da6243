import type { CalendarPicture } from '../core/calendar.js';
import { isoDate } from '../core/iso-date.js';
import type { Static } from 'typebox';
import type { CalendarSchema } from './answer-schemas.js';
import { SCHEMA_VERSION, verdictToJson, type WarningDto } from './answers.js';
import type { Verdict } from './verdict.js';

/** `schengen calendar --json` (its one definition: answer-schemas.ts). */
export type CalendarDto = Static<typeof CalendarSchema>;
/** One day of `schengen calendar --json`. */
export type CalendarDayDto = CalendarDto['days'][number];

/** The day-by-day series the calendar picture draws, for scripts and charts. */
export function calendarToJson(picture: CalendarPicture, verdict: Verdict, warnings: WarningDto[]): CalendarDto {
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'calendar',
    verdict: verdictToJson(verdict),
    on: isoDate(picture.today),
    from: isoDate(picture.range.first),
    to: isoDate(picture.range.last),
    maxDays: picture.maxDays,
    latestExit: picture.latestExit === null ? null : isoDate(picture.latestExit),
    fullStayPossibleFrom: picture.fullStayPossibleFrom === null ? null : isoDate(picture.fullStayPossibleFrom),
    days: picture.days.map((info) => ({ date: isoDate(info.day), present: info.present, counted: info.counted, daysUsed: info.daysUsed, overstay: info.overstay })),
    warnings,
  };
}
