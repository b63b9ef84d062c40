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
  ])('%s → %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['', 'abc', '一带一路', '10日'])('%s is not a number', (text) => expect(parseNumber(text)).toBeNull());
});
