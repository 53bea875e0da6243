import type { Zone } from '../core/regimes.js';

/**
 * The verdicts a reader can be told (app/verdict.ts decides which), and the shape of their words in
 * each language (verdict-<lang>.ts).
 */
export type VerdictParams = Readonly<Record<string, string | number>>;

export const VERDICT_CODES = [
  'statusUnauthorisedNow',
  'statusUnauthorisedPast',
  'statusInside',
  'statusOutside',
  'statusNoRule',
  'planTripComplies',
  'planTripBreaks',
  'planTripBreaksBooked',
  'planEntryAllowed',
  'planEntryBreaksBooked',
  'planEntryRefused',
  'nextFound',
  'nextNone',
  'annex3Issue',
  'annex3Late',
  'annex3Refuse',
  'applyNotYetOpen',
  'applyOpen',
  'applyPastLastDay',
  'applyDecisionDue',
  'visaRead',
  'rulesListed',
  'calendarClear',
  'calendarUnauthorised',
  'checkAllComply',
  'checkNoTrips',
  'checkTripBreaks',
  'checkPastBreaks',
] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];

/** The words of a verdict in one language (messages/<lang>/verdict.ts). */
export type VerdictMessages = Readonly<Record<VerdictCode, (params: VerdictParams, words: VerdictWords) => string>>;

/** A language's verdicts: the sentences, and each zone with its preposition ("in Russia", "en Russie"). */
export interface VerdictCatalogue {
  readonly zoneIn: Readonly<Record<Zone, string>>;
  readonly sentences: VerdictMessages;
}

/** What a verdict sentence needs besides its facts: dates, limits and zones in the reader's words. */
export interface VerdictWords {
  readonly date: (iso: string) => string;
  readonly limit: (limit: string) => string;
  readonly zone: (zone: string) => string;
}

