import { describe, expect, it } from 'vitest';
import { createSwapper, SWAP_GROUPS } from './actorSwaps.ts';
import { createRng } from './prng.ts';

describe('createSwapper', () => {
  it('renames within a kind, one to one, bracketed spelling included', () => {
    const swap = createSwapper(createRng('test'));
    const leaders = SWAP_GROUPS.leader!.map((n) => n.zh);
    const out = leaders.map((zh) => swap(zh));
    expect(new Set(out).size).toBe(leaders.length);
    expect(out.every((name) => leaders.includes(name))).toBe(true);
    const bracketed = swap('托卡耶夫（Kassym-Schomart Tokajew）表示');
    const to = SWAP_GROUPS.leader!.find((n) => bracketed.startsWith(`${n.zh}（`))!;
    expect(bracketed).toBe(`${to.zh}（${to.latin}）表示`);
  });
  it('leaves text without known names alone', () => {
    expect(createSwapper(createRng(1))('哈萨克斯坦局势')).toBe('哈萨克斯坦局势');
  });
  it('is the same renaming for the same seed', () => {
    const text = '王毅同拉夫罗夫通电话，普京说';
    expect(createSwapper(createRng('a'))(text)).toBe(createSwapper(createRng('a'))(text));
  });
});
