import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../extract.ts';
import { makesNoEvent, sourceColonAt } from './relatedEvent.ts';

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
    ['俄罗斯外长：我们知道美国的意图', false],
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
  ])('%s', (headline, label) => expect(related(headline).titleEn).toMatch(label));
});
