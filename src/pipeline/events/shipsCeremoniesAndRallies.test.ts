import { describe, expect, it } from 'vitest';
import { classifyParagraph, classifySentence, triggerLabels as labels } from './testClassify.ts';
import { extractArticle } from './testArticle.ts';

const classify = classifySentence;

describe('ships aground and freed, closures, traffic and inquiries', () => {
  it.each([
    ['長賜輪29日在拖船協助下脫困。', 'other', '脫困'],
    ['長賜輪29日凌晨先部分浮起。', 'other', '浮起'],
    ['船首也被拖離河岸，全船重新浮起。', 'other', '拖離'],
    ['貨櫃輪上週二在運河南段遭遇強風和沙塵暴，斜卡在兩岸之間。', 'other', '遭遇強風'],
    ['長榮租用貨櫃輪擱淺蘇伊士運河。', 'other', '擱淺'],
    ['蘇伊士運河23日起雙向封閉。', 'other', '封閉'],
    ['113艘船將在今天上午8時前通過運河。', 'other', '通過運河'],
    ['運河管理局31日將展開調查。', 'other', '展開調查'],
    ['The container ship ran aground in the canal on Tuesday.', 'other', 'ran aground'],
    ['The ship was refloated by tugs on Monday.', 'other', 'refloated'],
    // Speakers: a press release, a paper's estimate.
    ['長榮海運昨天晚間發布新聞稿，感謝救援團隊。', 'statement', '發布新聞稿'],
    ['《勞氏日報》估算，運河每天阻塞影響約96億美元的貨物。', 'statement', '估算'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // Stuck or out of trouble with no ship or waterway: no grounding.
    ['他卡在兩派之間，公司也未能脫困。', []],
    // Nobody hurt reports no casualties.
    ['船上25名船員均平安，無人受傷。', []],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('royal and state ceremony', () => {
  it.each([
    ['King Charles III has been formally proclaimed monarch at a historic ceremony.', 'other', 'formally proclaimed'],
    ['The Queen died peacefully at Balmoral on Thursday afternoon, aged 96.', 'other', 'died peacefully'],
    ['Earlier that day, 96-gun salutes were fired in Hyde Park.', 'other', 'gun salutes'],
    ["On Sunday, the Queen's oak coffin will leave Balmoral.", 'other', 'coffin'],
    ['The following day, it will be carried in procession along the Royal Mile.', 'other', 'carried in procession'],
    ['From Wednesday 14 September, the Queen will lie in state in Westminster Hall.', 'other', 'lie in state'],
    ['The Queen was crowned at Westminster Abbey on 2 June 1953.', 'other', 'was crowned'],
    ['In September 2015, she overtook her great-great-grandmother as the longest-reigning monarch.', 'other', 'overtook'],
    ['An hour later, the Garter King of Arms, David White, read the principal proclamation.', 'statement', 'read the principal proclamation'],
    // A council of the state's own and a sovereign touring the realm: at home, no diplomacy.
    ['The Accession Council, a body of privy counsellors, met at 10:00 BST on Saturday.', 'other', 'met'],
    ['The next day, the Queen postponed a virtual meeting of the Privy Council.', 'other', 'postponed'],
    ['The King will visit Scotland, Northern Ireland and Wales next week.', 'other', 'will visit'],
    // Still diplomacy: the Security Council, a visit abroad, a summit put off.
    ['The Security Council met on Friday.', 'diplomacy', 'met'],
    ['The King will visit France next week.', 'diplomacy', 'will visit'],
    ['Blinken postponed a planned trip to Beijing.', 'diplomacy', 'postponed a planned trip'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });
});

describe('a shooting, identifications and things scheduled', () => {
  it.each([
    ['The shots rang out at about 6:11 p.m. Saturday as Trump was speaking.', 'unrest', 'shots rang out'],
    ['The FBI identified the gunman early Sunday as Thomas Matthew Crooks, 20.', 'other', 'identified'],
    ['Pennsylvania Gov. Josh Shapiro on Sunday identified the spectator who was killed as Corey Comperatore, 50.', 'other', 'identified'],
    ['Biden was scheduled to speak again from the White House later Sunday.', 'statement', 'scheduled to speak'],
    ['The hearing is set for July 22.', 'other', 'hearing is set for'],
    ['The Republican National Convention opens on Monday in Milwaukee.', 'other', 'Convention opens'],
    // A headline: what must be condemned is named, the rally is where.
    ['Biden says ‘everybody must condemn’ attack at Trump rally and calls it ‘sick’', 'statement', 'says'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // A rally with no violence named before it is still a protest word.
    ['Thousands joined a rally in the capital.', ['rally: protests']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('offensives, refugees and accidents (Chinese)', () => {
  it.each([
    ['阿塞拜疆上周二对纳卡发动其所称的“局部反恐行动”。', 'military'],
    ['首批难民于周日（24日）经拉钦走廊抵达亚美尼亚边境村庄科尔尼佐尔。', 'other'],
    ['过去一周已有超过8.4万人从纳卡进入亚美尼亚。', 'other'],
    ['本周一晚，斯捷潘纳克特郊外一座燃料库发生猛烈爆炸。', 'other'],
    ['纳卡人权监察专员斯捷潘尼扬说，阿塞拜疆为期约24小时的攻势造成至少200人死亡。', 'military'],
    // A bomb stays an attack.
    ['市中心一辆汽车发生爆炸，造成5人死亡。', 'unrest'],
  ])('%s → %s', (sentence, category) => expect(classify(sentence)?.category).toBe(category));

  const paragraph = classifyParagraph;
  it.each([
    // A bare explosion after a fuel depot's: the same accident and its toll.
    [['一座燃料库发生猛烈爆炸。', '当局说，爆炸已造成68人死亡、105人失踪。'], 'other'],
    // After no accident: an attack.
    [['警方昨晚清场。', '当局说，爆炸已造成68人死亡。'], 'unrest'],
    // A fire the explosions set is no accident of its own: the later bare explosion is still the attack.
    [['对讲机相继爆炸。', '多处住宅和汽车因爆炸起火。', '卫生部说，第二波爆炸造成20人死亡。'], 'unrest'],
  ])('%j → %s', (sentences, category) => expect(paragraph(sentences).at(-1)).toBe(category));
});

describe('a press release framing a sharper saying', () => {
  it.each([
    // The condemnation says what the release was.
    ['國防部昨天上午發布新聞稿，嚴厲譴責共軍的挑釁行為。', '譴責'],
    ['陸委會發布新聞稿，嚴正譴責中共對台軍演。', '譴責'],
    // A release that thanks, with no sharper verb, is the saying itself.
    ['長榮海運昨天晚間發布新聞稿，感謝救援團隊連日來的努力。', '發布新聞稿'],
  ])('%s → %s', (sentence, trigger) => expect(classify(sentence)).toMatchObject({ speech: true, trigger }));
});

describe('labels a reader would otherwise misread', () => {
  const published = '2022-09-10T15:00:00Z';
  const eventOf = (text: string) => extractArticle([text], published).events[0];
  it.each([
    // Signing a book of condolence is a condolence, no agreement.
    ['US President Joe Biden signed a book of condolence at the British embassy on Thursday.', 'statement', 'signed a book of condolence'],
    // "duties on" goods are customs duties (for "the duties … of sovereignty", see below).
    ['The EU imposed duties on Chinese electric cars on Friday.', 'economy', 'duties on'],
    ['Officials let trucks through unchecked on Monday, leaving billions of dollars in duties uncollected.', 'economy', 'in duties'],
    // Attending with no object, among people of one country: a meeting at home, no talks.
    ['About 200 people attended, among them six former prime ministers and the new prime minister, Liz Truss.', 'other', 'attended'],
  ])('%s → %s', (text, category, trigger) => expect(eventOf(text)).toMatchObject({ category, trigger }));
});

it('"the duties … of sovereignty" give a statement no topic of taxes', () => {
  const [event] = extractArticle(['King Charles said he was "deeply aware of the duties and heavy responsibilities of sovereignty".'], '2022-09-10T15:00:00Z').events;
  expect(event).toMatchObject({ category: 'statement', trigger: 'said' });
  expect(event!.topic).toBeUndefined();
});

it('a saying with another subject after the frame is what was said, not a sharper saying', () => {
  expect(classify('美国务院发言人普莱斯11日表示，美国希望集安组织力量应离开该国。')).toMatchObject({ speech: true, trigger: '表示' });
});

describe('a campaign rally, or a rally where something else happened, is no protest', () => {
  it.each([
    ['Trump held a campaign rally in Butler on Saturday.', ['rally: setting']],
    ['“Corey dove on his family to protect them last night at the rally,” Shapiro said.', ['rally: setting', 'said: statement']],
    // A rally of its own still is.
    ['Thousands of people joined a rally against the government on Sunday.', ['rally: protests']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});
