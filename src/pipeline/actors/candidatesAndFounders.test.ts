import { describe, expect, it } from 'vitest';
import { namesFoundIn } from './testRegistry.ts';

const article = namesFoundIn;

describe('候选人 (candidate) is a title: the bracketed name after it is the candidate alone', () => {
  it.each([
    [
      ['现任总统埃尔多安（Recep Tayyip Erdogan）在总统选举第二轮投票中击败反对派共同候选人克勒赤达罗格鲁（Kemal Kilicdaroglu），赢得连任。', '两天后，厄兹达宣布支持克勒赤达罗格鲁。', '74岁的克勒赤达罗格鲁周日晚间发表讲话。'],
      ['克勒赤达罗格鲁=Kemal Kilicdaroglu'],
    ],
    [
      ['在野党总统候选人李明博（Lee Myung-bak）赢得选举。', '李明博周四发表讲话。'],
      ['李明博=Lee Myung-bak'],
    ],
  ])('%j', (texts, expected) => {
    const found = article(...texts);
    for (const later of found.slice(1)) expect(later).toEqual(expect.arrayContaining(expected));
  });
});

describe('由 (by) before a name a founding verb follows: the founder', () => {
  it.each([
    [['碧桂园由杨国强于1992年在广东顺德创立。', '杨国强表示，公司将继续经营。'], [['杨国强=Yang Guoqiang'], ['杨国强=Yang Guoqiang']]],
    // 由于 is "because"; a name after 由 with no founding verb is learned by no rule here.
    [['由于疫情在2020年爆发，公司成立了应急小组。'], [[]]],
    [['会议由张建国主持。'], [[]]],
  ])('%j', (texts, named) => {
    expect(namesFoundIn(...texts)).toEqual(named);
  });
});
