/** What was said, and when, in events (dates checked by hand against a calendar). */
import { describe, expect, it } from 'vitest';
import type { DateMention } from '../types.ts';
import { extractArticle } from './testArticle.ts';
import { opensWhatWasSaid } from './whatWasSaid.ts';
import { isYardstick, sinceWhenStart } from './yardsticks.ts';

function eventOf(paragraphs: string[], fragment: string, published: string) {
  const event = extractArticle(paragraphs, published).events.find((e) => e.source.quote.includes(fragment));
  if (!event) throw new Error(`no event quotes ${fragment}`);
  return { date: event.date?.start ?? null, rule: event.dateEvidence.rule, future: event.date?.future === true };
}

// 2023-09-08 22:00 UTC: in UTC a Friday, so 昨日 = Thursday 09-07 and 前晚 = Wednesday 09-06 here.
const HK = '2023-09-08T22:00:00Z';

describe('a deed reported with its own past day, in what was said', () => {
  it.each<[string[], string, string | null, string]>([
    // 翌日 right after the deed (洩洪於翌日): the discharge's day, counted from 前晚; 同日 then counts from it.
    [['特區政府前晚11時44分發稿，指深圳水庫將於午夜起洩洪。深圳市三防指揮部其後公布，洩洪於翌日凌晨0時15分開始。深圳市氣象局同日表示，當地雨量達465.5毫米。'], '洩洪於翌日', '2023-09-07', 'anchored'],
    [['特區政府前晚11時44分發稿，指深圳水庫將於午夜起洩洪。深圳市三防指揮部其後公布，洩洪於翌日凌晨0時15分開始。深圳市氣象局同日表示，當地雨量達465.5毫米。'], '同日表示', '2023-09-07', 'anchored'],
    // A saying with no day of its own and none to carry: what it tells of dates it (not undated).
    [['暴雨期間有多人受傷。', '警方表示，一名79歲姓池男子昨日近中午在上環港澳碼頭對開海面飄浮，惟搶救後不治。'], '姓池男子', '2023-09-07', 'publication'],
    // A day inside the speaker's own quoted words counts from the speaker's day: it does not date the saying.
    [['法庭外大批市民排隊。', '退休人士陳先生接受本報訪問時說：「我前晚11點已經嚟排隊，想親眼見證歷史。」'], '陳先生', null, 'undated'],
  ])('%j: %s → %s', (paragraphs, fragment, date, rule) => {
    const e = eventOf(paragraphs, fragment, HK);
    expect(e.date).toBe(date);
    expect(e.rule).toBe(rule);
  });

  it('keeps a day ahead in what was said from dating the saying (会谈将于15日举行)', () => {
    const e = eventOf(['外长10日抵达北京。外交部表示，会谈将于15日举行。'], '会谈将于15日', '2023-09-11T02:00:00Z');
    expect(e.date).toBe('2023-09-10');
    expect(e.rule).toBe('carried');
  });
});

describe('what a verb of calling calls for is what was said', () => {
  it('carries the evening of the speech past 4年后 in the appeal', () => {
    const e = eventOf(['巴赫在当晚的致辞中感谢法国人民。他呼吁全世界青年4年后在洛杉矶再次相聚。'], '呼吁', '2024-08-11T22:30:00Z');
    expect(e).toEqual({ date: '2024-08-11', rule: 'carried', future: false });
  });
  const verb = (sentence: string, word: string) => {
    const start = sentence.indexOf(word);
    return { entry: { kind: 'speech' as const, category: 'statement' as const, label: 'statement', weight: 1 }, text: word, start, end: start + word.length };
  };
  it.each([
    ['他呼吁全世界青年4年后在洛杉矶再次相聚。', '呼吁', '4年后', true],
    ['联合国敦促各方于15日前停火。', '敦促', '15日', true],
    // Other verbs of saying still need a break to open their words.
    ['他表示15日将出访。', '表示', '15日', false],
  ])('%s (%s … %s) → %s', (sentence, word, date, inside) =>
    expect(opensWhatWasSaid(sentence, verb(sentence, word), sentence.indexOf(date))).toBe(inside));
});

describe('English: the saying\'s own day after its verb, and a quoted tomorrow', () => {
  const paragraph =
    'Harding, who flew to space aboard a rocket last year, had written on Facebook on Saturday, the day before the dive, that the mission was likely to be the only one in 2023. “A weather window has just opened up and we are going to attempt a dive tomorrow,” he wrote.';
  it('dates the quotation by the day of the post before it, not by its tomorrow', () =>
    expect(eventOf([paragraph], 'attempt a dive', '2023-06-23T11:50:00Z')).toEqual({ date: '2023-06-17', rule: 'carried', future: false }));
});

describe('the day of a record being broken is a yardstick', () => {
  const at = (text: string, date: string) => ({ start: text.indexOf(date), end: text.indexOf(date) + date.length }) as DateMention;
  it.each([
    ['天文台指，今次黑雨的生效時間打破1999年8月23日錄得的5小時47分鐘紀錄。', '1999年8月23日', true],
    ['他刷新了2019年创下的世界纪录。', '2019年', true],
    // A day the record was broken on is no yardstick.
    ['他8月3日打破世界纪录。', '8月3日', false],
    ['打破僵局后，双方2019年达成协议。', '2019年', false],
  ])('%s: %s → %s', (text, date, yardstick) => expect(isYardstick(text, at(text, date))).toBe(yardstick));
});

describe('a when-clause after "since" a year tells what happened that year', () => {
  const at = (text: string, date: string): DateMention => {
    const start = text.indexOf(date);
    return { text: date, start, end: start + date.length, value: { start: '2011', precision: 'year', end: '2023-06-01' }, rule: 'anchored', anchor: '2023-06-01' };
  };
  const s = 'The standoff brought the country closer to default than at any time since 2011, when a similar fight prompted Standard & Poor’s to downgrade the credit rating.';
  it.each<[string, number, string | null]>([
    [s, s.indexOf('downgrade'), '2011'],
    // The main clause's event keeps the span; so does a since with no when-clause.
    [s, s.indexOf('brought'), null],
    ['Prices have risen since 2011, the agency said.', 20, null],
  ])('%s @%i → %s', (text, trigger, year) => {
    const got = sinceWhenStart(text, at(text, 'since 2011'), trigger);
    expect(got ? { text: got.text, start: got.value.start, end: got.value.end ?? null, rule: got.rule } : null).toEqual(year ? { text: year, start: year, end: null, rule: 'stated' } : null);
  });
});
