import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/core/day.js';
import { explainDay } from '../../src/core/explanation.js';
import { regimeOf } from '../../src/core/regimes.js';
import { SCHENGEN_RULE } from '../../src/core/rolling-window.js';
import { en } from '../../src/messages/en/table.js';
import { explanationText } from '../../src/render/table.js';

/** Issue 19.5: the workings never name a broken limit that their own list says does not apply. */
const d = dayFromCivil;

describe('the limit broken on the explained day', () => {
  // 01.01–31.03.2026: 31 + 28 + 31 = 90 days. A 30-day trip from 29.06 breaks 90/180 on its first day:
  // the 180 days ending on 29.06 begin on 01.01 and hold all 90, so 91 (from 30.06 on: 89 + 1, 88 + 2 …).
  const itinerary = { stays: [{ entry: d(2026, 1, 1), exit: d(2026, 3, 31), country: null }, { entry: d(2026, 6, 29), exit: d(2026, 7, 28), country: null }], visas: [], permits: [], rule: SCHENGEN_RULE };

  it('is marked broken in the list, not "does not apply" (next --explain, no limit values)', () => {
    const explanation = explainDay(itinerary, d(2026, 6, 29), 'earliestEntry', null, null, 'rule90180');
    expect(explanation).toMatchObject({ brokenLimit: 'rule90180', daysInWindow: 91, maxDays: 90 });
    expect(explanation.limits).toEqual([expect.objectContaining({ limit: 'rule90180', lastDay: null, binds: false, broken: true })]);
    const text = explanationText(explanation, { language: 'en', messages: en, colorLevel: 0, width: 200 });
    expect(text).not.toContain(en.authorisation.explainNoLimitValue);
    expect(text).toContain('broken that day');
  });

  it('with limit values, the broken rule is marked broken too', () => {
    const limits = { visaUntil: null, visaDuration: null, rule90180: null, stayRule: null };
    const explanation = explainDay(itinerary, d(2026, 6, 29), 'tripBreak', limits, null, 'rule90180');
    expect(explanation.limits.filter((limit) => limit.broken).map((limit) => limit.limit)).toEqual(['rule90180']);
  });

  it('a per-stay rule shows its own maximum (30), not 90', () => {
    // by-visa-free: 01.03.2025 is day 1, 30.03 day 30, 31.03 day 31 of the stay.
    const by = { stays: [{ entry: d(2025, 3, 1), exit: d(2025, 3, 31), country: 'BY' }], visas: [], permits: [], rule: SCHENGEN_RULE, regime: regimeOf('by-visa-free') };
    const explanation = explainDay(by, d(2025, 3, 31), 'firstUnauthorised', null, null, 'perStay');
    expect(explanation).toMatchObject({ window: { first: d(2025, 3, 1), last: d(2025, 3, 31) }, daysInWindow: 31, maxDays: 30 });
  });
});
