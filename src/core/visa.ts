import type { Day } from './day.js';

/** C: uniform short stay; LTV: limited territorial validity; A: airport transit; D: national long stay. */
export type VisaType = 'C' | 'LTV' | 'A' | 'D';
export type VisaEntries = 1 | 2 | 'MULT';

/** A visa sticker's printed fields (rules.md §2.1). What they authorise is judged in authorisation.ts. */
export interface Visa {
  readonly type: VisaType;
  readonly entries: VisaEntries;
  readonly validFrom: Day;
  readonly validUntil: Day;
  readonly durationDays: number;
  /** States an LTV visa is valid for; null = all Schengen states. */
  readonly validFor: readonly string[] | null;
}
