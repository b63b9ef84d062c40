import { describe, expect, it } from 'vitest';
import { englishNameFor, isChineseName, isTransliterationChar, shortHash, slug } from './names.ts';

describe('englishNameFor', () => {
  it.each([
    // Chinese names: pinyin, family name first, given name as one word.
    ['汪文斌', 'Wang Wenbin', false, 'pinyin'],
    ['蔡凌', 'Cai Ling', false, 'pinyin'],
    ['欧阳明', 'Ouyang Ming', false, 'pinyin'],
    ['单雄信', 'Shan Xiongxin', false, 'pinyin'], // 单 read as the surname Shan, not dan
    // Transliterations: read back, a guess.
    ['贝多林诺', 'Bedolino', true, 'transliteration'],
    ['托卡耶夫', 'Tokayev', true, 'transliteration'],
    ['拉夫罗夫', 'Lavrov', true, 'transliteration'],
    ['纳扎尔巴耶夫', 'Nazarbayev', true, 'transliteration'],
    ['布林肯', 'Blinken', true, 'transliteration'],
    ['约翰·史密斯', 'John Smith', true, 'transliteration'],
    // Neither: a Japanese name read as Chinese characters is the better guess.
    ['岸信夫', 'An Xinfu', true, 'pinyin'],
  ])('%s → %s', (zh, name, isGuess, method) => {
    expect(englishNameFor(zh)).toEqual({ name, isGuess, method });
  });
});

describe('isChineseName', () => {
  it.each([
    ['王毅', true],
    ['汪文斌', true],
    ['诸葛亮', true],
    ['贝多林诺', false], // four characters after a one-character surname
    ['马克', false], // every character a transliteration one, with 克
    ['普莱斯', false], // 普 is no common surname here
    ['托卡耶夫', false],
    // After a common surname an ending like 维 or 夫 is a Chinese given name…
    ['李哲维', true],
    ['张伟夫', true],
    // …unless every character is a transliteration one.
    ['罗斯', false],
    ['马特', false],
    // An uncommon surname keeps the ending test.
    ['詹哲维', false],
  ])('%s → %s', (zh, expected) => {
    expect(isChineseName(zh)).toBe(expected);
  });
});

describe('ids', () => {
  it('slugs names without accents or punctuation', () => {
    expect(slug('Kassym-Jomart Tokayev')).toBe('kassym-jomart-tokayev');
    expect(slug('Aleksandar Vučić')).toBe('aleksandar-vucic');
    expect(slug("Côte d'Ivoire")).toBe('cote-d-ivoire');
  });
  it('hashes a name the same way every time, and different names differently', () => {
    expect(shortHash('贝多林诺')).toBe(shortHash('贝多林诺'));
    expect(shortHash('贝多林诺')).toMatch(/^[0-9a-f]{4}$/);
    expect(shortHash('王伟')).not.toBe(shortHash('王巍'));
  });
});

describe('englishNameFor, read once per name', () => {
  it.each([['汪文斌'], ['托卡耶夫'], ['岸信夫']])('%s: a second reading is the first', (zh) => {
    const first = englishNameFor(zh);
    expect(englishNameFor(zh)).toBe(first);
    expect(englishNameFor(zh)).toEqual(first);
  });
});

describe('isTransliterationChar', () => {
  // As `ch in transliteration.syllables || ch === '·'` answered, one character at a time.
  it.each([
    ['托', true],
    ['卡', true],
    ['斯', true],
    ['夫', true],
    ['·', true],
    ['王', false],
    ['李', false],
    ['a', false],
    ['', false],
  ])('%j: %s', (ch, expected) => {
    expect(isTransliterationChar(ch)).toBe(expected);
  });
});
