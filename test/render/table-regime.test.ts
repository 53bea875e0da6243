import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/core/day.js';
import { customRegime, regimeOf, SCHENGEN_REGIME, type Regime } from '../../src/core/regimes.js';
import { computePlan } from '../../src/core/reports.js';
import { SCHENGEN_RULE } from '../../src/core/rolling-window.js';
import { en } from '../../src/messages/en/table.js';
import { renderPlanTable } from '../../src/render/table.js';

/** Issue 19.3: the plan table names the regime's own rules, not 90/180, where 90/180 is not the rule. */
const style = { language: 'en' as const, messages: en, colorLevel: 0 as const, width: 300 };
const d = dayFromCivil;

function planTable(regime: Regime): string {
  // 05.01–01.02.2025 (28 days) and 01.10–20.10.2025 (20): 48 days in 2025 before 20.12.
  const itinerary = { stays: [{ entry: d(2025, 1, 5), exit: d(2025, 2, 1), country: null }, { entry: d(2025, 10, 1), exit: d(2025, 10, 20), country: null }], visas: [], permits: [], rule: SCHENGEN_RULE, regime };
  return renderPlanTable(computePlan(itinerary, d(2025, 12, 20), null), [], style);
}

describe('the plan table under a regime of its own', () => {
  it('by-visa-free: days used by the calendar year (48 of 90), and the rules it applies instead of a sticker', () => {
    const text = planTable(regimeOf('by-visa-free'));
    expect(text).toContain('48 of 90 (90 days per calendar year)');
    expect(text).toContain('not judged in this zone (Schengen stickers only); the rules applied: 30 days per stay; 90 days per calendar year');
    expect(text).not.toContain('90/180 only');
  });

  it('--rule 90/year in the Schengen area: visa-exempt under that rule', () => {
    expect(planTable(customRegime(SCHENGEN_REGIME, [{ kind: 'calendarYear', maxDays: 90 }]))).toContain('none (visa-exempt: 90 days per calendar year only)');
  });

  it('the Schengen area as before: 90/180 only', () => {
    // The 180 days ending on 19.12.2025 hold October's 20 days.
    const text = planTable(SCHENGEN_REGIME);
    expect(text).toContain('none (visa-exempt: 90/180 only)');
    expect(text).toMatch(/Days used on the day before entry\s*│\s*20 of 90\s/);
  });
});
