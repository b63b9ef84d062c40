import { describe, expect, it } from 'vitest';
import type { DateMention } from '../types.ts';
import { segmentSentence } from './segments.ts';

/** A day mention at the first occurrence of `text` (only offsets matter here). */
function mention(sentence: string, text: string, start = '2022-01-10'): DateMention {
  const at = sentence.indexOf(text);
  return { text, start: at, end: at + text.length, value: { start, precision: 'day' }, rule: 'publication' };
}

const describeSegments = (sentence: string, dates: DateMention[]) =>
  segmentSentence(sentence, dates).map((s) => ({
    text: sentence.slice(s.start, s.end),
    head: sentence.slice(s.head.start, s.head.end),
    dates: s.dates.map((d) => d.text),
  }));

describe('segmentSentence', () => {
  it('keeps a sentence with one date whole, headed by the dated clause', () => {
    const s = '据报道，王毅10日同拉夫罗夫通电话，就局势交换意见。';
    expect(describeSegments(s, [mention(s, '10日')])).toEqual([
      { text: '据报道，王毅10日同拉夫罗夫通电话，就局势交换意见', head: '王毅10日同拉夫罗夫通电话', dates: ['10日'] },
    ]);
  });

  it('cuts a sentence at each new date: two events, two dates', () => {
    const s = '自去年8月塔利班夺取政权，邻国局势紧张，毕竟2013年，该国首次提出倡议。';
    expect(describeSegments(s, [mention(s, '去年8月', '2021-08'), mention(s, '2013年', '2013')])).toEqual([
      { text: '自去年8月塔利班夺取政权，邻国局势紧张', head: '自去年8月塔利班夺取政权', dates: ['去年8月'] },
      { text: '毕竟2013年，该国首次提出倡议', head: '毕竟2013年', dates: ['2013年'] },
    ]);
  });

  it('gives an undated sentence one segment headed by its first clause', () => {
    const s = '俄总统普京说，部队只会待上一段时间。';
    expect(describeSegments(s, [])).toEqual([
      { text: '俄总统普京说，部队只会待上一段时间', head: '俄总统普京说', dates: [] },
    ]);
  });

  it('heads an English sentence with its main clause, wherever the date stands', () => {
    const s = 'The unrest has left at least 164 people dead, and nearly 10,000 arrested since New Year’s Day.';
    expect(describeSegments(s, [mention(s, 'since New Year’s Day', '2022-01-01')])).toEqual([
      { text: s.slice(0, -1), head: 'The unrest has left at least 164 people dead', dates: ['since New Year’s Day'] },
    ]);
  });

  it('keeps two dates in one clause together', () => {
    const s = '示威者9日和10日两度冲进议会。';
    expect(describeSegments(s, [mention(s, '9日', '2022-01-09'), mention(s, '10日')])[0]?.dates).toEqual(['9日', '10日']);
  });
});
