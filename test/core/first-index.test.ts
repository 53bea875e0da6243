import { describe, expect, it } from 'vitest';
import { firstIndexAtLeast } from '../../src/core/day-set.js';

describe('firstIndexAtLeast: the core’s one binary search', () => {
  // In [2, 4, 4, 7]: the first value ≥ 1 is 2 (index 0), ≥ 4 the first 4 (index 1), ≥ 5 is 7
  // (index 3), ≥ 8 none (the length, 4).
  it.each([
    [[], 5, 0],
    [[2, 4, 4, 7], 1, 0],
    [[2, 4, 4, 7], 2, 0],
    [[2, 4, 4, 7], 4, 1],
    [[2, 4, 4, 7], 5, 3],
    [[2, 4, 4, 7], 7, 3],
    [[2, 4, 4, 7], 8, 4],
  ])('in %j, the first value at least %i is at %i', (sorted, value, index) => {
    expect(firstIndexAtLeast(sorted, value)).toBe(index);
  });
});
