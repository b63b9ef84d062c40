import { describe, expect, it } from 'vitest';
import { textFitter } from './textFit.ts';

// Every character 10 px wide, the ellipsis 6 px, CJK 20 px: what a canvas would measure, made simple.
const measure = (s: string) => [...s].reduce((w, c) => w + (c === '…' ? 6 : /[\u4e00-\u9fff]/.test(c) ? 20 : 10), 0);

describe('textFitter', () => {
  const f = textFitter(measure);
  it.each([
    ['Wang Yi', 70, 'Wang Yi'],
    ['Wang Yi', 100, 'Wang Yi'],
    ['Wang Yi – Lavrov phone call', 70, 'Wang Y…'],
    ['Wang Yi – Lavrov', 46, 'Wang…'],
    ['王毅与拉夫罗夫通电话', 70, '王毅与…'],
    ['Wang Yi', 10, ''],
    ['Wang Yi', 5, ''],
  ])('%j in %d px → %j', (text, max, expected) => {
    expect(f.fit(text, max)).toBe(expected);
    expect(f.width(f.fit(text, max))).toBeLessThanOrEqual(max);
  });
  it('drops a space left before the ellipsis', () => {
    expect(f.fit('ab cd', 36)).toBe('ab…');
  });
  it('measures each character once', () => {
    let calls = 0;
    const g = textFitter((s) => (calls++, measure(s)));
    g.fit('abcabc abc', 40);
    g.fit('cab', 40);
    g.width('abc');
    expect(calls).toBeLessThanOrEqual(5);
  });
});
