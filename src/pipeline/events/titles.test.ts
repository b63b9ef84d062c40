import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/schema.ts';
import { findTriggers } from './lexicon.ts';
import { findFigures } from './figures.ts';
import { classifySegment } from './classify.ts';
import { englishLabel, nativeTitle } from './titles.ts';
import { englishSubject } from './englishSubject.ts';

const actor = (id: string, name: string, kind: Actor['kind'] = 'person', country?: string): Actor => ({
  id, name, kind, names: { 'zh-Hans': '', 'zh-Hant': '', en: name }, aliases: [], ...(country ? { country } : {}),
});
const WANG = actor('wang-yi', 'Wang Yi');
const LAVROV = actor('lavrov', 'Lavrov');
const PUTIN = actor('putin', 'Putin');
const KZ = actor('kazakhstan', 'Kazakhstan', 'country');
const CHINA = actor('china', 'China', 'country');
const US = actor('united-states', 'United States', 'country');
const STATE_DEPT = actor('us-state-department', 'United States Department of State', 'organisation', 'united-states');
const PRICE = actor('ned-price', 'Ned Price', 'person', 'united-states');
const CSTO = actor('csto', 'CSTO', 'organisation');
const RUSSIA = actor('russia', 'Russia', 'country');
const WANG_CN = { ...WANG, country: 'china' };

function label(sentence: string, actors: Actor[], subject: Actor[] = []) {
  const head = { start: 0, end: sentence.search(/[，：]|$/) };
  const c = classifySegment(findTriggers(sentence), findFigures(sentence), head)!;
  return englishLabel(c, { actors, subject }, findFigures(sentence));
}

describe('nativeTitle', () => {
  it.each([
    ['中国国务委员兼外长王毅10日同俄罗斯外长拉夫罗夫（Sergey Lavrov）通电话，就局势交换意见', ['10日'], '中国国务委员兼外长王毅同俄罗斯外长拉夫罗夫通电话，就局势交换意见'],
    ['2022 年 1 月 9 日，在阿拉木图被洗劫一空的电子产品商店。（路透社）', ['2022 年 1 月 9 日'], '在阿拉木图被洗劫一空的电子产品商店'],
    ['而总理7月9日宣布辞职', ['7月9日'], '总理宣布辞职'],
    ['毕竟2013年，习近平首次提出倡议', ['2013年'], '习近平首次提出倡议'],
    // The preposition and the time of day go with the date.
    ['中國全國人大常委會於12月30日決定，任命秦剛為外交部長', ['12月30日'], '中國全國人大常委會決定，任命秦剛為外交部長'],
    ['習近平於12月31日晚發表賀詞', ['12月31日'], '習近平發表賀詞'],
    ['案件將於9月25日開審', ['9月25日'], '案件將開審'],
    ['双方在1月5日举行会谈', ['1月5日'], '双方举行会谈'],
    ['总统10日上午发表讲话', ['10日'], '总统发表讲话'],
    ['王毅10日晚些时候会见记者', ['10日'], '王毅晚些时候会见记者'],
    ['总统10日晚宴上致辞', ['10日'], '总统晚宴上致辞'],
    ['抗议现在1月仍在继续', ['1月'], '抗议现在仍在继续'],
    // A long title leads with what happened, not the clause that says when.
    ['美國聯邦眾議院議長裴洛西結束訪台行程後，中國解放軍東部戰區自4日至7日在臺灣周邊海空域進行實彈演習，兩岸緊張情勢急遽升高', ['自4日至7日'], '中國解放軍東部戰區在臺灣周邊海空域進行實彈演習，兩岸緊張情勢急遽升高'],
    // A short one keeps it.
    ['会谈结束后，双方签署协议', [], '会谈结束后，双方签署协议'],
    // A date's bracketed restatement, its hour, "from" and 的 go with it; no empty brackets stay.
    ['示威者昨日（週三）清晨起包圍立法會', ['昨日', '週三'], '示威者包圍立法會'],
    ['示威者昨日（週三）清晨起包圍立法會', ['週三', '昨日'], '示威者包圍立法會'],
    ['昨日清晨起，數千名示威者佔據龍和道', ['昨日'], '數千名示威者佔據龍和道'],
    ['5年前的9月28日，警方施放87枚催淚彈', ['5年前', '9月28日'], '警方施放87枚催淚彈'],
    ['政府當晚11時發表聲明', ['當晚'], '政府發表聲明'],
    ['飞机10日起飞', ['10日'], '飞机起飞'],
    ['預計今日中午起航班會逐步恢復正常', ['今日'], '預計航班會逐步恢復正常'],
    ['船隻10日起航', ['10日'], '船隻起航'],
    ['蘇拉今日凌晨3時30分前後在珠海登陸', ['今日'], '蘇拉在珠海登陸'],
    ['黃大仙有大樹倒塌，壓毀路邊車輛。（葉家豪攝）', [], '黃大仙有大樹倒塌，壓毀路邊車輛'],
    ['中共當天下午1時56分起至4時許發射飛彈', ['當天'], '中共1時56分起至4時許發射飛彈'],
    // "Until" goes with a date that ends the clause, not with one an hour follows.
    ['衝突持續至昨晚，防暴警察推進清場', ['昨晚'], '衝突持續，防暴警察推進清場'],
    ['警方表示，截至今日上午，共有11人被捕', ['今日'], '警方表示，共有11人被捕'],
    ['醫院管理局表示，截至昨晚10時，至少79人受傷', ['昨晚'], '醫院管理局表示，至少79人受傷'],
    // 截至 only ever leads a date: it goes with it wherever the clause goes on.
    ['土耳其灾害与应急管理局截至昨晚的数据显示，仅土耳其境内就有9057人罹难', ['昨晚'], '土耳其灾害与应急管理局数据显示，仅土耳其境内就有9057人罹难'],
    ['叙利亚政府控制区截至昨晚共有至少2662人死亡', ['昨晚'], '叙利亚政府控制区共有至少2662人死亡'],
    ['截至新加坡时间今天上午，地震在两国造成的死亡人数已超过1万5000人', ['今天'], '地震在两国造成的死亡人数已超过1万5000人'],
    ['主震发生在当地时间6日凌晨4时17分（新加坡时间上午9时17分），震中位于土耳其', ['6日'], '主震发生，震中位于土耳其'],
    // "From" goes with the date its 起, 开始 or 以来 closes; a 开始 of its own stays.
    ['老板说，他的店从周四傍晚起接到了约200通电话', ['周四'], '老板说，他的店接到了约200通电话'],
    ['从周四下午开始，福岛县内的餐馆接到大量骚扰电话', ['周四'], '福岛县内的餐馆接到大量骚扰电话'],
    ['自2011年以来，储水罐不断增加', ['2011年'], '储水罐不断增加'],
    ['日本本周四开始将处理水排入太平洋', ['本周四'], '日本开始将处理水排入太平洋'],
    // The source a report is read from and "so far" do not lead a title when something follows.
    ['据两国官方发布的最新消息，截至目前，地震已造成两国超过2300人死亡、1万多人受伤', [], '地震已造成两国超过2300人死亡、1万多人受伤'],
    ['据日本农林水产省统计，中国大陆去年是日本水产品最大的出口市场', ['去年'], '中国大陆是日本水产品最大的出口市场'],
    ['截至发稿时，救援仍在进行', [], '救援仍在进行'],
    ['据报道，至少3人死亡', [], '至少3人死亡'],
    ['据新华社报道，双方会谈', [], '据新华社报道，双方会谈'],
    // A claim keeps who makes it: the title would otherwise state it as fact.
    ['据目击者说，成都至少3人被捕。', [], '据目击者说，成都至少3人被捕'],
    ['据人权组织称，安全部队向抗议人群开枪', [], '据人权组织称，安全部队向抗议人群开枪'],
    // The 於 of a word is not the date's.
    ['今次風波源於上週日（6月9日）的反修例大遊行', ['上週日', '6月9日'], '今次風波源於反修例大遊行'],
    ['该机构位於2001年建成的大楼', ['2001年'], '该机构位於建成的大楼'],
    ['由於昨日暴雨，航班取消', ['昨日'], '由於暴雨，航班取消'],
    // 在…中, 在…之际 frame a noun phrase: that 在 stays.
    ['習近平在當天的講話中指出', ['當天'], '習近平在講話中指出'],
    ['林鄭月娥在當晚播出的電視訪問中以母親自喻', ['當晚'], '林鄭月娥在播出的電視訪問中以母親自喻'],
    ['会晤是在今年2月北京冬奥会开幕之际', ['今年2月'], '会晤是在北京冬奥会开幕之际'],
    // A company named …大 "at" a date is no comparison; a comparison keeps its 於.
    ['恒大于2021年底首次出现美元债违约', ['2021年底'], '恒大首次出现美元债违约'],
    ['今年销售额高于2021年的水平', ['2021年'], '今年销售额高于水平'],
    ['增幅大于2021年，', ['2021年'], '增幅大于'],
    // 遲至 ("as late as") only ever leads a date.
    ['控方遲至2021年12月才加控黎智英串謀發布煽動刊物罪', ['2021年12月'], '控方才加控黎智英串謀發布煽動刊物罪'],
    // The clock the date is read on, and the outlet's tag, are no part of a title.
    ['当地时间14日下午，习近平抵达努尔苏丹', ['14日'], '习近平抵达努尔苏丹'],
    ['事发当晚21时22分，珠海市公安局发布首份警情通报', ['当晚'], '珠海市公安局发布首份警情通报'],
    ['案發次日，警方拘捕兩人', ['次日'], '警方拘捕兩人'],
    ['发言人於北京時間週三表示', ['週三'], '发言人表示'],
    ['【明報專訊】示威者包圍立法會', [], '示威者包圍立法會'],
    ['【财新网】（记者 周思远 杨柳）中国人民银行宣布降准', [], '中国人民银行宣布降准'],
    // 早在 ("as early as") goes with its date.
    ['我想强调的是，早在2月3日，外交部发言人就已发表谈话', ['2月3日'], '我想强调的是，外交部发言人就已发表谈话'],
    // A transcript's turn is no part of a title; a speaker's name is, as in a headline.
    ['路透社记者：美国国务卿布林肯宣布推迟访华行程', [], '美国国务卿布林肯宣布推迟访华行程'],
    ['总台央视记者：土耳其南部发生强烈地震', [], '土耳其南部发生强烈地震'],
    ['问：菲律宾总统马科斯将对日本进行正式访问', [], '菲律宾总统马科斯将对日本进行正式访问'],
    ['答：关于美菲防务合作，我们2月2日已经表明了立场', ['2月2日'], '关于美菲防务合作，我们已经表明了立场'],
    ['毛宁：中方已经发表声明', [], '毛宁：中方已经发表声明'],
    ['一二三四五六七八九十，一二三四五六七八九十一二三四五六七八九十，一二三四五六七八九十一二三四五六七八九十', [], '一二三四五六七八九十，一二三四五六七八九十一二三四五六七八九十'],
  ])('%s', (text, dates, expected) => expect(nativeTitle(text, dates, 'zh')).toBe(expected));

  it('closes a quotation it cuts into', () => {
    const title = nativeTitle('中国外交部发言人汪文斌说明，“王毅强调，此次局势突变生乱表明，中亚地区形势仍面临严峻挑战，也再次证明了一些问题”', [], 'zh');
    expect(title).toBe('中国外交部发言人汪文斌说明，“王毅强调，此次局势突变生乱表明…”');
  });

  it('cuts a long clause with an ellipsis', () => {
    const title = nativeTitle('这'.repeat(60), [], 'zh');
    expect(title).toHaveLength(40);
    expect(title.endsWith('…')).toBe(true);
  });

  it.each([
    ['On Monday, Wang Yi spoke with Lavrov', ['On Monday'], 'Wang Yi spoke with Lavrov'],
    // A list entry's date heading goes, dash and all, whether or not it dates the event.
    ['April 2019 - The army ousts Omar al-Bashir', ['April 2019'], 'The army ousts Omar al-Bashir'],
    ['Aug. 17, 2019 - The military and the FFC sign a deal', [], 'The military and the FFC sign a deal'],
    ['- Fighting erupts in Khartoum', [], 'Fighting erupts in Khartoum'],
    // A fronted phrase goes up to its comma, never its preposition alone.
    ['In response, the South Korean and U.S. air forces staged a drill', [], 'The South Korean and U.S. air forces staged a drill'],
    ['In Bangkok, U.S. Vice President Kamala Harris convened a meeting', [], 'U.S. Vice President Kamala Harris convened a meeting'],
    ['In a statement carried by the KCNA on Nov. 17, Choe Son-hui warned Washington', ['Nov. 17'], 'Choe Son-hui warned Washington'],
    ['At least 12 people, including children, died', [], 'At least 12 people, including children, died'],
    ['In Khartoum fighting went on', [], 'In Khartoum fighting went on'],
    // What only placed the date in time goes with it.
    ['Israel has freed 90 Palestinian prisoners early on Monday', ['Monday'], 'Israel has freed 90 Palestinian prisoners'],
    ['Police officers stood guard outside the building on Tuesday morning', ['Tuesday'], 'Police officers stood guard outside the building'],
    ['The government approved it in the early hours of Saturday, with 24 ministers in favour', ['Saturday'], 'The government approved it, with 24 ministers in favour'],
    ['Troops fired on protesters late Sunday', ['Sunday'], 'Troops fired on protesters'],
    ['The primary, held on July 11 and 12, 2020, was meant to pick candidates', ['July 11'], 'The primary, held, was meant to pick candidates'],
    ['The primary, held on July 11 and 12, 2020, was meant to pick candidates', ['July 11 and 12, 2020'], 'The primary, held, was meant to pick candidates'],
    ['The 47 were charged in late February that year', ['late February'], 'The 47 were charged'],
    // A date set off by commas takes one of them along.
    ['Residents first spotted it over Billings, Montana, on Wednesday, not far from Malmstrom Air Force Base', ['Wednesday'], 'Residents first spotted it over Billings, Montana, not far from Malmstrom Air Force Base'],
    // Not a range, not a time of day: the words stay.
    ['On May 3 and 12 people were hurt', ['May 3'], '12 people were hurt'],
    ['He will be sworn in later on Monday in Washington', ['Monday'], 'He will be sworn in later in Washington'],
    // A clause cut from its sentence drops its conjunction.
    ['and the 47 were charged', [], 'The 47 were charged'],
    ['But Netanyahu ordered the military to keep fighting', [], 'Netanyahu ordered the military to keep fighting'],
    ['though prosecutors appealed one of the acquittals', [], 'Prosecutors appealed one of the acquittals'],
    ['Separately, jailed media tycoon Jimmy Lai is expected to testify', [], 'Jailed media tycoon Jimmy Lai is expected to testify'],
    ['However many stayed home', [], 'However many stayed home'],
    ['Andrew Smith resigned', [], 'Andrew Smith resigned'],
    // "Of" and "only" placed the date too.
    ['Truss’s downfall was set in motion by the mini-budget of 23 September', ['23 September'], 'Truss’s downfall was set in motion by the mini-budget'],
    ['Only the previous day, Truss had told MPs she was a fighter', ['the previous day'], 'Truss had told MPs she was a fighter'],
    ['While allies of Sunak claimed that more than 100 Tory MPs were ready to back him', [], 'Allies of Sunak claimed that more than 100 Tory MPs were ready to back him'],
    // A relative clause cut from its noun drops the pronoun; a question keeps it.
    ['which reserved up to 30% of posts for relatives of veterans', [], 'Reserved up to 30% of posts for relatives of veterans'],
    ['who was convicted on corruption charges', [], 'Was convicted on corruption charges'],
    ['Who is to blame remains unclear', [], 'Who is to blame remains unclear'],
    // Too long: the framing phrase and the aside go, not the report; no cut inside a relative clause.
    [
      'Speaking outside No 10 at about 1.30pm, Truss said she had spoken to the King to tell him she was resigning as leader of the party',
      [],
      'Truss said she had spoken to the King to tell him she was resigning as leader of the party',
    ],
    [
      'Rear Adm. Daniel Hagari, the Israeli military’s chief spokesman, said that Iran had fired about 170 drones, more than 30 cruise missiles and more than 120 ballistic missiles',
      [],
      'Rear Adm. Daniel Hagari said that Iran had fired about 170 drones',
    ],
    [
      'Israel’s U.N. ambassador, Gilad Erdan, demanded that the council impose all possible sanctions on Iran, while Iran’s ambassador said his country had acted in self-defense',
      [],
      'Israel’s U.N. ambassador demanded that the council impose all possible sanctions on Iran',
    ],
    [
      'Truss’s downfall was set in motion by the mini-budget, in which her then chancellor, Kwasi Kwarteng, announced £45bn of unfunded tax cuts',
      [],
      'Truss’s downfall was set in motion by the mini-budget',
    ],
    [
      'Meeting in Abuja, Nigeria, leaders of the Economic Community of West African States also imposed sanctions on the junta',
      [],
      'Leaders of the Economic Community of West African States also imposed sanctions on the junta',
    ],
    [
      'On the evening of Tuesday 30 July, shortly after a peaceful vigil for the victims in the town centre, a crowd gathered outside the mosque and hurled bricks and bottles at the building and at police',
      ['Tuesday 30 July'],
      'A crowd gathered outside the mosque and hurled bricks and bottles at the building and at police',
    ],
    // After a stretch, "before the" says how the two relate and stays; only the date words go.
    ['It came less than four months before the Nov. 5 election', ['before the Nov. 5'], 'It came less than four months before the election'],
    ['Protesters fled before March 10', ['before March 10'], 'Protesters fled'],
    // "Minutes after" is itself a date text: the whole phrase goes, not only those words.
    [
      'Minutes after the count ended early Thursday, Trump said in a statement that there would be an orderly transition',
      ['Minutes after', 'early Thursday'],
      'Trump said in a statement that there would be an orderly transition',
    ],
    // A place and its state are no aside.
    [
      'Residents first spotted it over Billings, Montana, not far from Malmstrom Air Force Base, home to one of three nuclear missile silo fields',
      [],
      'Residents first spotted it over Billings, Montana, not far from Malmstrom Air Force Base',
    ],
    // Short enough: the aside stays.
    ['Benny Gantz, a centrist member of the cabinet, said Israel would respond', [], 'Benny Gantz, a centrist member of the cabinet, said Israel would respond'],
    // A day's possessive: "the".
    ["Thursday's launch of an SRBM came hours later", ['Thursday'], 'The launch of an SRBM came hours later'],
    // Its preposition stays: "in Thursday's unrest" is "in the unrest".
    ["441 police officers and gendarmes injured in Thursday's unrest", ['Thursday'], '441 police officers and gendarmes injured in the unrest'],
    ["It followed Friday’s launch", ['Friday'], 'It followed the launch'],
    // A long title is not cut at the colon of a clock time nor the comma of a number.
    [
      'The launch of an SRBM from the Wonsan area on the east coast at 10:48 a.m. came hours after the statement was released by the ministry',
      [],
      'The launch of an SRBM from the Wonsan area on the east coast at 10:48 a.m. came hours after the sta…',
    ],
    [
      'The World Health Organization says at least 270 people have been killed and more than 2,600 wounded since the fighting began',
      [],
      'The World Health Organization says at least 270 people have been killed and more than 2,600 wounded…',
    ],
  ])('English: %s', (text, dates, expected) => expect(nativeTitle(text, dates, 'en')).toBe(expected));
  it('keeps an aside that holds the event itself', () =>
    expect(
      nativeTitle('President-elect Donald Trump, who will be sworn in later in Washington, has also claimed credit for the deal and warned Hamas of consequences', [], 'en', 'sworn in'),
    ).toBe('President-elect Donald Trump, who will be sworn in later in Washington'));
});

describe('englishLabel', () => {
  it('names both sides of a call', () =>
    expect(label('王毅同拉夫罗夫通电话。', [CHINA, WANG, LAVROV])).toBe('Wang Yi – Lavrov phone call'));
  it('names the speaker and the topic of military news', () =>
    expect(label('普京说，协助平乱的部队只会待上一段有限的时间。', [PUTIN], [PUTIN])).toBe('Putin on troops'));
  it('carries the figures', () =>
    expect(label('动乱造成至少164人丧生，近10000人被捕。', [KZ], [KZ])).toBe(
      'Kazakhstan: unrest (at least 164 dead, nearly 10,000 arrested)',
    ));
  it('says statement when nothing stands out', () =>
    expect(label('王毅表示，双方应当深化合作。', [WANG], [WANG])).toBe('Wang Yi statement'));
  it.each([
    // What each sentence names, besides the speaker's own side, tells one remark from the next.
    ['发言人表示，美国希望集安组织力量应离开该国。', [PRICE, STATE_DEPT, US, CSTO, KZ], 'Ned Price statement on CSTO and Kazakhstan'],
    ['发言人说，美国正向哈萨克斯坦政府提出这些问题。', [PRICE, US, KZ], 'Ned Price statement on Kazakhstan'],
    ['发言人说，美国正研究这些问题。', [PRICE, STATE_DEPT, US], 'Ned Price statement'],
    ['发言人表示，中俄与美国和哈萨克斯坦应当合作。', [PRICE, CHINA, RUSSIA, KZ], 'Ned Price statement on China and Russia'],
  ] as const)('names the parties a statement without a topic is about: %s', (sentence, actors, expected) =>
    expect(label(sentence, [...actors], [PRICE])).toBe(expected));
  it('leaves out whoever introduces the speaker, and their country', () => {
    const BAGCHI = actor('bagchi', 'Arindam Bagchi');
    const INDIA = actor('india', 'India', 'country');
    const INDIA_MFA = actor('india-mfa', 'India Foreign Ministry', 'organisation', 'india');
    const SRI_LANKA = actor('sri-lanka', 'Sri Lanka', 'country');
    const c = classifySegment(findTriggers('发言人表示，双方'), [], { start: 0, end: 5 })!;
    const who = { actors: [INDIA_MFA, BAGCHI, INDIA, SRI_LANKA], subject: [BAGCHI] };
    expect(englishLabel(c, { ...who, side: [INDIA_MFA, BAGCHI] }, [])).toBe('Arindam Bagchi statement on Sri Lanka');
    expect(englishLabel(c, who, [])).toBe('Arindam Bagchi statement on India Foreign Ministry and India');
  });
  it("leaves the speaker's own country out, for people and countries alike", () => {
    expect(label('王毅表示，中方愿同哈方加强合作。', [WANG_CN, CHINA, KZ], [WANG_CN])).toBe('Wang Yi statement on Kazakhstan');
    expect(label('美国表示，美国务院将研究此事。', [US, STATE_DEPT], [US])).toBe('United States statement');
  });
  it('falls back to the kind of event when no actor is known', () =>
    expect(label('全国哀悼日。', [])).toBe('Day of mourning'));
});

describe('an English segment that starts at its verb keeps the subject its sentence gave it', () => {
  // The segment runs from `segmentFrom` to the end, or to the comma after it for a relative clause.
  const titleOf = (sentence: string, segmentFrom: string, dates: string[] = []) => {
    const start = sentence.indexOf(segmentFrom);
    const comma = sentence.indexOf(',', start);
    const end = /^(?:who|which)\b/.test(segmentFrom) && comma > 0 ? comma : sentence.length;
    return nativeTitle(sentence.slice(start, end), dates, 'en', undefined, englishSubject(sentence, start));
  };
  it.each([
    // The subject, then an aside, then the verb: the aside goes, the subject stays.
    [
      'The mutiny, the gravest challenge to President Vladimir Putin since he came to power in 1999, began late on Friday when Prigozhin accused the defence ministry.',
      'began late',
      ['late on Friday'],
      'The mutiny began when Prigozhin accused the defence ministry',
    ],
    [
      'U.S. Secretary of State Antony Blinken, who spoke with Bazoum by phone last week, also said on Saturday that aid depended on democratic governance.',
      'also said',
      ['on Saturday'],
      'U.S. Secretary of State Antony Blinken also said that aid depended on democratic governance',
    ],
    ['Yunus, 84, is in Paris and is expected to return to Dhaka, a spokesperson said.', 'is expected', [], 'Yunus is expected to return to Dhaka, a spokesperson said'],
    // A relative clause: its noun, when short.
    ['Khaleda Zia, who was convicted on corruption charges, was freed on Tuesday.', 'who was', [], 'Khaleda Zia was convicted on corruption charges'],
    // No subject to take: a fronted phrase, a clause with its own verb, a long noun phrase.
    ['In Paris, officials met and agreed to talk again.', 'agreed', [], 'Agreed to talk again'],
    ['Prigozhin accused the ministry and vowed to topple Shoigu.', 'vowed', [], 'Vowed to topple Shoigu'],
    ['Police arrested the driver, who was charged with manslaughter.', 'who was', [], 'Was charged with manslaughter'],
    [
      'He ordered the release of Khaleda Zia, Hasina’s archrival and the chair of the opposition Bangladesh Nationalist Party, who was convicted on corruption charges.',
      'who was',
      [],
      'Was convicted on corruption charges',
    ],
    // A longer aside after the subject goes too, before the verb.
    [
      'Joshua Wong, a former student leader who rose to fame during the 2014 Umbrella Movement, was sentenced to four years and eight months.',
      'Joshua Wong',
      [],
      'Joshua Wong was sentenced to four years and eight months',
    ],
    // A segment that starts with its own subject needs none.
    ['The army, which took power in July, said the talks would resume.', 'the talks', [], 'The talks would resume'],
  ])('%s (from “%s”) → %s', (sentence, from, dates, title) => expect(titleOf(sentence, from, dates)).toBe(title));
});
