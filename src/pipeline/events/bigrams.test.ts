import { describe, expect, it } from 'vitest';
import { bigramProfile, dice } from './bigrams.ts';

const score = (a: string, b: string) => dice(bigramProfile(a), bigramProfile(b));

describe('dice over character pairs', () => {
  it.each([
    ['the same sentence', '王毅同拉夫罗夫通电话', '王毅同拉夫罗夫通电话', 1],
    ['nothing in common', '王毅通电话', 'Tokayev', 0],
    // 哈萨克 / 哈萨克斯坦: pairs 哈萨, 萨克 shared; 2 + 4 pairs in all.
    ['a prefix', '哈萨克', '哈萨克斯坦', (2 * 2) / (2 + 4)],
    // aaa has aa twice, aa once: the shared count is the smaller one.
    ['repeated pairs count at most as often as in both', 'aaa', 'aa', (2 * 1) / (2 + 1)],
    ['empty and one-character texts', '', 'a', 0],
  ])('%s', (_, a, b, expected) => {
    expect(score(a, b)).toBeCloseTo(expected as number, 12);
    expect(score(b, a)).toBeCloseTo(expected as number, 12);
  });
});
