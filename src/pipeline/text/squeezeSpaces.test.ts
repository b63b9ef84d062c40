import { describe, expect, it } from 'vitest';
import { squeezeSpaces } from './squeezeSpaces.ts';

const byPatterns = (text: string) => text.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();

describe('squeezeSpaces', () => {
  it.each([
    '',
    ' ',
    'no-space',
    'Protesters  marched\tin\nthe streets',
    '  leading and trailing  ',
    'before a mark , and ; here : too ! and ?',
    ' ,starts with a mark',
    'ends with a mark .',
    'ends with a mark . ',
    'a \u00a0\u3000 b\u2009c\u200bd\u2028e\ufefff\u1680g\u202fh\u205fi\u0085j',
    '\u3000全角空格开头，结尾\u3000',
    'x \t\r\n\v\f y',
    'mark then space: , x',
    'two marks , , x',
    'a,b',
    'a ,',
    ' , ',
  ])('%j', (text) => {
    expect(squeezeSpaces(text)).toBe(byPatterns(text));
  });

  it('every code unit, one at a time, between two letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      expect([c, squeezeSpaces(text)]).toEqual([c, byPatterns(text)]);
    }
  });
});
