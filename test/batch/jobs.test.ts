import { describe, expect, it } from 'vitest';
import { defaultJobs, parseJobs, THREADS_PAY_FROM_BYTES } from '../../src/batch/pool.js';

describe('batch --jobs without a number: the free cores (issue 21)', () => {
  it.each([
    // cores, load of the last minute, threads: cores − load, rounded, from 1 to the cores.
    [2, 0.1, 2], // idle: both
    [2, 0.6, 1], // 2 − 0.6 = 1.4 → 1
    [2, 10, 1], // busy: never fewer than one
    [8, 2.4, 6], // 8 − 2.4 = 5.6 → 6
    [4, -1, 4], // never more than the cores
  ])('%i cores at a load of %f: %i thread(s)', (cores, load, threads) => {
    expect(defaultJobs(null, cores, load)).toBe(threads);
  });

  it('one thread for an input file too small for threads to pay; the free cores from that size on', () => {
    expect(defaultJobs(THREADS_PAY_FROM_BYTES - 1, 8, 0)).toBe(1);
    expect(defaultJobs(THREADS_PAY_FROM_BYTES, 8, 0)).toBe(8);
  });

  it('--jobs N is taken as given; none given leaves the choice to the default', () => {
    expect(parseJobs('3')).toBe(3);
    expect(parseJobs(undefined)).toBeUndefined();
    expect(() => parseJobs('0')).toThrow();
  });
});
