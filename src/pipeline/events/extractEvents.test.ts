import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../extract.ts';
import { extractArticle } from './testArticle.ts';
import { opensWhatWasSaid, sourceOf } from './extractEvents.ts';

/** The date of the event whose quote holds `fragment`, in a one-paragraph article published at `published`. */
function dateOf(paragraph: string, fragment: string, published = '2019-06-13T04:00:00Z'): string | null {
  const event = extractArticle([paragraph], published).events.find((e) => e.source.quote.includes(fragment));
  if (!event) throw new Error(`no event quotes ${fragment}`);
  return event.date?.start ?? null;
}

describe('the date a later sentence counts from', () => {
  it.each([
    // 翌日 follows the statement's evening, not the day the statement spoke of.
    ['政府6月9日晚发表声明，表示草案会如期于6月12日恢复二读。翌日，数百名示威者与警方爆发冲突。', '翌日', '2019-06-10'],
    // With no date before the verb of saying, what was said still dates the paragraph.
    ['政府表示，草案已于6月11日恢复二读。当天，数百名示威者包围立法会。', '当天', '2019-06-11'],
  ])('%s → %s', (paragraph, fragment, date) => expect(dateOf(paragraph, fragment)).toBe(date));

  it.each([
    // A date in what was said (past the verb and a comma) does not date the saying: it carries the paragraph's day.
    ['习近平14日同托卡耶夫举行会谈。习近平指出，今年是中哈建交30周年。', '今年是', '2022-09-14'],
    // Said on a day: that day.
    ['习近平14日同托卡耶夫举行会谈。习近平15日指出，今年是中哈建交30周年。', '今年是', '2022-09-15'],
    ['Tokayev met Xi on Wednesday. Tokayev said Thursday that this year marks 30 years of ties.', 'said Thursday', '2022-09-15'],
    // A date something is compared with is no date of it.
    ['大选9月14日举行。选委会统计，本届选举投票率为71.86%，低于2020年的74.9%。', '投票率', '2022-09-14'],
  ])('%s: the saying is dated %s', (paragraph, fragment, date) => expect(dateOf(paragraph, fragment, '2022-09-16T13:30:00Z')).toBe(date));
});

/** A verb of saying found in the sentence, as the lexicon would give it. */
const verb = (sentence: string, word: string) => {
  const start = sentence.indexOf(word);
  return { entry: { kind: 'speech' as const, category: 'statement' as const, label: 'statement', weight: 1 }, text: word, start, end: start + word.length };
};

describe('whether a date stands in what was said', () => {
  it.each([
    ['习近平指出，今年是中哈建交30周年。', '指出', '今年', true],
    ['The ministry said: "Talks will resume on Sunday."', 'said', 'Sunday', true],
    // A clock time's colon opens nothing.
    ['The JCS said it detected the ICBM at 10:15 a.m. Friday.', 'said', 'Friday', false],
    ['外交部称它于10:15发射，周五晚间坠落。', '称', '周五', true],
    ['警方表示示威者于19:30离开，当天无人被捕。', '表示', '19:30', false],
    // A list of names is no reported speech, nor is the noun "statement".
    ["Choe's statement came after Yoon, Biden and Kishida agreed on Sunday.", 'statement', 'Sunday', false],
    ['Kishida said Yoon, Biden and he agreed on Sunday.', 'said', 'Sunday', false],
  ])('%s (%s … %s) → %s', (sentence, word, date, inside) =>
    expect(opensWhatWasSaid(sentence, verb(sentence, word), sentence.indexOf(date))).toBe(inside));
});

describe('a source attribution (据…透露) is no verb of saying', () => {
  it.each([
    ['据外交官透露，欧盟成员国大使下周将讨论制裁名单。', '透露'],
    ['据人权组织称，安全部队向抗议人群开枪。', '称'],
    ['據美聯社報道，數十名學生被捕。', '報道'],
    ['有报道称，中美官员可能在下周接触。', '称'],
    ['外交官透露，欧盟成员国大使下周将讨论制裁名单。', undefined],
    ['有官员称，中美官员可能在下周接触。', undefined],
    ['据悉，外长表示下周将讨论制裁名单。', undefined],
  ])('%s → %s', (sentence, word) => expect(sourceOf(sentence, word ? [verb(sentence, word)] : [verb(sentence, '表示')])?.text).toBe(word));

  it.each([
    // What the source reports is dated by its own dates, ahead of publication.
    ['据外交官透露，欧盟成员国大使下周将讨论具体的制裁名单。', '下周', '2022-10-10'],
    ['据外交官透露，欧盟成员国大使下周将讨论具体的制裁名单，欧盟外长预计将于10月17日正式批准。', '10月17日', '2022-10-17'],
  ])('%s: %s is %s', (paragraph, dateText, date) => {
    const events = extractArticle([paragraph], '2022-10-03T09:00:00Z').events;
    expect(events.find((e) => e.dateEvidence.text === dateText)?.date?.start).toBe(date);
  });
});

describe('what a verb of saying reports, dated in what was said', () => {
  it('dates the action, not the saying', () => {
    const event = extractArticle(['国防部称，叛军于4日下午袭击了首都机场。'], '2023-02-06T11:30:00Z').events[0]!;
    expect([event.date?.start, event.category]).toEqual(['2023-02-04', 'unrest']);
  });

  it.each([
    // English reports with no break and dates the action after it.
    ['Blinken says a U.S. diplomatic convoy came under fire on Monday.', '2023-04-17', 'military'],
    ['Police said they arrested 20 protesters on Tuesday.', '2023-04-18', 'unrest'],
    // A date right after the verb dates the saying.
    ['Blinken said on Monday that a convoy came under fire.', '2023-04-17', 'statement'],
    // A date past the action's clause dates what was said (here, ahead) and leaves a statement.
    ['The ministry says the talks, which collapsed after the convoy came under fire, will resume on Monday.', '2023-04-24', 'statement'],
  ])('%s → %s, %s', (sentence, date, category) => {
    const event = extractArticle([sentence], '2023-04-20T10:40:00Z').events[0]!;
    expect([event.date?.start, event.category]).toEqual([date, category]);
  });
});

describe('a transcript: who speaks in each turn', () => {
  const published = '2023-02-06T11:30:00Z';
  const transcript = (paragraphs: string[]) => {
    const timeline = extractArticle(paragraphs, published);
    const name = (id: string) => timeline.actors.find((a) => a.id === id)!.name;
    return (fragment: string) => {
      const event = timeline.events.find((e) => e.source.quote.includes(fragment));
      return event && { date: event.date?.start ?? null, subjects: (event.subjects ?? []).map(name), actors: event.actors.map(name) };
    };
  };

  it('makes the answer itself a statement by who answers', () =>
    expect(transcript(['毛宁：经核实，该飞艇来自中国，属民用性质。'])('经核实')).toEqual({ date: null, subjects: ['Mao Ning'], actors: ['Mao Ning', 'China'] }));

  it('gives a bare 答： the last named speaker, not a country in its topic', () =>
    expect(transcript(['毛宁：中方坚决反对。', '问：美菲两国宣布新增军事基地。中方对此有何评论？', '答：关于美菲防务合作，我们2月2日已经表明了立场。'])('我们2月2日')?.subjects).toEqual(['Mao Ning']));

  it('reports nothing for a question, and leaves out the outlet that asks', () => {
    const find = transcript(['法新社记者：美国国防部称，美军战斗机击落了中国无人飞艇。中方对此有何回应？']);
    expect(find('有何回应')).toBeUndefined();
    expect(find('国防部称')?.actors).not.toContain('AFP');
  });

  it.each([
    // The question's 前天 does not reach the answer.
    [['美联社记者：前天，哥伦比亚空军称在其领空发现一个类似物体。中方能否证实？', '毛宁：中方已向有关国家作了通报。'], '作了通报'],
    // Nor does one answer's 昨天 reach the next, though China is in both.
    [['毛宁：中方昨天已经发表声明。', '毛宁：中方已向有关国家作了通报。'], '作了通报'],
  ])('%j: a new turn carries no date (%s)', (paragraphs, fragment) => expect(transcript(paragraphs)(fragment)?.date).toBeNull());
});

describe('related links', () => {
  const related = (headlines: string[]) =>
    extractCorpus([{
      name: 'a.txt',
      bytes: Buffer.from([
        `<!--${Date.parse('2023-04-20T10:40:00Z')}-->`, '[Test](https://example.org/a.html)', '------',
        '<p>Fighting erupted on Saturday.</p><ul>' + headlines.map((h, i) => `<li><a href="https://example.org/2023-04-1${i}/">${h}</a></li>`).join('') + '</ul>',
      ].join('\n')),
    }]).events.filter((e) => e.dateEvidence.rule === 'url').map((e) => e.source.quote);

  it('make an event of a headline that reports something, not of an explainer that asks a question', () =>
    expect(related(["Who are Sudan's Rapid Support Forces?", 'Sudan army and RSF clash in Khartoum', 'Is the truce holding?'])).toEqual([
      'Sudan army and RSF clash in Khartoum',
    ]));
});
