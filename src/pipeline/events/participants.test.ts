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

describe('who "he" in a later clause stands for: the person named earlier in the same sentence', () => {
  it.each([
    // The main clause is a state; the shooting is the later clause's, and "he" is Fico, not the sentence before's Kishida.
    [['Japanese Prime Minister Fumio Kishida met supporters on Wednesday. Slovak Prime Minister Robert Fico was in serious but stable condition Thursday, a day after he was shot multiple times.'], 'he was shot', 'Robert Fico', 'Fumio Kishida'],
    // With no one named before it in the sentence, "he" is still the person of the sentence before.
    [['Slovak Prime Minister Robert Fico met supporters in Handlova on Wednesday. Minutes later he was shot multiple times.'], 'he was shot', 'Robert Fico', null],
  ])('%j: %s', (paragraphs, fragment, included, excluded) => {
    const { actors } = eventIn(paragraphs, fragment, '2024-05-16T12:00:00Z');
    expect(actors).toContain(included);
    if (excluded) expect(actors).not.toContain(excluded);
  });
});

describe('who took part', () => {
  it('counts who attended and spoke at a meeting among its actors', () =>
    expect(actorsOf(['上海合作组织峰会16日在撒马尔罕举行，国家主席习近平出席并讲话。'], '撒马尔罕举行')).toContain('Xi Jinping'));
});

describe('people listed together, a speaker at a meeting', () => {
  it.each([
    // The later segment has no subject of its own: both people listed before it made the appeal.
    [['Outgoing President Zuzana Caputova and President-elect Peter Pellegrini, who takes office June 15, made a joint appeal for calm on Thursday and urged political parties to suspend their campaigns.'], 'made a joint appeal', 'Peter Pellegrini'],
    // 在…发布会上，…发言人某某介绍: the speaker is at the meeting, not commenting on it.
    [['在当天上午召开的甘肃省积石山地震抗震救灾新闻发布会上，甘肃省应急管理厅新闻发言人韩树军介绍，截至8时，震区共记录到余震32次。'], '韩树军', 'Han Shujun'],
  ])('%j: %s has %s', (paragraphs, fragment, actor) => expect(actorsOf(paragraphs, fragment)).toContain(actor));
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

describe('who a pronoun opening the sentence stands for', () => {
  const published = '2023-10-28T04:00:00Z';
  /** Each event of the sentence holding `fragment`, as its date and the English names of its subjects. */
  function subjectsByDate(paragraphs: string[], fragment: string) {
    const timeline = extractArticle(paragraphs, published);
    return timeline.events
      .filter((e) => e.source.quote.includes(fragment))
      .map((e) => [e.date?.start ?? null, (e.subjects ?? []).map((id) => timeline.actors.find((a) => a.id === id)!.name)]);
  }
  it.each([
    // 他 opens the sentence: every later segment is still about him, not the State Council he joined.
    [['李克強1998年出任河南省代省長。他2008年3月出任國務院副總理，2013年3月出任國務院總理。'], '他2008年', [['2008-03', ['Li Keqiang']], ['2013-03', ['Li Keqiang']]]],
    // 他 after the date that opens the sentence, before the verb: not the NPC where he spoke.
    [['主政期間，李克強推動簡政放權。2020年5月他在全國人大記者會上指出，中國有6億人收入很低。'], '2020年5月他', [['2020-05', ['Li Keqiang']]]],
    // Whoever took over (由…) is not whom the sentence is about.
    [['李克強2023年3月卸任，由李強接任總理。他今年8月表示支持。'], '他今年8月', [['2023-08', ['Li Keqiang']]]],
    // A sentence reporting nothing is about the person who opens it, not the last one it names.
    [['李克強出生於安徽，與李強同歲。他2012年出任副總理。'], '他2012年', [['2012', ['Li Keqiang']]]],
    // A later segment of what was said is about whom the report is about, not who reported it.
    [['新華社昨天發布訃告說，前總理李克強10月26日突發心臟病，經搶救無效，於10月27日在上海逝世。'], '於10月27日', [['2023-10-27', ['Xinhua']], ['2023-10-27', ['Li Keqiang']]]],
    // A fronted clause (面对…的批评，) before the pronoun: still the person of the sentence before.
    [['埃尔多安8日前往重灾区视察。面对灾民的批评，他承认救援工作“存在不足”。'], '他承认', [['2023-10-08', ['Erdogan']]]],
  ])('%j: %s', (paragraphs, fragment, expected) => expect(subjectsByDate(paragraphs, fragment)).toEqual(expected));
});

describe('who "His press service", "They" and "the ministry" stand for', () => {
  const published = '2023-06-26T04:00:00Z';
  it.each([
    // Someone speaking for the person of the sentence before.
    [['Prigozhin was last seen leaving Rostov-on-Don late on Saturday. His press service said on Sunday that he would answer questions.'], 'His press service', ['Prigozhin']],
    // "They": the group the sentence before was about, not the person named later in this one.
    [['Wagner has fought alongside Russia’s regular army in Ukraine since February 2022. They captured the city of Bakhmut in May, but Prigozhin had accused Shoigu of incompetence.'], 'They captured', ['Wagner Group']],
    // "the ministry": the ministry the sentence before named.
    [['China’s Foreign Ministry said Friday that the balloon was a civilian airship. On Sunday, the ministry protested the shootdown.'], 'the ministry protested', ['China\'s Foreign Ministry']],
    // Who is named in a relative clause between the subject and its verb did not act.
    [['Wagner, which Prigozhin has said has about 25,000 fighters, has fought in Ukraine since February 2022.'], 'has fought', ['Wagner Group']],
  ])('%j: %s → %j', (paragraphs, fragment, subjects) => expect(eventIn(paragraphs, fragment, published).subjects).toEqual(subjects));
});

describe('who is named only to describe a place or a time takes no part', () => {
  it.each([
    // What the city is and what the headquarters does: neither Ukraine nor the border takes part in the takeover.
    ['Early on Saturday, Wagner fighters entered Rostov-on-Don, a city near the Ukrainian border, and took control of the headquarters of the Southern Military District, which runs the war in Ukraine.', 'took control', 'Ukraine', false],
    // 新加坡时间: a time zone, not Singapore.
    ['截至新加坡时间今天上午，地震已造成1万5000人死亡。', '地震', 'Singapore', false],
    ['新加坡周二宣布，将捐出10万新元支援救灾。', '宣布', 'Singapore', true],
  ])('%s: %s → %s %s', (sentence, fragment, name, kept) =>
    expect(eventIn([sentence], fragment, '2023-06-26T04:00:00Z').actors.includes(name)).toBe(kept));
});

describe('in English, who is named after the verb takes part but did not do it', () => {
  const published = '2023-07-31T16:20:00Z';
  it.each([
    // The object of the verb, or of a preposition after it: a party, not the subject.
    ['Soldiers detained Aung San Suu Kyi in the capital on Monday.', 'detained', [], ['Aung San Suu Kyi']],
    ['Navy divers were searching for the remains of a balloon from China on Monday.', 'searching', [], ['China']],
    ['Thousands of protesters gathered outside the French embassy on Sunday.', 'gathered', [], ['France']],
    // "Fighting between X and Y" names its parties after it.
    ['Fighting between Sudan’s army and the Rapid Support Forces erupted on Saturday.', 'Fighting', ['Sudan'], ['Sudan']],
  ])('%s', (sentence, fragment, subjects, actors) => {
    const found = eventIn([sentence], fragment, published);
    expect(found.subjects).toEqual(subjects);
    expect(found.actors).toEqual(expect.arrayContaining(actors));
  });
});

describe('who is no subject: a source, a listener, a nationality, an object', () => {
  const event = (paragraphs: string[], fragment: string, published: string) => {
    const timeline = extractArticle(paragraphs, published);
    const found = timeline.events.find((e) => e.source.quote.includes(fragment));
    if (!found) throw new Error(`no event quotes ${fragment}`);
    const names = (ids: string[]) => ids.map((id) => timeline.actors.find((a) => a.id === id)!.name);
    return { subjects: names(found.subjects ?? []), actors: names(found.actors), titleEn: found.titleEn };
  };
  const zh = '2024-01-30T08:00:00Z';
  it.each([
    // 据X报道: where the news comes from; it did not trade, nor make the liquidators' statement.
    [['据彭博社报道，旗下的恒大物业和恒大汽车当天也暂停交易。'], '暂停交易', zh, 'Bloomberg'],
    [['据路透社报道，清盘人在声明中说，将优先考虑保留恒大尚可运作的业务。'], '清盘人', zh, 'Reuters'],
    // 英国 says where the barrister comes from; it is not who acts.
    [['英国御用大律师欧文昨日抵港。'], '抵港', zh, 'United Kingdom'],
    // "thanked Truss": Truss is whom Biden thanked; Biden speaks.
    [['Liz Truss resigned on Thursday.', 'In a statement issued on Thursday, Joe Biden thanked Truss for her partnership and said the US and the UK were “strong allies”.'], 'Biden thanked', '2022-10-20T17:00:00Z', 'Liz Truss'],
  ])('%j: %s is no subject', (paragraphs, fragment, published, name) => expect(event(paragraphs, fragment, published).subjects).not.toContain(name));

  it.each([
    // The source and the listener still appear, but the label is not "on" them.
    [['据路透社报道，清盘人在声明中说，将优先考虑保留恒大尚可运作的业务。'], '清盘人', 'Unattributed statement'],
    [['一名购房者对BBC中文说：“我们已经等了两年多。”'], 'BBC中文', 'Unattributed statement'],
    // Who interviews hears what is said: the bracketed name is the broadcaster's whole name (美国广播公司, not 布林肯…公司).
    [['一名购房者在接受美国广播公司（ABC）采访时说：“我们已经等了两年多。”'], '采访', 'Unattributed statement'],
    [['美国国务卿布林肯周日在接受美国广播公司（ABC）采访时说，“这显然不是西贡”。'], '采访', 'Blinken statement'],
    // 对哈方…表达支持: Kazakhstan receives the support, not merely hears it.
    [['中方愿对哈方维稳止暴表达坚定支持。'], '表达坚定支持', 'China support on Kazakhstan'],
  ])('%j: %s → %s', (paragraphs, fragment, label) => expect(event(paragraphs, fragment, zh).titleEn).toBe(label));

  it("takes a body's own notice (据…发布的警情通报) as the body's statement, not as its part in what the notice reports", () => {
    const sentence = '据珠海市公安局昨晚发布的警情通报，11日19时48分许，62岁的犯罪嫌疑人樊某驾驶一辆小型越野车闯闸强行进入珠海市体育中心，冲撞正在体育中心内部道路锻炼的市民。';
    const timeline = extractArticle([sentence], '2024-11-13T01:00:00Z');
    const police = timeline.actors.find((a) => a.name === 'Zhuhai police')!.id;
    const statement = timeline.events.find((e) => e.category === 'statement')!;
    const attack = timeline.events.find((e) => e.category === 'unrest')!;
    expect(statement.titleEn).toBe('Zhuhai police statement on attack');
    expect(statement.subjects).toEqual([police]);
    expect(attack.subjects ?? []).not.toContain(police);
  });

  it.each([
    // A country, then a place in it, after 在: where it happened.
    ['恒大去年8月在美国纽约申请破产保护。', '纽约', 'United States'],
    ['去年11月14日，两国元首在印度尼西亚巴厘岛举行会晤。', '巴厘岛', 'Indonesia'],
  ])('%s: %s is a venue', (sentence, fragment, name) => expect(event([sentence], fragment, zh).actors).not.toContain(name));

  it('takes the speaker before an apposition, and the pronoun after it for the next sentence', () => {
    const paragraphs = ['Rear Adm. Daniel Hagari, the Israeli military’s chief spokesman, said early Sunday that Iran had fired about 170 drones. A handful of the ballistic missiles reached Israeli territory, causing minor damage to an air base, he said.'];
    expect(event(paragraphs, 'Hagari', '2024-04-15T08:00:00Z').subjects).toEqual(['Daniel Hagari']);
    expect(event(paragraphs, 'minor damage', '2024-04-15T08:00:00Z').actors).toContain('Daniel Hagari');
  });

  it('counts the person a pronoun stands for, and not the one she summoned as speaker', () => {
    const paragraphs = ['Only the previous day, Liz Truss had told MPs that she was “a fighter”. By Thursday morning more than a dozen Conservative MPs had publicly called for her to go, and she summoned Sir Graham Brady to Downing Street.'];
    const found = event(paragraphs, 'summoned', '2022-10-20T17:00:00Z');
    expect(found.actors).toContain('Liz Truss');
    expect(found.subjects).not.toContain('Graham Brady');
  });
});

describe('a pronoun opening the sentence is its subject, even with a person named after it', () => {
  const published = '2024-11-08T02:00:00Z';
  it.each([
    // 他 opens the sentence; 希拉里 is whom he defeated, named after him.
    [['特朗普是美国史上第二位两届任期不相连的总统。他2016年击败民主党候选人希拉里首次当选。'], '他2016年', ['Trump'], ['Trump', 'Hillary Clinton']],
    // The same after a date that opens the sentence, and for the sentence after it (他 is still Trump).
    [['特朗普2016年击败希拉里首次当选。四年前，他在竞选连任时败给拜登。'], '四年前', ['Trump'], ['Trump', 'Biden']],
    // 他的竞选搭档…万斯: a possessive, so the sentence's subject is whom it names.
    [['特朗普将于明年1月20日宣誓就职。他的竞选搭档万斯将在同日宣誓就任副总统。'], '他的竞选搭档', ['Vance'], ['Vance']],
    // Nobody named: the pronoun still stands for the person before (unchanged).
    [['特朗普将于明年1月20日宣誓就职。他2017年首次就任总统。'], '他2017年', ['Trump'], ['Trump']],
  ])('%j: %s → %j', (paragraphs, fragment, subjects, actors) => {
    const found = eventIn(paragraphs, fragment, published);
    expect(found.subjects).toEqual(subjects);
    expect(found.actors).toEqual(expect.arrayContaining(actors));
  });
});

describe('whom the trigger names right after it takes part, before a verb of saying', () => {
  const published = '2024-11-08T02:00:00Z';
  it.each([
    // 致电特朗普，祝贺他…: 特朗普 is whom Xi called, not someone commenting on the call.
    ['中国国家主席习近平7日致电特朗普，祝贺他当选美国总统。', '致电', 'Trump', true],
    ['国家副主席韩正7日致电万斯，祝贺他当选美国副总统。', '致电', 'Vance', true],
    // No comma between the name and the next verb: still the object of the call.
    ['哈里斯6日致电特朗普祝贺他胜选。', '致电', 'Trump', true],
    // A title between the verb and the name.
    ['习近平7日致电美国当选总统特朗普，祝贺他胜选。', '致电', 'Trump', true],
    // Someone commenting after a break is no part of what happened.
    ['叛军5日攻占首都，美国总统拜登表示，美方正密切关注局势。', '攻占首都', 'Biden', false],
  ])('%s: %s → %s %s', (sentence, fragment, name, kept) => {
    const timeline = extractArticle([sentence], published);
    const event = timeline.events.find((e) => e.source.quote.includes(fragment) && e.trigger !== '表示');
    if (!event) throw new Error(`no event quotes ${fragment}`);
    const names = event.actors.map((id) => timeline.actors.find((a) => a.id === id)!.name);
    expect(names.includes(name)).toBe(kept);
  });
});

describe('a bare definite title stands for the person the sentence before was about', () => {
  it.each([
    [['“We are at war,” Benjamin Netanyahu said in a video message on Saturday morning. That evening the prime minister vowed “mighty vengeance”.'], 'vowed', ['Netanyahu']],
    [['Emmanuel Macron arrived in Berlin on Monday. The president said on Tuesday that the talks had gone well.'], 'talks had gone well', ['Macron']],
  ])('%j: %s', (paragraphs, fragment, subjects) => expect(eventIn(paragraphs, fragment, '2023-10-08T10:00:00Z').subjects).toEqual(subjects));

  it('not when the title is followed by a name', () =>
    expect(eventIn(['Benjamin Netanyahu said on Saturday that Israel was at war. On Sunday the energy minister, Israel Katz, ordered the electricity supply to Gaza to be cut off.'], 'ordered the electricity', '2023-10-08T10:00:00Z').subjects).toEqual(['Israel Katz']));
});

describe('a meeting’s host is a setting; a body named with its country first counts the country', () => {
  const published = '2024-08-14T10:00:00Z';
  it.each([
    // 在普京主持的会议上: Putin hosts the meeting, Smirnov speaks.
    [['库尔斯克州代理州长斯米尔诺夫本周一在普京主持的会议上通过视频连线汇报说，当地约2000名居民下落不明。'], '汇报说', ['Smirnov']],
    // …and 他 in the next sentence is Smirnov.
    [['库尔斯克州代理州长斯米尔诺夫本周一在普京主持的会议上通过视频连线汇报说，当地约2000名居民下落不明。他说，州内已有12名平民死亡，121人受伤。'], '12名平民死亡', ['Smirnov']],
  ])('%j: %s', (paragraphs, fragment, subjects) => expect(eventIn(paragraphs, fragment, published).subjects.map((s) => s.replace(/^.*(Smirnov|Smirnof).*$/i, 'Smirnov'))).toEqual(subjects));

  it.each([
    [['俄羅斯國家反恐委員會當晚宣布，在庫爾斯克州實施“反恐行動”制度。'], '反恐委員會', 'Russia'],
    [['俄羅斯政府緊急情況委員會9日決定，將庫爾斯克州的緊急狀態提升至聯邦級別。'], '緊急情況委員會', 'Russia'],
  ])('%j: %s takes %s along', (paragraphs, fragment, country) => expect(eventIn(paragraphs, fragment, published).actors).toContain(country));

  it('takes no country along for a listener named with it', () =>
    expect(eventIn(['一名购房者在接受美国广播公司（ABC）采访时说：“我们已经等了两年多。”'], '采访', published).actors).not.toContain('United States'));
});

describe("an outlet whose reporter witnessed what happened takes no part in it", () => {
  const published = '2024-06-26T09:00:00Z';
  it.each([
    ['Police fired teargas and live rounds at the crowds outside parliament on Tuesday, and a Reuters reporter counted at least five bodies outside the complex.', 'fired teargas', 'Reuters', false],
    ['Soldiers opened fire on the marchers on Monday, an AFP correspondent at the scene saw.', 'opened fire', 'AFP', false],
    ['警方周二向示威者发射催泪弹，路透社记者在现场看到至少五具尸体。', '催泪弹', 'Reuters', false],
    // The reporter as the one acted on: the outlet is in the event.
    ['Police detained a Reuters reporter outside parliament on Tuesday.', 'detained', 'Reuters', true],
  ])('%s', (sentence, fragment, name, kept) => expect(eventIn([sentence], fragment, published).actors.includes(name)).toBe(kept));
});

describe('a saying whose segment ends at its verb is about who is named in what was said', () => {
  it.each([
    // What was said has a deadline of its own (本月29日) and so a segment of its own; the saying still names her.
    [['科巴希澤（Irakli Kobakhidze）上週六則回應說，祖拉比什維利必須在本月29日交出總統府。'], '回應說', 'Zourabichvili'],
    [['印度总理莫迪宣布，7月9日为全国哀悼日，悼念日本前首相安倍晋三。'], '莫迪宣布', 'Abe'],
  ])('%j: %s', (paragraphs, fragment, included) => {
    expect(eventIn(paragraphs, fragment, '2024-12-02T10:00:00Z').actors).toContain(included);
  });

  it('still names who is in what was said when it shares the segment', () => {
    const { actors } = eventIn(['俄罗斯外长拉夫罗夫周六说，乌克兰必须撤军。'], '拉夫罗夫', '2024-12-02T10:00:00Z');
    expect(actors).toContain('Ukraine');
  });
});

describe('他 as an object is the person of the sentence before', () => {
  it.each([
    [['纳卡前“国务部长”、亿万富翁瓦尔达尼扬（Ruben Vardanyan）周三在拉钦检查站被阿塞拜疆边防人员逮捕。巴库一家法院周四裁定对他审前羁押四个月。'], '法院', 'Ruben Vardanyan'],
  ])('%j: %s', (paragraphs, fragment, included) => {
    const { actors } = eventIn(paragraphs, fragment, '2023-09-29T09:00:00Z');
    expect(actors).toContain(included);
  });
});

describe('a verb of saying that qualifies a noun (公布的结果) starts no comment', () => {
  it.each([
    [['委内瑞拉周日（7月28日）举行总统选举，官方公布的结果显示现任总统马杜罗胜选连任。'], '举行总统选举', 'Maduro', true],
    // A real comment after the event still ends who took part.
    [['委内瑞拉周日举行总统选举，美国国务卿布林肯表示，结果没有反映民意。'], '举行总统选举', 'Blinken', false],
  ])('%j: %s', (paragraphs, fragment, name, kept) => {
    expect(eventIn(paragraphs, fragment, '2024-07-31T08:00:00Z').actors.includes(name)).toBe(kept);
  });
});

describe('他 after a quotation that opens the sentence is who said it', () => {
  it.each([
    [['埃尔多安击败反对派共同候选人克勒赤达罗格鲁（Kemal Kilicdaroglu）。', '74岁的克勒赤达罗格鲁周日晚间在安卡拉的共和人民党（CHP）总部发表讲话。“我对这个国家将要面临的困难感到由衷的悲伤，”他说。'], '由衷的悲伤', 'Kemal Kilicdaroglu'],
    [['美国总统拜登（Joe Biden）周日发表讲话。“这是历史性的一天，”他说。'], '历史性的一天', 'Biden'],
  ])('%j: %s', (paragraphs, fragment, who) => expect(actorsOf(paragraphs, fragment)).toContain(who));
});
