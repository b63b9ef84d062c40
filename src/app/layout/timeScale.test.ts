import { describe, expect, it } from 'vitest';
import { timeScale } from './timeScale.ts';

describe('timeScale', () => {
  it.each([
    [[0, 100], [0, 1000], 50, 500],
    [[1000, 2000], [10, 110], 1500, 60],
  ] as const)('maps %j onto %j', (domain, range, t, x) => {
    const s = timeScale(domain, range);
    expect(s(t)).toBe(x);
    expect(s.invert(x)).toBe(t);
  });
  it('does not divide by zero on an empty domain', () => {
    const s = timeScale([5, 5], [0, 100]);
    expect(s(5)).toBe(0);
    expect(s.invert(50)).toBe(5);
  });
});
