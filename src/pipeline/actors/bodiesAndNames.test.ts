import { describe, expect, it } from 'vitest';
import { createActorRegistry } from './index.ts';
import { countryBodyEnd, countryBodyGloss, introducedLatinNames, knownAsAfter, latinNameAfterTitle } from './learn.ts';
import { syllableVariant } from './names.ts';

/** Learn every text, then what the last one mentions: [written form, actor id]. */
function found(...texts: string[]): [string, string][] {
  const registry = createActorRegistry();
  for (const t of texts) registry.learn(t);
  return registry.find(texts[texts.length - 1]!).map((m) => [m.text, m.actorId]);
}

describe('dotted names ending in a known person', () => {
  it.each([
    // The date word ends the name; the family name says who it is.
    ['伊朗最高领袖阿里·哈梅内伊本周一首次就抗议发表讲话', '阿里·哈梅内伊', 'ali-khamenei'],
    ['伊朗总统易卜拉欣·莱希9月24日在与家属通话时说', '易卜拉欣·莱希', 'ebrahim-raisi'],
  ])('%s → %s', (text, zh, id) => {
    expect(found(text)).toContainEqual([zh, id]);
  });

  it('still learns a new person when the family name is unknown', () => {
    const [, learned] = found('伊朗科学部长穆罕默德·阿里·佐勒菲古勒当晚赶到校园').find(([t]) => t.includes('·'))!;
    expect(learned).toMatch(/^mohammed-ali-/);
  });
});

describe('English names with a glued article, and nicknames', () => {
  it.each([
    [' Abdel Fattah al-Burhan at its head', 'Abdel Fattah al-Burhan'],
    [' Mohamed Hamdan Dagalo, known as Hemedti', 'Mohamed Hamdan Dagalo'],
  ])('title +%s → %s', (after, name) => {
    expect(latinNameAfterTitle(after, 0)).toBe(name);
  });

  it.each([
    ['The army ousts Omar al-Bashir, who ruled Sudan for three decades', ['Omar al-Bashir']],
    // "who" after a body's name introduces no person.
    ['Fighting with the Rapid Support Forces, who control the city', []],
  ])('%s → %j', (text, names) => {
    expect(introducedLatinNames(text)).toEqual(names);
  });

  it('finds the family name alone and the nickname', () => {
    const text = 'Gen. Abdel Fattah al-Burhan leads and Lt. Gen. Mohamed Hamdan Dagalo, known as Hemedti, is his deputy.';
    const mentions = found(text, 'Burhan and Hemedti sign a deal');
    expect(mentions.map(([t]) => t)).toEqual(['Burhan', 'Hemedti']);
    expect(mentions[1]![1]).toMatch(/^mohamed-hamdan-dagalo-/);
    expect(knownAsAfter(', widely known as Hemedti,', 0)).toBe('Hemedti');
  });
});

describe('bodies the gazetteer must not swallow', () => {
  it('an acronym the text expands otherwise is a new body', () => {
    const mentions = found('the paramilitary Rapid Support Forces (RSF) attacked', 'Leaders blame the RSF');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]![1]).toMatch(/^rapid-support-forces-/);
    // A spelling variant of the gazetteer's expansion is the same body.
    expect(found('The World Health Organisation (WHO) says')).toEqual([['World Health Organisation', 'who']]);
  });

  it.each([
    ['The Peace and Security Council holds a meeting', 'un-security-council'],
    ['The Central Committee of Sudan Doctors says', 'sudan'],
  ])('%s names no %s', (text, id) => {
    expect(found(text).map(([, a]) => a)).not.toContain(id);
  });

  it.each([
    ['envoy tells the U.N. Security Council that', 'un-security-council'],
    ['the army of Sudan said', 'sudan'],
  ])('%s still names %s', (text, id) => {
    expect(found(text).map(([, a]) => a)).toContain(id);
  });
});

describe('Chinese bodies named after a country', () => {
  it.each([
    ['总部位于挪威的伊朗人权组织周日称', '伊朗人权组织', 'Iran Human Rights Organisation'],
    ['据伊朗学生通讯社报道', '伊朗学生通讯社', 'Iran Students News Agency'],
    // 组织 as a verb makes no body.
    ['伊朗民众组织抗议', null, null],
  ])('%s → %s', (text, zh, en) => {
    const end = countryBodyEnd(text, text.indexOf('伊朗') + 2);
    expect(end > 0 ? text.slice(text.indexOf('伊朗'), end) : null).toBe(zh);
    if (zh) expect(countryBodyGloss('Iran', zh.slice(2))).toBe(en);
  });

  it('gives the United States its own names for its ministries', () => {
    const registry = createActorRegistry();
    registry.find('美国财政部宣布制裁');
    expect(registry.actors().map((a) => a.name)).toEqual(['US Treasury']);
  });
});

describe('a ministry written without its country', () => {
  it('is the country of a known holder named with it, anywhere in the corpus', () => {
    const briefing = '外交部发言人毛宁主持例行记者会';
    expect(found(briefing, '外交部就此发表声明')).toEqual([['外交部', 'china-foreign-ministry']]);
    // The order the paragraphs are learned in does not matter.
    expect(found('外交部就此发表声明', briefing)).toContainEqual(['外交部', 'china-foreign-ministry']);
  });

  it.each([
    ['no holder names it', ['外交部就此发表声明']],
    ['holders of two countries name it', ['外交部发言人毛宁说', '外交部发言人扎哈罗娃说', '外交部就此发表声明']],
  ])('is nobody when %s', (_, texts) => {
    expect(found(...texts)).toEqual([]);
  });
});

describe('short forms and spellings', () => {
  it.each([
    ['菲律宾总统马科斯将访问日本', '马科斯', 'ferdinand-marcos-jr'],
    ['叙利亚总统巴沙尔表示', '巴沙尔', 'bashar-al-assad'],
    ['N. Korea fires a missile', 'N. Korea', 'north-korea'],
    ['S. Korea says', 'S. Korea', 'south-korea'],
    ['Vice Foreign Minister Choe Son-hui said', 'Choe Son-hui', 'choe-son-hui'],
  ])('%s → %s', (text, written, id) => {
    expect(found(text)).toContainEqual([written, id]);
  });

  it.each([
    ['Choe Son Hui', 'Choe Son-hui'],
    ['Tsai Ing-wen', 'Tsai Ing Wen'],
    ['Abdel Fattah Burhan', null],
  ])('%s is also written %s', (name, variant) => {
    expect(syllableVariant(name)).toBe(variant);
  });

  it('a verb after a surname character makes no name (学生应保持冷静)', () => {
    expect(found('部长表示，学生应保持冷静')).toEqual([]);
  });
});

describe('a building or a ship named after a person is not the person', () => {
  it.each([
    ['示威者聚集在芝加哥市中心的特朗普大厦外，反对特朗普当选。', ['特朗普=donald-trump']],
    ['數百人聚集在特朗普大廈外', []],
    ['Protesters gathered outside Trump Tower in Chicago.', []],
    ['Trump said he would win.', ['Trump=donald-trump']],
    // 号召 is a call, not a ship's name.
    ['特朗普号召支持者投票', ['特朗普=donald-trump']],
    // A warship's prefix: the carrier, not the president it is named after.
    ['The carrier USS Ronald Reagan stayed in the area.', []],
    ['Ronald Reagan was wounded in 1981.', ['Ronald Reagan=ronald-reagan']],
  ])('%s → %j', (text, expected) => expect(found(text).map(([t, id]) => `${t}=${id}`)).toEqual(expected));
});