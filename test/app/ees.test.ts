import { describe, expect, it } from 'vitest';
import { askQuestion, RECORD_KEYS } from '../../src/app/record.js';
import type { StatusDto } from '../../src/app/answers.js';
import { dayFromCivil } from '../../src/core/day.js';
import { travelInputFromJson } from '../../src/parse/json-input.js';
import { errorOf } from '../support/error-of.js';

/** `status` with the days left the EES service showed: the difference, day by day. Values worked out by hand. */
function status(record: Record<string, unknown>): StatusDto {
  const input = travelInputFromJson(record, {}, RECORD_KEYS);
  return askQuestion('status', { input, fields: record, today: dayFromCivil(2026, 12, 20), calendar: null }).json() as StatusDto;
}

describe('status --ees-days-left: our count beside the EES service’s', () => {
  it('EES leaves more days: the days we count before EES was in full operation', () => {
    // 1 Mar – 30 Apr 2026 = 31 + 30 = 61 days, all in the window [18 Dec 2025, 15 Jun 2026]: 29 left.
    const answer = status({ stays: [{ entry: '2026-03-01', exit: '2026-04-30' }], on: '2026-06-15', eesDaysLeft: 70 });
    expect(answer.ees).toEqual({
      daysLeft: 70,
      ourDaysLeft: 29,
      difference: -41,
      window: { start: '2025-12-18', end: '2026-06-15' },
      // 1 Mar – 9 Apr: 31 + 9 = 40 days before 10 April 2026
      candidates: [{ kind: 'beforeEes', direction: 'eesCountsFewer', first: '2026-03-01', last: '2026-04-09', days: 40, country: null }],
      legalBasis: {
        calculator: 'EES Regulation (EU) 2017/2226, Art. 11 (automated calculator) and Art. 13 (web service)',
        access: 'EES Regulation (EU) 2017/2226, Art. 52 (right of access to, rectification, completion and erasure of personal data)',
      },
    });
    // The verdict is ours, unchanged: the EES answer is evidence, not a verdict.
    expect(answer.verdict.code).toBe('statusOutside');
  });

  it('EES leaves fewer days: every day of the window that may explain it, in day order', () => {
    const answer = status({
      on: '2026-12-20',
      eesDaysLeft: 30,
      stays: [
        { entry: '2026-07-01', exit: '2026-07-31', entryCountry: 'FR' },
        { entry: '2026-08-10', exit: '2026-08-20', entryCountry: 'CY' },
        // Out of Cyprus and into Belgium the same day: a day of one Schengen stay only, no candidate.
        { entry: '2026-08-20', exit: '2026-08-20', entryCountry: 'BE' },
        { entry: '2026-09-01', exit: '2026-09-10', entryCountry: 'BE' },
        { entry: '2026-09-10', exit: '2026-09-15', entryCountry: 'DE' },
        { entry: '2026-10-01', exit: '2026-10-15', entryCountry: 'FR' },
      ],
      permits: [{ from: '2026-10-01', until: '2026-10-31', country: 'FR' }],
    });
    // Window [24 Jun, 20 Dec]; counted: 1–31 Jul (31) + 20 Aug (1) + 1–15 Sep (15, the 10th once) = 47: 43 left.
    expect(answer.ees).toMatchObject({ daysLeft: 30, ourDaysLeft: 43, difference: 13, window: { start: '2026-06-24', end: '2026-12-20' } });
    const more = 'eesCountsMore';
    expect(answer.ees!.candidates).toEqual([
      { kind: 'notInLog', direction: more, first: '2026-06-24', last: '2026-06-30', days: 7, country: null },
      { kind: 'notInLog', direction: more, first: '2026-08-01', last: '2026-08-09', days: 9, country: null },
      // 10 – 19 Aug in Cyprus (the 20th counts: the day in Belgium)
      { kind: 'notCounted', direction: more, first: '2026-08-10', last: '2026-08-19', days: 10, country: 'CY' },
      { kind: 'notInLog', direction: more, first: '2026-08-21', last: '2026-08-31', days: 11, country: null },
      { kind: 'sameDayReentry', direction: more, first: '2026-09-10', last: '2026-09-10', days: 1, country: null },
      { kind: 'notInLog', direction: more, first: '2026-09-16', last: '2026-09-30', days: 15, country: null },
      { kind: 'permit', direction: more, first: '2026-10-01', last: '2026-10-15', days: 15, country: null },
      // 16 Oct – 20 Dec: 16 + 30 + 20 = 66
      { kind: 'notInLog', direction: more, first: '2026-10-16', last: '2026-12-20', days: 66, country: null },
    ]);
  });

  it('the counts agree: no candidate', () => {
    const answer = status({ stays: [{ entry: '2026-12-01', exit: '2026-12-10' }], on: '2026-12-20', eesDaysLeft: 80 });
    expect(answer.ees).toMatchObject({ ourDaysLeft: 80, difference: 0, candidates: [] });
  });

  it('`ees` is a field `fields` may ask for alone, and absent unless eesDaysLeft is given', () => {
    // 1 Mar – 30 Apr 2026: 61 days in the window of 15 June, 29 left (as above).
    const stays = [{ entry: '2026-03-01', exit: '2026-04-30' }];
    const lean = status({ stays, on: '2026-06-15', eesDaysLeft: 29, fields: ['daysRemaining', 'ees'] });
    expect(Object.keys(lean)).toEqual(['schemaVersion', 'command', 'verdict', 'daysRemaining', 'ees']);
    expect(lean.ees).toMatchObject({ daysLeft: 29, ourDaysLeft: 29, difference: 0, candidates: [] });
    expect(Object.keys(status({ stays, on: '2026-06-15' }))).not.toContain('ees');
  });

  it('inside on the reference day, EES one day more: the reference day itself is a candidate', () => {
    // 1 – 20 Dec: 20 days, 70 left; EES says 71.
    const answer = status({ stays: [{ entry: '2026-12-01', exit: null }], on: '2026-12-20', eesDaysLeft: 71 });
    expect(answer.ees!.candidates).toEqual([{ kind: 'referenceDay', direction: 'eesCountsFewer', first: '2026-12-20', last: '2026-12-20', days: 1, country: null }]);
  });

  it('a visa holder: the sticker valid that day is a candidate (EES applies its entries and duration)', () => {
    const answer = status({
      stays: [{ entry: '2026-12-01', exit: '2026-12-05' }],
      visas: [{ type: 'C', entries: 1, validFrom: '2026-11-01', validUntil: '2027-01-31', durationDays: 15 }],
      on: '2026-12-20',
      eesDaysLeft: 0,
    });
    expect(answer.ees!.candidates.filter((candidate) => candidate.kind === 'visa')).toEqual([
      { kind: 'visa', direction: 'eesCountsMore', first: '2026-11-01', last: '2027-01-31', days: 0, country: null },
    ]);
  });

  it('other rules than Schengen are refused: EES counts the Schengen area only', () => {
    expect(() => status({ stays: [], on: '2026-12-20', rules: 'ru-visa-free', eesDaysLeft: 10 })).toThrow(
      expect.objectContaining({ code: 'ees.notSchengen', location: expect.objectContaining({ field: 'eesDaysLeft' }) }),
    );
  });

  it('a negative or fractional count is refused, naming the field', () => {
    expect(errorOf(() => status({ stays: [], on: '2026-12-20', eesDaysLeft: -1 }))).toMatchObject({ code: 'number.range', location: { field: 'eesDaysLeft' } });
    expect(errorOf(() => status({ stays: [], on: '2026-12-20', eesDaysLeft: 1.5 }))).toMatchObject({ code: 'number.range', location: { field: 'eesDaysLeft' } });
  });
});
