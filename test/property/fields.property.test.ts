import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/app/questions.js';
import { next, plan, status, UserError } from '../../src/lib/index.js';
import { iso, PRESETS, settingArbitrary } from '../doors/questions.js';

/*
 * "Ask only what you need" (issue 21): an answer with `fields` computes only what those fields
 * need (src/app/queries.ts: no earliest full stay, no limits of the stay under way, no first
 * overstay, no trip under the rules alone when not asked for). What it shows must be exactly what
 * the whole answer shows: the same verdict and the same value of every field asked for, and no
 * other field. On random histories (visas, permits, countries, stays under way and booked), every
 * preset, through the library. Not timed.
 */
const RUNS = 150;
const ALWAYS = ['schemaVersion', 'command', 'verdict'];

type Answer = Record<string, unknown>;
type Outcome = { answer: Answer } | { refused: string };

async function outcome(ask: () => Promise<object>): Promise<Outcome> {
  try {
    return { answer: (await ask()) as Answer };
  } catch (error) {
    if (error instanceof UserError) return { refused: error.code };
    throw error;
  }
}

/**
 * What the lean answer must be: the whole answer's always-there fields and the asked ones it has,
 * nothing else (not even `rules`, which the whole answer under other rules than the default holds).
 */
function expectedLean(whole: Outcome, fields: readonly string[]): Outcome {
  if (!('answer' in whole)) return whole;
  return { answer: Object.fromEntries(Object.entries(whole.answer).filter(([key]) => ALWAYS.includes(key) || fields.includes(key))) };
}

/** Days used and remaining, the operators' pair, drawn more often than any other choice. */
const fieldsOf = (question: 'status' | 'plan' | 'next'): fc.Arbitrary<string[]> => {
  // `rules` asked for is shown under any preset, where the whole answer under the default leaves it out: a named case (test/app/fields.test.ts).
  const known = QUESTIONS[question].answerFields!.filter((name) => name !== 'rules' && name !== 'explanation');
  const pair: fc.Arbitrary<string[]>[] = question === 'status' ? [fc.constant(['daysUsed', 'daysRemaining'])] : [];
  return fc.oneof(...pair, fc.subarray(known, { minLength: 1 }));
};

const preset = fc.option(fc.constantFrom(...PRESETS), { nil: undefined });

describe('an answer with fields is the whole answer cut down', () => {
  it('status: the same verdict and values for days used and remaining, and for any other fields', async () => {
    await fc.assert(
      fc.asyncProperty(settingArbitrary, fieldsOf('status'), preset, async ({ history, on }, fields, rules) => {
        const options = { on: iso(on), ...(rules === undefined ? {} : { rules }) };
        const whole = await outcome(() => status(history as never, options));
        const lean = await outcome(() => status(history as never, { ...options, fields }));
        expect(lean).toEqual(expectedLean(whole, fields));
      }),
      { numRuns: RUNS },
    );
  });

  it('plan and next: the same verdict and values for any fields', async () => {
    const trip = fc.record({ enterOffset: fc.integer({ min: 1, max: 200 }), days: fc.integer({ min: 1, max: 90 }), withEnd: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(settingArbitrary, fieldsOf('plan'), fieldsOf('next'), trip, async ({ history, on }, planFields, nextFields, { enterOffset, days, withEnd }) => {
        const planOptions = { on: iso(on), enter: iso(on + enterOffset), ...(withEnd ? { days } : {}) };
        const wholePlan = await outcome(() => plan(history as never, planOptions));
        expect(await outcome(() => plan(history as never, { ...planOptions, fields: planFields }))).toEqual(expectedLean(wholePlan, planFields));
        const nextOptions = { on: iso(on), days };
        const wholeNext = await outcome(() => next(history as never, nextOptions));
        expect(await outcome(() => next(history as never, { ...nextOptions, fields: nextFields }))).toEqual(expectedLean(wholeNext, nextFields));
      }),
      { numRuns: RUNS },
    );
  });
});
