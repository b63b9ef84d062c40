/**
 * Words the timeline generator builds events from: a pool of actors of every
 * kind, and per category the phrases a news sentence and its short titles use.
 * Generic news phrasing, not taken from any article.
 */
import type { ActorKind, Category } from '../../src/lib/schema.ts';

export interface ActorSpec {
  id: string;
  zh: string;
  en: string;
  kind: ActorKind;
  country?: string;
  role?: [zh: string, en: string];
  latin?: string;
}

const country = (id: string, zh: string, en: string): ActorSpec => ({ id, zh, en, kind: 'country' });
const org = (id: string, zh: string, en: string): ActorSpec => ({ id, zh, en, kind: 'organisation' });
const person = (id: string, zh: string, en: string, of: string, role: [string, string]): ActorSpec => ({
  id,
  zh,
  en,
  kind: 'person',
  country: of,
  role,
});

const FM: [string, string] = ['外长', 'Foreign Minister'];
const PRESIDENT: [string, string] = ['总统', 'President'];
const LEADER: [string, string] = ['总理', 'Prime Minister'];
const SPOKES: [string, string] = ['发言人', 'Spokesperson'];

export const ACTOR_POOL: ActorSpec[] = [
  country('china', '中国', 'China'),
  country('russia', '俄罗斯', 'Russia'),
  country('usa', '美国', 'United States'),
  country('mongolia', '蒙古国', 'Mongolia'),
  country('italy', '意大利', 'Italy'),
  country('australia', '澳大利亚', 'Australia'),
  country('ukraine', '乌克兰', 'Ukraine'),
  country('france', '法国', 'France'),
  country('germany', '德国', 'Germany'),
  country('japan', '日本', 'Japan'),
  country('india', '印度', 'India'),
  country('turkey', '土耳其', 'Türkiye'),
  country('belarus', '白俄罗斯', 'Belarus'),
  country('uzbekistan', '乌兹别克斯坦', 'Uzbekistan'),
  country('kyrgyzstan', '吉尔吉斯斯坦', 'Kyrgyzstan'),
  country('afghanistan', '阿富汗', 'Afghanistan'),
  country('uk', '英国', 'United Kingdom'),
  country('iran', '伊朗', 'Iran'),
  country('south-korea', '韩国', 'South Korea'),
  country('myanmar', '缅甸', 'Myanmar'),
  org('asean', '东盟', 'ASEAN'),
  org('un', '联合国', 'United Nations'),
  org('nato', '北约', 'NATO'),
  org('eu', '欧盟', 'European Union'),
  org('sco', '上合组织', 'SCO'),
  org('icrc', '红十字国际委员会', 'ICRC'),
  person('tajani', '塔亚尼', 'Antonio Tajani', 'italy', FM),
  person('penny-wong', '黄英贤', 'Penny Wong', 'australia', FM),
  person('blinken', '布林肯', 'Antony Blinken', 'usa', ['国务卿', 'Secretary of State']),
  person('hayashi', '林芳正', 'Yoshimasa Hayashi', 'japan', FM),
  person('baerbock', '贝尔伯克', 'Annalena Baerbock', 'germany', FM),
  person('jaishankar', '苏杰生', 'Subrahmanyam Jaishankar', 'india', FM),
  person('sullivan', '沙利文', 'Jake Sullivan', 'usa', ['国家安全顾问', 'National Security Adviser']),
  person('putin', '普京', 'Vladimir Putin', 'russia', PRESIDENT),
  person('khurelsukh', '呼日勒苏赫', 'Ukhnaagiin Khürelsükh', 'mongolia', PRESIDENT),
  person('biden', '拜登', 'Joe Biden', 'usa', PRESIDENT),
  person('macron', '马克龙', 'Emmanuel Macron', 'france', PRESIDENT),
  person('scholz', '朔尔茨', 'Olaf Scholz', 'germany', ['总理', 'Chancellor']),
  person('erdogan', '埃尔多安', 'Recep Tayyip Erdoğan', 'turkey', PRESIDENT),
  person('lukashenko', '卢卡申科', 'Alexander Lukashenko', 'belarus', PRESIDENT),
  person('mirziyoyev', '米尔济约耶夫', 'Shavkat Mirziyoyev', 'uzbekistan', PRESIDENT),
  person('zelensky', '泽连斯基', 'Volodymyr Zelensky', 'ukraine', PRESIDENT),
  person('modi', '莫迪', 'Narendra Modi', 'india', LEADER),
  person('kishida', '岸田文雄', 'Fumio Kishida', 'japan', LEADER),
  person('miller', '米勒', 'Matthew Miller', 'usa', SPOKES),
  person('mao-ning', '毛宁', 'Mao Ning', 'china', SPOKES),
  person('zakharova', '扎哈罗娃', 'Maria Zakharova', 'russia', SPOKES),
  person('peskov', '佩斯科夫', 'Dmitry Peskov', 'russia', SPOKES),
  { id: 'guterres', zh: '古特雷斯', en: 'António Guterres', kind: 'person', role: ['秘书长', 'Secretary-General'] },
];

export interface CategoryPhrases {
  weight: number;
  cameo: string[];
  /** [sentence predicate, short zh title predicate, English label, trigger]; {b} is a second actor. */
  phrases: [sentence: string, title: string, en: string, trigger: string][];
  figures?: [what: string, zh: string][];
}

export const CATEGORY_PHRASES: Record<Category, CategoryPhrases> = {
  unrest: {
    weight: 22,
    cameo: ['141', '145', '173', '1724'],
    phrases: [
      ['多个城市爆发示威游行', '爆发抗议', 'protests break out', '抗议'],
      ['示威者与警方在市中心发生冲突', '示威冲突', 'protesters clash with police', '冲突'],
      ['警方拘留了数百名示威者', '拘留示威者', 'detains protesters', '拘留'],
      ['宣布在首都实行宵禁', '实行宵禁', 'imposes a curfew', '宵禁'],
      ['多地银行网点遭到冲击', '银行遭冲击', 'bank branches are attacked', '冲击'],
    ],
    figures: [
      ['dead', '丧生'],
      ['arrested', '被捕'],
      ['injured', '受伤'],
    ],
  },
  military: {
    weight: 14,
    cameo: ['154', '074', '190'],
    phrases: [
      ['派遣工兵部队参与救灾', '派遣部队', 'sends troops', '派遣'],
      ['宣布驻外部队开始分批撤回', '部队撤回', 'troops begin to pull back', '撤回'],
      ['在边境地区举行军事演习', '举行军演', 'holds military exercises', '演习'],
    ],
    figures: [['troops', '军人']],
  },
  diplomacy: {
    weight: 22,
    cameo: ['041', '042', '043', '0234'],
    phrases: [
      ['同{b}通电话，讨论能源合作', '同{b}通电话', 'phone call with {b}', '通电话'],
      ['在首都会见{b}', '会见{b}', 'meets {b}', '会见'],
      ['与{b}举行视频会晤', '与{b}视频会晤', 'holds a video summit with {b}', '会晤'],
      ['呼吁{b}保持克制', '呼吁{b}克制', 'calls on {b} for restraint', '呼吁'],
    ],
  },
  statement: {
    weight: 28,
    cameo: ['010', '012', '013'],
    phrases: [
      ['在记者会上表示将密切关注事态发展', '表示关注局势', 'says it is watching the situation', '表示'],
      ['发表声明，批评{b}的制裁措施', '批评{b}制裁', 'criticises {b} over sanctions', '批评'],
      ['声明支持{b}举行自由选举', '支持{b}选举', 'backs free elections in {b}', '支持'],
      ['认为事件源于长期积累的社会矛盾', '谈社会矛盾', 'blames long-standing social tensions', '认为'],
    ],
  },
  economy: {
    weight: 9,
    cameo: ['0831', '163', '061'],
    phrases: [
      ['宣布上调居民电价', '上调电价', 'raises electricity prices', '上调'],
      ['与{b}签署经贸合作协议', '与{b}签署协议', 'signs a trade deal with {b}', '签署'],
      ['暂停了与{b}的陆路口岸通关', '暂停口岸通关', 'suspends border crossings with {b}', '暂停'],
    ],
    figures: [['US dollars (billions)', '亿美元']],
  },
  other: {
    weight: 5,
    cameo: ['017', '020'],
    phrases: [
      ['为遇难者降半旗致哀', '降半旗致哀', 'flies flags at half-mast', '致哀'],
      ['出席纪念活动并献花', '出席纪念活动', 'attends a memorial', '纪念'],
    ],
  },
};

/** Sentences with no event in them, to give paragraphs a realistic length. */
export const FILLER = [
  '分析人士认为，局势短期内难以完全平息。',
  '当地媒体报道说，首都的公共交通已部分恢复。',
  '外界普遍关注此事对地区安全格局的影响。',
  '有关方面尚未公布更多细节。',
  '多名学者指出，物价上涨是引发不满的原因之一。',
];
