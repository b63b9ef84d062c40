import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../extract.ts';
import { extractArticle } from './testArticle.ts';
import { opensWhatWasSaid, sayingOfNoDay, sourceOf } from './whatWasSaid.ts';
import { isYardstick } from './yardsticks.ts';
import type { DateMention } from '../types.ts';

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
    // The start of a span (a since-clause with its own subject and verb) dates neither the sentence nor the next one.
    ['Yoon declared martial law on Wednesday. He accused the opposition, citing the motions it had filed since he took office in May 2022. He said he was acting to protect the order.', 'He accused', '2022-09-14'],
    ['Yoon declared martial law on Wednesday. He accused the opposition, citing the motions it had filed since he took office in May 2022. He said he was acting to protect the order.', 'He said', '2022-09-14'],
    // What the since-clause itself reports is dated by it.
    ['The crisis deepened on Wednesday. It is the second crisis since the Taliban seized power in Afghanistan in August.', 'seized power', '2022-08'],
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
    // "that" opening a clause is what was said; "that" before the saying's own noun is a determiner.
    ['He told reporters that a new leader would be in place by Friday.', 'told', 'Friday', true],
    ['Pelosi was expected to echo that demand at a news conference later Thursday.', 'echo', 'later Thursday', false],
    ['She said that demand for fuel had fallen since Monday.', 'said', 'Monday', true],
    // A quotation closed before the day is what was condemned; the day is the condemning's.
    ['Biden condemned “this heinous act” on Wednesday.', 'condemned', 'Wednesday', false],
    ['Biden said: “We will act on Wednesday.”', 'said', 'Wednesday', true],
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

  it.each([
    // A transcript: the answer goes on after its labelled paragraph.
    [['问：美方宣布新增军事基地。中方对此有何评论？', '毛宁：中方坚决反对。', '我们敦促美方停止错误做法。'], '敦促美方', ['Mao Ning']],
    // No question turn, so no transcript: one quoted paragraph, then the reporter's own voice.
    [['托卡耶夫：我们将恢复秩序。', '据报道，政府表示局势已经稳定。'], '局势已经稳定', []],
  ])('%j: who speaks in the paragraph after a turn (%s)', (paragraphs, fragment, subjects) =>
    expect(transcript(paragraphs)(fragment)?.subjects).toEqual(subjects));
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

/** Every event of a one-paragraph article: its trigger and its date. */
const eventsOf = (paragraph: string, published: string) =>
  extractArticle([paragraph], published).events.map((e) => ({ trigger: e.trigger, date: e.date?.start ?? null, future: e.date?.future ?? false }));

describe('a date in a relative clause dates only that clause', () => {
  it('leaves the main clause its carried date when only the clause reports something', () => {
    const paragraph =
      'Forty-five activists were sentenced Tuesday to up to 10 years in prison. Legal scholar Benny Tai, whom the judges called the “mastermind” of an unofficial primary election in July 2020, received the longest sentence, 10 years.';
    const tai = extractArticle([paragraph], '2024-11-19T09:30:00Z').events.filter((e) => e.source.quote.includes('Benny Tai'));
    // The main clause's event takes Tuesday; July 2020 may date the primary alone, never the sentence's only event.
    expect(tai.map((e) => e.date?.start)).toContain('2024-11-19');
  });

  it('makes two events when the main clause reports something too', () => {
    const events = eventsOf(
      'Hamas released three captives on Sunday. President-elect Donald Trump, who will be sworn in later on Monday in Washington, has also claimed credit for the deal.',
      '2025-01-20T08:00:00Z',
    );
    // The inauguration is Monday's, ahead; the claim carries Sunday, the paragraph's day.
    expect(events).toContainEqual({ trigger: 'sworn in', date: '2025-01-20', future: true });
    expect(events).toContainEqual({ trigger: 'claimed', date: '2025-01-19', future: false });
  });

  it('keeps a date the main clause gives itself', () =>
    expect(dateOf('Joshua Wong, who rose to fame in 2014, was sentenced on Tuesday to four years in prison.', 'Joshua Wong', '2024-11-19T09:30:00Z')).toBe('2024-11-19'));
});

describe('a date inside a quotation is what was said', () => {
  it('dates the post by when it was written, not by the month it quotes', () =>
    expect(
      dateOf(
        'He was the first to announce it, on his Truth Social platform on Wednesday, writing that “this EPIC ceasefire agreement could have only happened as a result of our Historic Victory in November”.',
        'Truth Social',
        '2025-01-20T08:00:00Z',
      ),
    ).toBe('2025-01-15'));
});

describe('a record counted from a date (…以来首次, …以来最…, …之后…首次) is a yardstick', () => {
  const at = (text: string, date: string) => ({ start: text.indexOf(date), end: text.indexOf(date) + date.length }) as DateMention;
  it.each([
    ['天文台於晚上8時15分發出十號颶風信號，是2018年超強颱風山竹以來首次。', '2018年', true],
    ['上证指数24日收涨4.15%，创2020年7月以来最大单日涨幅。', '2020年7月', true],
    // The first person counted from a date, with a whole clause between: 自…遇害以来首位.
    ['他是自1984年那位总理在一次暗杀中身亡以来首位在任内遇害的领导人。', '1984年', true],
    ['投票率为71.86%，低于2020年的74.9%。', '2020年', true],
    // 以来 here counts from independence, not from the date.
    ['哈萨克斯坦自新年起爆发从苏联独立以来最严重的动乱。', '自新年起', false],
    ['上证指数24日收涨4.15%。', '24日', false],
    // A bare 比 compares only with a comparative after: not a name ending in 比 (柯比10日说).
    ['美国白宫国家安全委员会战略沟通协调员柯比10日说，美方欢迎。', '10日', false],
    ['出口额比2022年增长5%。', '2022年', true],
    // The count of a record after the date: 之后…首次, 继…之后…第二位.
    ['这也是2010年8月河南航空伊春空难之后，中国民航近12年来首次发生造成人员遇难的事故。', '2010年8月', true],
    ['特朗普也是继1892年当选的克利夫兰之后，美国史上第二位两届任期不相连的总统。', '1892年', true],
    ['這次演習是中國繼前年8月、去年4月之後，第3度針對台灣舉行大規模軍演。', '去年4月', true],
    ['2019年地震之后，当局启动了重建计划。', '2019年', false],
    // English: a superlative counted "since" a date.
    ['The mutiny, the gravest challenge to President Vladimir Putin since he came to power in 1999, began late on Friday.', '1999', true],
    ['Oil prices rose to their highest since October.', 'October', true],
    ['Troops have been deployed since October.', 'October', false],
  ])('%s: %s → %s', (text, date, yardstick) => expect(isYardstick(text, at(text, date))).toBe(yardstick));
});

describe('what was said dates neither the saying nor the sentences after it', () => {
  it('carries the day of the meeting past a remark about another day', () =>
    expect(dateOf('王毅5日会见了美国大使。王毅表示，中美两国元首6日的通话十分重要。王毅还强调，双方应加强沟通。', '王毅还强调', '2024-09-09T03:00:00Z')).toBe('2024-09-05'));
});

describe('a quoted date alone still dates the quoted fact', () => {
  it('dates an arrival told in a quotation', () =>
    expect(dateOf('“She arrived yesterday evening in Delhi,” he said.', 'She arrived', '2024-08-06T11:00:00Z')).toBe('2024-08-05'));
});

describe("a disaster's toll told in a later sentence of its paragraph", () => {
  it.each([
    ['台风苏拉昨晚吹袭香港。截至今晨6时，至少86人受伤。', 'other'],
    // Without a disaster before it, injuries in unrest stay unrest.
    ['示威者昨晚与警方冲突。截至今晨6时，至少86人受伤。', 'unrest'],
  ])('%s → %s', (paragraph, category) => {
    const event = extractArticle([paragraph], '2023-09-02T02:00:00Z').events.find((e) => e.source.quote.includes('86人'));
    expect(event?.category).toBe(category);
  });
});

describe("a toll told in a later paragraph: the story's disaster, unless violence came between", () => {
  const categoryOf = (paragraphs: string[], fragment: string) =>
    extractArticle(paragraphs, '2023-02-09T03:00:00Z').events.find((e) => e.source.quote.includes(fragment))?.category;
  it.each([
    [['土耳其南部周一发生7.8级强烈地震。', '埃尔多安宣布10个省份进入紧急状态。', '管理局的数据显示，仅土耳其境内就有9057人罹难。'], '9057人罹难', 'other'],
    // Clashes came between: the dead may be theirs.
    [['土耳其南部周一发生7.8级强烈地震。', '示威者周二与警察发生冲突。', '当局说，共有12人死亡。'], '12人死亡', 'unrest'],
    // Arrests are no toll: looting after a quake is still unrest.
    [['土耳其南部周一发生7.8级强烈地震。', '警方说，已逮捕至少10名嫌疑人。'], '逮捕至少10名', 'unrest'],
    // A toll in the lead, before its cause is told: the first cause named owns it, if a disaster.
    [['指挥部确认，机上132人已全部遇难。', '客机21日在广西藤县附近坠毁。'], '132人已全部遇难', 'other'],
    [['警方说，共有12人死亡。', '示威者周二与警察发生冲突。', '地震造成房屋倒塌。'], '12人死亡', 'unrest'],
    // Looting takes property, not lives: the quake still owns the toll told after it.
    [['土耳其南部周一发生7.8级强烈地震。', '警方说，已逮捕至少10名趁乱抢劫商店的嫌疑人。', '叙利亚截至昨晚共有至少2662人死亡。'], '2662人死亡', 'other'],
  ])('%j: %s is %s', (paragraphs, fragment, category) => expect(categoryOf(paragraphs, fragment)).toBe(category));

  it('gives a toll that a disaster owns no CAMEO code of unrest (a riot)', () => {
    const toll = extractArticle(['指挥部确认，机上132人已全部遇难。', '客机21日在广西藤县附近坠毁。'], '2023-02-09T03:00:00Z').events.find((e) => e.source.quote.includes('132人'));
    expect(toll?.category).toBe('other');
    expect(toll?.cameo).toBeUndefined();
  });
});

describe('what was said', () => {
  it.each([
    // The verb of saying stands in an earlier segment: 2021年12月 is what the counsel argued, made yesterday.
    ['辩方律师昨日在庭上表示，煽动罪的检控须于6个月内展开，但控方迟至2021年12月才加控该罪，要求法庭撤销控罪。', '要求法庭', '2023-12-18'],
    // "told reporters that…": a date in the that-clause is what was said.
    ['Truss resigned on Monday. Brady later told reporters that a new leader would be in place by Friday 22 December.', 'Brady later', '2023-12-18'],
  ])('%s: %s is dated %s', (paragraph, fragment, date) => expect(dateOf(paragraph, fragment, '2023-12-19T02:00:00Z')).toBe(date));

  const quotes = (paragraph: string) => extractArticle([paragraph], '2023-11-16T08:00:00Z').events.map((e) => e.source.quote);
  it.each([
    // The speaker goes on as 美方, with no verb of saying: 冲突, 表态 are what was said, no event of their own.
    ['拜登表示，美中关系是世界上最重要的双边关系。美方不寻求打一场“新冷战”，无意同中国发生冲突。', '美方不寻求', false],
    ['习近平阐述了中方在台湾问题上的原则立场，指出台湾问题是最敏感的问题。美方应将不支持“台独”的表态体现在具体行动上。', '美方应将', false],
    // 双方 agree on something new; a sentence with its own date reports on its own.
    ['拜登表示，美中关系是世界上最重要的双边关系。双方同意成立禁毒合作工作组。', '双方同意', true],
    ['拜登表示，美中关系很重要。美方当天在南海部署了两艘航母。', '美方当天', true],
  ])('%s: an event of its own for %s → %s', (paragraph, fragment, own) => expect(quotes(paragraph).some((q) => q.startsWith(fragment))).toBe(own));
});

describe('a meeting between people of one country is no diplomacy', () => {
  it.each([
    // "met" with no object, its actors of one country or of none known: a meeting at home.
    ['Army chief General Juan José Zúñiga told reporters that President Luis Arce had asked him to stage the operation. Zúñiga said the two men had met on Sunday at a school in La Paz.', 'met', 'other'],
    // Two governments named: talks.
    ['U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi met on Friday in Munich.', 'met', 'diplomacy'],
  ])('%s', (paragraph, trigger, category) => {
    const events = extractArticle([paragraph], '2024-06-27T04:00:00Z').events.filter((e) => e.trigger === trigger);
    expect(events.map((e) => e.category)).toEqual([category]);
  });
});

describe('a saying told as repeated before, or by unnamed commentators, has no day of its own', () => {
  it.each([
    ['对于美方的类似言论，中国外交部此前曾多次表示，美国不是南海问题当事方。', true],
    ['外交部發言人一再強調，台灣是中國的一部分。', true],
    ['The ministry has repeatedly said the talks are over.', true],
    ['中国外交部17日表示，美国不是南海问题当事方。', false],
    ['The ministry said on Monday that the talks were over.', false],
    // 多次 counting events, not sayings
    ['台风多次登陆广东。', false],
    // Unnamed analysts comment; a named one, or analysts counted as a group's members, speak at a time.
    ['不少分析人士指出，由於梨泰院的萬聖節聚會沒有明確的主辦單位，當局事先並未制定任何人流管控方案。', true],
    ['Analysts say the move could backfire.', true],
    ['分析人士张某18日指出，局势仍然紧张。', false],
    ['The bank’s analysts cut their forecast on Monday.', false],
  ] as const)('%s → %s', (sentence, repeated) => expect(sayingOfNoDay(sentence)).toBe(repeated));
});

describe('carried and counted days', () => {
  type Row = [paragraphs: string[], published: string, fragment: string, date: string | null, rule: string];
  it.each<Row>([
    // "Two days later" counts from the day a where-clause gave: it tells the story on, at a place.
    [['The turmoil began in the United States, where California regulators shut Silicon Valley Bank on March 10 after depositors rushed to withdraw their money. New York regulators closed Signature Bank two days later.'],
      '2023-03-20T06:15:00Z', 'closed Signature Bank', '2023-03-12', 'anchored'],
    // "Hours after …," counts from the last day the body gave, across paragraphs.
    [['Swiss regulator FINMA said late on Sunday that the bonds would be written down to zero.', 'Hours after the deal was announced, the Federal Reserve and the Bank of England said they would boost liquidity.'],
      '2023-03-20T06:15:00Z', 'Hours after', '2023-03-19', 'anchored'],
    // A yardstick's year beside the sentence's own day, in a closing segment that reports nothing: the day is the event's.
    [['The disorder, the worst England has seen since the riots of 2011, began after a knife attack on a dance class in Southport, Merseyside, last Monday.'],
      '2024-08-05T15:30:00Z', 'knife attack', '2024-07-29', 'publication'],
    // A bare Friday told in the past ("next to" is no cue) is the last one, and the next sentence carries it.
    [['On Friday night, rioters in Sunderland set fire to a Citizens Advice office next to a police station. Three officers were taken to hospital and eight people were arrested, Northumbria Police said.'],
      '2024-08-05T15:30:00Z', 'Three officers', '2024-08-02', 'carried'],
    // A date only in what was said (2014年 after 警告，…指責) leaves the saying the day carried from the sentence before.
    [['科巴希澤上週六則回應說，祖拉比什維利必須在本月29日交出總統府。他同時警告，國家「不會允許革命在格魯吉亞發生」，並指責反對派企圖複製2014年烏克蘭的「邁丹」運動。'],
      '2024-12-02T09:00:00Z', '他同時警告', '2024-11-30', 'carried'],
    // Two earlier drills listed before 之後 are one yardstick: the Nth drill is still the day carried, not the later listed one.
    [['中國人民解放軍東部戰區昨天上午突然宣布，在台灣周邊展開演習。這次演習是中國繼前年8月、去年4月之後，第3度針對台灣舉行大規模軍演。'],
      '2024-05-24T01:00:00Z', '第3度', '2024-05-23', 'carried'],
  ])('%s', (paragraphs, published, fragment, date, rule) => {
    const event = extractArticle(paragraphs, published).events.find((e) => e.source.quote.includes(fragment));
    expect([event?.date?.start ?? null, event?.dateEvidence.rule]).toEqual([date, rule]);
  });

  it('the horizon of a decision (在2028年之前) dates no event', () => {
    const events = extractArticle(['這波抗議的導火線，是格魯吉亞總理科巴希澤（Irakli Kobakhidze）上週四（11月28日）宣布，執政黨決定在2028年之前不再把開啟入盟談判列入議程，並拒絕接受歐盟的一切預算撥款。'], '2024-12-02T09:00:00Z').events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.date?.start.startsWith('2028'))).toEqual([]);
  });
});

/** The event whose quote holds `fragment`: its date start, end and future flag. */
function datedAs(paragraphs: string[], fragment: string, published: string): [string | null, string | undefined, boolean] {
  const event = extractArticle(paragraphs, published).events.find((e) => e.source.quote.includes(fragment));
  if (!event) throw new Error(`no event quotes ${fragment}`);
  return [event.date?.start ?? null, event.date?.end, event.date?.future === true];
}

describe('dates of days ahead, time frames and days counted across paragraphs', () => {
  // Tue 2021-03-30 01:00 UTC; Sat 2022-09-10 15:00 UTC; Sun 2024-07-14 14:30 UTC (checked with date -u -d).
  const CNA = '2021-03-30T01:00:00Z';
  const BBC = '2022-09-10T15:00:00Z';
  const AP = '2024-07-14T14:30:00Z';
  it.each<[string[], string, string, [string, string | undefined, boolean]]>([
    // 6天後 is how long it was stuck (a time frame): 昨天 dates the sentence, nothing is ahead.
    [['長賜輪卡在蘇伊士運河6天後，昨天終於脫困。'], '終於脫困', CNA, ['2021-03-29', undefined, false]],
    // 將展開 after the day: the 31st still to come.
    [['運河管理局31日將展開調查。'], '展開調查', CNA, ['2021-03-31', undefined, true]],
    // 同日 after a sentence with no date counts from the last day given.
    [['長賜輪29日凌晨先部分浮起。貝爾多斯基在聲明中說：「我們成功了！」國際油價同日應聲走低。'], '油價同日', CNA, ['2021-03-29', undefined, false]],
    // Tense decides a bare weekday; "The following day" counts on from a day ahead.
    [["On Sunday, the Queen's oak coffin will leave Balmoral. The following day, it will be carried in procession along the Royal Mile."], 'The following day', BBC, ['2022-09-12', undefined, true]],
    [['Ms Truss had been appointed prime minister by the Queen at Balmoral on Tuesday. The next day, the Queen postponed a virtual meeting of the Privy Council.'], 'The next day', BBC, ['2022-09-07', undefined, false]],
    // "An hour later" across a paragraph break: the day the paragraph before named.
    [['The Accession Council met at 10:00 BST on Saturday in a ceremony.', 'An hour later, the Garter King of Arms, David White, read the principal proclamation.'], 'An hour later', BBC, ['2022-09-10', undefined, false]],
    // A present schedule verb before a bare weekday: the coming one.
    [['The Republican National Convention opens on Monday in Milwaukee.'], 'opens on Monday', AP, ['2024-07-15', undefined, true]],
  ])('%j: %s', (paragraphs, fragment, published, want) => expect(datedAs(paragraphs, fragment, published)).toEqual(want));
});

describe('a paragraph opening on 他/她 ("He …") goes on about the person the paragraph before ended on', () => {
  const actorsOf = (paragraphs: string[], fragment: string) => {
    const t = extractArticle(paragraphs, '2023-05-29T09:30:00Z');
    const e = t.events.find((x) => x.source.quote.includes(fragment));
    return e?.actors ?? [];
  };
  it.each<[string, string[], string, string, boolean]>([
    ['他 opening a paragraph', ['土耳其总统埃尔多安周日晚间在伊斯坦布尔发表讲话。', '他随后飞抵安卡拉，在总统府外发表演说。'], '飞抵安卡拉', 'recep-tayyip-erdogan', true],
    ['"He" opening a paragraph', ['Prime Minister Benjamin Netanyahu fired his defence minister on Sunday.', 'He said on Monday he would delay the vote.'], 'delay the vote', 'benjamin-netanyahu', true],
    ['他们 (they) takes nobody', ['土耳其总统埃尔多安周日晚间在伊斯坦布尔发表讲话。', '他们随后在安卡拉举行集会。'], '举行集会', 'recep-tayyip-erdogan', false],
  ])('%s', (_, paragraphs, fragment, actor, has) => {
    expect(actorsOf(paragraphs, fragment).includes(actor)).toBe(has);
  });
});
