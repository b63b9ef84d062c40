import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { normalise, parseNumber, TRADITIONAL_PAIRS } from './numerals.ts';

describe('parseNumber', () => {
  it.each([
    ['10', 10], ['十', 10], ['十一', 11], ['二十', 20], ['二十一', 21], ['三十一', 31], ['两', 2],
    ['一百零五', 105], ['二〇二二', 2022], ['一九九七', 1997], ['二○二二', 2022], ['二零二二', 2022],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', '十x', '年'])('%s → null', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('normalise', () => {
  it('swaps traditional characters and full-width digits one for one', () => {
    const sentence = '王毅１０號於上週三表示，會議將於２０日舉行。';
    const out = normalise(sentence);
    expect(out).toBe('王毅10号于上周三表示，会议将于20日举行。');
    expect(out.length).toBe(sentence.length);
  });

  it('returns a simplified sentence unchanged', () => {
    const sentence = '哈萨克斯坦10日为全国哀悼日。';
    expect(normalise(sentence)).toBe(sentence);
  });

  it('maps every traditional character the way opencc does', () => {
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    expect(TRADITIONAL_PAIRS.length % 2).toBe(0);
    for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2) {
      const traditional = TRADITIONAL_PAIRS[i]!;
      expect(normalise(traditional)).toBe(toSimplified(traditional));
    }
  });
});
