import type { Day } from '../core/day.js';
import type { NextReport } from '../core/reports.js';

/** The answer of `next`: the core's search, and the day the stay under way was taken to end. */
export interface NextAnswer extends NextReport {
  /** The day the stay under way was taken to end, when the traveller was inside. */
  readonly leave: Day | null;
}
