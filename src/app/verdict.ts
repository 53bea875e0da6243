import { mayIssueDeclaration, type Annex3Report } from '../core/annex3.js';
import { refusalLimit } from '../core/annex3-refusal.js';
import type { StopReason } from '../core/authorisation.js';
import type { CalendarPicture } from '../core/calendar.js';
import { isoDate } from '../core/iso-date.js';
import type { CheckedTrip, CheckReport } from '../core/itinerary-check.js';
import type { Statement } from '../core/statement.js';
import type { Zone } from '../core/regimes.js';
import type { PlanReport, StatusReport } from '../core/reports.js';
import type { ApplicationTimeline } from '../core/visa-application.js';
import type { NextAnswer } from './next-answer.js';
import type { VerdictCatalogue, VerdictCode, VerdictParams, VerdictWords } from '../messages/verdict-catalogue.js';
export type { VerdictCode } from '../messages/verdict-catalogue.js';
export { VERDICT_CODES } from '../messages/verdict-catalogue.js';

/**
 * The verdict of an answer: OK or not, and the one thing the person must know, as a code and its
 * facts. The sentence is written by messages/<lang>/verdict.ts (English in JSON, the reader's
 * language in tables, pages and MCP text), so no door words an answer of its own.
 */
export interface Verdict {
  readonly ok: boolean;
  readonly code: VerdictCode;
  /** Dates as ISO strings, limits and zones as their JSON names. */
  readonly params: VerdictParams;
}

function verdict(ok: boolean, code: VerdictCode, params: VerdictParams = {}): Verdict {
  return { ok, code, params };
}

export function statusVerdict(report: StatusReport, zones: readonly StatusReport[]): Verdict {
  const zone = report.regime.zone;
  const current = report.currentStay;
  // Another zone's breach also makes the answer not OK (the same test as --fail-on-overstay).
  const broken = [report, ...zones].find((z) => z.firstUnauthorisedDay !== null);
  if (current !== null && (current.latestExit === null || current.latestExit < report.on) && report.inSchengen) {
    const first = current.firstUnauthorised?.day ?? report.firstUnauthorisedDay ?? report.on;
    const limit: string = current.firstUnauthorised?.limit ?? current.refusal ?? report.brokenLimit ?? 'rule90180';
    return verdict(false, 'statusUnauthorisedNow', { zone, first: isoDate(first), limit });
  }
  if (broken !== undefined) {
    return verdict(false, 'statusUnauthorisedPast', {
      zone: broken.regime.zone,
      days: broken.unauthorisedDays,
      first: isoDate(broken.firstUnauthorisedDay!),
      limit: broken.brokenLimit ?? 'rule90180',
      latestExit: current?.latestExit == null ? '' : isoDate(current.latestExit),
    });
  }
  if (current !== null && current.latestExit !== null) {
    return verdict(true, 'statusInside', { zone, latestExit: isoDate(current.latestExit), days: current.latestExit - report.on + 1 });
  }
  const count = report.counts[0];
  if (count === undefined) return verdict(true, 'statusNoRule', { zone, on: isoDate(report.on) });
  return verdict(true, 'statusOutside', { zone, on: isoDate(report.on), daysRemaining: count.daysRemaining, maxDays: count.maxDays });
}

export function planVerdict(report: PlanReport): Verdict {
  const entry = isoDate(report.entry);
  const { trip, authorised } = report;
  if (trip !== null) {
    const exit = isoDate(trip.exit);
    if (trip.compliant) return verdict(true, 'planTripComplies', { entry, exit, days: trip.days });
    const first = isoDate(trip.firstUnauthorisedDay ?? report.entry);
    const limit = trip.brokenLimit ?? 'rule90180';
    if (trip.brokenStay !== null) {
      return verdict(false, 'planTripBreaksBooked', { entry, exit, first, limit, bookedEntry: isoDate(trip.brokenStay.first), bookedExit: isoDate(trip.brokenStay.last) });
    }
    return verdict(false, 'planTripBreaks', { entry, exit, first, limit });
  }
  if (authorised.allowed && authorised.latestExit !== null && authorised.maxStayDays > 0) {
    return verdict(true, 'planEntryAllowed', { entry, days: authorised.maxStayDays, latestExit: isoDate(authorised.latestExit) });
  }
  if (authorised.bookedStay !== null) {
    return verdict(false, 'planEntryBreaksBooked', { entry, bookedEntry: isoDate(authorised.bookedStay.first), bookedExit: isoDate(authorised.bookedStay.last) });
  }
  return verdict(false, 'planEntryRefused', { entry, limit: authorised.refusal ?? authorised.firstUnauthorised?.limit ?? 'rule90180' });
}

export function nextVerdict(answer: NextAnswer): Verdict {
  if (answer.earliestEntry === null || answer.exit === null) {
    return verdict(false, 'nextNone', { days: answer.tripDays, from: isoDate(answer.from), limit: answer.refusal ?? 'rule90180' });
  }
  return verdict(true, 'nextFound', { days: answer.tripDays, entry: isoDate(answer.earliestEntry), exit: isoDate(answer.exit) });
}

export function annex3Verdict(report: Annex3Report): Verdict {
  const authorised = report.authorisedStay;
  if (!mayIssueDeclaration(report) || authorised.latestExit === null) {
    return verdict(false, 'annex3Refuse', { limit: refusalLimit(report), entry: isoDate(report.schengenEntry) });
  }
  const params = { deadline: isoDate(report.declarationDeadline), end: isoDate(authorised.latestExit) };
  if (report.late) return verdict(false, 'annex3Late', { ...params, workingDaysLate: report.workingDaysLate });
  return verdict(true, 'annex3Issue', params);
}

export function applyVerdict(timeline: ApplicationTimeline): Verdict {
  const { lodging, decision } = timeline;
  const window = { earliest: isoDate(lodging.earliest), latest: isoDate(lodging.latest), travel: isoDate(timeline.request.travel) };
  if (decision !== null) return verdict(true, 'applyDecisionDue', { ...window, due: isoDate(decision.due) });
  switch (timeline.phaseOn) {
    case 'notYetOpen':
      return verdict(true, 'applyNotYetOpen', window);
    case 'open':
      return verdict(true, 'applyOpen', window);
    case 'pastLastDay':
      return verdict(false, 'applyPastLastDay', window);
  }
}

export function visaVerdict(validUntil: string): Verdict {
  return verdict(true, 'visaRead', { validUntil });
}

export function rulesVerdict(presets: number): Verdict {
  return verdict(true, 'rulesListed', { presets });
}

export function calendarVerdict(picture: CalendarPicture): Verdict {
  const range = { from: isoDate(picture.range.first), to: isoDate(picture.range.last), zone: picture.zone };
  const unauthorised = picture.days.filter((info) => info.overstay);
  if (unauthorised.length === 0) return verdict(true, 'calendarClear', range);
  return verdict(false, 'calendarUnauthorised', { ...range, days: unauthorised.length, first: isoDate(unauthorised[0]!.day) });
}

/**
 * `check`: a trip under way or booked that breaks (the one `decides` names), else unauthorised days
 * in past trips, else every trip complies.
 */
export function checkVerdict(report: CheckReport, decides: CheckedTrip | null): Verdict {
  const zone = report.regime.zone;
  if (decides !== null) {
    return verdict(false, 'checkTripBreaks', {
      zone,
      state: decides.state,
      entry: isoDate(decides.entry),
      exit: isoDate(decides.exit),
      first: isoDate(decides.firstUnauthorisedDay!),
      limit: decides.brokenLimit ?? 'rule90180',
    });
  }
  if (report.firstUnauthorisedDay !== null) {
    return verdict(false, 'checkPastBreaks', { zone, days: report.unauthorisedDays, first: isoDate(report.firstUnauthorisedDay), limit: report.brokenLimit ?? 'rule90180' });
  }
  if (report.trips.length === 0) return verdict(true, 'checkNoTrips', { zone });
  return verdict(true, 'checkAllComply', { zone, trips: report.trips.length, booked: report.trips.filter((trip) => trip.state === 'booked').length });
}

/** A statement of stays: the calendar's verdict on the same span (no unauthorised day, or how many). */
export function statementVerdict(statement: Statement): Verdict {
  const range = { from: isoDate(statement.range.first), to: isoDate(statement.range.last), zone: 'schengen' };
  const [first] = statement.unauthorisedDays;
  if (first === undefined) return verdict(true, 'calendarClear', range);
  return verdict(false, 'calendarUnauthorised', { ...range, days: statement.unauthorisedDays.length, first: isoDate(first) });
}

/** The verdict's sentence in one language: dates written by `date`, limits named by `limitNames`. */
export function verdictText(verdict: Verdict, words: VerdictCatalogue, limitNames: Readonly<Record<StopReason, string>>, date: (iso: string) => string): string {
  return verdictWriter(words, limitNames, date)(verdict);
}

/** `verdictText` for one language and one way of writing dates, its vocabulary made once (JSON answers write thousands). */
export function verdictWriter(words: VerdictCatalogue, limitNames: Readonly<Record<StopReason, string>>, date: (iso: string) => string): (verdict: Verdict) => string {
  const vocabulary: VerdictWords = {
    date,
    limit: (limit) => limitNames[limit as StopReason] ?? limit,
    zone: (zone) => words.zoneIn[zone as Zone] ?? zone,
  };
  return (verdict) => words.sentences[verdict.code](verdict.params, vocabulary);
}
