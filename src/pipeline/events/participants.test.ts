import { describe, expect, it } from 'vitest';
import { extractArticle } from './testArticle.ts';

/** The event whose quote holds `fragment`, and the English names of its subjects and of all its actors. */
function eventIn(paragraphs: string[], fragment: string, published: string) {
  const timeline = extractArticle(paragraphs, published);
  const event = timeline.events.find((e) => e.source.quote.includes(fragment));
  if (!event) throw new Error(`no event quotes ${fragment}`);
  const names = (ids: string[]) => ids.map((id) => timeline.actors.find((a) => a.id === id)!.name);
  return { subjects: names(event.subjects ?? []), actors: names(event.actors) };
}
const subjectsOf = (paragraphs: string[], fragment: string) => eventIn(paragraphs, fragment, '2022-08-05T06:30:00Z').subjects;
const actorsOf = (paragraphs: string[], fragment: string) => eventIn(paragraphs, fragment, '2024-08-06T11:00:00Z').actors;

describe('who did it: a pronoun stands for the person before', () => {
  it.each([
    // The pronoun opens the sentence; the clause with the visit opens with a verb (转往), so she is its subject.
    [['美国众议院议长佩洛西2日晚间抵达台北。她当晚搭机离台，转往韩国访问。'], '转往韩国访问', ['Pelosi']],
    // The clause names its own subject: the pronoun does not reach it.
    [['美国众议院议长佩洛西2日晚间抵达台北。她离台后，中国宣布对她实施制裁。'], '中国宣布', ['China']],
    // 他 is who did the last sentence's event, not the last person it named.
    [['习近平15日同俄罗斯总统普京、蒙古国总统呼日勒苏赫举行会晤。同日，他还会见了巴基斯坦总理夏巴兹·谢里夫。'], '他还会见了', ['Xi Jinping']],
  ])('%j: %s', (paragraphs, fragment, subjects) => expect(subjectsOf(paragraphs, fragment)).toEqual(subjects));
});

describe('who took part', () => {
  it('counts who attended and spoke at a meeting among its actors', () =>
    expect(actorsOf(['上海合作组织峰会16日在撒马尔罕举行，国家主席习近平出席并讲话。'], '撒马尔罕举行')).toContain('Xi Jinping'));
});

describe('who is in an event an unnamed speaker reports', () => {
  it("keeps the sentence's subject when the speaker is unnamed", () =>
    expect(actorsOf(['Sheikh Hasina, 76, won an election in 2018 and is expected to return to Dhaka on Thursday, a spokesperson said.'], 'return to Dhaka')).toEqual(['Sheikh Hasina']));
});

describe('who speaks: not a name in the topic or after a preposition', () => {
  const speaker = (sentence: string, published = '2023-02-06T11:30:00Z') => eventIn([sentence], sentence.slice(0, 6), published).subjects;
  it.each([
    // 关于…，: what the remark is about; the speaker follows.
    ['关于美菲防务合作，菲律宾外长5日表示欢迎。', ['Philippines']],
    ['关于美菲防务合作，中方5日已经表明了立场。', ['China']],
    // 就…: the topic between the speaker and the verb.
    ['中方5日就美方使用武力攻击民用无人飞艇发表声明。', ['China']],
    // "at the request of the United States": no speaker; "diplomatic sources" are unnamed.
    ['The U.N. Security Council will discuss the launch at the request of the United States, diplomatic sources said on Friday.', []],
    ['The United States said on Friday that the Security Council would meet.', ['United States']],
    // 同…, 向…: whom someone talked with or spoke to does not speak.
    ['中方一直同美方保持沟通，希望美方冷静、克制地处理。', ['China']],
    ['日本政府已透過外交管道向中方提出強烈抗議。', ['Japan']],
  ])('%s → %j', (sentence, subjects) => expect(speaker(sentence)).toEqual(subjects));

  it('keeps who the unnamed speaker reports on', () =>
    expect(eventIn(['The U.N. Security Council will discuss the launch at the request of the United States, diplomatic sources said on Friday.'], 'diplomatic', '2022-11-18T09:40:00Z').actors).toContain('UN Security Council'));
});

describe('a country where something happens is a venue, not a party', () => {
  it.each([
    ['王毅5日在奥地利与拉夫罗夫举行会谈。', '奥地利', 'Austria', false],
    ['总部位于挪威的人权组织5日称，至少133人死亡。', '人权组织', 'Norway', false],
    // The country that acts, or the target, stays.
    ['哈萨克斯坦局势在俄国进行军事干预后已经稳定下来。', '军事干预', 'Russia', true],
    ['美国5日在叙利亚发动空袭。', '空袭', 'Syria', true],
  ])('%s: %s → %s %s', (sentence, fragment, name, kept) =>
    expect(eventIn([sentence], fragment, '2023-02-06T11:30:00Z').actors.includes(name)).toBe(kept));
});

describe('who speaks: the pronoun after a fronted clause, listed speakers, "It"', () => {
  const published = '2024-09-27T03:00:00Z';
  it.each([
    // …时他说: the pronoun stands after the fronted clause, before its verb.
    [['习近平24日在北京会见普京。谈及乌克兰危机时他说，中方始终站在和平一边。'], '谈及乌克兰危机', ['Xi Jinping']],
    // 他国 is another country, not "he".
    [['习近平24日在北京会见普京。谈及其他国家时他国代表说，中方始终站在和平一边。'], '谈及其他国家', []],
    // Several speakers listed before one verb all speak, the first among them.
    [['王毅、拉夫罗夫5日表示，双方将加强合作。'], '双方将加强合作', ['Wang Yi', 'Lavrov']],
    // "It" opening a statement is the body that spoke in the sentence before.
    [['The U.S. consulate said in a statement Tuesday that the United States “strongly condemns” the sentences. It called on Beijing to release all political prisoners.'], 'It called on', ['United States']],
  ])('%j: %s → %j', (paragraphs, fragment, subjects) => expect(eventIn(paragraphs, fragment, published).subjects).toEqual(subjects));
});

describe('who a statement is about', () => {
  it('is not who mediated the talks it followed', () => {
    const timeline = extractArticle(
      ['Qatar’s Prime Minister Sheikh Mohammed announced the agreement at a news conference in Doha on Wednesday, after weeks of indirect talks mediated by Egypt and the United States.'],
      '2025-01-20T08:00:00Z',
    );
    expect(timeline.events[0]!.titleEn).not.toMatch(/Egypt|United States/);
  });

  it('leaves out a photo credit in square brackets', () =>
    expect(actorsOf(['Released prisoners are welcomed by relatives in Beitunia on January 20, 2025 [Joe Biden/AFP]'], 'Beitunia')).not.toContain('Joe Biden'));
});

describe('who speaks after a relative clause', () => {
  it('is the subject the clause describes, not someone unnamed', () => {
    const timeline = extractArticle(['President-elect Donald Trump, who will be sworn in later on Monday in Washington, has also claimed credit for the deal.'], '2025-01-20T08:00:00Z');
    const claim = timeline.events.find((e) => e.trigger === 'claimed');
    expect(claim?.subjects).toEqual(['donald-trump']);
  });
});
