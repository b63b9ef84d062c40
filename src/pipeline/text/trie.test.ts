import { describe, expect, it } from 'vitest';
import { CharTrie, hitBuffer } from './trie.ts';

const trie = new CharTrie<string>();
for (const key of ['中', '中国', '中国人', '国', 'ab', 'abc', 'b']) trie.insert(key, key);
trie.insert('中国', 'second');
const backward = new CharTrie<string>();
for (const key of ['外长', '长', '总统']) backward.insert([...key].reverse().join(''), key);

describe('CharTrie', () => {
  it.each([
    ['中国人民', 0, [[1, ['中']], [2, ['中国', 'second']], [3, ['中国人']]]],
    ['美中国', 1, [[2, ['中']], [3, ['中国', 'second']]]],
    ['abcd', 0, [[2, ['ab']], [3, ['abc']]]],
    ['abd', 1, [[2, ['b']]]],
    ['a', 0, []],
    ['xyz', 0, []],
    ['中', 5, []],
    ['中', -1, []],
  ] as const)('hitsAt(%s, %i)', (text, start, expected) => {
    expect(trie.hitsAt(text, start).map((h) => [h.at, h.values])).toEqual(expected);
    const out = hitBuffer<string>();
    const count = trie.hitsInto(text, start, out);
    expect(count).toBe(expected.length);
    expect(out.count).toBe(count);
    expect(out.ends.slice(0, count).map((end, k) => [end, out.values[k]])).toEqual(expected);
  });

  it.each([
    ['法国外长', 4, [[3, ['长']], [2, ['外长']]]],
    ['总统说', 2, [[0, ['总统']]]],
    ['说', 1, []],
    ['', 0, []],
  ] as const)('hitsEndingAt(%s, %i)', (text, end, expected) => {
    expect(backward.hitsEndingAt(text, end).map((h) => [h.at, h.values])).toEqual(expected);
  });

  it.each([
    ['中', true],
    ['a', true],
    ['人', false],
    ['c', false],
  ])('startsWith(%s) is %s', (ch, expected) => {
    expect(trie.startsWith(ch.charCodeAt(0))).toBe(expected);
  });

  it('keeps every key as its edge table grows', () => {
    const big = new CharTrie<number>();
    const keys = Array.from({ length: 5000 }, (_, k) => `k${k.toString(36)}${String.fromCharCode(0x4e00 + (k % 500))}`);
    keys.forEach((key, k) => big.insert(key, k));
    keys.forEach((key, k) => expect(big.hitsAt(key, 0).at(-1)).toEqual({ at: key.length, values: [k] }));
    expect(big.hitsAt('kzzzz', 0)).toEqual([]);
  });
});

describe('CharTrie.nextStart', () => {
  const trie = new CharTrie<number>();
  trie.insert('哈萨克', 1);
  trie.insert('ab', 2);
  it.each([
    ['xx哈萨克', 0, 2],
    ['xx哈萨克', 3, 5], // nothing starts at 萨 or 克: the end
    ['xab', 0, 1],
    ['a', 0, 0], // a key may start here, whether or not one ends
    ['', 0, 0],
  ])('%s from %i → %i', (text, from, at) => expect(trie.nextStart(text, from)).toBe(at));
});
