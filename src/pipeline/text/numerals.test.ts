import { describe, expect, it } from 'vitest';
import { parseNumber } from './numerals.ts';

describe('parseNumber', () => {
  it.each([
    ['164', 164],
    ['10000', 10000],
    ['10,000', 10000],
    ['１０', 10],
    ['二千三百', 2300],
    ['十', 10],
    ['十一', 11],
    ['二十一', 21],
    ['三十一', 31],
    ['一百零五', 105],
    ['两百', 200],
    ['1.5万', 15000],
    ['四千', 4000],
    ['三万五千', 35000],
    ['二〇二二', 2022],
    ['一九九一', 1991],
    ['一亿二千万', 120000000],
    // Digits grouped under 万 and 亿, as tolls are written: 5万2979人受伤.
    ['5万2979', 52979],
    ['1万5000', 15000],
    ['１万５０００', 15000],
    ['3萬2000', 32000],
    ['1万500', 10500],
    ['3亿2000万', 320000000],
    ['14亿1178万', 1411780000],
    // 万 alone is the order of 数万人, 上万人.
    ['万', 10000],
    ['萬', 10000],
  ])('%s → %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['', 'abc', '一带一路', '10日', '5万29790', '1万5000万'])('%s is not a number', (text) => expect(parseNumber(text)).toBeNull());
});
