import { describe, expect, it } from 'vitest';
import { nextQuery, planQuery, statusQuery } from '../../src/app/queries.js';
import { dayFromCivil, type Day } from '../../src/core/day.js';
import { regimeOf, SCHENGEN_REGIME, type Regime } from '../../src/core/regimes.js';
import { UsageError } from '../../src/errors.js';
import { assembleHistory, type AssembledHistory } from '../../src/parse/assemble-history.js';
import type { TravelInput } from '../../src/parse/travel-input.js';

/**
 * Issue 19, the answers as the command line gives them: the query functions of src/cli/queries.ts
 * called in-process (no binary), on histories assembled as the flags would assemble them.
 */

const d = (iso: string): Day => {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  return dayFromCivil(y, m, day);
};

interface Flags {
  stays?: [string, string][];
  permits?: [string, string][];
  regime?: Regime;
}

function history(flags: Flags, today: Day): AssembledHistory {
  const input: TravelInput = {
    stays: (flags.stays ?? []).map(([entry, exit]) => ({ entry: d(entry), exit: d(exit), entryLocation: { field: '--stay' } })),
    visas: [],
    permits: (flags.permits ?? []).map(([first, last]) => ({ range: { first: d(first), last: d(last) }, location: { field: '--permit' } })),
    mrz: [],
  };
  return assembleHistory(input, today, flags.regime ?? SCHENGEN_REGIME);
}

describe('issue 19.2: next --days longer than 90 with days under a permit', () => {
  it('next --permit 2026-01-01..2027-12-31 --days 120 --on 2026-03-01: every day under the permit, 2026-03-01', () => {
    // SBC Art. 6(2): days under a residence permit are not counted. 01.03 + 119 = 28.06.2026
    // (March 31 days, April 30, May 31 = 92; 92 + 28 = 120): all inside the permit, nothing counts.
    const today = d('2026-03-01');
    const result = nextQuery(history({ permits: [['2026-01-01', '2027-12-31']] }, today), today, { tripDays: 120, from: today });
    expect(result.json()).toMatchObject({ earliestEntry: '2026-03-01', exit: '2026-06-28', refusal: null });
  });

  it('a 120-day trip with no day that could be exempt is still refused at once (next.tooLong)', () => {
    const today = d('2026-03-01');
    const error = (() => {
      try {
        nextQuery(history({}, today), today, { tripDays: 120, from: today });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('next.tooLong');
  });

  it('a permit that has ended before the search starts exempts no day of the trip: refused at once', () => {
    const today = d('2028-01-10');
    expect(() => nextQuery(history({ permits: [['2026-01-01', '2027-12-31']] }, today), today, { tripDays: 120, from: today })).toThrow(UsageError);
  });
});

describe('issue 19.5: next --explain names the broken limit once, as broken', () => {
  it('next --stay 2026-01-01..2026-03-31 --days 30 --on 2026-04-01 --explain', () => {
    // 90 days (31 + 28 + 31). A trip from 29.06 breaks on 29.06 (its window from 01.01 holds all 90, so 91);
    // from 30.06 the window starts 02.01: 89 + 1, then 88 + 2 …: 90 every day. Earliest entry 30.06.
    const today = d('2026-04-01');
    const result = nextQuery(history({ stays: [['2026-01-01', '2026-03-31']] }, today), today, { tripDays: 30, from: d('2026-04-02'), explain: true });
    const json = result.json() as { earliestEntry: string; explanation: { day: string; brokenLimit: string; limits: { limit: string; binds: boolean; broken: boolean }[] } };
    expect(json.earliestEntry).toBe('2026-06-30');
    expect(json.explanation).toMatchObject({ day: '2026-06-29', brokenLimit: 'rule90180' });
    expect(json.explanation.limits).toEqual([expect.objectContaining({ limit: 'rule90180', binds: false, broken: true })]);
  });
});

describe('issue 19.7: status under a regime outside its dates in force says so', () => {
  it('status --rules by-visa-free --stay 2023-05-01..2023-05-10 --on 2023-05-10: the warning ruleNotInForce', () => {
    const today = d('2023-05-10');
    const result = statusQuery(history({ stays: [['2023-05-01', '2023-05-10']], regime: regimeOf('by-visa-free') }, today), today);
    const json = result.json() as { warnings: { code: string; message: string }[] };
    expect(json.warnings).toEqual([
      {
        code: 'ruleNotInForce',
        message:
          'no rule the tool knows was in force in Belarus from 2023-05-01 to 2023-05-10; those days were judged by the rules nearest in time: stay<=30, 90/year (in force 2024-07-19 – 2026-12-31)',
      },
    ]);
  });
});

describe('issue 19.8: plan names a booked stay already unauthorised without the trip', () => {
  it('plan --stay 2027-01-01..2027-03-31 --stay 2027-04-10..2027-04-12 --enter 2027-08-01 --exit 2027-08-05 --on 2027-04-01', () => {
    // 90 days to 31.03 (31 + 28 + 31); on 10.04 the window from 12.10.2026 holds them all: 91.
    const today = d('2027-04-01');
    const result = planQuery(history({ stays: [['2027-01-01', '2027-03-31'], ['2027-04-10', '2027-04-12']] }, today), today, { entry: d('2027-08-01'), exit: d('2027-08-05') });
    const json = result.json() as { trip: { compliant: boolean }; warnings: { code: string; message: string }[] };
    expect(json.trip.compliant).toBe(true);
    expect(json.warnings).toEqual([
      {
        code: 'bookedStayUnauthorised',
        message: 'the booked stay 2027-04-10 – 2027-04-12 is already unauthorised without this trip, from 2027-04-10 (the 90/180-day rule): the answer does not count it against the trip',
      },
    ]);
    expect(result.breach).toBe(true);
  });
});
