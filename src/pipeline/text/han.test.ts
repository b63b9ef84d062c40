import { describe, expect, it } from 'vitest';
import { hasHan } from './han.ts';

describe('hasHan', () => {
  it.each([
    ['王毅10日同拉夫罗夫通电话。', true],
    ['Blinken said 中国 was ready.', true],
    ['烏克蘭', true],
    ['Blinken said on Monday.', false],
    ['２０２２，。', false],
    ['', false],
  ])('%s → %s', (text, expected) => expect(hasHan(text)).toBe(expected));
});
