import { describe, expect, it } from 'vitest';
import { findTriggers } from './lexicon.ts';
import { findFigures } from './figures.ts';
import { segmentSentence } from './segments.ts';
import { classifySegment, lastDisaster } from './classify.ts';
import { classifyParagraph } from './testClassify.ts';

/** Classify a sentence as one segment headed by its first clause. */
function classify(sentence: string) {
  const [segment] = segmentSentence(sentence, []);
  const result = classifySegment(findTriggers(sentence), findFigures(sentence), segment!.head);
  return result && { category: result.category, cameo: result.cameo, trigger: result.trigger.text, speech: result.speech };
}

describe('classifySegment', () => {
  it.each([
    // Something happened: the head clause's strongest trigger decides.
    ['国务委员兼外长王毅同俄罗斯外长拉夫罗夫通电话，就局势交换意见。', 'diplomacy', '041', '通电话', false],
    ['日本首相岸田文雄与美国总统拜登举行会谈。', 'diplomacy', '040', '举行会谈', false],
    ['哈萨克斯坦为全国哀悼日。', 'other', '017', '全国哀悼', false],
    ['骚乱造成至少164人丧生，近万人被捕。', 'unrest', '145', '骚乱', false],
    ['斯里兰卡数千名抗议者冲进总统官邸。', 'unrest', '141', '抗议', false],
    ['警方发射催泪弹驱散示威人群，另有30人被捕。', 'unrest', '175', '催泪弹', false],
    ['阿富汗落入塔利班手中。', 'military', '19', '落入塔利班手中', false],
    ['俄罗斯向该国派兵。', 'military', '154', '派兵', false],
    // One strong word in what was said is not enough: an announcement stays a statement…
    ['政府宣布全国进入紧急状态。', 'statement', '010', '宣布', true],
    ['议长发表声明称总统将会辞职。', 'statement', '010', '声明', true],
    // …unless it is backed by more (a figure, another word of the same kind).
    ['政府宣布全国进入紧急状态，实施宵禁。', 'unrest', '1724', '紧急状态', true],
    // Where something was said is not what was reported.
    ['秦刚在通话中表示，期待推动两国关系改善。', 'statement', '010', '表示', true],
    ['总统在出席峰会时表示，秩序已经恢复。', 'statement', '010', '表示', true],
    ['At a summit of the alliance, Tokayev said 2,030 troops had arrived.', 'military', '154', 'troops', true],
    ['法院裁定该法违宪。', 'other', undefined, '裁定', false],
    ['在燃油价格上涨引发的抗议活动中被洗劫一空的商店。', 'unrest', '145', '洗劫', false],
    // Someone spoke: a statement, unless what was said is strongly about something else.
    ['外交部发言人表示，双方应当深化合作。', 'statement', '010', '表示', true],
    ['总统在会议上表示，当局“挫败了一起未遂政变”。', 'statement', '010', '表示', true],
    ['总统介绍说，维和人员现有二千三百人。', 'military', '074', '维和人员', true],
    ['总统说，协助平乱的部队只会待上一段有限的时间。', 'military', '154', '部队', true],
    ['总统在议会讲话时说：“整顿海关将提高预算收入，那里不收缴税费。”', 'economy', undefined, '海关', true],
    ['发言人希望该国部队离开。', 'statement', '020', '希望', true],
    ['外长谴责对使馆的袭击。', 'statement', '111', '谴责', true],
    // Traditional characters fold to simplified before matching.
    ['國務卿與外長通電話，討論局勢。', 'diplomacy', '041', '通電話', false],
    ['發言人表示，雙方應加強合作。', 'statement', '010', '表示', true],
    // English.
    ['Wang Yi held a phone call with Sergei Lavrov on Monday.', 'diplomacy', '041', 'phone call', false],
    ['Tokayev said 2,300 peacekeepers had arrived and more troops were deployed.', 'military', '154', 'deployed', true],
    ['Protesters stormed the building and at least 10 were arrested.', 'unrest', '141', 'Protesters', false],
    // Deaths and arrests name the event only when nothing else does.
    ['另有30人被捕。', 'unrest', '173', '被捕', false],
    // Shows of force, incursions and arrivals (articles on drills, coups and visits).
    ['解放军东部战区自4日起在台湾周边海域进行实弹演习。', 'military', '150', '实弹演习', false],
    ['解放軍當天發射11枚東風系列彈道飛彈。', 'military', '150', '發射11枚東風系列彈道飛彈', false],
    ['共机22架次逾越海峡中线。', 'military', '150', '架次', false],
    ['首批维和人员抵达该国。', 'military', '074', '维和人员', false],
    ['议长当晚抵达台北。', 'diplomacy', '042', '抵达', false],
    ['议长抵台当晚，数十名示威者在酒店外抗议。', 'unrest', '141', '示威', false],
    ['医生和护士宣布停止为军政府工作，发起公民不服从运动。', 'unrest', '143', '停止为军政府工作', true],
    ['昂山素季遭军方软禁。', 'unrest', '173', '软禁', false],
    ['仰光多家银行暂停营业。', 'other', undefined, '暂停营业', false],
    ['日本透过外交管道提出强烈抗议。', 'statement', '111', '提出强烈抗议', true],
    ['军方否认发动政变。', 'statement', '010', '否认', true],
    ['The EU said on Saturday it had suspended aid and budget support.', 'economy', '162', 'suspended aid', true],
    ['Tens of thousands joined the protest in Niamey.', 'unrest', '141', 'protest', false],
    ['Chad\'s president flew to Niamey to mediate.', 'diplomacy', '045', 'mediate', false],
    // A word that describes people is not what they did.
    ['Student protest leaders said they wanted Yunus to lead.', 'statement', '010', 'said', true],
    ['Coup supporters ransacked the party headquarters.', 'unrest', '141', 'ransacked', false],
    ['Army chief Gen. Zaman announced that the president had stepped down.', 'statement', '010', 'announced', true],
    // A quotation before its verb is still what was said; a chant is what was shouted; a remark's subject is its topic.
    ['“The Russian army is behind its planned timetable,” he told the BBC.', 'statement', '010', 'told', true],
    ['一些人还喊出“习近平下台”的口号。', 'unrest', '141', '口号', false],
    ['陈斌华昨晚就选举结果发表谈话称，台湾是中国的台湾。', 'statement', '010', '发表谈话', true],
    // Disasters, markets, UN votes and decrees; "Russian-backed" describes someone.
    ['乌鲁木齐一栋住宅楼发生火灾，造成10人死亡。', 'other', undefined, '火灾', false],
    ['Russian shares fell by 33 per cent.', 'economy', undefined, 'shares', false],
    ['The Security Council will vote on a draft resolution.', 'diplomacy', '1056', 'draft resolution', false],
    ['Overnight he signed a decree ordering a general mobilisation.', 'military', '154', 'general mobilisation', false],
    ['He signed a decree dissolving the council.', 'other', undefined, 'signed a decree', false],
    ['Russian-backed separatists attacked the town.', 'unrest', '180', 'attacked', false],
    // 遇难者 are the victims; a reporter covering protests was not protesting.
    ['市长向遇难者家属道歉。', 'statement', '010', '道歉', true],
    ['次日凌晨，市长在新闻发布会上向遇难者家属道歉。', 'statement', '010', '道歉', true],
    ['记者在采访抗议活动时被警方拘留。', 'unrest', '173', '拘留', false],
    // What was meant to stop something is no report of it.
    ['France brokered the Minsk agreements in 2015 to end the fighting and sent troops.', 'military', '154', 'sent troops', false],
    ['政府宣布宵禁，以防止骚乱。', 'statement', '010', '宣布', true],
    // A word in a name or a title is not what happened (立法院, 选举委员会, 《进出口法》).
    ['她前往立法院与总统会面。', 'diplomacy', '040', '会面', false],
    ['警方向法院提交文件，指控她违反《进出口法》。', 'other', undefined, '向法院提交', false],
    // A coup is a change of power (other, with resignations and appointments); what a leader says of one stays a statement.
    ['军方发动政变，拘押总统。', 'other', undefined, '政变', false],
    ['总统说，安全部队挫败了一起未遂政变。', 'statement', '010', '说', true],
    // Whom a statement concerns (负责镇压抗议者的人员) or what it was about (就…抗议活动) is no action in it…
    ['德国外长周日表示，德国将推动欧盟对伊朗负责镇压抗议者的人员实施入境禁令和冻结资产。', 'statement', '010', '表示', true],
    ['最高领袖首次就席卷全国的抗议活动公开表态，指责美国在背后策划了这场“骚乱”。', 'statement', '010', '表态', true],
    // …nor of an event: a message of condolence on an earthquake is diplomacy.
    ['习近平就土耳其发生强烈地震向埃尔多安致慰问电。', 'diplomacy', '036', '慰问电', false],
    // The dead and injured of an earthquake or a fire are the disaster's, not unrest; those of a riot are the riot's.
    ['地震已造成两国超过2300人死亡、1万多人受伤。', 'other', undefined, '地震', false],
    ['An earthquake killed more than 2,300 people.', 'other', undefined, 'earthquake', false],
    // Those of an airstrike are the fighting's; those of protesters fired on are the crackdown's.
    ['A suspected airstrike on the consulate killed seven members of the Revolutionary Guard.', 'military', '195', 'airstrike', false],
    ['安全部队向抗议人群开枪，造成至少41人死亡。', 'unrest', '141', '抗议', false],
    ['地震灾区爆发骚乱，造成3人死亡。', 'unrest', '145', '骚乱', false],
    // What someone announced (宣布的) describes the step taken; the step is the event: a state of emergency alone is a government measure.
    ['本周宣布的紧急状态已经生效。', 'other', '1724', '紧急状态', false],
    ['俄罗斯政府紧急情况委员会9日决定，将库尔斯克州的紧急状态提升至联邦级别。', 'other', '1724', '紧急状态', false],
    ['President Macron imposed a state of emergency on the territory.', 'other', '1724', 'state of emergency', false],
    // Beside a curfew or riots it is part of the unrest.
    ['首都进入紧急状态并实施宵禁。', 'unrest', '1724', '紧急状态', false],
    // A word that only describes something (…的) does not outweigh what the sentence reports.
    ['被当局冻结资产的《苹果日报》周四出版最后一期后正式停刊。', 'other', undefined, '停刊', false],
    ['报社管理层决定提前停止运作。', 'other', undefined, '停止运作', false],
    ['保安局局长引用实施细则，冻结三家公司合共1800万港元资产。', 'economy', '163', '冻结三家公司合共1800万港元资产', false],
    ['同日，约200名警员首次搜查报社大楼。', 'unrest', undefined, '警员首次搜查', false],
    // An attack reported through a source (据…称) is the attack.
    ['据国防部称，约300名士兵在坦克的支援下向边境阵地发起进攻。', 'military', '19', '发起进攻', true],
    // Residents evacuated and receiving aid: no troops withdrawn.
    ['从边境地区撤离的居民在一处临时安置点领取救援物资。', 'other', undefined, '撤离的居民', false],
    // A funeral announced through a source: the funeral.
    ['官方媒体称，遇难者的送葬仪式将于周二开始，灵柩随后将被运往首都。', 'other', '017', '送葬', true],
    ['两国总统在界河上共同为一座水坝举行落成仪式。', 'other', undefined, '落成仪式', false],
    ['The Constitutional Court barred him from running again in December.', 'other', undefined, 'barred him from running', false],
    ['Prosecutors will formally charge Zúñiga with terrorism and armed uprising on Thursday, Lanchipa told reporters.', 'other', undefined, 'charge Zúñiga with', false],
    ['Television footage shows Arce confronting Zúñiga in a hallway of the palace.', 'other', undefined, 'confronting', false],
    // A relative clause says something of someone in the main clause, which reports the event.
    ['Wagner, which Prigozhin has said has about 25,000 fighters, has fought in Ukraine since February 2022.', 'military', '190', 'fought', false],
    ['Navy ships were mapping the debris field, which officials said stretched across 7 miles.', 'military', '154', 'Navy ships', false],
    // With nothing else to report, the clause's word stays the event…
    ['Divers combed the seabed for the remains of a balloon that a U.S. fighter jet shot down.', 'military', '190', 'shot down', false],
    // …but a main clause that reports something (searching) keeps it.
    ['Divers searched for the remains of a balloon that a U.S. fighter jet shot down.', 'other', undefined, 'searched for', false],
    // …and after the main clause's verb of saying, it is part of what was said.
    ['Putin told the meeting that 2,030 troops had arrived.', 'military', '154', 'troops', true],
    // Putting off a visit, talks or a summit is diplomacy; other postponements are not.
    ['The summit was postponed because of the storm.', 'diplomacy', undefined, 'postponed', false],
    ['中方原定的访问推迟。', 'diplomacy', undefined, '推迟', false],
    ['The vote was postponed until June.', 'other', undefined, 'postponed', false],
    // An event named as the subject of "was" is one already told, which the speaker explains.
    ['The Guard said the attack was punishment for the strike on its consulate.', 'statement', '010', 'said', true],
    ['The ministry said the attack killed 12 soldiers and wounded 30.', 'unrest', '180', 'attack', true],
    // What an announcement names as its object is the step it takes…
    ['The government announced a ceasefire on Monday.', 'diplomacy', '0871', 'ceasefire', true],
    ['The president announced new sanctions.', 'diplomacy', '163', 'sanctions', true],
    // …not what an announcement says ("announced that…").
    ['The government announced that a ceasefire was unlikely.', 'statement', '010', 'announced', true],
  ])('%s → %s', (sentence, category, cameo, trigger, speech) =>
    expect(classify(sentence)).toEqual({ category, cameo, trigger, speech }),
  );

  it.each([
    '双方应当持续深化协调配合。',
    '这是一个美丽的名称。',
    '据说天气很好。',
    'The weather was fine.',
    // A saying that only describes the measures (宣布的) has nobody speak.
    '这意味着，本周宣布的措施已在三天之内全部落地。',
    // A remark on the visit just told (its first, its second) is not another visit.
    '这是习近平时隔六年再次访问美国。',
    '這是秦剛獲任命為外長後，首次與美方高層通話。',
  ])('%s reports no event', (sentence) => expect(classify(sentence)).toBeNull());
});

describe('outcomes told after their disaster, in a later sentence of the paragraph', () => {
  const paragraph = classifyParagraph;

  it.each([
    // The typhoon two sentences before is the cause of the injuries, whether reported or told.
    [['台风昨晚吹袭香港。', '天文台今晨改发八号信号。', '截至今晨6时，至少86人受伤。'], 'other'],
    [['台风昨晚吹袭香港。', '政府表示，截至今晨6时，至少86人受伤。'], 'other'],
    [['An earthquake struck the region on Monday.', 'At least 40 people were killed.'], 'other'],
    // No disaster before: the dead are unrest's; a cause in the sentence itself still decides.
    [['警方昨晚清场。', '至少3人死亡。'], 'unrest'],
    [['台风昨晚吹袭香港。', '骚乱造成3人死亡。'], 'unrest'],
  ])('%j → %s', (sentences, category) => expect(paragraph(sentences).at(-1)).toBe(category));
});

describe('classifySegment: a speech word beats its topic, and no diplomacy at home', () => {
  it.each([
    // The address, the post, the press conference are what the sentence reports, whatever they were about.
    ['In a televised address to the nation on Saturday, President Vladimir Putin called the attack a “bloody, barbaric terrorist act”.', 'statement', 'televised address', true],
    ['"No violence will be tolerated," Prime Minister Gabriel Attal told a crisis meeting of ministers in Paris on Thursday morning, adding that the state of emergency would allow the government to deploy "massive means to restore order".', 'statement', 'told', true],
    ['氣象署地震測報中心主任吳健富今天上午在記者會上表示，這是民國88年921大地震以來規模最大的地震。', 'statement', '表示', true],
    ['日本首相岸田文雄今天在社群平台X發文，對台灣東部發生大地震深感痛心。', 'statement', '發文', true],
    ['Putin on Tuesday dismissed such Western warnings as “provocative”.', 'statement', 'dismissed such Western warnings', true],
    // A leader at a disaster centre, a parliament sitting: at home, no diplomacy.
    ['總統蔡英文今天上午前往中央災害應變中心聽取簡報。', 'other', '前往', false],
    ['Both houses are due to meet together as a Congress in Versailles before the end of June.', 'other', 'due to meet', false],
    // A closure told by its operator is the closure.
    ['La Tontouta airport, closed to commercial flights since Tuesday, will remain shut until at least Saturday, its operator said.', 'other', 'closed to commercial flights', false],
    // An armed force in the capital, an embassy lowering its flag.
    ['阿富汗塔利班武装周日几乎未遇抵抗便进入首都喀布尔。', 'military', '进入首都', false],
    ['美国驻喀布尔大使馆当天降下了国旗。', 'diplomacy', '降下了国旗', false],
  ])('%s → %s (%s)', (sentence, category, trigger, speech) => {
    expect(classify(sentence)).toMatchObject({ category, trigger, speech });
  });
});

describe('classifySegment: a toll standing alone in its segment', () => {
  const sentence = 'The toll, which the FSB put at 40 late on Friday, climbed through Saturday, reaching 133 by Saturday evening.';
  const at = sentence.indexOf('reaching');
  const from = <T extends { start: number }>(xs: T[]) => xs.filter((x) => x.start >= at);
  it('is a report of casualties, of its cause when the story has one', () => {
    const head = { start: at, end: sentence.length - 1, sentence };
    expect(classifySegment(from(findTriggers(sentence)), from(findFigures(sentence)), head)).toMatchObject({ category: 'unrest', trigger: { text: '133' } });
    expect(classifySegment(from(findTriggers(sentence)), from(findFigures(sentence)), head, undefined, 'other')).toMatchObject({ category: 'other' });
  });
  it('is nothing without a count of people', () => {
    const plain = 'The fire spread, reaching 13,000 square metres by evening.';
    const head = { start: plain.indexOf('reaching'), end: plain.length - 1, sentence: plain };
    expect(classifySegment([], findFigures(plain), head)).toBeNull();
  });
});

describe('classifySegment: explaining, tolls reported, own deeds, meetings and laws at home', () => {
  it.each([
    // Meeting the press after a death is the setting of what was said.
    ['岸田当晚在安倍去世后再次会见记者，他一度哽咽地说，安倍是“留下伟大功绩的杰出领导人”。', 'statement', 'speech'],
    ['梁君彥昨晚表決後解釋，主席一般不會投票，但今次是歷史性時刻，故與全體議員一同投票支持。', 'statement', 'speech'],
    ['曾任保安局局長、主理2003年23條立法工作的新民黨主席葉劉淑儀在辯論中發言說，若23條在21年前已完成立法。', 'statement', 'speech'],
    ['Earlier Sunday, Yellen had ruled out a bailout of the kind the government extended to big banks.', 'statement', 'speech'],
    // A health ministry's toll with no cause named is a statement; a toll in clashes stays unrest.
    ['The Palestinian health ministry in Gaza said on Sunday morning that 313 people had been killed in the territory, including 20 children, and nearly 2,000 wounded.', 'statement', 'speech'],
    ['醫院管理局表示，截至昨晚10時，至少79人在衝突中受傷送院。', 'unrest', 'speech'],
    ['据目击者称，机场至少有5人死亡。', 'unrest', 'speech'],
    // A speaker reporting its own deed did it.
    ['The Israel Defense Forces said it had struck more than 400 targets in Gaza overnight.', 'military', 'speech'],
    ['The group said it would launch airstrikes on more targets.', 'statement', 'speech'],
    // Speaking before a trip is when; the meeting ahead is the news.
    ['He spoke before flying to San Diego, where he is to meet later Monday with Australian Prime Minister Anthony Albanese.', 'diplomacy', 'deed'],
    // A government's own officials meeting, a law signed at home: no diplomacy; money withdrawn: no troops.
    ['On Friday, Treasury Secretary Janet Yellen met with the heads of the Fed, the FDIC and the Office of the Comptroller of the Currency.', 'other', 'deed'],
    ['In 2018, Congress passed and President Donald Trump signed a law that freed banks of SVB’s size from the strictest oversight.', 'other', 'deed'],
    ['Customers tried to withdraw $42 billion that day alone, about a quarter of the bank’s deposits.', 'economy', 'deed'],
    ['Its stock plunged 60% on Thursday as venture capital firms advised the startups they had backed to pull their money.', 'economy', 'deed'],
    ['New York state regulators closed Signature Bank, a lender popular with cryptocurrency companies, on Sunday.', 'economy', 'deed'],
    ['條例將於本周六（23日）刊憲生效。', 'other', 'deed'],
    ['安倍的遗体今天清晨由灵车从医院运往东京涩谷区的寓所。', 'other', 'deed'],
    ['當年7月1日約50萬人上街遊行反對，是回歸以來最大規模的遊行之一。', 'unrest', 'deed'],
  ])('%s → %s', (sentence, category, kind) => {
    const c = classify(sentence);
    expect([c?.category, c?.speech ? 'speech' : 'deed']).toEqual([category, kind]);
  });
});

describe('classifySegment: what is condemned, compared or demanded; disasters; measures', () => {
  it.each([
    // What was condemned, compared or demanded did not happen in the remark: a statement.
    ['European Commission President Ursula von der Leyen condemned what she called a “vile attack,” saying such acts of violence “have no place in our society.”', 'statement', 'speech'],
    ['Hua Chunying compared the riot to the storming of Hong Kong’s Legislative Council by protesters in July 2019, noting that politicians had called the Hong Kong protests “a beautiful sight.”', 'statement', 'speech'],
    ['地震发生后，习近平高度重视，连夜作出重要指示，要求全力开展搜救，及时救治受伤人员，最大限度减少人员伤亡。', 'statement', 'speech'],
    ['Pelosi was expected to echo that demand at a news conference later Thursday.', 'statement', 'speech'],
    // A toll told of an accident is the disaster's, not unrest.
    ['韓國當局表示，事故已造成153人死亡，死者大多是20多歲的年輕人。', 'other', 'speech'],
    ['中國官方媒體報導說，已知有4名中國公民在事故中遇難，另有2人受傷。', 'other', 'speech'],
    ['世越號客輪在韓國西南部珍島附近海域沉沒，造成304人死亡。', 'other', 'deed'],
    // Deeds: a certification, a breach, an evacuation, a shooting, surgery, a resignation, a message, a session resumed.
    ['Congress formally confirmed Joe Biden’s victory in the presidential election, hours after a mob stormed the U.S. Capitol in a violent assault that left four people dead.', 'other', 'deed'],
    ['Shortly after 2 p.m., as the House and Senate met in a joint session to count the electoral votes, rioters overwhelmed police barricades, smashed windows and poured into the building.', 'unrest', 'deed'],
    ['The Senate abruptly recessed, and Secret Service agents hustled Pence out of the chamber.', 'other', 'deed'],
    ['That afternoon, a Capitol Police officer shot Ashli Babbitt.', 'unrest', 'deed'],
    ['Two teams of surgeons operated on him for five hours.', 'other', 'deed'],
    ['Transportation Secretary Elaine Chao resigned, the first Cabinet member to quit over the assault.', 'other', 'deed'],
    ['Putin sent a telegram to Caputova, calling the shooting a “monstrous crime”.', 'diplomacy', 'deed'],
    ['Lawmakers returned to their chambers, the Senate reconvening at about 8 p.m.', 'other', 'deed'],
    ['His coalition government was sworn in and soon halted military aid to neighboring Ukraine.', 'military', 'deed'],
    ['上月26日，韓國又全面取消了戶外強制佩戴口罩的規定。', 'other', 'deed'],
    ['同日，财政部、应急管理部紧急预拨2亿元中央自然灾害救灾资金。', 'economy', 'deed'],
  ])('%s → %s', (sentence, category, kind) => {
    const c = classify(sentence);
    expect([c?.category, c?.speech ? 'speech' : 'deed']).toEqual([category, kind]);
  });
});

describe('classifySegment: what a remark condemns is still what it is about', () => {
  it.each([
    ['The president condemned what she called a vile attack.', 'attack'],
    ['总统批评边境海关的工作表现。', '海关'],
  ])('%s → a statement on %s', (sentence, topic) => {
    const c = classifySegment(findTriggers(sentence), findFigures(sentence), segmentSentence(sentence, [])[0]!.head);
    expect([c?.category, c?.topic?.text]).toEqual(['statement', topic]);
  });
});

describe('classifySegment: an after-clause only says when; condemned; disaster measures', () => {
  it.each([
    // An after-clause after what the clause reports only places it in time.
    ['Protesters inside the parliament compound in Nairobi on Tuesday after MPs voted to pass the finance bill.', 'unrest', 'deed'],
    ['Kenya’s president said he would not sign a finance bill containing tax rises, a day after protesters stormed parliament and part of the building was set on fire.', 'statement', 'speech'],
    // …but an event named as the subject ("The attack came … after") is placed by what the clause reports.
    ['The attack came less than a week after Putin secured a new six-year term in a March 15-17 presidential election.', 'other', 'deed'],
    ['Police fired tear gas after protesters threw stones.', 'unrest', 'deed'],
    ['Ruto, 57, came to power in September 2022 promising to put money in the pockets of poor “hustlers”, but has since raised taxes.', 'other', 'deed'],
    ['自民黨在4月28日舉行的3場眾議院補選中全軍覆沒，黨內要求「換人迎戰」的聲浪日益高漲。', 'other', 'deed'],
    ['K396次列车首批328名旅客在武警官兵护送下安全抵达北京丰台站，其余旅客随后分批乘车抵达。', 'other', 'deed'],
    ['Mr Moïse maintained that his term would run until February 2022, as he was sworn in a year late.', 'statement', 'speech'],
  ])('%s → %s', (sentence, category, kind) => {
    const c = classify(sentence);
    expect([c?.category, c?.speech ? 'speech' : 'deed']).toEqual([category, kind]);
  });
});

describe('classifySegment: takeovers are economy, a purpose is no saying, a visit at home', () => {
  it.each([
    ['UBS agreed on Sunday to buy Credit Suisse for 3 billion Swiss francs in an all-share deal brokered by the Swiss government.', 'economy', 'deed'],
    ['Credit Suisse to borrow up to $54 billion from Swiss central bank', 'economy', 'deed'],
    ['The central banks will hold the swap operations daily rather than weekly, starting on Monday.', 'economy', 'deed'],
    ['The deal is expected to close by the end of 2023.', 'economy', 'deed'],
    ['But they fell 8% on Friday to close at 1.86 francs, valuing the bank at about 7.4 billion francs, as clients kept pulling money out.', 'economy', 'deed'],
    ['Swiss President Alain Berset and Swiss National Bank Chairman Thomas Jordan attend a news conference in Bern.', 'statement', 'speech'],
    ['真主党为声援哈马斯，几乎每天与以军在黎以边境交火，双方对峙已近一年。', 'military', 'deed'],
    ['Sir Keir had visited Southport earlier that day to lay flowers, and was heckled by some onlookers.', 'other', 'deed'],
    ['Sir Keir chaired a meeting of the government’s Cobra emergency committee in Downing Street.', 'other', 'deed'],
    ['He is next due to appear at the same court in October.', 'other', 'deed'],
    ['A crowd gathered outside the mosque and hurled bricks and bottles at the building and at police.', 'unrest', 'deed'],
  ])('%s → %s', (sentence, category, kind) => {
    const c = classify(sentence);
    expect([c?.category, c?.speech ? 'speech' : 'deed']).toEqual([category, kind]);
  });
});
