import { describe, expect, it } from 'vitest';
import { foldPiece, foldText, toTraditional } from './fold.ts';

describe('foldText', () => {
  it.each([
    ['托卡葉夫', '托卡叶夫'],
    ['美國國務院發言人普萊斯', '美国国务院发言人普莱斯'],
    ['法囯歷史學者', '法国历史学者'], // 囯 is a variant of 国 that OpenCC leaves alone
    ['Kassym-Schomart TOKAJEW', 'kassym-schomart tokajew'],
    ['（ＯＶＫＳ）', '(ovks)'],
    ['卡瑟姆・若马尔特‧托卡耶夫', '卡瑟姆·若马尔特·托卡耶夫'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('keeps the length of any text, so offsets carry over', () => {
    const text = '哈薩克總統托卡葉夫（Kassym-Schomart Tokajew）10日說，İstanbul 𠮷野家 ½。';
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('leaves simplified text and its punctuation as they are', () => {
    const text = '中方愿同哈方加强执法安全合作，协助抵御外来势力干涉。';
    expect(foldText(text)).toBe(text);
  });
});

describe('foldPiece', () => {
  it.each([
    ['美國國務院發言人普萊斯10日說。他表示', 0, 15],
    ['美國國務院發言人普萊斯10日說。他表示', 15, 18],
    ['中方愿同哈方加强合作。协助抵御干涉。', 10, 18], // folds to itself
    ['Kassym-Schomart TOKAJEW said. Tokajew', 30, 37],
    ['（ＯＶＫＳ）成立', 0, 6],
    ['', 0, 0],
  ])('cuts %s at %i–%i like folding the cut', (whole, start, end) => {
    const piece = whole.slice(start, end);
    const expected = foldText(piece);
    const foldedWhole = foldText(whole);
    expect(foldPiece(piece, whole, foldedWhole, start, end)).toBe(expected);
    expect(foldText(piece)).toBe(expected); // now from the memo
  });
  it('folds a piece the long way when the span given is not where it was cut from', () => {
    const whole = '美國國務院發言人普萊斯10日說。';
    expect(foldPiece('普萊斯說', whole, foldText(whole), 8, 11)).toBe('普莱斯说');
  });
});

describe('toTraditional', () => {
  it('writes a learned name in traditional characters', () => {
    expect(toTraditional('贝多林诺')).toBe('貝多林諾');
    expect(toTraditional('马尔科·罗西')).toBe('馬爾科·羅西');
  });
});
