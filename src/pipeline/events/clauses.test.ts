import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.ts';

const clauses = (s: string) => splitClauses(s).map((c) => s.slice(c.start, c.end));

describe('splitClauses', () => {
  it.each([
    ['王毅10日同拉夫罗夫通电话，就局势交换意见。', ['王毅10日同拉夫罗夫通电话', '就局势交换意见']],
    // A quotation stays whole, commas and all.
    ['普莱斯说：“在政府要求时，部队应离开。”', ['普莱斯说', '“在政府要求时，部队应离开。”']],
    // Brackets hold glosses, not clauses.
    ['托卡耶夫（Kassym-Jomart Tokayev, president）表示，秩序已恢复。', ['托卡耶夫（Kassym-Jomart Tokayev, president）表示', '秩序已恢复']],
    // The enumeration comma joins items; a comma inside a number is no break.
    ['中、俄、哈三国共有10,000人参加；会议结束。', ['中、俄、哈三国共有10,000人参加', '会议结束']],
    ['On Monday, Tokayev said order had been restored.', ['On Monday', 'Tokayev said order had been restored']],
    ['He said "we will stay, for now" and left.', ['He said "we will stay, for now" and left']],
    // Headlines separate clauses with a space.
    ['示威者攻占总统官邸 总理同意辞职', ['示威者攻占总统官邸', '总理同意辞职']],
    ['2022 年 1 月 9 日，商店遭抢', ['2022 年 1 月 9 日', '商店遭抢']],
  ])('%s', (sentence, expected) => expect(clauses(sentence)).toEqual(expected));

  it('returns nothing for punctuation only', () => expect(splitClauses('，。')).toEqual([]));
});
