import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/core/day.js';
import { computeNext, computePlan, computeStatus } from '../../src/core/reports.js';
import { SCHENGEN_RULE } from '../../src/core/rolling-window.js';
import { buildCountingHistory, presenceOf, type ClosedStay } from '../../src/core/stays.js';
import { durationReadingOf, findAuthorisedStay, findEarliestAuthorisedEntry, type Visa } from '../../src/core/visa.js';

const d = (iso: string) => {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  return dayFromCivil(y, m, day);
};
const stay = (entry: string, exit: string): ClosedStay => ({ entry: d(entry), exit: d(exit) });
const visa = (type: Visa['type'], entries: Visa['entries'], from: string, until: string, durationDays: number, validFor: string[] | null = null): Visa => ({
  type,
  entries,
  validFrom: d(from),
  validUntil: d(until),
  durationDays,
  validFor,
});
function context(stays: ClosedStay[], visas: Visa[], exempt: { first: number; last: number }[] = []) {
  return { history: buildCountingHistory(stays, { exempt }), rule: SCHENGEN_RULE, stays, visas, presence: presenceOf(stays) };
}

describe('findAuthorisedStay: the minimum of UNTIL, remaining duration and 90/180 (rules.md §2.2)', () => {
  const c30 = visa('C', 1, '2026-03-01', '2026-04-15', 30);

  it('UNTIL binds: entry 20.03, 30 days would end 18.04, UNTIL is 15.04', () => {
    const result = findAuthorisedStay(context([], [c30]), d('2026-03-20'), d('2026-03-20'));
    expect(result).toMatchObject({ allowed: true, latestExit: d('2026-04-15'), bindingLimit: 'visaUntil' });
    // 20.03–31.03 = 12 days, 01.04–15.04 = 15 days
    expect(result.maxStayDays).toBe(27);
    expect(result.limits).toEqual({ visaUntil: d('2026-04-15'), visaDuration: d('2026-04-18'), rule90180: d('2026-06-17') });
  });

  it('duration binds: entry 01.03 (day 1) + 30 days → 30.03 (entry + 29, not + 30)', () => {
    const result = findAuthorisedStay(context([], [c30]), d('2026-03-01'), d('2026-03-01'));
    expect(result).toMatchObject({ allowed: true, latestExit: d('2026-03-30'), bindingLimit: 'visaDuration', maxStayDays: 30 });
  });

  it.each([
    ['before FROM', '2026-02-20', 'beforeValidity'],
    ['after UNTIL', '2026-04-16', 'afterValidity'],
  ])('entry %s is refused', (_name, entry, refusal) => {
    expect(findAuthorisedStay(context([], [c30]), d(entry), d(entry))).toMatchObject({ allowed: false, refusal, latestExit: null, maxStayDays: 0 });
  });

  it('a single-entry visa used once refuses a second entry', () => {
    const result = findAuthorisedStay(context([stay('2026-03-01', '2026-03-05')], [c30]), d('2026-03-10'), d('2026-03-10'));
    expect(result).toMatchObject({ allowed: false, refusal: 'entriesUsedUp' });
    expect(result.visa).toMatchObject({ entriesUsedBefore: 1, daysUsedBefore: 5 });
  });

  it('the duration is a total over the entries: 20 of 30 days used leaves 10 (01.04 + 9 = 10.04)', () => {
    const twoEntries = visa('C', 2, '2026-03-01', '2026-04-15', 30);
    const result = findAuthorisedStay(context([stay('2026-03-01', '2026-03-20')], [twoEntries]), d('2026-04-01'), d('2026-04-01'));
    expect(result).toMatchObject({ allowed: true, latestExit: d('2026-04-10'), bindingLimit: 'visaDuration', maxStayDays: 10 });
  });

  it('no days left under the visa refuses the entry', () => {
    const mult10 = visa('C', 'MULT', '2026-03-01', '2026-05-31', 10);
    const result = findAuthorisedStay(context([stay('2026-03-01', '2026-03-10')], [mult10]), d('2026-04-01'), d('2026-04-01'));
    expect(result).toMatchObject({ allowed: false, refusal: 'durationUsedUp', bindingLimit: 'visaDuration' });
  });

  it('a MULT 90-day visa valid a year is read as 90 in any 180: the rule binds (01.02 + 89 = 01.05)', () => {
    const mult90 = visa('C', 'MULT', '2026-01-10', '2027-01-09', 90);
    expect(durationReadingOf(mult90)).toEqual({ reading: 'per180Days', ambiguous: false });
    const result = findAuthorisedStay(context([], [mult90]), d('2026-02-01'), d('2026-02-01'));
    expect(result).toMatchObject({ allowed: true, latestExit: d('2026-05-01'), bindingLimit: 'rule90180' });
    expect(result.limits.visaDuration).toBeNull();
  });

  it('a visa valid over six months with a duration under 90 is ambiguous: the stricter total reading applies', () => {
    const mult45 = visa('C', 'MULT', '2026-01-10', '2027-01-09', 45);
    expect(durationReadingOf(mult45)).toEqual({ reading: 'total', ambiguous: true });
    const result = findAuthorisedStay(context([], [mult45]), d('2026-02-01'), d('2026-02-01'));
    // 01.02 + 44 = 17.03
    expect(result).toMatchObject({ latestExit: d('2026-03-17'), bindingLimit: 'visaDuration' });
    expect(result.visa?.ambiguousDuration).toBe(true);
  });

  it('six months exactly is not "more than six months"', () => {
    expect(durationReadingOf(visa('C', 'MULT', '2026-01-10', '2026-07-10', 45)).ambiguous).toBe(false);
    expect(durationReadingOf(visa('C', 'MULT', '2026-01-10', '2026-07-11', 45)).ambiguous).toBe(true);
  });

  it('an airport transit visa allows no entry', () => {
    const transit = visa('A', 1, '2026-03-01', '2026-03-31', 1);
    expect(findAuthorisedStay(context([], [transit]), d('2026-03-10'), d('2026-03-10'))).toMatchObject({ allowed: false, refusal: 'airportTransitOnly' });
  });

  it('an LTV visa refuses entry into a state it is not valid for', () => {
    const ltv = visa('LTV', 1, '2026-03-01', '2026-03-31', 15, ['BE', 'NL']);
    const ctx = context([], [ltv]);
    expect(findAuthorisedStay(ctx, d('2026-03-10'), d('2026-03-10'), 'FR')).toMatchObject({ allowed: false, refusal: 'notValidForState' });
    // 10.03 + 14 = 24.03
    expect(findAuthorisedStay(ctx, d('2026-03-10'), d('2026-03-10'), 'BE')).toMatchObject({ allowed: true, latestExit: d('2026-03-24') });
  });

  it('a visa-exempt traveller has only the 90/180 limit', () => {
    const result = findAuthorisedStay(context([stay('2026-01-01', '2026-01-30')], []), d('2026-03-01'), d('2026-03-01'));
    // 30 days used in January; from 01.03, 60 more days reach 29.04 (window still holds all of January until 29.06).
    expect(result).toMatchObject({ allowed: true, latestExit: d('2026-04-29'), bindingLimit: 'rule90180', visa: null });
  });

  it('a D visa is no short-stay sticker: alone, only the 90/180 limit applies', () => {
    const result = findAuthorisedStay(context([], [visa('D', 1, '2025-01-01', '2025-12-31', 365)]), d('2026-03-01'), d('2026-03-01'));
    expect(result).toMatchObject({ allowed: true, visa: null, bindingLimit: 'rule90180' });
  });

  it('with short-stay stickers given, an entry after the last one expired is refused', () => {
    const result = findAuthorisedStay(context([], [visa('C', 'MULT', '2025-01-01', '2025-12-31', 90)]), d('2026-03-01'), d('2026-03-01'));
    expect(result).toMatchObject({ allowed: false, refusal: 'afterValidity' });
  });

  it('a stay under way past UNTIL is no longer authorised', () => {
    // Duration 90 from 01.03 would reach 29.05; UNTIL 15.04 is earlier and already passed on 20.04.
    const ctx = context([stay('2026-03-01', '2026-04-20')], [visa('C', 1, '2026-03-01', '2026-04-15', 90)]);
    expect(findAuthorisedStay(ctx, d('2026-03-01'), d('2026-04-20'))).toMatchObject({ allowed: false, refusal: 'afterValidity', bindingLimit: 'visaUntil' });
  });
});

describe('status, plan and next with stickers', () => {
  it('status inside under a visa reports the visa limit', () => {
    const c30 = visa('C', 1, '2026-03-01', '2026-04-15', 30);
    const report = computeStatus(context([stay('2026-03-10', '2026-03-15')], [c30]), d('2026-03-15'));
    // 10.03 + 29 = 08.04
    expect(report.currentStay).toMatchObject({ entry: d('2026-03-10'), latestExit: d('2026-04-08'), bindingLimit: 'visaDuration' });
  });

  it('plan: a trip past the visa duration breaks on the first day after it', () => {
    const c30 = visa('C', 1, '2026-03-01', '2026-04-15', 30);
    const report = computePlan(context([], [c30]), d('2026-03-01'), d('2026-04-05'));
    expect(report.trip).toMatchObject({ compliant: true, firstUnauthorisedDay: d('2026-03-31'), brokenLimit: 'visaDuration' });
  });

  it('next: the first sticker that allows the whole trip', () => {
    const first = visa('C', 1, '2026-01-01', '2026-02-28', 30);
    const second = visa('C', 1, '2026-04-01', '2026-06-30', 30);
    const ctx = context([stay('2026-01-10', '2026-01-20')], [first, second]);
    expect(findEarliestAuthorisedEntry(ctx, d('2026-02-01'), 10)).toEqual({ entry: d('2026-04-01'), refusal: null, visaIndex: 1 });
    expect(computeNext(ctx, d('2026-06-25'), 10)).toMatchObject({ earliestEntry: null, exit: null, refusal: 'afterValidity' });
  });
});

describe('periods that do not count', () => {
  it('days under a residence permit do not count, and the count resumes the next day', () => {
    const stays = [stay('2025-09-01', '2026-09-10')];
    const permit = { first: d('2025-09-01'), last: d('2026-08-31') };
    const report = computeStatus(context(stays, [], [permit]), d('2026-09-10'));
    // 01.09–10.09.2026 = 10 days count; continuing, day 90 is 01.09 + 89 = 29.11.2026
    expect(report.daysUsed).toBe(10);
    expect(report.currentStay).toMatchObject({ latestExit: d('2026-11-29') });
  });
});
