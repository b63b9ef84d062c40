import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../extract.ts';
import { headDate, makesNoEvent, sourceColonAt } from './relatedEvent.ts';

describe('sourceColonAt: the source a wire headline names at its end', () => {
  it.each([
    ['N. Korea fires short-range ballistic missile toward East Sea: JCS', 'N. Korea fires short-range ballistic missile toward East Sea'],
    ['N. Korea fires ICBM, apparently fails: officials', 'N. Korea fires ICBM, apparently fails'],
    ['Seoul to review new sanctions on Pyongyang: foreign ministry official', 'Seoul to review new sanctions on Pyongyang'],
    // A speaker before a short colon, a quotation, a number or a question after it: no source.
    ['Biden: Taiwan', 'Biden: Taiwan'],
    ['Kim Jong Un warns of nuclear response to any attack: "We are ready"', 'Kim Jong Un warns of nuclear response to any attack: "We are ready"'],
    ['Quake death toll in Turkey and Syria rises sharply: 2,300', 'Quake death toll in Turkey and Syria rises sharply: 2,300'],
    ['Explainer: Why did the army and the RSF fall out with each other?', 'Explainer: Why did the army and the RSF fall out with each other?'],
    ['外交部：任何外國無權干預香港事務', '外交部：任何外國無權干預香港事務'],
  ])('%s', (headline, event) => expect(headline.slice(0, sourceColonAt(headline))).toBe(event));
});

describe('makesNoEvent: an explainer or its question', () => {
  it.each([
    ['Who are Sudan’s Rapid Support Forces?', true],
    ['What is the Hwasong-17?', true],
    ['(LEAD) Why did North Korea fire a missile?', true],
    ['快速支援部队是什么？', true],
    ['Sudan’s warring sides agree 24-hour truce, U.S. says', false],
    // A question someone asked is news.
    ['Blinken asks China: will you help end the war?', false],
    ['伊朗抗议者与警方冲突 死亡人数上升', false],
    // An explainer says so in its first or last words, question mark or not.
    ['What to know about the Chinese spy balloon shot down off South Carolina', true],
    ['What we know about the Wagner mutiny so far', true],
    ['Explainer: How the Fukushima water release works', true],
    ['(LEAD) Factbox: Key facts about the Turkey earthquake', true],
    ['问答：福岛核处理水排海', true],
    ['福岛核电站处理水排海：一文读懂', true],
    ['一文讀懂李克強生平', true],
    ['What Blinken told Wang Yi in Munich', false],
    // A Chinese explainer asks without a question mark.
    ['恒大清盘：中国负债最多的房企倒下对中国经济意味着什么', true],
    ['美联储加息对亚洲有何影响', true],
    ['中国为什么', true],
    ['“共同富裕”是什么', true],
    ['外交部：这不是什么', false],
    ['惠誉宣布恒大违约 中国房地产危机加深', false],
    ['俄罗斯外长：我们知道美国的意图', false],
    // An explainer's question with its answer listed after it.
    ['What’s in the debt ceiling bill? Spending caps, work requirements and more', true],
    ['Who is aboard the submersible? Five explorers and a pilot', true],
    ['House passes debt ceiling bill with broad bipartisan support, sending it to the Senate', false],
  ])('%s → %s', (headline, none) => expect(makesNoEvent(headline)).toBe(none));
});

describe('a related link with a version tag and a trailing source', () => {
  const seed = [
    `<!--${Date.parse('2022-11-18T09:40:00Z')}-->`,
    '[Test](https://example.org/a.html)',
    '------',
    '<p>The Joint Chiefs of Staff (JCS) said South Korea would respond.</p>',
    '<ul><li><a href="https://example.org/b.html"><strong>(LEAD) South Korea protests over Japan’s claims: JCS</strong></a></li></ul>',
  ].join('\n');
  const timeline = extractCorpus([{ name: 'a.txt', bytes: Buffer.from(seed) }]);
  const event = timeline.events.find((e) => e.source.quote.startsWith('(LEAD)'))!;
  it('keeps the headline, without the tag, as the title', () => expect(event.title).toBe('South Korea protests over Japan’s claims: JCS'));
  it('quotes the link as written', () => expect(event.source.quote).toBe('(LEAD) South Korea protests over Japan’s claims: JCS'));
  it('names who the headline is about before its source', () => expect(event.actors[0]).toBe('south-korea'));
});

describe('a headline that quotes a speaker with a colon', () => {
  const related = (headline: string) => {
    const seed = [
      `<!--${Date.parse('2024-01-14T02:00:00Z')}-->`,
      '[Test](https://example.org/a.html)',
      '------',
      '<p>正文。</p>',
      `<ul><li><a href="https://example.org/b.html">${headline}</a></li></ul>`,
    ].join('\n');
    return extractCorpus([{ name: 'a.txt', bytes: Buffer.from(seed) }]).events.find((e) => e.source.quote === headline)!;
  };
  it.each([
    // A body the gazetteer lacks speaks; the place it speaks about does not.
    ['外交部：任何外國無權干預香港事務', /^Unattributed statement/],
    ['日本：5枚中國飛彈落入日本專屬經濟海域', /^Japan statement/],
    ['蔡英文：兩岸戰爭絕對不是選項', /^Tsai Ing-wen statement/],
    // The speech the words come from, between the name and the colon: still the speaker.
    ['賴清德就職演說：中華民國與中華人民共和國互不隸屬', /^Lai Ching-te statement/],
  ])('%s', (headline, label) => expect(related(headline).titleEn).toMatch(label));
});

describe('headDate: a full date heading a headline', () => {
  it.each([
    ['2023年9月28日：恒大称创始人许家印被采取强制措施', '2023-09-28', '恒大称创始人许家印被采取强制措施'],
    ['２０２３年９月２８日：恒大停牌', '2023-09-28', '恒大停牌'],
    ['28 September 2023: Evergrande shares suspended', '2023-09-28', 'Evergrande shares suspended'],
    ['Sept. 28, 2023 - Evergrande shares suspended', '2023-09-28', 'Evergrande shares suspended'],
    // A month or a year alone, a day counted from today, a date inside the headline: no heading.
    ['2023年9月：恒大停牌', null, null],
    ['2023年：中国经济回顾', null, null],
    ['9月28日：恒大停牌', null, null],
    ['2023年9月28日恒大停牌', null, null],
    ['恒大2023年9月28日停牌', null, null],
  ])('%s', (headline, day, rest) => {
    const found = headDate(headline);
    expect(found?.value.start ?? null).toBe(day);
    expect(found ? headline.slice(found.end) : null).toBe(rest);
  });
});

describe('a related link dated by the date heading it', () => {
  const related = (href: string, headline: string) => {
    const seed = [
      `<!--${Date.parse('2024-01-30T04:00:00Z')}-->`,
      '[Test](https://example.org/a.html)',
      '------',
      '<p>正文。</p>',
      `<ul><li><a href="${href}">${headline}</a></li></ul>`,
    ].join('\n');
    return extractCorpus([{ name: 'a.txt', bytes: Buffer.from(seed) }]).events.find((e) => e.source.quote === headline)!;
  };
  it('a URL without a date: the heading dates it, stated', () => {
    const event = related('https://www.bbc.com/zhongwen/simp/chinese-news-66944133', '2023年9月28日：恒大称创始人许家印涉嫌违法犯罪');
    expect(event.date?.start).toBe('2023-09-28');
    expect(event.dateEvidence).toEqual({ text: '2023年9月28日', rule: 'stated' });
    expect(event.title).toBe('恒大称创始人许家印涉嫌违法犯罪');
  });
  it('a dated URL wins', () => {
    const event = related('https://example.org/2023/10/02/b.html', '2023年9月28日：恒大称创始人许家印涉嫌违法犯罪');
    expect(event.date?.start).toBe('2023-10-02');
    expect(event.dateEvidence.rule).toBe('url');
  });
});

describe('a related link dated by a calendar day its words name', () => {
  const related = (headline: string) => {
    const seed = [
      `<!--${Date.parse('2024-06-18T01:30:00Z')}-->`,
      '[Test](https://example.org/a.html)',
      '------',
      '<p>正文。</p>',
      `<ul><li><a href="https://example.org/article/b">${headline}</a></li></ul>`,
    ].join('\n');
    return extractCorpus([{ name: 'a.txt', bytes: Buffer.from(seed) }]).events.find((e) => e.source.quote === headline)!;
  };
  it.each([
    // A month and its day, read against the linking article: the latest on or before it; 起 is the day it starts.
    ['《海警机构行政执法程序规定》6月15日起施行', '2024-06-15', undefined, '6月15日起'],
    ['菲律宾5月10日宣布撤回大使', '2024-05-10', undefined, '5月10日'],
    ['Xi to meet Marcos on June 3, officials say', '2024-06-03', undefined, 'June 3'],
    // A day counted from the linked report's own day, or none at all: undated.
    ['中国海警局新闻发言人就菲律宾侵闯仁爱礁发表谈话', null, undefined, null],
    ['外交部：昨天菲方船只闯入仁爱礁海域', null, undefined, null],
    ['Philippines says its sailor was injured on Monday', null, undefined, null],
  ])('%s', (headline, day, end, text) => {
    const event = related(headline);
    expect(event.date?.start ?? null).toBe(day);
    expect(event.date?.end).toBe(end);
    expect(event.dateEvidence.text).toBe(text);
  });
});
