import { describe, expect, it } from 'vitest';
import { capitaliseFirst } from './titles.ts';

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
