import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeItinerary, stayContaining } from '../../src/core/authorisation.js';
import { ruleCounts, shownDaysUsed } from '../../src/core/reports.js';
import { toItinerary } from '../support/core-vs-oracle.js';
import { propertyRuns } from '../support/property-runs.js';
import { denseItineraryArbitrary } from '../reference/dense-arbitraries.js';
import { itineraryArbitrary } from '../reference/itinerary-arbitraries.js';

/*
 * The calendar's figure under each day (issue 21: computed without making every rule's count for
 * each of the ~300 days it draws) is the figure it took from ruleCounts before: the rolling rule's
 * count, else the first count, else 0.
 */
describe('shownDaysUsed is the figure of ruleCounts', () => {
  it('on every day around random itineraries, under 90/180, mixed rule shapes, other zones and dated rules', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(denseItineraryArbitrary, itineraryArbitrary), (input) => {
        const itinerary = toItinerary(input);
        const judgement = judgeItinerary(itinerary);
        const days = itinerary.stays.flatMap((stay) => [stay.entry - 1, stay.entry, stay.exit, stay.exit + 1, stay.exit + 200]);
        for (const day of days) {
          const counts = ruleCounts(judgement, day, stayContaining(itinerary, day));
          const expected = (counts.find((count) => count.shape.kind === 'rolling') ?? counts[0])?.daysUsed ?? 0;
          for (const count of counts) kinds.add(count.shape.kind);
          expect(shownDaysUsed(judgement, day, () => stayContaining(itinerary, day))).toBe(expected);
        }
      }),
      { numRuns: propertyRuns(500) },
    );
    // The cases reached every kind of rule, per-stay ones inside a stay included.
    expect([...kinds].sort()).toEqual(['calendarYear', 'perStay', 'rolling']);
  });
});
