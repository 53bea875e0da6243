import type { Static } from 'typebox';
import { judgeItinerary } from '../core/authorisation.js';
import type { Day, DayRange } from '../core/day.js';
import { LEGAL_SOURCES } from '../core/explanation.js';
import { isoDate, isoDateOrNull } from '../core/iso-date.js';
import { computeStatement, type Statement } from '../core/statement.js';
import { UsageError, type InputLocation } from '../errors.js';
import { stayDetailsOf, type AssembledHistory, type StayDetails } from '../parse/assemble-history.js';
import { parseDate } from '../parse/dates.js';
import type { StatementSchema } from './answer-schemas.js';
import { SCHEMA_VERSION, verdictToJson, warningsToJson, type WarningDto } from './answers.js';
import type { QueryResult } from './queries.js';
import { statementVerdict, type Verdict } from './verdict.js';

/**
 * `schengen statement`: a statement of stays to show a border guard, a consulate or a Member State
 * asked to rectify an EES record: every stay of a span with its days, the count on each day of
 * presence, the rule and its source (docs/itinerary.md). A document, not a question: the CLI prints
 * it as a table, JSON or a printable page.
 */

/** The sources a statement cites: the rule, and what does not count. */
export const STATEMENT_SOURCES = {
  rule: 'Schengen Borders Code (Reg. (EU) 2016/399) Art. 6(1) and 6(2); the period: [d − 179, d] (Commission short-stay calculator; SEM worked examples)',
  notCounted: `Schengen Borders Code Art. 6(2) (residence permits, long-stay visas); ${LEGAL_SOURCES.accession}`,
};

/** The span: `--to` (default: the reference day) and `--from` (default: the 179 days before `--to`, a whole window). */
export function statementRange(text: { from?: string | undefined; to?: string | undefined }, today: Day, location: InputLocation = {}, prefix = '--'): DayRange {
  const at = (name: string): InputLocation => ({ file: location.file, line: location.line, field: `${prefix}${name}` });
  const last = text.to === undefined ? today : parseDate(text.to, at('to'), today);
  const first = text.from === undefined ? last - 179 : parseDate(text.from, at('from'), today);
  if (last < first) throw new UsageError('range.untilBeforeFrom', { from: isoDate(first), until: isoDate(last) }, at('to'));
  return { first, last };
}

// The types of the answer, from its one definition (answer-schemas.ts; type-only: building it does not load TypeBox).
export type StatementDto = Static<typeof StatementSchema>;
export type StatementStayDto = StatementDto['stays'][number];
export type StatementDayDto = StatementStayDto['presence'][number];

export interface StatementAnswer {
  readonly statement: Statement;
  /** The rolling rule of the counts (90 days in any 180). */
  readonly rule: { readonly maxDays: number; readonly windowDays: number };
  readonly details: readonly StayDetails[];
  readonly openStayIndex: number | null;
}

export function statementQuery(history: AssembledHistory, today: Day, range: DayRange): Omit<QueryResult<StatementAnswer>, 'json'> & { json: () => StatementDto } {
  const statement = computeStatement(history, judgeItinerary(history), range, today);
  const verdict = statementVerdict(statement);
  const report: StatementAnswer = { statement, rule: history.rule, details: stayDetailsOf(history), openStayIndex: history.openStayIndex };
  return {
    report,
    verdict,
    warnings: [...history.warnings],
    explanation: null,
    json: () => statementToJson(report, verdict, warningsToJson(history.warnings)),
    breach: statement.unauthorisedDays.length > 0,
  };
}

function statementToJson(answer: StatementAnswer, verdict: Verdict, warnings: WarningDto[]): StatementDto {
  const { statement, details, rule } = answer;
  return {
    schemaVersion: SCHEMA_VERSION,
    command: 'statement',
    verdict: verdictToJson(verdict),
    on: isoDate(statement.on),
    from: isoDate(statement.range.first),
    to: isoDate(statement.range.last),
    rule: { maxDays: rule.maxDays, windowDays: rule.windowDays },
    sources: STATEMENT_SOURCES,
    stays: statement.stays.map((stay) => {
      const detail = details[stay.stayIndex];
      return {
        entry: isoDate(stay.entry),
        exit: isoDate(stay.exit),
        exitAssumed: stay.stayIndex === answer.openStayIndex,
        entryCountry: detail?.entryCountry ?? stay.country,
        exitCountry: detail?.exitCountry ?? null,
        entryPlace: detail?.entryPlace ?? null,
        exitPlace: detail?.exitPlace ?? null,
        booked: stay.booked,
        recordedAsBooked: detail?.recordedAsBooked ?? false,
        days: stay.days,
        countedDays: stay.countedDays,
        firstUnauthorisedDay: isoDateOrNull(stay.firstUnauthorisedDay),
        brokenLimit: stay.brokenLimit,
        presence: stay.presence.map((info) => ({ date: isoDate(info.day), counted: info.counted, daysUsed: info.daysUsed, unauthorised: info.unauthorised })),
      };
    }),
    warnings,
  };
}
