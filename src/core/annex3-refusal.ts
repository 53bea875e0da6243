import { mayIssueDeclaration, type Annex3Report } from './annex3.js';
import { RULE_LIMITS, type EntryRefusal } from './authorisation.js';
import type { Day, DayRange } from './day.js';
import type { Explanation } from './explanation.js';
import type { Visa } from './visa.js';

/** What is wrong with one sticker for this entry, read from its printed dates and from its use. */
export type VisaProblem = 'notYetValid' | 'expired' | 'notForBelgium' | 'airportTransit' | 'entriesUsed' | 'daysUsed';

export interface VisaEvidence {
  readonly visa: Visa;
  /** The sticker's own problem for this entry; null when its dates and use allow it. */
  readonly problem: VisaProblem | null;
  /** For the sticker the stay is under: its entries and days used before this stay. */
  readonly entriesUsedBefore: number | null;
  readonly daysUsedBefore: number | null;
}

/**
 * Why no declaration may be issued, with the dates that show it (docs/annex3.md, "No authorised
 * stay"): the limit broken on the Schengen entry (or the first day after it), every sticker given
 * with what is wrong with it, and, for a day-count rule, the window and the days used in it.
 */
export interface Annex3Refusal {
  readonly limit: EntryRefusal;
  /** The first day the stay is not authorised (the entry, when the entry itself is refused). */
  readonly firstUnauthorised: Day;
  readonly visas: readonly VisaEvidence[];
  /** For 90/180 and the other day-count rules: the window of that day and the days counted in it. */
  readonly window: { readonly range: DayRange; readonly daysUsed: number; readonly maxDays: number } | null;
}

/** The limit that refuses the declaration: the entry's own refusal, else the stay's first break. */
export function refusalLimit(report: Annex3Report): EntryRefusal {
  const authorised = report.authorisedStay;
  return authorised.refusal ?? authorised.firstUnauthorised?.limit ?? 'rule90180';
}

function visaProblem(visa: Visa, entry: Day): VisaProblem | null {
  if (visa.type === 'A') return 'airportTransit';
  if (entry < visa.validFrom) return 'notYetValid';
  if (entry > visa.validUntil) return 'expired';
  if (visa.validFor !== null && !visa.validFor.includes('BE')) return 'notForBelgium';
  return null;
}

/**
 * The refusal's facts, or null when the declaration may be issued. `explanation` is the workings of
 * the stay from the entry stamp (annex3Query computes it for a refusal): its window and count.
 */
export function annex3Refusal(report: Annex3Report, visas: readonly Visa[], explanation: Explanation | null): Annex3Refusal | null {
  if (mayIssueDeclaration(report)) return null;
  const authorised = report.authorisedStay;
  const limit = refusalLimit(report);
  const firstUnauthorised = authorised.allowed ? (authorised.firstUnauthorised?.day ?? report.schengenEntry) : report.schengenEntry;
  const use = authorised.visa;
  const evidence = visas.map((visa, index): VisaEvidence => {
    const inUse = use !== null && use.visaIndex === index;
    let problem = visaProblem(visa, report.schengenEntry);
    if (problem === null && inUse && limit === 'visaEntries') problem = 'entriesUsed';
    if (problem === null && inUse && limit === 'visaDuration') problem = 'daysUsed';
    return { visa, problem, entriesUsedBefore: inUse ? use.entriesUsedBefore : null, daysUsedBefore: inUse ? use.daysUsedBefore : null };
  });
  const window =
    limit !== 'bookedStay' && RULE_LIMITS.has(limit) && explanation !== null
      ? { range: explanation.window, daysUsed: explanation.daysInWindow, maxDays: explanation.maxDays }
      : null;
  return { limit, firstUnauthorised, visas: evidence, window };
}
