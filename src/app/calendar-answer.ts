import type { CalendarPicture } from '../core/calendar.js';
import { isoDate } from '../core/iso-date.js';
import { SCHEMA_VERSION, verdictToJson, type VerdictDto, type WarningDto } from './answers.js';
import type { Verdict } from './verdict.js';

/** One day of `schengen calendar --json` (schema/calendar.schema.json). */
export interface CalendarDayDto {
  date: string;
  present: boolean;
  counted: boolean;
  daysUsed: number;
  overstay: boolean;
}

export interface CalendarDto {
  schemaVersion: number;
  command: 'calendar';
  verdict: VerdictDto;
  on: string;
  from: string;
  to: string;
  maxDays: number;
  latestExit: string | null;
  fullStayPossibleFrom: string | null;
  days: CalendarDayDto[];
  warnings: WarningDto[];
}

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
