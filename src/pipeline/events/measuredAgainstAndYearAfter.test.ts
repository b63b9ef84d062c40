/** Yardsticks and the year after, in events (dates checked by hand against a calendar). */
import { describe, expect, it } from 'vitest';
import { findDates } from '../dates/index.ts';
import { extractArticle } from './testArticle.ts';
import { isYardstick } from './yardsticks.ts';

function eventOf(paragraphs: string[], fragment: string, published: string) {
  const event = extractArticle(paragraphs, published).events.find((e) => e.source.quote.includes(fragment));
  if (!event) throw new Error(`no event quotes ${fragment}`);
  return { date: event.date?.start ?? null, end: event.date?.end, rule: event.dateEvidence.rule };
}

// Thursday 2022-03-03 (the test article's clock is UTC): 昨日 = 03-02.
const HK = '2022-03-03T06:00:00Z';

describe('a date measured against (是…的N倍, 為…的一半) is a yardstick', () => {
  it.each<[string, string, boolean]>([
    ['第五波累計死亡人數增至967人，已是2020年至去年底首四波疫情合共213宗死亡個案的4倍多。', '2020年至去年底', true],
    ['今年首季出口額為去年同期的一半。', '去年', true],
    ['確診人數相當於2020年全年的3倍。', '2020年', true],
    // The date of the deed itself, with the multiple told of something else: no yardstick.
    ['2023年出口額是2019年的2倍。', '2023年', false],
    ['他2020年當選，得票是對手的兩倍。', '2020年', false],
  ])('%s: %s → %s', (sentence, text, yardstick) => {
    const date = findDates(sentence, { published: new Date(HK), reference: null }).find((d) => d.text === text);
    expect(date).toBeDefined();
    expect(isYardstick(sentence, date!)).toBe(yardstick);
  });

  it('leaves the toll the day carried to it (同日), not the yardstick span', () => {
    const e = eventOf(
      ['衞生防護中心昨日公布新增55,353宗陽性個案。醫管局同日公布再多160名確診患者離世。第五波累計死亡人數增至967人，已是2020年至去年底首四波疫情合共213宗死亡個案的4倍多。'],
      '第五波累計死亡人數',
      HK,
    );
    expect(e).toMatchObject({ date: '2022-03-02', rule: 'carried' });
  });
});

describe('次年 counts from the year the sentence before gave', () => {
  it('dates the self-proclamation to January 2019, anchored', () => {
    const e = eventOf(
      ['2018年马杜罗上一次连任时，主要反对派抵制投票，美国和欧盟等拒绝承认选举结果。次年1月，时任国会主席瓜伊多宣布自任“临时总统”，一度获得50多个国家承认。'],
      '瓜伊多宣布',
      '2024-07-31T10:00:00Z',
    );
    expect(e).toMatchObject({ date: '2019-01', rule: 'anchored' });
  });
});
