import { describe, expect, it } from 'vitest';
import { capitaliseFirst, clauseBreaks } from './titles.ts';

const byPattern = (text: string) => text.replace(/^\w/, (c) => c.toUpperCase());

describe('capitaliseFirst', () => {
  it.each([
    ['protesters marched', 'Protesters marched'],
    ['Protesters marched', 'Protesters marched'],
    ['zelensky said', 'Zelensky said'],
    ['ayatollah', 'Ayatollah'],
    ['1,000 people fled', '1,000 people fled'],
    ['_x', '_x'],
    ['éire voted', 'éire voted'],
    ['“we will”', '“we will”'],
    ['', ''],
    ['a', 'A'],
    ['`b', '`b'],
    ['{c', '{c'],
  ])('%j → %j', (text, expected) => {
    expect(capitaliseFirst(text)).toBe(expected);
    expect(capitaliseFirst(text)).toBe(byPattern(text));
  });
});

describe('clauseBreaks', () => {
  // What cut() read before: the marks of title.slice(0, max), less those between two digits (of the whole title).
  const byPattern = (title: string, max: number) =>
    [...title.slice(0, max).matchAll(/[，,；;：:]/g)].map((m) => m.index).filter((i) => !(/[0-9]/.test(title[i - 1] ?? '') && /[0-9]/.test(title[i + 1] ?? '')));
  it.each([
    ['王毅表示，中方愿意；双方同意：继续合作', 12],
    ['About 2,600 people, police said at 10:48: calm', 30],
    ['A 2,6 cut right at the edge 1,2', 31],
    ['edge at max: 3,4', 14],
    [',leading and trailing,', 22],
    ['no marks at all', 5],
    ['', 0],
    ['短，', 100],
  ])('%j before %i', (title, max) => {
    expect(clauseBreaks(title, max)).toEqual(byPattern(title, max));
  });
});
