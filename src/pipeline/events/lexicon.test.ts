import { describe, expect, it } from 'vitest';
import { findTriggers } from './lexicon.ts';

const texts = (sentence: string) => findTriggers(sentence).map((t) => t.text);

describe('findTriggers with gapped words (出席…会议)', () => {
  it.each([
    ['王毅出席东盟外长会议并发表讲话。', ['出席东盟外长会议', '发表讲话']],
    ['外交部召见美国大使提出抗议。', ['召见美国大使', '提出抗议']], // a protest lodged, not a street protest
    ['出席者众多，会议顺利。', ['会议']], // a gap does not cross a comma
    ['会议在出口城市结束。', ['会议', '出口']], // the first character alone
    ['議員出席聯合國會議。', ['出席聯合國會議']], // folded before matching
    ['出席。', []],
    ['大家参加了会议。', ['参加了会议']],
    ['会议结束。', ['会议']], // nothing left over from the sentence before
  ])('%s → %j', (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });
});
