import { describe, expect, it } from 'vitest';
import { createActorRegistry } from './index.ts';

describe('aliases in brackets', () => {
  it('adds the Latin original to a known actor, so English text finds it', () => {
    const registry = createActorRegistry();
    const english = 'Kassym-Schomart Tokajew said';
    // Before: only the surname, which the gazetteer knows.
    expect(registry.find(english).map((m) => m.text)).toEqual(['Tokajew']);
    registry.learn('总统托卡耶夫（Kassym-Schomart Tokajew）正式宣布');
    expect(registry.find(english).map((m) => [m.text, m.actorId])).toEqual([['Kassym-Schomart Tokajew', 'kassym-jomart-tokayev']]);
    registry.learn('外长拉夫罗夫(Sergej Lawrow)说');
    expect(registry.find('Sergej Lawrow').map((m) => m.actorId)).toEqual(['sergey-lavrov']);
  });

  it('creates a person for an unknown name with a Latin original', () => {
    const registry = createActorRegistry();
    registry.learn('意大利专家马尔科·罗西（Marco Rossi）认为，局势已经稳定。');
    const found = registry.find('马尔科·罗西认为');
    expect(found.map((m) => [m.text, m.role?.en])).toEqual([['马尔科·罗西', undefined]]);
    expect(registry.find('Marco Rossi said').map((m) => m.actorId)).toEqual([found[0]!.actorId]);
    const rossi = registry.actors().find((a) => a.origin === 'text');
    expect(rossi).toMatchObject({
      name: 'Marco Rossi',
      names: { en: 'Marco Rossi', 'zh-Hans': '马尔科·罗西', 'zh-Hant': '馬爾科·羅西' },
      kind: 'person',
      country: 'italy',
      origin: 'text',
    });
    expect(rossi!.nameIsGuess).toBeUndefined();
  });

  it('creates an organisation for an unknown body with an acronym', () => {
    const registry = createActorRegistry();
    registry.learn('据欧亚开发银行（EDB）估计，经济将放缓。');
    expect(registry.find('EDB预计').map((m) => m.text)).toEqual(['EDB']);
    expect(registry.actors()).toMatchObject([{ name: 'EDB', kind: 'organisation', origin: 'text' }]);
  });

  it('does not make a person of a place with its Latin name', () => {
    const registry = createActorRegistry();
    registry.learn('在哈萨克斯坦阿拉木图（Almaty）和塔拉兹（Taraz）');
    expect(registry.find('塔拉兹和Taraz')).toEqual([]);
  });
});

describe('unknown names after a title', () => {
  it.each([
    // Chinese names: pinyin, family name first.
    ['发言人刘建国说', '刘建国', 'Liu Jianguo', false],
    ['记者蔡凌巴黎报导', '蔡凌', 'Cai Ling', false],
    ['外交部发言人欧阳明表示', '欧阳明', 'Ouyang Ming', false],
    // Transliterated names: read back into Latin letters, marked as a guess.
    ['历史学者贝多林诺指出', '贝多林诺', 'Bedolino', true],
    ['哈萨克斯坦外长努尔兰诺夫表示', '努尔兰诺夫', 'Nurlanov', true],
  ])('%s → %s (%s)', (text, zh, en, isGuess) => {
    const registry = createActorRegistry();
    registry.learn(text);
    const mention = registry.find(text).find((m) => m.text === zh);
    expect(mention?.role).toBeDefined();
    const actor = registry.actors().find((a) => a.id === mention!.actorId)!;
    expect(actor.name).toBe(en);
    expect(actor.names['zh-Hans']).toBe(zh);
    expect(actor.kind).toBe('person');
    expect(actor.origin).toBe('text');
    expect(actor.nameIsGuess ?? false).toBe(isGuess);
  });

  it.each([
    // Hong Kong titles: the name after 處長, 司長, 署長 is learned.
    ['入境事務處處長蔡永忠表示', '蔡永忠', 'Cai Yongzhong'],
    ['律政司司長鄭若驊表示', '郑若骅', 'Zheng Ruohua'],
    ['民政事務總署署長黃志明說', '黄志明', 'Huang Zhiming'],
  ])('%s → %s (%s)', (text, zh, en) => {
    const registry = createActorRegistry();
    registry.learn(text);
    expect(registry.actors()).toEqual([]); // learned, not yet mentioned
    // Hong Kong and its bodies (民政事務總署) are gazetteer actors; the person is the learned one.
    const mention = registry.find(text).find((m) => m.actorId !== 'hong-kong' && !m.actorId.startsWith('hong-kong-'));
    expect(registry.actors().find((a) => a.id === mention?.actorId)).toMatchObject({ name: en, kind: 'person', origin: 'text' });
  });

  it.each([
    // After 向/对/与 a noun of people is the object; what follows is no name.
    ['警方下午開始向示威者施放催淚彈'],
    ['政府对村民安置作出承诺'],
    ['警察与市民冲突'],
  ])('learns no one from a noun of people as an object: %s', (text) => {
    const registry = createActorRegistry();
    registry.learn(text);
    registry.find(text);
    expect(registry.actors().filter((a) => a.origin === 'text')).toEqual([]);
  });

  it('still learns a name after a noun of people as the subject', () => {
    const registry = createActorRegistry();
    registry.learn('示威者陈大文说，他会留守。');
    expect(registry.find('陈大文说').map((m) => m.text)).toEqual(['陈大文']);
  });

  it('learns from traditional text, with both written forms', () => {
    const registry = createActorRegistry();
    registry.learn('法國歷史學者貝多林諾指出');
    registry.find('貝多林諾說');
    const actor = registry.actors().find((a) => a.origin === 'text')!;
    expect(actor.names).toEqual({ en: 'Bedolino', 'zh-Hans': '贝多林诺', 'zh-Hant': '貝多林諾' });
    expect(actor.country).toBe('france');
    // Simplified text finds the actor learned from traditional text.
    expect(registry.find('贝多林诺认为').map((m) => m.actorId)).toEqual([actor.id]);
  });

  it('learns an English name after an English title', () => {
    const registry = createActorRegistry();
    registry.learn('French historian Jean Dupont said the unrest was planned.');
    const found = registry.find('Jean Dupont said');
    expect(found.map((m) => m.text)).toEqual(['Jean Dupont']);
    expect(registry.actors().find((a) => a.id === found[0]!.actorId)).toMatchObject({ name: 'Jean Dupont', country: 'france' });
  });

  it('learns an English name without its possessive, and its surname', () => {
    const registry = createActorRegistry();
    registry.learn('President Mohammed Shahabuddin’s office said Tuesday.');
    expect(registry.find('Shahabuddin had also ordered').map((m) => m.text)).toEqual(['Shahabuddin']);
  });

  it.each([
    ['army chief Gen. Waker-Uz-Zaman announced', 'Waker-Uz-Zaman'],
    ['Nobel Peace Prize laureate Muhammad Yunus to head the government', 'Muhammad Yunus'],
    ['“We trust him,” Nahid Islam, a key coordinator of the protests, said.', 'Nahid Islam'],
    ['Rahim Uddin, 52, a shopkeeper, said', 'Rahim Uddin'],
  ])('learns an English name from %s', (text, name) => {
    const registry = createActorRegistry();
    registry.learn(text);
    expect(registry.find(text).map((m) => m.text)).toContain(name);
    expect(registry.actors().find((a) => a.name === name)).toMatchObject({ kind: 'person', origin: 'text' });
  });

  it.each([
    ['The Awami League, the ruling party, said'],
    ['Hong Kong Island, a district of 250,000 residents,'],
    ['In New Delhi, the capital, officials said'],
  ])('learns no English name from %s', (text) => {
    const registry = createActorRegistry();
    registry.learn(text);
    registry.find(text);
    expect(registry.actors().filter((a) => a.origin === 'text')).toEqual([]);
  });

  it('finds no actor in a photo credit', () => {
    const registry = createActorRegistry();
    const caption = 'Protesters storm the residence in Dhaka, Bangladesh, Monday, Aug. 5, 2024. (AP Photo/Tanvir Ahmed)';
    registry.learn(caption);
    expect(registry.find(caption).map((m) => m.text)).toEqual(['Bangladesh']);
    // A wire agency elsewhere is still found.
    expect(registry.find('DHAKA, Bangladesh (AP) — The president said').map((m) => m.text)).toEqual(['Bangladesh', 'AP']);
  });

  it('ignores what only looks like a name after a title', () => {
    const registry = createActorRegistry();
    registry.learn('这位发言人还表示，记者会上，部长马上离开。');
    expect(registry.actors()).toEqual([]);
    expect(registry.find('这位发言人还表示，记者会上，部长马上离开。')).toEqual([]);
  });
});

describe('learning is independent of order', () => {
  const paragraphs = [
    '法囯历史学者贝多林诺指出原因。',
    '贝多林诺（Pierre Bertolino）还说，中方与哈方合作。',
    '发言人汪文斌10日说明。',
    '记者蔡凌巴黎报导',
    '总统托卡耶夫（Kassym-Schomart Tokajew）正式宣布。',
    '据欧亚开发银行（EDB）估计。',
  ];
  const run = (order: string[]) => {
    const registry = createActorRegistry();
    for (const p of order) registry.learn(p);
    for (const p of paragraphs) registry.find(p);
    return registry.actors();
  };

  it('gives the same actors, ids, names and aliases in any order', () => {
    const forward = run(paragraphs);
    expect(run([...paragraphs].reverse())).toEqual(forward);
    expect(run([paragraphs[3]!, paragraphs[1]!, paragraphs[5]!, paragraphs[0]!, paragraphs[4]!, paragraphs[2]!])).toEqual(forward);
    // The bracket gives the real spelling, which replaces the guess.
    expect(forward.find((a) => a.names['zh-Hans'] === '贝多林诺')).toMatchObject({ name: 'Pierre Bertolino' });
  });

  it('derives a learned id from the name, so other articles do not shift it', () => {
    const alone = createActorRegistry();
    alone.learn(paragraphs[0]!);
    const withOthers = createActorRegistry();
    for (const p of [...paragraphs, '历史学者马丁表示。', '学者贝多林表示。']) withOthers.learn(p);
    const idIn = (registry: ReturnType<typeof createActorRegistry>) => registry.find('贝多林诺说')[0]!.actorId;
    expect(idIn(alone)).toBe(idIn(withOthers));
    expect(idIn(alone)).toMatch(/^bedolino-[0-9a-f]{4}$/);
  });
});

describe('get', () => {
  it('returns any actor by id, mentioned or not, and nothing for an unknown id', () => {
    const registry = createActorRegistry();
    registry.learn('历史学者贝多林诺指出');
    expect(registry.get('wang-yi')).toMatchObject({ name: 'Wang Yi', kind: 'person', country: 'china' });
    expect(registry.get('kyrgyzstan-foreign-ministry')).toMatchObject({ name: 'Kyrgyzstan Foreign Ministry', country: 'kyrgyzstan' });
    const learnedId = registry.find('贝多林诺说')[0]!.actorId;
    expect(registry.get(learnedId)).toMatchObject({ name: 'Bedolino', nameIsGuess: true });
    expect(registry.get('贝多林诺')).toBeUndefined();
    expect(registry.get('nobody')).toBeUndefined();
    expect(registry.actors().map((a) => a.id)).toEqual([learnedId]);
  });

  it('learns no one from a title word inside a known name', () => {
    const registry = createActorRegistry();
    registry.learn('The UN General Assembly President Csaba Korosi said');
    expect(registry.find('Assembly President Csaba').map((m) => m.text)).toEqual([]);
    expect(registry.find('Csaba Korosi').map((m) => m.text)).toEqual(['Csaba Korosi']);
  });
});

describe('family names of learned people', () => {
  const gotabaya = '总统戈塔巴雅·拉贾帕克萨（Gotabaya Rajapaksa）辞职。';
  const basil = '前财长巴西尔·拉贾帕克萨（Basil Rajapaksa）离境。';
  const later = '拉贾帕克萨正式辞职后，Rajapaksa left.';

  it('finds a learned person by the family name alone', () => {
    const registry = createActorRegistry();
    registry.learn(gotabaya);
    expect(registry.find(later).map((m) => m.text)).toEqual(['拉贾帕克萨', 'Rajapaksa']);
    expect(new Set(registry.find(later).map((m) => m.actorId)).size).toBe(1);
  });

  it('gives a family name two learned people share to neither, whatever the order', () => {
    for (const order of [[gotabaya, basil], [basil, gotabaya]]) {
      const registry = createActorRegistry();
      for (const p of order) registry.learn(p);
      expect(registry.find(later)).toEqual([]);
      expect(registry.find('戈塔巴雅·拉贾帕克萨和巴西尔·拉贾帕克萨').map((m) => m.actorId)).toHaveLength(2);
    }
  });
});

describe('names learned after a title', () => {
  it.each([
    // British apposition: a lower-case title made definite, the name between commas.
    ['The defence secretary, Ben Wallace, said Russia had failed.', 'Wallace said', 'Wallace'],
    // A Uyghur name across a middle dot, in characters Xinhua-style names do not use.
    ['次日凌晨，乌鲁木齐市长麦尔丹·木盖提在新闻发布会上道歉。', '麦尔丹·木盖提表示', '麦尔丹·木盖提'],
  ])('%s teaches the name found in %s', (paragraph, later, expected) => {
    const registry = createActorRegistry();
    registry.learn(paragraph);
    expect(registry.find(later).map((m) => m.text)).toEqual([expected]);
  });
});

describe('titles after a long body, dotted family parts, appositions with before', () => {
  it('learns a name after 委员会秘书 and its family part, ended by an adverb (分别)', () => {
    const registry = createActorRegistry();
    const lead = '沙特国务大臣、内阁成员兼国家安全顾问穆萨伊德·本·穆罕默德·艾班和伊朗最高国家安全委员会秘书阿里·沙姆哈尼分别率领两国代表团。';
    registry.learn(lead);
    expect(registry.find(lead).map((m) => m.text)).toContain('阿里·沙姆哈尼');
    expect(registry.find('王毅与艾班（左）、沙姆哈尼（右）出席').map((m) => m.text)).toEqual(['王毅', '艾班', '沙姆哈尼']);
    // 艾班 is not Albanese (艾班尼斯), nor the reverse.
    const aiban = registry.find('艾班和沙姆哈尼分别致辞')[0]!.actorId;
    expect(aiban).not.toBe('anthony-albanese');
    expect(registry.find('澳洲總理艾班尼斯表示').map((m) => m.actorId)).toContain('anthony-albanese');
  });

  it('keeps a two-part dotted name whole (阿里 of 阿里·沙姆哈尼 is no family part)', () => {
    const registry = createActorRegistry();
    registry.learn('伊朗最高国家安全委员会秘书阿里·沙姆哈尼表示');
    expect(registry.find('阿里说').map((m) => m.text)).toEqual([]);
  });

  it('learns a name whose apposition heads with a title before a preposition (the last SPD chancellor before Scholz)', () => {
    const registry = createActorRegistry();
    const text = 'Gerhard Schröder, the last SPD chancellor before Scholz, deliberately lost a confidence vote in July 2005.';
    registry.learn(text);
    expect(registry.find(text).map((m) => m.text)).toEqual(['Gerhard Schröder', 'Scholz']);
  });
});

describe('names after English titles (Secretary, police chief, President-elect) and a Korean minister (部长官)', () => {
  it.each([
    ['On Wednesday night, Army Secretary Ryan D. McCarthy said all 1,100 members had been mobilized.', 'Ryan D. McCarthy'],
    ['Three other people died, D.C. police chief Robert J. Contee III said Wednesday night.', 'Robert J. Contee'],
    ['Transportation Secretary Elaine Chao, who is married to Mitch McConnell, resigned Thursday.', 'Elaine Chao'],
    ['Outgoing President Zuzana Caputova and President-elect Peter Pellegrini made a joint appeal.', 'Peter Pellegrini'],
    ['行政安全部長官李祥敏當天在記者會上則表示', '李祥敏'],
    ['甘肃省应急管理厅新闻发言人韩树军介绍，截至8时', '韩树军'],
  ])('%s → %s', (text, name) => {
    const registry = createActorRegistry();
    registry.learn(text);
    expect(registry.find(text).map((m) => m.text)).toContain(name);
  });

  it('does not take the Army secretary for a known McCarthy of another first name', () => {
    const registry = createActorRegistry();
    const text = 'Army Secretary Ryan D. McCarthy said';
    registry.learn(text);
    expect(registry.find(text).map((m) => m.actorId)).not.toContain('kevin-mccarthy');
  });
});

