import { describe, expect, it } from 'vitest';
import { linearFit, median, medianOrNull, percentile } from './stats.ts';
import { createRng } from './prng.ts';

describe('stats', () => {
  it.each([
    [[1, 2, 3, 4, 5], 50, 3],
    [[1, 2, 3, 4], 50, 2.5],
    [[10, 20], 95, 19.5],
    [[7], 95, 7],
  ])('percentile of %j at %i is %d', (xs, p, expected) => {
    expect(percentile(xs, p)).toBeCloseTo(expected);
  });
  it('ignores timed-out runs when taking a median', () => {
    expect(medianOrNull([null, 3, 1, null, 2])).toBe(2);
    expect(medianOrNull([null])).toBeNull();
    expect(median([])).toBeNaN();
  });
  it('fits a straight line exactly', () => {
    const fit = linearFit([10, 100, 1000].map((x) => ({ x, y: 500 + 2 * x })));
    expect(fit.slope).toBeCloseTo(2);
    expect(fit.intercept).toBeCloseTo(500);
    expect(fit.r2).toBeCloseTo(1);
  });
});

describe('createRng', () => {
  it('repeats for the same seed and stays within bounds', () => {
    const a = createRng('x');
    const b = createRng('x');
    const draws = Array.from({ length: 200 }, () => a.int(3, 7));
    expect(draws).toEqual(Array.from({ length: 200 }, () => b.int(3, 7)));
    expect(Math.min(...draws)).toBe(3);
    expect(Math.max(...draws)).toBe(7);
  });
  it('never picks a key of zero weight', () => {
    const rng = createRng(5);
    const picks = new Set(Array.from({ length: 500 }, () => rng.weighted({ a: 1, b: 0, c: 3 })));
    expect([...picks].sort()).toEqual(['a', 'c']);
  });
});
