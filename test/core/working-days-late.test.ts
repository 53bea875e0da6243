import { describe, expect, it } from 'vitest';
import { countWorkingDaysLate, type DeadlineCalendar } from '../../src/core/working-days.js';

const d = (iso: string) => Date.parse(iso) / 86_400_000;
const calendar: DeadlineCalendar = { saturdayIsWorkingDay: false, holidays: new Map([[d('2026-11-11'), { kind: 'holiday', name: 'armistice' }]]) };

describe('countWorkingDaysLate', () => {
  it.each([
    ['on the deadline day: not late', '2026-11-05', '2026-11-05', false, 0],
    ['before the deadline: not late', '2026-11-05', '2026-11-03', false, 0],
    ['the next working day: 1', '2026-11-05', '2026-11-06', true, 1],
    ['Saturday after a Friday deadline: late by 0 working days', '2026-11-06', '2026-11-07', true, 0],
    ['over a weekend: Sat and Sun do not count', '2026-11-06', '2026-11-09', true, 1],
    ['11 November (Wed) does not count', '2026-11-10', '2026-11-12', true, 1],
    ['three weeks: 11 working days', '2026-11-05', '2026-11-23', true, 11],
  ])('%s', (_name, deadline, today, late, workingDaysLate) => {
    expect(countWorkingDaysLate(d(deadline), d(today), calendar)).toEqual({ late, workingDaysLate });
  });

  it('counts Saturday when the calendar says it is a working day', () => {
    expect(countWorkingDaysLate(d('2026-11-06'), d('2026-11-08'), { ...calendar, saturdayIsWorkingDay: true })).toEqual({ late: true, workingDaysLate: 1 });
  });
});
