/**
 * How many cases a property against the day-by-day oracle runs. The oracle is slow on purpose, and
 * `npm test` must take about a minute (issue 24): it runs two fifths of each property's thorough
 * number (at least 10). `npm run test:thorough` (PROPERTY_RUNS=thorough) runs every case, as do the
 * concurrency test's full writers (STRESS=1) and the fuzz's full number (FUZZ_RUNS). Each run draws
 * new cases (fast-check picks a new seed and prints it on failure), so the quick runs keep exploring.
 */
const THOROUGH = process.env['PROPERTY_RUNS'] === 'thorough';
const QUICK_SHARE = 0.4;

export function propertyRuns(thorough: number): number {
  return THOROUGH ? thorough : Math.max(10, Math.round(thorough * QUICK_SHARE));
}
