import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../types.ts';
import { createActorRegistry } from './index.ts';

/** The seed's paragraphs as plain text (tags dropped), enough to learn from. */
function seedParagraphs(): string[] {
  const raw = readFileSync(new URL('../../../seeds/000_b1eebe35896f2b82.txt', import.meta.url), 'utf8');
  return [...raw.matchAll(/<p>(.*?)<\/p>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

const brief = (ms: ActorMention[]) => ms.map((m) => (m.role ? `${m.text}=${m.actorId}[${m.role.en}]` : `${m.text}=${m.actorId}`));

function registryLearnedFromSeed() {
  const registry = createActorRegistry();
  for (const p of seedParagraphs()) registry.learn(p);
  return registry;
}

describe('seed mentions, with the role written before each name', () => {
  const registry = registryLearnedFromSeed();
  it.each([
    ['总统托卡耶夫（Kassym-Schomart Tokajew）正式', ['托卡耶夫=kassym-jomart-tokayev[President]']],
    ['俄总统普京说', ['俄=russia', '普京=vladimir-putin[President]']],
    ['中国外交部长王毅10日表示，愿同哈方加强', ['中国=china', '王毅=wang-yi[Foreign Minister]', '哈方=kazakhstan']],
    [
      '中国国务委员兼外长王毅10日同俄罗斯外长拉夫罗夫（Sergey Lavrov）通电话',
      ['中国=china', '王毅=wang-yi[State Councilor and Foreign Minister]', '俄罗斯=russia', '拉夫罗夫=sergey-lavrov[Foreign Minister]'],
    ],
    [
      '王毅10日也与哈萨克副总理兼外长特列乌别尔季通电话',
      ['王毅=wang-yi', '哈萨克=kazakhstan', '特列乌别尔季=mukhtar-tileuberdi[Deputy Prime Minister and Foreign Minister]'],
    ],
    ['美国务院发言人普莱斯11日表示', ['美国务院=us-state-department', '普莱斯=ned-price[State Department Spokesperson]']],
    ['中国外交部发言人汪文斌10日说明', ['中国外交部=china-foreign-ministry', '汪文斌=wang-wenbin[Foreign Ministry Spokesperson]']],
    ['中国国家主席习近平是在哈萨克斯坦首次提出', ['中国=china', '习近平=xi-jinping[President]', '哈萨克斯坦=kazakhstan']],
    ['集安组织在哈维和人员现有二千三百人', ['集安组织=csto', '哈=kazakhstan']],
    ['出席集体安全条约组织（OVKS）线上会议', ['集体安全条约组织=csto']],
    ['哈萨克斯坦局势在俄国进行军事干预后', ['哈萨克斯坦=kazakhstan', '俄国=russia']],
    ['美国担忧俄罗斯军队常驻哈萨克', ['美国=united-states', '俄罗斯=russia', '哈萨克=kazakhstan']],
    ['王毅表示，中俄作为联合国安理会常任理事国和中亚国家的友好邻邦', ['王毅=wang-yi', '中=china', '俄=russia', '联合国安理会=un-security-council']],
    ['中方认同托卡耶夫对哈暴恐事件的性质判断', ['中方=china', '托卡耶夫=kassym-jomart-tokayev', '哈=kazakhstan']],
    ['在事关哈国前途命运的关键时刻', ['哈国=kazakhstan']],
    ['自去年8月阿富汗落入塔利班手中', ['阿富汗=afghanistan', '塔利班=taliban']],
    ['确保中哈合作重大项目安全', ['中=china', '哈=kazakhstan']],
    ['特别是哈中边境口岸', ['哈=kazakhstan', '中=china']],
    ['被洗劫一空的电子产品商店。（路透社）', ['路透社=reuters']],
    ['法囯历史学者贝多林诺指出原因', ['法囯=france', '贝多林诺=bedolino-708b[Historian]']],
    ['自由亚洲电台记者蔡凌巴黎报导', ['自由亚洲电台=rfa', '蔡凌=cai-ling-1f60[Journalist]']],
    ['自新年起爆发从苏联独立以来最严重的动乱', ['苏联=soviet-union']],
  ])('%s', (text, expected) => {
    expect(brief(registry.find(text))).toEqual(expected);
  });

  it('gives offsets into the text it was given', () => {
    const text = '俄总统普京说，集安组织协助平乱的部队';
    for (const m of registry.find(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(registry.find(text).map((m) => [m.start, m.end])).toEqual([[0, 1], [3, 5], [7, 11]]);
  });

  it('does not count the bracketed original as a second mention', () => {
    expect(brief(registry.find('哈萨克总统托卡耶夫（Kassym-Schomart Tokajew）10日'))).toEqual([
      '哈萨克=kazakhstan',
      '托卡耶夫=kassym-jomart-tokayev[President]',
    ]);
  });
});

describe('traditional text', () => {
  const registry = registryLearnedFromSeed();
  it.each([
    ['哈薩克總統托卡葉夫表示', ['哈薩克=kazakhstan', '托卡葉夫=kassym-jomart-tokayev[President]']],
    ['俄羅斯外長拉夫羅夫', ['俄羅斯=russia', '拉夫羅夫=sergey-lavrov[Foreign Minister]']],
    ['美國國務院發言人普萊斯說', ['美國國務院=us-state-department', '普萊斯=ned-price[State Department Spokesperson]']],
    ['中國外交部發言人汪文斌', ['中國外交部=china-foreign-ministry', '汪文斌=wang-wenbin[Foreign Ministry Spokesperson]']],
    ['集體安全條約組織的部隊', ['集體安全條約組織=csto']],
    ['中國國家主席習近平', ['中國=china', '習近平=xi-jinping[President]']],
    ['法囯歷史學者貝多林諾指出', ['法囯=france', '貝多林諾=bedolino-708b[Historian]']],
    ['台灣總統蔡英文', ['台灣=taiwan', '蔡英文=tsai-ing-wen[President]']],
    ['俄國總統普丁', ['俄國=russia', '普丁=vladimir-putin[President]']],
  ])('%s', (text, expected) => {
    expect(brief(registry.find(text))).toEqual(expected);
  });
});

describe('English text', () => {
  const registry = registryLearnedFromSeed();
  it.each([
    [
      'Kazakh President Kassym-Jomart Tokayev said the CSTO would leave.',
      ['Kazakh=kazakhstan', 'Kassym-Jomart Tokayev=kassym-jomart-tokayev[President]', 'CSTO=csto'],
    ],
    ['Russian Foreign Minister Sergei Lavrov spoke to Wang Yi.', ['Russian=russia', 'Sergei Lavrov=sergey-lavrov[Foreign Minister]', 'Wang Yi=wang-yi']],
    ['State Department spokesperson Ned Price said on Tuesday', ['State Department=us-state-department', 'Ned Price=ned-price[Spokesperson]']],
    // The German spelling, given by the seed in brackets, is the same actor.
    ['Tokajew sagte, die OVKS bleibe.', ['Tokajew=kassym-jomart-tokayev', 'OVKS=csto']],
    ['TOKAYEV and Putin met in Moscow', ['TOKAYEV=kassym-jomart-tokayev', 'Putin=vladimir-putin']],
    // Lower-case words are not names: turkey, who, us.
    ['We had turkey, who told us?', []],
    ['Prices in US dollars rose in Latin America.', []],
    // Acronyms of four letters or more are written in title case in British style; shorter ones would be words.
    ['Nato leaders met; Nato’s chief spoke.', ['Nato=nato', 'Nato=nato']],
    ['The Csto sent troops.', ['Csto=csto']],
    ['nato leaders', []],
    ['Un officials said it was Us.', []],
  ])('%s', (text, expected) => {
    expect(brief(registry.find(text))).toEqual(expected);
  });
});

describe('a text on another subject', () => {
  it('finds the actors of a Japan–US meeting, in Chinese and in English', () => {
    const registry = createActorRegistry();
    const zh = '日本首相岸田文雄13日在白宫与美国总统拜登举行会谈，日美双方同意加强同盟，美国国务卿布林肯和美国防部长奥斯汀出席。';
    const en = 'Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden at the White House on Friday.';
    for (const text of [zh, en]) registry.learn(text);
    expect(brief(registry.find(zh))).toEqual([
      '日本=japan',
      '岸田文雄=fumio-kishida[Prime Minister]',
      '白宫=white-house',
      '美国=united-states',
      '拜登=joe-biden[President]',
      '日=japan',
      '美=united-states',
      '美国=united-states',
      '布林肯=antony-blinken[Secretary of State]',
      '美国=united-states',
      '奥斯汀=lloyd-austin[Defense Secretary]',
    ]);
    expect(brief(registry.find(en))).toEqual([
      'Japanese=japan',
      'Fumio Kishida=fumio-kishida[Prime Minister]',
      'U.S.=united-states',
      'Joe Biden=joe-biden[President]',
      'White House=white-house',
    ]);
  });
});

describe('actors()', () => {
  it('lists only the actors mentioned, sorted by id, with roles and learned aliases', () => {
    const registry = registryLearnedFromSeed();
    registry.find('哈萨克总统托卡耶夫（Kassym-Schomart Tokajew）10日');
    registry.find('俄罗斯外长拉夫罗夫');
    const actors = registry.actors();
    expect(actors.map((a) => a.id)).toEqual(['kassym-jomart-tokayev', 'kazakhstan', 'russia', 'sergey-lavrov']);
    const tokayev = actors[0]!;
    expect(tokayev.name).toBe('Tokayev');
    expect(tokayev.names).toEqual({ en: 'Kassym-Jomart Tokayev', 'zh-Hans': '托卡耶夫', 'zh-Hant': '托卡葉夫' });
    expect(tokayev.aliases).toContain('Kassym-Schomart Tokajew');
    expect(tokayev.roles).toEqual([{ zh: '总统', en: 'President' }]);
    expect(tokayev.country).toBe('kazakhstan');
    expect(tokayev.origin).toBe('gazetteer');
  });

  it('keeps each role once', () => {
    const registry = createActorRegistry();
    registry.find('外长王毅说');
    registry.find('外長王毅說');
    registry.find('中国外交部长王毅');
    expect(registry.actors().find((a) => a.id === 'wang-yi')?.roles).toEqual([
      { zh: '外交部长', en: 'Foreign Minister' },
      { zh: '外长', en: 'Foreign Minister' },
    ]);
  });

  it('builds a country body from a country and a suffix', () => {
    const registry = createActorRegistry();
    expect(brief(registry.find('哈萨克斯坦外交部发表声明'))).toEqual(['哈萨克斯坦外交部=kazakhstan-foreign-ministry']);
    expect(registry.actors()).toEqual([
      {
        id: 'kazakhstan-foreign-ministry',
        name: 'Kazakhstan Foreign Ministry',
        names: { en: 'Kazakhstan Foreign Ministry', 'zh-Hans': '哈萨克斯坦外交部', 'zh-Hant': '哈薩克外交部' },
        aliases: [],
        kind: 'organisation',
        country: 'kazakhstan',
        origin: 'gazetteer',
      },
    ]);
  });
});
