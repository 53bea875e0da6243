import { durationReadingOf, judgeItinerary, limitBrokenOn, regimeOfItinerary, RULE_LIMITS, type Itinerary, type LimitName, type StopReason } from './authorisation.js';
import type { StayAuthorisation } from './reports.js';
import { limitOfShape, rollingRuleOn, rulesInForce, type RuleShape } from './regimes.js';
import { civilFromDay, dayFromCivil, type Day, type DayRange } from './day.js';
import { countUpTo, countInRange, daySetFromRanges, daySetRanges } from './day-set.js';
import { windowEndingOn } from './rolling-window.js';

/**
 * The legal source of each limit, as cited in the explanation (docs/authorisation.md §3). Citations
 * are the same in every language.
 */
export const LEGAL_SOURCES: Readonly<Record<StopReason | 'accession' | 'declaration', string>> = {
  noVisa: 'Schengen Borders Code (Reg. (EU) 2016/399) Art. 6(1)(b); Reg. (EU) 2018/1806 Annex I',
  visaType: 'Visa Code (Reg. (EC) 810/2009) Art. 2(5) and Art. 3',
  visaTerritory: 'Visa Code (Reg. (EC) 810/2009) Art. 25 and Annex VII pt 1',
  visaEntries: 'Visa Code (Reg. (EC) 810/2009) Annex VII pt 3',
  visaUntil: 'Visa Code (Reg. (EC) 810/2009) Annex VII pt 2',
  visaDuration: 'Visa Code (Reg. (EC) 810/2009) Annex VII pt 4, as amended by Reg. (EU) 610/2013',
  rule90180: 'Schengen Borders Code (Reg. (EU) 2016/399) Art. 6(1) and 6(2); for other zones, the regime\'s own law (docs/regimes.md)',
  rolling: 'the regime\'s rolling rule (docs/regimes.md)',
  calendarYear: 'Russia: Federal Law 115-FZ Art. 5(1) as amended by Federal Law 260-FZ (from 1 January 2025); Belarus: the visa-free regime decision (docs/regimes.md)',
  perStay: 'Russia: Federal Law 115-FZ Art. 5(1) (90 continuous days, from 1 January 2025); Belarus: visa-free regime (30 days, 90 for PL, LT, LV) and transit visa B (2 days) (docs/regimes.md)',
  nextBookedStay: 'the traveller\'s own booked stay (docs/authorisation.md §4)',
  bookedStay: 'Schengen Borders Code Art. 6(1) and the visa limits, applied to the booked stays',
  accession: 'Council Decisions applying the Schengen acquis in full (e.g. (EU) 2022/2451 for HR, (EU) 2024/210 for BG and RO)',
  declaration: 'Law of 15 December 1980 Art. 5; Royal Decree of 8 October 1981 Arts. 18 and 20; Civil Code Art. 1.7',
};

export type ExplainedDayReason = 'latestExit' | 'bookedStayBreak' | 'entryBreaksBookedStay' | 'firstUnauthorised' | 'entry' | 'reference' | 'tripBreak' | 'earliestEntry' | 'tripLastDay' | 'tightestDay';

export interface ExplainedStay {
  readonly entry: Day;
  readonly exit: Day;
  readonly country: string | null;
  /** Its Schengen days inside the window. */
  readonly daysInWindow: number;
}

export interface ExplainedLimit {
  readonly limit: StopReason;
  /** The last day the limit allows (for a stay); null when it does not apply, or, for a limit `broken`, when no day was asked for. */
  readonly lastDay: Day | null;
  readonly binds: boolean;
  /** The limit the explained day breaks (`Explanation.brokenLimit`): it applies, whatever `lastDay` says. */
  readonly broken: boolean;
  readonly source: string;
}

/** Everything a person needs to check one answer by hand. */
export interface Explanation {
  readonly day: Day;
  readonly reason: ExplainedDayReason;
  readonly window: DayRange;
  readonly stays: readonly ExplainedStay[];
  readonly daysInWindow: number;
  readonly maxDays: number;
  /** The limit the day breaks, if it breaks one. */
  readonly brokenLimit: LimitName | null;
  /** For a stay under a sticker whose DURATION is a total: its days spent up to the day, and DURATION. */
  readonly visaDays: { readonly used: number; readonly durationDays: number } | null;
  readonly limits: readonly ExplainedLimit[];
}

export interface LimitValues {
  readonly visaUntil: Day | null;
  readonly visaDuration: Day | null;
  readonly rule90180: Day | null;
  /** The regime's own rules together: the day shown for them. */
  readonly stayRule: Day | null;
}

/**
 * The workings for `day` of the itinerary: its window, each stay's days in it, the total, and
 * the limits of the stay that decides (their last days; the one that binds).
 */
export function explainDay(
  itinerary: Itinerary,
  day: Day,
  reason: ExplainedDayReason,
  limits: LimitValues | null,
  binding: StopReason | null,
  brokenLimit: LimitName | null,
): Explanation {
  const judgement = judgeItinerary(itinerary);
  const { period: window, maxDays } = periodOf(itinerary, judgement, day, brokenLimit ?? (binding === 'calendarYear' || binding === 'perStay' ? binding : null));
  const stays: ExplainedStay[] = [];
  for (const stay of judgement.stays) {
    const daysInWindow = countInRange(stay.schengenDays, window.first, window.last);
    if (stay.entry > window.last || stay.exit < window.first) continue;
    stays.push({ entry: stay.entry, exit: stay.exit, country: stay.country, daysInWindow });
  }
  // Every limit listed says whether it binds and whether it is the one the day breaks: a limit broken
  // that day applies, so it is never shown as "does not apply" for want of a last day (issue 19).
  const explained: ExplainedLimit[] = [];
  const entry = (limit: StopReason, lastDay: Day | null): ExplainedLimit => ({ limit, lastDay, binds: binding === limit, broken: brokenLimit === limit, source: LEGAL_SOURCES[limit] });
  if (limits !== null) {
    const regime = regimeOfItinerary(itinerary);
    if (regime.stickers) {
      for (const limit of ['visaUntil', 'visaDuration'] as const) explained.push(entry(limit, limits[limit]));
    }
    // The regime's own rules together: named by the one that binds (or breaks), else the first.
    const isRule = (limit: StopReason | null): limit is LimitName => limit !== null && RULE_LIMITS.has(limit as LimitName);
    const ruleLimit = isRule(binding) ? binding : isRule(brokenLimit) ? brokenLimit : limitOfShape(regime.rules[0]!.shape);
    explained.push(entry(ruleLimit, limits.stayRule));
  }
  if (binding !== null && !explained.some((listed) => listed.limit === binding)) explained.push(entry(binding, null));
  if (brokenLimit !== null && !explained.some((listed) => listed.limit === brokenLimit)) explained.push(entry(brokenLimit, null));
  return {
    day,
    reason,
    visaDays: visaDaysOn(judgement, itinerary, day),
    window,
    stays,
    daysInWindow: countInRange(judgement.counted, window.first, window.last),
    maxDays,
    brokenLimit,
    limits: explained,
  };
}

/**
 * The days the deciding limit looks at, and the most it allows in them: the calendar year so far, or
 * the stay so far, for those rules (their N in force that day); else the rolling window of the rolling
 * rule in force that day (the itinerary's rule when none is).
 */
function periodOf(itinerary: Itinerary, judgement: ReturnType<typeof judgeItinerary>, day: Day, limit: LimitName | null): { period: DayRange; maxDays: number } {
  const inForce = rulesInForce(regimeOfItinerary(itinerary), day);
  const shapeOf = (kind: RuleShape['kind']) => inForce.find((shape) => shape.kind === kind);
  const calendarYear = shapeOf('calendarYear');
  if (limit === 'calendarYear' && calendarYear !== undefined) return { period: { first: dayFromCivil(civilFromDay(day).year, 1, 1), last: day }, maxDays: calendarYear.maxDays };
  const perStay = shapeOf('perStay');
  if (limit === 'perStay' && perStay !== undefined) {
    const stay = [...judgement.stays].reverse().find((judged) => judged.entry <= day && day <= judged.exit);
    if (stay !== undefined) return { period: { first: stay.entry, last: day }, maxDays: perStay.maxDays };
  }
  const rolling = rollingRuleOn(regimeOfItinerary(itinerary), day) ?? itinerary.rule;
  return { period: windowEndingOn(rolling, day), maxDays: rolling.maxDays };
}

/** Days spent under the sticker of the stay present on `day`, up to that day (each day once). */
function visaDaysOn(judgement: ReturnType<typeof judgeItinerary>, itinerary: Itinerary, day: Day): Explanation['visaDays'] {
  const stay = [...judgement.stays].reverse().find((judged) => judged.entry <= day && day <= judged.exit && judged.visaIndex !== null);
  if (stay === undefined || stay.visaIndex === null) return null;
  const visa = itinerary.visas[stay.visaIndex]!;
  if (durationReadingOf(visa).reading !== 'total') return null;
  const days = daySetFromRanges(judgement.stays.filter((other) => other.visaIndex === stay.visaIndex).flatMap((other) => daySetRanges(other.schengenDays)));
  return { used: countUpTo(days, day), durationDays: visa.durationDays };
}

/**
 * A planned entry refused because entering at all breaks a booked stay (refusal `bookedStay`): the
 * workings of that stay's first day that breaks, in `itinerary` (the one with the planned stay).
 * Null for any other answer.
 */
export function explainEntryBreakingBookedStay(itinerary: Itinerary, authorised: StayAuthorisation): Explanation | null {
  if (authorised.refusal !== 'bookedStay' || authorised.bookedBreakDay === null) return null;
  const day = authorised.bookedBreakDay;
  return explainDay(itinerary, day, 'entryBreaksBookedStay', authorised.limits, null, limitBrokenOn(judgeItinerary(itinerary), day));
}
