import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/core/day.js';
import {
  applicationReminders,
  computeApplicationTimeline,
  decisionDeadlines,
  earliestLodgingDay,
  findApplicationProblem,
  lastLodgingDay,
  monthsBeforeTravel,
  type ApplicationRequest,
} from '../../src/core/visa-application.js';

// Written without the core's helpers, so that a wrong day number cannot hide behind the same code.
const day = (isoDate: string): Day => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
const iso = (d: Day): string => new Date(d * 86_400_000).toISOString().slice(0, 10);

const request = (travel: string, more: Partial<ApplicationRequest> = {}): ApplicationRequest => ({
  travel: day(travel),
  seafarer: false,
  facilitated: false,
  lodged: null,
  extended: false,
  ...more,
});

describe('earliest lodging day: no more than six months before the trip under both readings (Art. 9(1), rules.md §5.14)', () => {
  // Counting back: the travel day moved back six months, clamped to a shorter month's end. Counting
  // forward: the lodging day moved on six months must not fall before the travel day. The earliest day
  // is the later of the two: 31.08.2027 counted back is 28.02.2027, but 28.02 + 6 months = 28.08, before
  // 31.08; 01.03 + 6 months = 01.09: 1 March.
  it.each([
    ['2028-08-31', '2028-03-01'], // back: 29.02.2028; 29.02 + 6 = 29.08 < 31.08; 01.03 + 6 = 01.09
    ['2027-08-31', '2027-03-01'], // back: 28.02; 28.02 + 6 = 28.08 < 31.08
    ['2027-08-30', '2027-03-01'], // back: 28.02; 28.08 < 30.08
    ['2027-08-29', '2027-03-01'], // back: 28.02; 28.08 < 29.08
    ['2028-08-29', '2028-02-29'], // back: 29.02.2028; 29.02 + 6 = 29.08: both readings agree
    ['2027-08-28', '2027-02-28'], // 28.02 + 6 = 28.08
    ['2027-03-31', '2026-10-01'], // back: 30.09.2026; 30.09 + 6 = 30.03 < 31.03; 01.10 + 6 = 01.04
    ['2027-01-15', '2026-07-15'], // across the new year, no month end
    ['2028-02-29', '2027-08-29'], // 29.08.2027 + 6 = 29.02.2028
    ['2027-09-01', '2027-03-01'],
    ['2027-11-30', '2027-05-30'], // 30.05 + 6 = 30.11
    ['2028-11-30', '2028-05-30'],
  ])('travel %s → %s', (travel, earliest) => {
    expect(iso(earliestLodgingDay(day(travel), false))).toBe(earliest);
  });

  it('counted back alone, the old reading: 31.08.2027 → 28.02.2027', () => {
    expect(iso(monthsBeforeTravel(day('2027-08-31'), false))).toBe('2027-02-28');
  });
});

describe('earliest lodging day for seafarers: nine months before the trip, under both readings', () => {
  it.each([
    ['2028-11-30', '2028-03-01'], // back: 29.02.2028; 29.02 + 9 = 29.11 < 30.11; 01.03 + 9 = 01.12
    ['2027-11-30', '2027-03-01'], // back: 28.02; 28.02 + 9 = 28.11 < 30.11
    ['2027-12-31', '2027-03-31'], // 31.03 + 9 = 31.12
    ['2027-05-31', '2026-08-31'], // 31.08.2026 + 9 = 31.05.2027
    ['2027-06-30', '2026-09-30'], // 30.09 + 9 = 30.06
    ['2027-07-31', '2026-10-31'], // 31.10 + 9 = 31.07
    ['2027-03-15', '2026-06-15'],
    // the table in docs/visa-application.md
    ['2027-08-31', '2026-12-01'], // back: 30.11.2026; 30.11 + 9 = 30.08.2027 < 31.08; 01.12 + 9 = 01.09
    ['2028-08-31', '2027-12-01'], // back: 30.11.2027; 30.11 + 9 = 30.08.2028 < 31.08
    ['2027-03-31', '2026-07-01'], // back: 30.06.2026; 30.06 + 9 = 30.03.2027 < 31.03
  ])('travel %s → %s', (travel, earliest) => {
    expect(iso(earliestLodgingDay(day(travel), true))).toBe(earliest);
  });
});

describe('last lodging day by the 15-day rule: travel − 15', () => {
  it.each([
    ['2028-03-15', '2028-02-29'],
    ['2027-03-15', '2027-02-28'],
    ['2027-01-10', '2026-12-26'],
    ['2027-08-31', '2027-08-16'],
  ])('travel %s → %s', (travel, latest) => {
    expect(iso(lastLodgingDay(day(travel)))).toBe(latest);
  });
});

describe('decision due: the lodging day is day 0', () => {
  it.each([
    ['Visa Code, regular', '2028-02-20', '2028-03-06', false, false, 'visaCodeArt23(1)'], // 20 Feb + 9 = 29 Feb, + 6 = 6 Mar
    ['Visa Code, regular, no 29 Feb', '2027-02-20', '2027-03-07', false, false, 'visaCodeArt23(1)'],
    ['Visa Code, extended to 45', '2028-01-31', '2028-03-16', false, true, 'visaCodeArt23(2)'], // + 29 = 29 Feb, + 16 = 16 Mar
    ['Visa Code, extended, no 29 Feb', '2027-01-31', '2027-03-17', false, true, 'visaCodeArt23(2)'],
    ['facilitation, 10 days', '2027-12-25', '2028-01-04', true, false, 'facilitationAgreement'],
    ['facilitation, extended to 30', '2027-12-25', '2028-01-24', true, true, 'facilitationAgreementExtended'],
  ] as const)('%s: lodged %s → due %s', (_name, lodged, due, facilitated, extended, basis) => {
    const deadlines = decisionDeadlines(day(lodged), facilitated, extended);
    expect(iso(deadlines.due)).toBe(due);
    expect(deadlines.extended ? deadlines.extendedBasis : deadlines.regularBasis).toBe(basis);
  });

  it('gives both periods whatever --extended says', () => {
    const deadlines = decisionDeadlines(day('2027-02-10'), false, false);
    expect([iso(deadlines.regularDue), deadlines.regularDays, iso(deadlines.extendedDue), deadlines.extendedDays]).toEqual(['2027-02-25', 15, '2027-03-27', 45]);
  });
});

describe('the timeline', () => {
  const on = day('2026-11-23');

  it('lodge-by days leave the decision due on the day before the trip at the latest', () => {
    const timeline = computeApplicationTimeline(request('2027-03-01'), on);
    // 1 Mar − 16 = 13 Feb (+ 15 = 28 Feb); 1 Mar − 46 = 14 Jan (+ 45 = 28 Feb)
    expect([iso(timeline.lodgeBy.regularDecision), iso(timeline.lodgeBy.extendedDecision)]).toEqual(['2027-02-13', '2027-01-14']);
    const facilitated = computeApplicationTimeline(request('2027-03-01', { facilitated: true }), on);
    expect([iso(facilitated.lodgeBy.regularDecision), iso(facilitated.lodgeBy.extendedDecision)]).toEqual(['2027-02-18', '2027-01-29']);
  });

  it.each([
    ['the day before the earliest', '2026-08-31', 'notYetOpen'],
    ['the earliest day', '2026-09-01', 'open'],
    ['the last day', '2027-02-14', 'open'],
    ['the day after the last', '2027-02-15', 'pastLastDay'],
  ])('phase on %s', (_name, today, phase) => {
    expect(computeApplicationTimeline(request('2027-03-01'), day(today)).phaseOn).toBe(phase);
  });

  it.each([
    ['lodged on the last day: the regular decision may fall on the travel day', '2027-02-14', false, ['decisionOnOrAfterTravel']],
    ['lodged the day before: only an extension could make it late', '2027-02-13', false, ['extensionCouldDelay']],
    ['lodged 46 days before: in time even if extended', '2027-01-14', false, []],
    ['extended, lodged 46 days before: due the day before the trip', '2027-01-14', true, []],
    ['extended, lodged 45 days before: due on the travel day', '2027-01-15', true, ['decisionOnOrAfterTravel']],
    ['lodged after the last day', '2027-02-15', false, ['lodgedAfterLastDay', 'decisionOnOrAfterTravel']],
    ['lodged on the travel day', '2027-03-01', false, ['lodgedAfterLastDay', 'decisionOnOrAfterTravel']],
  ])('%s', (_name, lodged, extended, codes) => {
    const timeline = computeApplicationTimeline(request('2027-03-01', { lodged: day(lodged), extended }), on);
    expect(timeline.warnings.map((warning) => warning.code)).toEqual(codes);
  });

  it('says why the earliest day is 1 March for a trip on 31 August (rules.md §5.14)', () => {
    const timeline = computeApplicationTimeline(request('2027-08-31'), on);
    expect(iso(timeline.lodging.earliest)).toBe('2027-03-01');
    expect(timeline.warnings).toEqual([{ code: 'earliestUnderBothReadings', countedBack: day('2027-02-28'), earliest: day('2027-03-01'), monthsBefore: 6, travel: day('2027-08-31') }]);
    // No month end in between: nothing to say.
    expect(computeApplicationTimeline(request('2027-08-28'), on).warnings).toEqual([]);
  });

  it('a lodging day that only the counting back allows is answered, with a warning', () => {
    // Travel 31.08.2028: counted back 29.02.2028, under both readings 01.03.2028.
    const timeline = computeApplicationTimeline(request('2028-08-31', { lodged: day('2028-02-29') }), on);
    expect(timeline.warnings).toEqual([{ code: 'lodgedUnderOneReading', lodged: day('2028-02-29'), earliest: day('2028-03-01'), monthsBefore: 6 }]);
  });

  it('warns when the last lodging day has passed and nothing is lodged', () => {
    const timeline = computeApplicationTimeline(request('2027-03-01'), day('2027-02-20'));
    expect(timeline.warnings).toEqual([{ code: 'lastLodgingDayPassed', latest: day('2027-02-14') }]);
  });
});

describe('requests the law cannot answer', () => {
  const on = day('2026-11-23');
  it.each([
    ['a trip that started yesterday', request('2026-11-22'), 'travelInPast'],
    ['a trip starting today', request('2026-11-23'), null],
    ['lodged the day after the trip starts', request('2027-03-01', { lodged: day('2027-03-02') }), 'lodgedAfterTravel'],
    ['lodged on the travel day', request('2027-03-01', { lodged: day('2027-03-01') }), null],
    // Travel 31.08.2028: six months back is 29.02.2028, the earliest under both readings 01.03.2028.
    ['lodged the day before six months back (28 Feb 2028)', request('2028-08-31', { lodged: day('2028-02-28') }), 'lodgedBeforeEarliest'],
    ['lodged six months back (29 Feb 2028), in time under one reading: answered with a warning', request('2028-08-31', { lodged: day('2028-02-29') }), null],
    ['lodged on the earliest day', request('2028-08-31', { lodged: day('2028-03-01') }), null],
    ['a seafarer lodging eight months ahead', request('2027-11-30', { seafarer: true, lodged: day('2027-03-30') }), null],
    ['a seafarer lodging ten months ahead', request('2027-11-30', { seafarer: true, lodged: day('2027-01-30') }), 'lodgedBeforeEarliest'],
    ['extended without a lodging day', request('2027-03-01', { extended: true }), 'extendedWithoutLodged'],
  ])('%s', (_name, req, kind) => {
    expect(findApplicationProblem(req, on)?.kind ?? null).toBe(kind);
  });
});

describe('calendar reminders', () => {
  const kinds = (travel: string, today: string, more: Partial<ApplicationRequest> = {}) =>
    applicationReminders(computeApplicationTimeline(request(travel, more), day(today)), day(today)).map((r) => `${r.kind} ${iso(r.day)}`);

  it('before lodging opens: the first and the last lodging day', () => {
    expect(kinds('2027-08-31', '2026-11-23')).toEqual(['lodgingOpens 2027-03-01', 'lastLodgingDay 2027-08-16']);
  });
  it('once open: only the last lodging day', () => {
    expect(kinds('2027-03-01', '2026-11-23')).toEqual(['lastLodgingDay 2027-02-14']);
  });
  it('once lodged: the decision due, until it has passed', () => {
    expect(kinds('2027-03-01', '2027-02-01', { lodged: day('2027-02-01') })).toEqual(['decisionDue 2027-02-16']);
    expect(kinds('2027-03-01', '2027-02-17', { lodged: day('2027-02-01') })).toEqual([]);
  });
});

describe('properties over every travel day 1996–2099', () => {
  const anyTravel = fc.integer({ min: day('1996-01-01'), max: day('2099-12-31') });

  it('earliest < latest < travel; six months are 181–184 days, nine months 273–276', () => {
    fc.assert(
      fc.property(anyTravel, fc.boolean(), (travel, seafarer) => {
        const earliest = earliestLodgingDay(travel, seafarer);
        const span = travel - earliest;
        expect(span).toBeGreaterThanOrEqual(seafarer ? 273 : 181);
        expect(span).toBeLessThanOrEqual(seafarer ? 276 : 184);
        expect(earliest).toBeLessThan(lastLodgingDay(travel));
      }),
    );
  });

  it('the earliest day is the first one no more than n months before the trip both ways (counted back, and forward from it)', () => {
    // Months moved with Date arithmetic here, clamped to a shorter month's end, independently of the core.
    const shift = (d: Day, months: number): Day => {
      const date = new Date(d * 86_400_000);
      const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
      const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), last)) / 86_400_000;
    };
    const complies = (lodged: Day, travel: Day, months: number) => lodged >= shift(travel, -months) && shift(lodged, months) >= travel;
    fc.assert(
      fc.property(anyTravel, fc.boolean(), (travel, seafarer) => {
        const months = seafarer ? 9 : 6;
        const earliest = earliestLodgingDay(travel, seafarer);
        expect(complies(earliest, travel, months)).toBe(true);
        expect(complies(earliest - 1, travel, months)).toBe(false);
        expect(earliest - shift(travel, -months)).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('an answered request never has its decision due before the lodging day, and warns exactly when it is due on or after the trip', () => {
    fc.assert(
      fc.property(anyTravel, fc.integer({ min: 0, max: 300 }), fc.boolean(), fc.boolean(), fc.boolean(), (travel, before, seafarer, facilitated, extended) => {
        const req: ApplicationRequest = { travel, seafarer, facilitated, lodged: travel - before, extended };
        if (findApplicationProblem(req, travel - 400) !== null) return;
        const timeline = computeApplicationTimeline(req, travel - 400);
        const decision = timeline.decision!;
        expect([10, 15, 30, 45]).toContain(decision.due - decision.lodged);
        expect(timeline.warnings.some((w) => w.code === 'decisionOnOrAfterTravel')).toBe(decision.due >= travel);
      }),
    );
  });
});
