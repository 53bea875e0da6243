import { describe, expect, it } from 'vitest';
import {
  durationReadingOf,
  findEarliestTrip,
  judgeItinerary,
  judgeTrip,
  type Itinerary,
  type ItineraryStay,
} from '../../src/core/authorisation.js';
import { dayFromCivil, type DayRange } from '../../src/core/day.js';
import { computeAnnex3 } from '../../src/core/annex3.js';
import { computeNext, computePlan, computeStatus, tripLongerThanRules } from '../../src/core/reports.js';
import { SCHENGEN_RULE } from '../../src/core/rolling-window.js';
import type { Visa } from '../../src/core/visa.js';

const d = (iso: string) => {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  return dayFromCivil(y, m, day);
};
const stay = (entry: string, exit: string, country: string | null = null): ItineraryStay => ({ entry: d(entry), exit: d(exit), country });
const visa = (type: Visa['type'], entries: Visa['entries'], from: string, until: string, durationDays: number, validFor: string[] | null = null): Visa => ({
  type,
  entries,
  validFrom: d(from),
  validUntil: d(until),
  durationDays,
  validFor,
});
function itinerary(stays: ItineraryStay[], visas: Visa[] = [], permits: DayRange[] = []): Itinerary {
  return { stays, visas, permits, rule: SCHENGEN_RULE };
}
/** The authorisation of a trip entered on `entry` and kept up: plan --enter without a length. */
const planFrom = (it: Itinerary, entry: string, country: string | null = null) => computePlan(it, d(entry), null, country).authorised;

describe('the sticker with 90/180 (rules.md §2.2): the lowest of UNTIL, remaining duration and 90/180', () => {
  const c30 = visa('C', 1, '2026-03-01', '2026-04-15', 30);

  it('UNTIL binds: entry 20.03, 30 days would end 18.04, UNTIL is 15.04', () => {
    const result = planFrom(itinerary([], [c30]), '2026-03-20');
    expect(result).toMatchObject({ allowed: true, latestExit: d('2026-04-15'), bindingLimit: 'visaUntil' });
    // 20.03–31.03 = 12 days, 01.04–15.04 = 15 days
    expect(result.maxStayDays).toBe(27);
    // 20.03 + 89 = 17.06
    expect(result.limits).toEqual({ visaUntil: d('2026-04-15'), visaDuration: d('2026-04-18'), rule90180: d('2026-06-17'), stayRule: d('2026-06-17') });
  });

  it('duration binds: entry 01.03 (day 1) + 30 days → 30.03 (entry + 29, not + 30)', () => {
    expect(planFrom(itinerary([], [c30]), '2026-03-01')).toMatchObject({ allowed: true, latestExit: d('2026-03-30'), bindingLimit: 'visaDuration', maxStayDays: 30 });
  });

  it.each([
    ['before FROM', '2026-02-20'],
    ['after UNTIL', '2026-04-16'],
  ])('an entry %s finds no valid sticker: noVisa', (_name, entry) => {
    expect(planFrom(itinerary([], [c30]), entry)).toMatchObject({ allowed: false, refusal: 'noVisa', latestExit: null, maxStayDays: 0, bindingLimit: null });
  });

  it('a single-entry visa used once refuses a second entry', () => {
    const result = planFrom(itinerary([stay('2026-03-01', '2026-03-05')], [c30]), '2026-03-10');
    expect(result).toMatchObject({ allowed: false, refusal: 'visaEntries', latestExit: null, bindingLimit: null });
    expect(result.visa).toMatchObject({ entriesUsedBefore: 1, daysUsedBefore: 5 });
  });

  it('the duration is a total over the entries: 20 of 30 days used leaves 10 (01.04 + 9 = 10.04)', () => {
    const twoEntries = visa('C', 2, '2026-03-01', '2026-04-15', 30);
    expect(planFrom(itinerary([stay('2026-03-01', '2026-03-20')], [twoEntries]), '2026-04-01')).toMatchObject({
      allowed: true,
      latestExit: d('2026-04-10'),
      bindingLimit: 'visaDuration',
      maxStayDays: 10,
    });
  });

  it('no days left under the visa refuses the entry', () => {
    const mult10 = visa('C', 'MULT', '2026-03-01', '2026-05-31', 10);
    expect(planFrom(itinerary([stay('2026-03-01', '2026-03-10')], [mult10]), '2026-04-01')).toMatchObject({ allowed: false, refusal: 'visaDuration', latestExit: null });
  });

  it('a MULT 90-day visa valid a year is read as 90 in any 180: the rule binds (01.02 + 89 = 01.05)', () => {
    const mult90 = visa('C', 'MULT', '2026-01-10', '2027-01-09', 90);
    expect(durationReadingOf(mult90)).toEqual({ reading: 'per180Days', ambiguous: false });
    const result = planFrom(itinerary([], [mult90]), '2026-02-01');
    expect(result).toMatchObject({ allowed: true, latestExit: d('2026-05-01'), bindingLimit: 'rule90180' });
    expect(result.limits.visaDuration).toBeNull();
  });

  it('a visa valid over six months with a duration under 90 is ambiguous: the stricter total reading applies', () => {
    const mult45 = visa('C', 'MULT', '2026-01-10', '2027-01-09', 45);
    expect(durationReadingOf(mult45)).toEqual({ reading: 'total', ambiguous: true });
    const result = planFrom(itinerary([], [mult45]), '2026-02-01');
    // 01.02 + 44 = 17.03
    expect(result).toMatchObject({ latestExit: d('2026-03-17'), bindingLimit: 'visaDuration' });
    expect(result.visa?.ambiguousDuration).toBe(true);
  });

  it('six months: 10.01–09.07 is exactly six months; 10.01–10.07 (182 days) is more (docs/authorisation.md §3)', () => {
    expect(durationReadingOf(visa('C', 'MULT', '2026-01-10', '2026-07-09', 90))).toEqual({ reading: 'total', ambiguous: false });
    expect(durationReadingOf(visa('C', 'MULT', '2026-01-10', '2026-07-10', 90))).toEqual({ reading: 'per180Days', ambiguous: false });
    expect(durationReadingOf(visa('C', 'MULT', '2026-01-10', '2026-07-09', 45)).ambiguous).toBe(false);
    expect(durationReadingOf(visa('C', 'MULT', '2026-01-10', '2026-07-10', 45)).ambiguous).toBe(true);
    // Month end: 31.08 + 6 months is clamped to 28.02 (2027 is no leap year).
    expect(durationReadingOf(visa('C', 'MULT', '2026-08-31', '2027-02-27', 90)).reading).toBe('total');
    expect(durationReadingOf(visa('C', 'MULT', '2026-08-31', '2027-02-28', 90)).reading).toBe('per180Days');
  });

  it('an airport transit visa allows no entry', () => {
    expect(planFrom(itinerary([], [visa('A', 1, '2026-03-01', '2026-03-31', 1)]), '2026-03-10')).toMatchObject({ allowed: false, refusal: 'visaType' });
  });

  it('an LTV visa refuses entry into a state it is not valid for', () => {
    const ltv = visa('LTV', 1, '2026-03-01', '2026-03-31', 15, ['BE', 'NL']);
    expect(planFrom(itinerary([], [ltv]), '2026-03-10', 'FR')).toMatchObject({ allowed: false, refusal: 'visaTerritory' });
    // 10.03 + 14 = 24.03
    expect(planFrom(itinerary([], [ltv]), '2026-03-10', 'BE')).toMatchObject({ allowed: true, latestExit: d('2026-03-24') });
  });

  it('a visa-exempt traveller has only the 90/180 limit', () => {
    // 30 days used in January; from 01.03, 60 more days reach 29.04 (window still holds all of January).
    expect(planFrom(itinerary([stay('2026-01-01', '2026-01-30')]), '2026-03-01')).toMatchObject({ allowed: true, latestExit: d('2026-04-29'), bindingLimit: 'rule90180', visa: null });
  });

  it('a D visa is no short-stay sticker: alone, only the 90/180 limit applies', () => {
    expect(planFrom(itinerary([], [visa('D', 1, '2025-01-01', '2025-12-31', 365)]), '2026-03-01')).toMatchObject({ allowed: true, visa: null, bindingLimit: 'rule90180' });
  });
});

describe('issue 9: wrong answers seen, each as a regression test', () => {
  it('a 10-day visa with 21 days spent is an overstay of the duration from the 11th day', () => {
    const it = itinerary([stay('2026-01-05', '2026-01-25')], [visa('C', 1, '2026-01-01', '2026-01-31', 10)]);
    const report = computeStatus(it, d('2026-02-01'));
    // 05.01 + 9 = 14.01 is the 10th day; 15.01–25.01 = 11 days unauthorised
    expect(report).toMatchObject({ firstUnauthorisedDay: d('2026-01-15'), brokenLimit: 'visaDuration', unauthorisedDays: 11, currentStay: null });
  });

  it('the same stay still open on 20.01: the entry was allowed, the traveller is unauthorised since 15.01', () => {
    const it = itinerary([stay('2026-01-05', '2026-01-20')], [visa('C', 1, '2026-01-01', '2026-01-31', 10)]);
    const report = computeStatus(it, d('2026-01-20'));
    expect(report.currentStay).toMatchObject({ allowed: true, refusal: null, latestExit: null, bindingLimit: null, firstUnauthorised: { day: d('2026-01-15'), limit: 'visaDuration' } });
    expect(report.unauthorisedDays).toBe(6);
  });

  it('an entry inside the validity, a stay past UNTIL: entry allowed, overstay of UNTIL from 01.02', () => {
    const it = itinerary([stay('2026-01-20', '2026-02-05')], [visa('C', 'MULT', '2026-01-01', '2026-01-31', 90)]);
    const report = computeStatus(it, d('2026-02-05'));
    expect(report.currentStay).toMatchObject({ allowed: true, latestExit: null, firstUnauthorised: { day: d('2026-02-01'), limit: 'visaUntil' } });
    expect(report).toMatchObject({ firstUnauthorisedDay: d('2026-02-01'), brokenLimit: 'visaUntil', unauthorisedDays: 5 });
  });

  it('a stay in Cyprus is not in the Schengen area: not inside, no latest exit, nothing counted', () => {
    const report = computeStatus(itinerary([stay('2026-10-01', '2026-10-05', 'CY')]), d('2026-10-05'));
    expect(report).toMatchObject({ inSchengen: false, currentStay: null, daysUsed: 0 });
  });

  it('a stay begun in Croatia before it joined counts from 01.01.2023: 90 days end 31.03.2023', () => {
    const it = itinerary([stay('2022-12-10', '2022-12-20', 'HR')]);
    const before = computeStatus(it, d('2022-12-20'));
    expect(before).toMatchObject({ inSchengen: false, currentStay: { latestExit: d('2023-03-31'), bindingLimit: 'rule90180' } });
    const after = computeStatus(itinerary([stay('2022-12-10', '2023-01-01', 'HR')]), d('2023-01-01'));
    expect(after).toMatchObject({ inSchengen: true, currentStay: { latestExit: d('2023-03-31') } });
  });

  it('the same for Bulgaria before 31.03.2024: 31.03 + 89 = 28.06.2024', () => {
    const report = computeStatus(itinerary([stay('2024-03-20', '2024-03-25', 'BG')]), d('2024-03-25'));
    expect(report.currentStay).toMatchObject({ latestExit: d('2024-06-28') });
  });

  it('booked trips count: a 40-day trip from 20.05 makes the booked 15.07–10.09 stay break on 03.09', () => {
    const it = itinerary([stay('2026-01-10', '2026-02-20'), stay('2026-07-15', '2026-09-10')]);
    const report = computePlan(it, d('2026-05-20'), d('2026-06-28'));
    // Window of 03.09: 08.03–03.09 holds 20.05–28.06 (40) and 15.07–03.09 (51) = 91.
    expect(report.trip).toMatchObject({ compliant: false, firstUnauthorisedDay: d('2026-09-03'), brokenLimit: 'rule90180', brokenStay: { first: d('2026-07-15'), last: d('2026-09-10') } });
    // Without a length: until 20.06 the booked stay holds (33 + 58 = 91 only with 21.06 in the window of 10.09).
    expect(report.authorised).toMatchObject({ latestExit: d('2026-06-20'), bindingLimit: 'bookedStay' });
  });

  it('a latest exit stops the day before the next booked stay', () => {
    const it = itinerary([stay('2026-07-15', '2026-07-20')]);
    expect(computePlan(it, d('2026-07-01'), null).authorised).toMatchObject({ latestExit: d('2026-07-14'), bindingLimit: 'nextBookedStay', bookedStay: { first: d('2026-07-15') } });
  });

  it('a day shared by a stay that does not count (CY) and one that does (FR) counts: 11 days', () => {
    const it = itinerary([stay('2026-03-01', '2026-03-10', 'CY'), stay('2026-03-10', '2026-03-20', 'FR')]);
    expect(computeStatus(it, d('2026-03-20')).daysUsed).toBe(11);
  });

  it("a shared day counts once toward a sticker's DAYS: 11 days of presence use 11 of 30", () => {
    const it = itinerary([stay('2026-01-05', '2026-01-10'), stay('2026-01-10', '2026-01-15')], [visa('C', 'MULT', '2026-01-01', '2026-04-30', 30)]);
    const plan = computePlan(it, d('2026-02-01'), null);
    // 19 days left: 01.02 + 18 = 19.02
    expect(plan.authorised).toMatchObject({ latestExit: d('2026-02-19'), visa: { daysUsedBefore: 11, entriesUsedBefore: 2 } });
  });

  it('same-day exit and re-entry: the answer does not depend on the order of the stays', () => {
    const stays = [stay('2026-01-05', '2026-01-10'), stay('2026-01-10', '2026-01-10'), stay('2026-01-10', '2026-01-12')];
    const visas = [visa('C', 2, '2026-01-01', '2026-03-31', 30)];
    const forward = judgeItinerary(itinerary(stays, visas));
    const backward = judgeItinerary(itinerary([...stays].reverse(), visas));
    expect(backward.unauthorised).toEqual(forward.unauthorised);
    // Three entries on a double-entry visa: the third (10.01–12.01, entered after the one-day stay) is refused.
    expect(forward.unauthorised).toEqual([{ first: d('2026-01-10'), last: d('2026-01-12'), limit: 'visaEntries' }]);
  });

  it('bindingLimit is null when the latest exit is null', () => {
    const report = computeStatus(itinerary([stay('2026-01-01', '2026-04-05')]), d('2026-04-05'));
    expect(report.currentStay).toMatchObject({ latestExit: null, bindingLimit: null, firstUnauthorised: { day: d('2026-04-01'), limit: 'rule90180' } });
    // 01.01 + 89 = 31.03 is the 90th day; 01.04 the 91st.
  });

  it('a first-time traveller may plan and look for the next entry', () => {
    expect(computePlan(itinerary([]), d('2026-02-01'), d('2026-03-02')).trip).toMatchObject({ compliant: true, peakDaysUsed: 30 });
    expect(computeNext(itinerary([]), d('2026-02-01'), 30).earliestEntry).toBe(d('2026-02-01'));
  });
});

describe('two stays entered the same day, in either input order', () => {
  it('status on that day is about the longer stay, and the same whatever the order of the stamps', () => {
    // One entry. Left on 10.06, BE and HR are both one-day stays and BE (by state) takes the entry:
    // the latest exit is 10.06; a day more and BE, now the longer stay, comes after HR, which takes it.
    const stays = [stay('2024-06-10', '2024-06-10', 'HR'), stay('2024-06-10', '2024-06-15', 'BE')];
    const visas = [visa('C', 1, '2024-05-31', '2024-09-18', 90)];
    for (const order of [stays, [...stays].reverse()]) {
      const report = computeStatus(itinerary(order, visas), d('2024-06-10'));
      expect(report.currentStay).toMatchObject({ entry: d('2024-06-10'), latestExit: d('2024-06-10'), bindingLimit: 'visaEntries' });
      expect(order[report.currentStay!.stayIndex]!.exit).toBe(d('2024-06-15'));
    }
  });
});

describe('earliest entry around booked trips and stickers', () => {
  it('the first sticker that allows the whole trip', () => {
    const it = itinerary([stay('2026-01-10', '2026-01-20')], [visa('C', 1, '2026-01-01', '2026-02-28', 30), visa('C', 1, '2026-04-01', '2026-06-30', 30)]);
    expect(findEarliestTrip(it, d('2026-02-01'), 10)).toBe(d('2026-04-01'));
    expect(computeNext(it, d('2026-06-25'), 10)).toMatchObject({ earliestEntry: null, exit: null, refusal: 'visaUntil' });
  });

  it('a sticker whose single entry is used fails every later entry under it: the next sticker, from its first day', () => {
    // A (01.01–10.01, one entry) was used by 02.01–03.01; B starts the day after A ends.
    const it = itinerary([stay('2026-01-02', '2026-01-03')], [visa('C', 1, '2026-01-01', '2026-01-10', 30), visa('C', 1, '2026-01-11', '2026-03-31', 30)]);
    expect(findEarliestTrip(it, d('2026-01-04'), 3)).toBe(d('2026-01-11'));
  });

  it('a sticker too short for the trip is passed over, and the next one, adjacent, is used from its first day', () => {
    const it = itinerary([], [visa('C', 'MULT', '2026-01-01', '2026-01-05', 30), visa('C', 'MULT', '2026-01-06', '2026-03-31', 30)]);
    // 10 days from 01.01 end 10.01, after A's UNTIL (05.01); from 06.01 they end 15.01, inside B.
    expect(findEarliestTrip(it, d('2026-01-01'), 10)).toBe(d('2026-01-06'));
  });

  it('10,000 stickers too short for the trip: the first long enough, found without judging each day', () => {
    // Stickers of 3 days, one after another from 01.01.2000; the last one, from its first day, is a year long.
    const visas: Visa[] = [];
    for (let i = 0; i < 10_000; i += 1) visas.push({ type: 'C', entries: 'MULT', validFrom: d('2000-01-01') + 3 * i, validUntil: d('2000-01-01') + 3 * i + 2, durationDays: 90, validFor: null });
    const last = d('2000-01-01') + 3 * 10_000;
    visas.push({ type: 'C', entries: 'MULT', validFrom: last, validUntil: last + 364, durationDays: 90, validFor: null });
    expect(findEarliestTrip(itinerary([stay('2000-01-01', '2000-01-02')], visas), d('2000-01-03'), 30)).toBe(last);
  });

  it('a trip fits around a booked stay: 20 days before 01.03 do not fit from 15.02, so after it', () => {
    const it = itinerary([stay('2026-03-01', '2026-03-05')]);
    // From 15.02 a 20-day trip would run into the booked stay; the first that fits starts 06.03.
    expect(findEarliestTrip(it, d('2026-02-15'), 20)).toBe(d('2026-03-06'));
    expect(findEarliestTrip(it, d('2026-02-01'), 20)).toBe(d('2026-02-01'));
  });

  it('judgeTrip names the booked stay that breaks', () => {
    const it = itinerary([stay('2026-06-01', '2026-07-30')]);
    // 60 booked days; a 40-day trip 01.04–10.05 leaves 40 + 60 = 100 in the window of 30.07: breaks when the count passes 90.
    const judged = judgeTrip(it, d('2026-04-01'), d('2026-05-10'));
    expect(judged).toMatchObject({ compliant: false, brokenLimit: 'rule90180', stayIndex: 0 });
    // 40 trip days + 50 booked = 90 on 20.07; 21.07 is the 91st.
    expect(judged.firstUnauthorisedDay).toBe(d('2026-07-21'));
  });
});

describe('periods that do not count', () => {
  it('days under a residence permit do not count, and the count resumes the next day', () => {
    const it = itinerary([stay('2025-09-01', '2026-09-10')], [], [{ first: d('2025-09-01'), last: d('2026-08-31') }]);
    const report = computeStatus(it, d('2026-09-10'));
    // 01.09–10.09.2026 = 10 days count; continuing, day 90 is 01.09 + 89 = 29.11.2026
    expect(report.daysUsed).toBe(10);
    expect(report.currentStay).toMatchObject({ latestExit: d('2026-11-29') });
  });
});

describe('issue 19.1: a planned entry that alone breaks a booked stay has no latest exit', () => {
  // 01.01–28.03.2027: January 31 + February 28 + March 28 = 87 days. Booked 10.04–12.04: 3 days.
  // The 180 days ending on 12.04.2027 start on 15.10.2026 (12.04 is day 102 of 2027; 102 − 179 = −77,
  // day 365 − 77 = 288 of 2026 = 15.10): they hold all 87 days and the booked 3, 90 in all. One more day
  // on 01.04 makes 91 on 12.04 (10.04: 87 + 1 + 1 = 89, 11.04: 90, 12.04: 91): the entry alone breaks it.
  const booked = itinerary([stay('2027-01-01', '2027-03-28'), stay('2027-04-10', '2027-04-12')]);

  it('plan --enter 01.04: longest stay 0, no latest exit, entry refused for the booked stay', () => {
    const authorised = computePlan(booked, d('2027-04-01'), null).authorised;
    expect(authorised).toMatchObject({
      maxStayDays: 0,
      latestExit: null,
      bindingLimit: null,
      allowed: false,
      refusal: 'bookedStay',
      bookedStay: { first: d('2027-04-10'), last: d('2027-04-12') },
      bookedBreakDay: d('2027-04-12'),
      firstUnauthorised: null,
    });
  });

  it('annex 3 for an entry stamp of 01.04 gives no end of the authorised stay', () => {
    const calendar = { saturdayIsWorkingDay: false, holidays: new Map() };
    const report = computeAnnex3(booked, calendar, d('2027-04-01'), d('2027-04-01'), d('2027-03-28'));
    expect(report.authorisedStay).toMatchObject({ latestExit: null, allowed: false, refusal: 'bookedStay', maxStayDays: 0 });
  });

  it('an entry after the booked stay cannot break it: 13.04 is refused by its own 90/180 count', () => {
    // From 13.04 the window of each booked day no longer changes. On 13.04 the window (16.10.2026–13.04.2027)
    // holds 87 + 3 + 1 = 91: the 90/180 rule refuses that entry itself, by its own limit.
    expect(computePlan(booked, d('2027-04-13'), null).authorised).toMatchObject({ allowed: false, refusal: 'rule90180', latestExit: null });
  });
});

describe('issue 19.2: a trip longer than 90 days with days under a permit (SBC Art. 6(2))', () => {
  const permit = { first: d('2026-01-01'), last: d('2026-03-31') };

  it('from 02.03: 30 days under the permit (02.03–31.03), 90 counted (01.04–29.06: 30 + 31 + 29): complies', () => {
    // 02.03 + 119 = 29.06.2026
    expect(findEarliestTrip(itinerary([], [], [permit]), d('2026-03-02'), 120)).toBe(d('2026-03-02'));
  });

  it('from 03.03: 29 days under the permit leave 91 counted (01.04–30.06), and later entries fewer under it: none at all', () => {
    expect(findEarliestTrip(itinerary([], [], [permit]), d('2026-03-03'), 120)).toBeNull();
    expect(computeNext(itinerary([], [], [permit]), d('2026-03-03'), 120)).toMatchObject({ earliestEntry: null, refusal: 'rule90180' });
  });

  it('tripLongerThanRules refuses up front only when no day from the start of the search may be exempt', () => {
    expect(tripLongerThanRules(itinerary([], [], [permit]), d('2026-03-03'), 120)).toBeNull();
    expect(tripLongerThanRules(itinerary([]), d('2026-03-03'), 120)).toEqual({ maxDays: 90, windowDays: 180 });
    // The permit's last day is 31.03: from 01.04 every day of any trip counts.
    expect(tripLongerThanRules(itinerary([], [], [permit]), d('2026-04-01'), 120)).toEqual({ maxDays: 90, windowDays: 180 });
    expect(tripLongerThanRules(itinerary([]), d('2026-03-03'), 90)).toBeNull();
  });
});

describe('issue 19.4: a planned trip counts the booked days it makes unauthorised', () => {
  it('a 40-day trip 20.05–28.06 that makes the booked 15.07–10.09 break from 03.09: 8 days (03.09–10.09), not 0', () => {
    // 10.01–20.02.2026: 22 + 20 = 42 days, outside every window from 08.03 on (the window of 03.09
    // starts 08.03). Window of 03.09: trip 40 + booked 15.07–03.09 (17 + 31 + 3 = 51) = 91; each later
    // day adds one and drops none (nothing between 08.03 and 15.03): 10.09 holds 40 + 58 = 98.
    const it = itinerary([stay('2026-01-10', '2026-02-20'), stay('2026-07-15', '2026-09-10')]);
    const trip = computePlan(it, d('2026-05-20'), d('2026-06-28')).trip!;
    expect(trip).toMatchObject({ compliant: false, firstOverstayDay: d('2026-09-03'), firstUnauthorisedDay: d('2026-09-03'), overstayDays: 8, unauthorisedDays: 8 });
  });

  it('a trip that breaks itself and a booked stay: both counted (3 + 2)', () => {
    // 01.01–31.03.2026: 31 + 28 + 31 = 90 days. Trip 01.04–03.04: the window of 01.04 (from 03.10.2025)
    // holds all 90, so 91, 92, 93: 3 days. Booked 01.07–02.07: the window of 01.07 starts 03.01, holding
    // 88 days of the history; without the trip 89 and 89 (02.07: 87 + 2), with it 92 and 92: 2 days.
    const it = itinerary([stay('2026-01-01', '2026-03-31'), stay('2026-07-01', '2026-07-02')]);
    const trip = computePlan(it, d('2026-04-01'), d('2026-04-03')).trip!;
    expect(trip).toMatchObject({ compliant: false, firstUnauthorisedDay: d('2026-04-01'), brokenStay: null, overstayDays: 5, unauthorisedDays: 5 });
  });

  it('a compliant trip counts none', () => {
    const trip = computePlan(itinerary([stay('2026-01-10', '2026-02-20')]), d('2026-05-20'), d('2026-06-28')).trip!;
    expect(trip).toMatchObject({ compliant: true, overstayDays: 0, unauthorisedDays: 0 });
  });
});

describe('issue 19.8: a booked stay already unauthorised without the planned trip is reported (rules.md §5.16)', () => {
  // 01.01–31.03.2027: 31 + 28 + 31 = 90 days. The booked 10.04–12.04: the 180 days ending on 10.04.2027
  // begin on 12.10.2026 and hold all 90, so 91 on 10.04 (92, 93 after): the booked stay breaks 90/180 from
  // its first day, with no trip at all.
  const withBooked = itinerary([stay('2027-01-01', '2027-03-31'), stay('2027-04-10', '2027-04-12')]);
  const warning = { code: 'bookedStayUnauthorised', params: { entry: '2027-04-10', exit: '2027-04-12', first: '2027-04-10', limit: 'rule90180' } };

  it('plan --enter 2027-08-01 --exit 2027-08-05 --on 2027-04-01: the trip breaks nothing new, and the broken booked stay is named', () => {
    // 01.08: the window from 02.02.2027 holds 27 + 31 = 58 history days and 3 booked: 61 + 1 = 62.
    const report = computePlan(withBooked, d('2027-08-01'), d('2027-08-05'), null, d('2027-04-01'));
    expect(report.trip).toMatchObject({ compliant: true, unauthorisedDays: 0 });
    expect(report.warnings).toEqual([warning]);
  });

  it('next --days 5 --on 2027-04-01: reported too', () => {
    expect(computeNext(withBooked, d('2027-04-02'), 5, d('2027-04-01')).warnings).toEqual([warning]);
  });

  it('a stay of the history (not after the reference day) is not a booked stay', () => {
    expect(computePlan(withBooked, d('2027-08-01'), d('2027-08-05'), null, d('2027-04-20')).warnings).toEqual([]);
  });
});
