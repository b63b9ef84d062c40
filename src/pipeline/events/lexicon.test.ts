import { describe, expect, it } from 'vitest';
import { findTriggers } from './lexicon.ts';
import { triggerLabels as labels } from './testClassify.ts';

const texts = (sentence: string) => findTriggers(sentence).map((t) => t.text);

describe('findTriggers with gapped words (出席…会议)', () => {
  it.each([
    ['王毅出席东盟外长会议并发表讲话。', ['出席东盟外长会议', '发表讲话']],
    ['外交部召见美国大使提出抗议。', ['召见美国大使', '提出抗议']], // a protest lodged, not a street protest
    ['出席者众多，会议顺利。', ['会议']], // a gap does not cross a comma
    ['会议在出口城市结束。', ['会议', '出口']], // the first character alone
    ['議員出席聯合國會議。', ['出席聯合國會議']], // folded before matching
    ['出席。', []],
    ['大家参加了会议。', ['参加了会议']],
    ['会议结束。', ['会议']], // nothing left over from the sentence before
  ])('%s → %j', (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });
});

describe('findTriggers with English gapped words (fired an … missile)', () => {
  it.each([
    ['North Korea fired an intercontinental ballistic missile (ICBM) on Friday.', ['fired an intercontinental ballistic missile: missile launch', 'ICBM: missile launch']],
    ['N. Korea fires short-range ballistic missile toward East Sea', ['fires short-range ballistic missile: missile launch']],
    ['Burhan and Hemedti sign a framework deal with the FFC.', ['sign a framework deal: agreement signed']],
    ['The military and the FFC sign a power-sharing deal under which', ['sign a power-sharing deal: agreement signed']],
    ['The next day, the agency halts all its operations in Sudan.', ['halts all its operations: closures']],
    ['The U.N. Security Council will hold an open meeting on Monday.', ['hold an open meeting: talks']],
    ['Harris convened an emergency meeting Friday with the leaders of Japan.', ['convened: meeting', 'meeting Friday with: talks']],
    ['He fired an aide, and the missile fell.', []], // a comma ends the gap
    ['They fired a warning shot at four men and a missile', []], // more than three words between
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('findTriggers in factbox and headline present tense', () => {
  it.each([
    ['April 2019 - The army ousts Omar al-Bashir.', ['army: troops', 'ousts: takeover']],
    ['A Transitional Military Council takes power.', ['takes power: takeover']],
    ['The two sides agree to a 24-hour ceasefire.', ['agree to: agreement', 'ceasefire: ceasefire']],
    ['The African Union suspends Sudan two days later.', ['suspends: suspension']],
    ['A U.S. diplomatic convoy came under fire on Monday.', ['came under fire: use of force']],
    ["N. Korea's FM warns of 'fiercer' military response", ['warns: statement']],
    ['The North last fired a Hwasong-17 on Nov. 3.', ['Hwasong: missile launch']],
    ["Thursday's launch of an SRBM from the Wonsan area", ['SRBM: missile launch']],
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('findTriggers: words that hold a trigger but report none', () => {
  it.each([
    ["Choe's statement came hours later.", []], // a bare noun of saying is no saying
    ['Watson said in a statement released Thursday night', ['said: statement', 'in a statement: statement']],
    ["North Korea's state media had not reported on the launch.", []],
    ['a day after it launched an SRBM in protest of the allies\' push', ['SRBM: missile launch']],
    ['the air forces staged a combined attack drill over the East Sea', ['attack drill: military exercises']], // the head noun wins
    ['美军战斗机击落了中国无人飞艇', ['击落: use of force']], // a fighter jet is no fighting
    ['德黑兰谢里夫理工大学学生与安全部队冲突', ['与安全部队冲突: unrest']], // security forces are police, not troops
    ['德黑兰扎黑丹在周五聚礼后爆发流血冲突。', ['爆发流血冲突: unrest']],
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('findTriggers: protesters as the object of another word (阻止抗议者)', () => {
  it.each([
    ['为了阻止抗议者相互联络，当局限制互联网', ['限制互联网: internet shutdown']],
    ['此举被普遍视为对抗议者的声援。', ['声援: support']],
    ['前锋也在社交媒体上发文支持抗议者。', ['发文: statement']], // posting is saying; the protesters are whom it backed
    ['数千名示威者冲破警方防线', ['示威: protests', '冲破: protests']], // counted: the subject
    ['逃犯条例的示威者昨日包围政府总部', ['示威: protests', '包围: protests']],
    ['昨天，示威者冲进政府总部', ['示威: protests', '冲进: protests']],
    ['斯里兰卡示威者攻占总统官邸', ['示威: protests', '攻占: occupation']], // after a place name: still the subject
    ['秘书处一直被示威者占据', ['示威: protests', '占据: protests']], // 被 names who did it
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('findTriggers: aid, departures, condolences and diplomatic protests', () => {
  it.each([
    ['中国政府决定向土耳其提供首批4000万元人民币紧急援助', ['提供首批4000万元人民币紧急援助: aid']],
    ['中国救援队82名队员将于明天启程赴土耳其灾区。', ['启程赴: departure']],
    ['部长当晚赶到校园', ['赶到: arrival']],
    ['我们对地震深感悲痛，向伤者表示诚挚慰问。', ['地震: disaster', '深感悲痛: condolences', '表示诚挚慰问: condolences']],
    ['外交部副部长向美国驻华使馆负责人提出严正交涉。', ['提出严正交涉: criticism']],
    ['日本通过外交渠道向朝鲜提出抗议', ['向朝鲜提出抗议: criticism']], // a government's protest, not a street protest
    ['中方对美方使用武力表示强烈不满和抗议。', ['表示强烈不满和抗议: criticism']], // protest expressed, not held
    ['Tokyo had lodged a strong protest with Pyongyang', ['lodged a strong protest: criticism']],
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('findTriggers: English words are whole words, the longest phrase first', () => {
  it.each([
    ['Protesters marched on Monday.', ['Protesters', 'marched']], // any case
    ['The army deployed troops.', ['army', 'deployed', 'troops']], // nouns of troops are triggers too
    ['They were redeployed and unprotested.', []], // no trigger inside a longer word
    ['Police detained 20 people and held talks.', ['detained', 'held talks']], // the phrase, not "held"
    ['A Russian-backed force crossed the border.', ['crossed the border']], // "-backed" describes someone
    ['The ICBM flew 1,000 km.', ['ICBM']],
  ])('%s → %j', (sentence, expected) => expect(texts(sentence)).toEqual(expected));
});

describe('findTriggers: courts, laws and votes', () => {
  it.each([
    ['Thirty-one of them pleaded guilty.', ['pleaded guilty: court ruling']],
    ['14 of them were convicted in May.', ['convicted: court ruling']],
    ['Tai received the longest sentence, 10 years.', ['received the longest sentence: court ruling']],
    ['The trial began in February 2023.', ['trial began: court ruling']],
    ['Lai will testify on Wednesday.', ['testify: court ruling']],
    // A court appeal is no call; "appealed for" still is.
    ['Prosecutors appealed one of the acquittals.', ['appealed one of the acquittals: court ruling']],
    ['The mayor appealed for calm.', ['appealed: appeal']],
    ['Beijing imposed the national security law in June 2020.', ['imposed the national security law: legislation']],
    ['The rule took effect on Monday.', ['took effect: legislation']],
    // "veto" is the UN's only beside it; "vote" an election only beside one.
    ['They planned to veto budgets.', []],
    ['Russia used its veto in the Security Council.', ['veto: UN resolution']],
    ['The cabinet will vote on the deal.', []],
    ['Voters will vote in the presidential election.', ['vote: election', 'election: election']],
    ['Authorities overhauled the election system in 2021.', []], // the system, not an election
    ['Starmer raised Hong Kong with Xi.', ['raised Hong Kong with: talks']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: releases, approvals and takeovers of places, not people', () => {
  it.each([
    ['Israel has freed 90 Palestinian prisoners.', ['freed: release']],
    ['Hamas handed over three captives.', ['handed over: release']],
    ['三名人质获释。', ['获释: release']],
    ['央行释放长期流动性约1万亿元。', []], // liquidity let out is no release of people
    ['Watson said in a statement released Thursday night', ['said: statement', 'in a statement: statement']],
    ['according to photographs released by his office', []],
    ['The security cabinet endorsed the agreement on Friday.', ['endorsed: approval']],
    ['The women, who were seized during the attack, were freed.', ['attack: attack', 'freed: release']],
    ['The RSF says it has seized the presidential palace.', ['says: statement', 'seized: takeover']],
    ['Gunmen seized 250 hostages.', []],
    ['Prisoners returned to the occupied West Bank.', []], // describes the place
    ['Russian forces occupied Kherson.', ['occupied: occupation']],
    ['He was the first to announce it, writing that it was a victory.', ['announce: statement', 'writing: statement']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: rates, markets and policy papers (economy)', () => {
  it.each([
    ['央行下调存款准备金率0.5个百分点。', ['下调存款准备金率: monetary policy']],
    ['央行开展3000亿元中期借贷便利操作。', ['中期借贷便利: monetary policy']],
    ['1年期贷款市场报价利率为3.35%。', ['贷款市场报价利率: monetary policy']], // not a loan
    ['上证指数24日收涨4.15%。', ['指数24日收涨: markets']],
    ['A股本周四延续强势。', ['A股: markets']], // the folded text is lower case
    ['股市全日休市，下周一恢复交易。', ['股市: markets', '休市: markets', '恢复交易: markets']], // not 复交 (relations)
    ['道路已恢复交通。', []],
    ['政治局部署下一步经济工作。', []], // work planned, no troops
    ['证监会发布《关于深化并购重组市场改革的意见》。', ['发布《: policy document']],
    ['习近平主持会议。', ['主持会议: meeting']],
    ['敏昂莱主持军政府首次会议时说，', ['主持军政府首次会议: setting', '说: statement']], // where he spoke
    ['国务院新闻办公室举行新闻发布会。', ['举行新闻发布会: statement']], // a briefing given
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: storms, warning signals and disruption', () => {
  it.each([
    ['天文台发出十号飓风信号。', ['发出十号飓风信号: warning signal']],
    ['天文台發出一號戒備信號。', ['發出一號戒備信號: warning signal']],
    ['一号戒备信号现正生效。', []], // a signal's name, no security measures
    ['共接获逾800宗塌树报告。', ['塌树: disaster']],
    ['各纪律部队出动逾2000名人员。', []], // Hong Kong's disciplined services are no troops
    ['至今未有接获死亡报告。', []],
    ['昨日约460班航班取消。', ['航班取消: closures']],
    ['航班会逐步恢复正常。', ['逐步恢复: services resumed']],
    ['风暴期间至少86人受伤。', ['风暴: disaster', '受伤: casualties']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: talks that only set the scene, unless nothing else happened', () => {
  it.each([
    ['He said during talks at the summit that he was pleased.', ['said: statement', 'talks: setting', 'summit: setting']],
    ['The leaders met briefly during talks at the G20 summit.', ['met: talks', 'talks: setting', 'summit: setting']],
    ['They shook hands during talks at the G20 summit.', ['talks: talks', 'summit: setting']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: English forms beyond the one first listed', () => {
  it.each([
    ['Fighters of the group stand guard outside the headquarters.', ['stand guard: security measures']],
    ['Wagner has fought alongside the regular army.', ['fought: use of force', 'army: troops']],
    ['A jet flies past the balloon after shooting it down.', ['shooting it down: use of force']],
    ['They vowed to shoot the balloon down.', ['vowed: statement', 'shoot the balloon down: use of force']],
    ['Defense officials acknowledged that balloons had crossed.', ['acknowledged: statement']],
    ['The minister confirmed the deaths of 13 airmen.', ['confirmed: statement', 'deaths: casualties']],
    ['There were 40 confirmed cases.', ['confirmed cases: outbreak']], // an epidemic's count, nobody speaking
    ['He was admitted to hospital on Monday.', []],
    ['His claims are grounded in fact.', []],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: mutinies, criminal cases, orders and mediation', () => {
  it.each([
    ['The FSB opened a criminal case against him for organising an armed mutiny.', ['opened a criminal case: court ruling', 'armed mutiny: mutiny']],
    ['Putin called the uprising treason.', ['uprising: uprising']],
    ['He called off the march under a deal brokered by Lukashenko.', ['brokered: mediation']],
    ['The ministry ordered all volunteer units to sign contracts.', ['ordered: order']],
    ['a well-ordered retreat', []], // part of a compound adjective
    ['军方下令部队撤离。', ['下令: order', '部队: troops', '撤离: troop withdrawal']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: sightings, flights halted, airspace and trips', () => {
  it.each([
    ['Residents first spotted it over Billings.', ['spotted: sighting']],
    ['The FAA briefly halted flights at three airports.', ['halted flights: closures']],
    ['Airlines suspended all domestic flights.', ['suspended all domestic flights: closures']],
    ['The balloon first entered U.S. airspace over Alaska.', ['entered U.S. airspace: air incursion']],
    ['Blinken postponed a planned trip to Beijing.', ['postponed a planned trip: visit called off']],
    ['It was his first visit to China.', ['visit to: visit']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: "protested" by a government or by a crowd, and ", saying"', () => {
  it.each([
    ['On Sunday, the ministry protested the shootdown, saying it overreacted.', ['protested: criticism', 'saying: statement']],
    ['Beijing protested what it called interference.', ['protested: criticism']],
    ['Thousands protested in the capital.', ['protested: protests']],
    ['Students protested against the law.', ['protested against: protests']],
    ['As the saying goes, nothing lasts.', []], // a proverb, no one speaking
    ['according to a timeline released by the Pentagon', []], // a document, no release of people
    ['Maps released on Friday show the route.', []],
    ['Two hostages were released on Friday.', ['were released: release']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: deaths, funerals and office (Chinese)', () => {
  it.each([
    ['李克强于10月27日在上海逝世', ['逝世: death']],
    ['前总理病逝。', ['病逝: death']],
    ['遗体将于11月2日火化', ['火化: funeral']],
    ['当晚仍有民众排队致意', ['致意: day of mourning']], // beside a queue of mourners
    ['请转达我的问候和致意', []], // greetings, no mourning
    ['李克强2023年3月卸任，由李强接任总理', ['卸任: government change', '接任: government change']],
    ['国家统计局上周三公布', ['统计: statement', '公布: statement']],
    ['面对灾民对救援迟缓的批评，他承认救援工作存在不足', ['批评: setting', '承认: statement']], // what he faced sets the scene
    ['双方举行面对面会谈，', ['会谈: talks']], // face to face
    ['他在全国人大闭幕记者会上指出', ['闭幕: setting', '记者会上: setting', '指出: statement']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: quakes, markets, discharges, harassment (Chinese)', () => {
  it.each([
    ['同一地区再发生一次7.5级强烈余震', ['余震: disaster']],
    ['主震发生在凌晨4时17分', ['主震: disaster']],
    // 在股指暴跌后 only says when the exchange acted (a time frame, as 在安倍去世后).
    ['证券交易所在股指暴跌后宣布暂停交易五天', ['证券交易所: markets', '股指暴跌: setting', '宣布: statement', '暂停交易: markets']],
    ['股指暴跌，证券交易所宣布暂停交易五天', ['股指暴跌: markets', '证券交易所: markets', '宣布: statement', '暂停交易: markets']],
    ['日本开始将处理水排入太平洋', ['排入: discharge']],
    ['东京电力公司启动排放泵', ['启动排放: discharge']],
    ['餐馆接到大量骚扰电话', ['骚扰电话: harassment']],
    ['格罗西向岸田提交了综合评估报告', ['提交了综合评估报告: statement']],
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

describe('findTriggers: calls counted, chants and services that are no events (Chinese)', () => {
  it.each([
    ['一家餐馆接到约200通电话', []], // calls counted, no diplomatic call
    ['收到数十通电话', []],
    ['习近平与拜登通电话', ['通电话: phone call']],
    ['游客高喊「总理好」的影片广为流传', []], // a cheer, no protest
    ['他提出「大众创业、万众创新」口号', []], // a policy slogan
    ['示威者高喊“反对排海”的口号', ['示威: protests', '高喊: protests', '口号: protests']],
    ['民防部队和消防部队出动', []], // civil defence and firefighters are no troops
  ])('%s → %j', (sentence, expected) => expect(labels(sentence)).toEqual(expected));
});

const kinds = (sentence: string) =>
  findTriggers(sentence).map((t) => `${t.text}: ${t.entry.kind === 'setting' ? 'setting' : t.entry.label}${t.entry.kind === 'event' ? ` (${t.entry.category})` : ''}`);

describe('findTriggers: strikes, attacks and launches by armed forces', () => {
  it.each([
    ['Iran launched more than 300 drones and missiles toward Israel.', ['launched more than 300 drones: missile launch (military)']], // a count phrase fits the gap
    ['It followed a suspected Israeli airstrike on its consulate.', ['airstrike: use of force (military)']],
    ['The strike on the consulate killed seven officers.', ['strike: use of force (military)', 'killed: casualties (unrest)']],
    ['Dock workers went on strike over pay.', ['strike: strike (unrest)']], // a walkout
    ['The union called a strike for Monday.', ['strike: strike (unrest)']],
    ['The army attacked the rebel positions at dawn.', ['army: troops (military)', 'attacked: use of force (military)']],
    ['Gunmen attacked a village market.', ['attacked: attack (unrest)']],
    ['Iran’s drone and missile attack was its first on Israel.', ['drone and missile attack: use of force (military)']],
  ])('%s → %j', (sentence, expected) => {
    expect(kinds(sentence)).toEqual(expected);
  });
});

describe('findTriggers: another event named for a time or a reason, a yardstick, a negation', () => {
  it.each([
    ['On Saturday, hours before the attack, commandos seized the ship.', ['attack: setting', 'seized: takeover (military)']],
    ['Israel has not claimed responsibility for the strike.', ['strike: setting']], // neither claimed nor a strike reported
    ['He said the attack was punishment for the strike two weeks ago.', ['said: statement', 'attack: attack (unrest)', 'strike: setting']],
    // The event a sentence refers to, not one it reports: in connection with it, its victims, its wake.
    ['The president has not mentioned the group in connection with the attack.', ['attack: setting']],
    ['Mourners lay flowers for the victims of the shooting attack.', ['lay flowers: day of mourning (other)', 'attack: setting']],
    ['Two planes collided on the runway.', ['collided: disaster (other)']],
    ['Since the Taliban seized power, aid has dwindled.', ['seized power: takeover (military)']], // a clause, not a noun
    ['It was the first time Iran has ever launched a direct military attack on Israel.', ['military attack: setting']],
    ['Police did not arrest anyone.', []],
    ['美方无意同中国发生冲突。', []],
    ['北京对此没有表示异议。', ['表示: statement']], // a stance taken
    ['哈萨克斯坦有数百亿的税没有收缴。', ['收缴: taxes and budget (economy)']], // still about taxes
  ])('%s → %j', (sentence, expected) => {
    expect(kinds(sentence)).toEqual(expected);
  });
});

describe('findTriggers: airspace, markets, budgets and votes (English)', () => {
  it.each([
    ['Jordan, Iraq and Lebanon closed their airspace late Saturday.', ['closed their airspace: closures (other)']],
    ['Airlines canceled dozens of flights overnight.', ['canceled dozens of flights: closures (other)']],
    ['The war cabinet is expected to meet again this week.', ['expected to meet: meeting (other)']], // a government's own body: no diplomacy
    ['The pound plunged to a record low against the dollar.', ['plunged: markets (economy)', 'record low: markets (economy)']],
    ['Support for the campaign slumped.', []], // no currency, bonds or shares
    ['The yield on 10-year government bonds fell to 3.87 per cent.', []], // a rate, no city falling to a force
    ['Kherson fell to Russian forces in March.', ['fell to: takeover (military)']],
    ['The Bank of England launched a £65bn bond-buying programme.', ['bond-buying: monetary policy (economy)']],
    ['Kwarteng announced £45bn of unfunded tax cuts.', ['announced £45bn of unfunded tax cuts: taxes and budget (economy)']],
    ['Johnson announced his resignation in July.', ['announced his resignation: government change (other)']],
    ['The Bank will announce its next interest rate decision on 3 November.', ['announce its next interest rate decision: monetary policy (economy)']],
    ['Hunt reversed almost all of the tax measures.', ['reversed: policy reversal (economy)']],
    ['The court reversed the conviction.', []], // not a budget
    ['A Commons vote on a Labour motion descended into chaos.', ['Commons vote: parliamentary vote (other)', 'on a Labour motion: parliamentary vote (other)']],
    ['She summoned Sir Graham Brady to Downing Street.', []], // no envoy: no diplomatic summons
    ['The ministry summoned the Iranian envoy.', ['summoned: ambassador summoned (diplomacy)']],
    ['At least 12 people were hurt.', ['were hurt: casualties (unrest)']],
  ])('%s → %j', (sentence, expected) => {
    expect(kinds(sentence)).toEqual(expected);
  });
});

describe('findTriggers: companies, courts and the press (Chinese)', () => {
  it.each([
    ['恒大于2021年底首次出现美元债违约。', ['违约: default (economy)']],
    ['恒大去年8月在美国纽约申请破产保护。', ['申请破产保护: default (economy)']],
    ['清盘人预计下月向债权人汇报恒大的资产状况。', ['汇报: statement']], // the liquidators are people, no liquidation
    ['法院同日委任安迈顾问为清盘人。', ['委任: government change (other)']],
    ['许家印被依法采取强制措施。', ['采取强制措施: arrests (unrest)']],
    ['黎智英自2020年12月起一直還押。', ['還押: arrests (unrest)']],
    ['他因欺詐罪被判囚5年9個月。', ['判囚: court ruling (other)']],
    ['該報出版最後一期後停刊。', ['停刊: closures (other)']],
    ['6名前高層已承認串謀勾結外國勢力罪。', ['承認串謀勾結外國勢力罪: court ruling (other)']], // a guilty plea, not a statement
    ['内地法院只在少数案例中承认香港法院的判决。', ['判决: court ruling (other)']], // recognising a ruling is no statement
    ['香港法院獨立行使審判權。', []], // a power, not a trial
    ['周天行反駁，指黎智英被控的是串謀罪。', ['反駁: statement', '被控: court ruling (other)']],
    ['李家超在行政會議前會見傳媒時表示。', ['會議: setting', '會見傳媒: setting', '表示: statement']],
    ['双方同意成立禁毒合作工作组。', ['双方同意: agreement (diplomacy)', '成立: founding (other)']], // ties go to diplomacy
    ['美方应将不支持“台独”的表态体现在具体行动上。', []], // 的表态: a stance, a noun
    ['纽森等到机场迎接。', ['迎接: visit (diplomacy)']],
    ['我们要迎接新的挑战。', []],
    ['两国将进一步大幅增加客运航班。', ['增加客运航班: services resumed (other)']],
  ])('%s → %j', (sentence, expected) => {
    expect(kinds(sentence)).toEqual(expected);
  });
});

describe('findTriggers: crashes, spaceflight, epidemics, censorship, evacuations and factories', () => {
  const labelled = (sentence: string) => findTriggers(sentence).map((t) => `${t.text}: ${t.entry.label}`);
  it.each([
    ['客机于广西藤县附近坠毁。', ['坠毁: disaster']],
    ['长征五号遥八运载火箭在文昌发射升空。', ['发射升空: spaceflight']],
    ['上升器与组合体完成月球轨道交会对接。', ['完成月球轨道交会对接: spaceflight']], // the longest match, 完成…对接
    ['嫦娥六号在月球背面完成智能快速采样。', ['完成智能快速采样: spaceflight']],
    ['The capsule splashed down off Florida.', ['splashed down: spaceflight']],
    ['上海新增本土確診病例268例。', ['新增本土確診病例: outbreak']],
    ['該視頻即遭各大平台全網刪除。', ['遭各大平台全網刪除: censorship']],
    ['國務院下令總領事館的非緊急職員及家屬撤離。', ['下令: order', '領事館的非緊急職員及家屬撤離: evacuation of diplomats']],
    ['特斯拉上海工廠本週二恢復生產。', ['恢復生產: production']],
    // A speaker's briefing and instructions are sayings.
    ['朱涛介绍，指挥部累计出动搜救人员。', ['介绍，: statement', '搜救: search and rescue']],
    ['The government survived two no-confidence motions on Monday.', ['survived two no-confidence motions: parliamentary vote']],
    ['The Constitutional Council is due to rule on April 14.', ['due to rule: court ruling']],
    ['Macron broke his silence on Wednesday.', ['broke his silence: statement']],
  ])('%s → %j', (sentence, expected) => expect(labelled(sentence)).toEqual(expected));
});

describe('findTriggers: what a remark after 对 was about is said, not done', () => {
  const about = (sentence: string) => findTriggers(sentence).filter((t) => t.quoted).map((t) => t.text);
  it.each([
    ['习近平对东航客机坠毁作出重要指示', ['坠毁']],
    ['外交部对袭击事件表示强烈谴责', ['袭击']],
    // No remark follows: 对 marks whom the deed was done to.
    ['警方对抗议者开枪', []],
    // What is called something (将X定性为, 把X称为) is what the words are about.
    ['总统正式将骚乱定性为一场“未遂政变”', ['骚乱', '未遂政变']],
    ['官方媒体把抗议称为暴乱', ['抗议']],
    // 将 before a verb is "will": the deed itself.
    ['警方将驱散抗议者', []],
  ])('%s → %j', (sentence, expected) => expect(about(sentence)).toEqual(expected));
});

describe('findTriggers: rammings, captures, offensives, celebrations, impeachments', () => {
  const labelled = (sentence: string) => findTriggers(sentence).map((t) => `${t.text}: ${t.entry.label}`);
  it.each([
    ['樊某驾驶越野车冲撞正在锻炼的市民。', ['冲撞正在锻炼的市民: attack']],
    ['樊某随后被警方控制。', ['被警方控制: arrests']],
    ['反抗軍8日攻入首都。', ['攻入: occupation']],
    ['反抗軍11月27日起發動攻勢。', ['發動攻勢: military intervention']],
    ['民眾在廣場上慶祝。', ['慶祝: celebrations']],
    ['The opposition filed a motion to impeach the president.', ['to impeach: parliamentary vote']],
    ['A car plowed into a crowd on Monday.', ['plowed into: attack']],
  ])('%s → %j', (sentence, expected) => expect(labelled(sentence)).toEqual(expected));
});

describe('findTriggers: shootings, arson, tolls, closures, resumptions, warnings, speeches', () => {
  it.each([
    // Guns fired at people are an attack; beside an army, the state's use of force.
    ['The gunmen fired automatic weapons in short bursts at concertgoers.', ['fired automatic weapons: attack (unrest)']],
    ['Army units fired heavy weapons at the village.', ['Army: troops (military)', 'fired heavy weapons: use of force (military)']],
    ['They fired him in March.', []], // no weapon: a dismissal
    // A building that toppled over fell; an army that toppled a government took power.
    ['A seven-story building also toppled onto its side in the city.', []],
    ['The statue was toppled by protesters.', ['protesters: protests (unrest)']],
    ['The army toppled the elected government on Monday.', ['army: troops (military)', 'toppled: takeover (military)']],
    // Armed men storming a place attack it; protesters storming it protest.
    ['After gunmen stormed a concert hall near Moscow, police sealed off the area.', ['stormed: attack (unrest)']],
    ['Protesters stormed the palace.', ['Protesters: protests (unrest)', 'stormed: protests (unrest)']],
    // Arson.
    ['They then set the building ablaze.', ['set the building ablaze: arson (unrest)']],
    ['Rioters torched cars overnight.', ['torched: arson (unrest)']],
    // A toll as the subject: the dead counted.
    ['The death toll rose to 133.', ['death toll: casualties (unrest)']],
    ['Rescuers searched the burnt-out building.', ['searched the: search and rescue (other)']],
    // A place kept shut is a closure; trains and flights resumed are services resumed.
    ['The airport, closed to commercial flights since Tuesday, will remain shut until Saturday.', ['closed to commercial flights: closures (other)', 'remain shut: closures (other)']],
    ['台鐵東部幹線明天上午可恢復單線雙向通車。', ['恢復單線雙向通車: services resumed (other)']],
    ['那霸機場一度暫停起降。', ['暫停起降: closures (other)']],
    // A warning issued by a weather agency.
    ['日本氣象廳對沖繩本島發布海嘯警報。', ['發布海嘯警報: warning signal (other)']],
    ['The agency issued a tsunami warning for Okinawa.', ['tsunami warning: warning signal (other)']],
    // A meeting convened at home.
    ['應變中心將於明天上午9時召開工作會報。', ['召開工作會報: meeting (other)']],
    // A decision taken is an act.
    ['Macron decided on the measures at a security council.', ['decided on: decision (other)']],
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: an armed force entering the seat of power is a takeover', () => {
  it.each([
    ['塔利班武装几乎未遇抵抗便进入首都喀布尔。', ['进入首都: takeover (military)']],
    ['塔利班武装人员周日晚间进入位于喀布尔市中心的总统府。', ['进入位于喀布尔市中心的总统府: takeover (military)']],
    ['Taliban fighters entered the presidential palace on Sunday.', ['entered the presidential palace: takeover (military)']],
    ['总统进入总统府办公。', []], // no armed force: a leader going to work
    ['武装人员进入一栋民宅。', []], // a building in general is no seat of power
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: an embassy closing (only beside an embassy)', () => {
  it.each([
    ['美国驻喀布尔大使馆当天降下了国旗，使馆人员已全部转移到机场。', ['降下了国旗: embassy closure (diplomacy)', '使馆人员已全部转移: evacuation of diplomats (diplomacy)']],
    ['The embassy lowered its flag on Sunday.', ['lowered its flag: embassy closure (diplomacy)']],
    ['博物馆下午五时闭馆。', []], // a museum closing for the day
    ['士兵在日落时降下了国旗。', ['士兵: troops (military)']], // a flag lowered at dusk
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: speeches, posts and dismissals are sayings', () => {
  it.each([
    ['In a televised address to the nation on Saturday, Putin called the attack barbaric.', ['televised address: statement', 'attack: attack (unrest)']],
    ['Putin on Tuesday dismissed such Western warnings as provocative.', ['dismissed such Western warnings: statement']],
    ['The president dismissed the government on Monday.', ['dismissed the government: government change (other)']], // a government dismissed is no remark
    ['岸田文雄今天在社群平台X發文。', ['發文: statement']],
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: what is said not to be, or only allowed, has not happened', () => {
  it.each([
    ['"No violence will be tolerated," Attal said.', ['said: statement']],
    ['The state of emergency would allow the government to deploy more police.', ['state of emergency: state of emergency (other)']],
    ['The law enables police to arrest protesters without a warrant.', ['protesters: protests (unrest)']],
    ['The government decided to deploy troops.', ['decided to: decision (other)', 'deploy: troops deployed (military)', 'troops: troops (military)']], // decided is no permission
    ['There was violence in the capital.', ['violence: unrest (unrest)']],
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: a body at home meeting, or a leader visiting a site at home, is no diplomacy', () => {
  it.each([
    ['Both houses are due to meet together as a Congress in Versailles.', ['due to meet: meeting (other)']],
    ['Lawmakers will meet on Tuesday to vote.', ['will meet: meeting (other)']],
    ['Biden will meet Xi in San Francisco.', ['will meet: talks (diplomacy)']],
    ['Leaders at the General Assembly will meet Guterres.', ['will meet: talks (diplomacy)']], // the UN's assembly is no body at home
    ['總統蔡英文今天上午前往中央災害應變中心聽取簡報。', ['前往: inspection (other)', '聽取簡報: inspection (other)']],
    ['The king visited the quake-hit region on Friday.', ['visited: inspection (other)']],
    ['習近平前往莫斯科進行國事訪問。', ['前往: arrival (diplomacy)', '國事訪問: visit (diplomacy)']],
    ['以色列總理納坦雅胡8日視察戈蘭高地時表示，協議已經瓦解。', ['視察: setting', '表示: statement']], // a visit when speaking: where he spoke
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: a centre or a bureau named after what it watches is a name', () => {
  it.each([
    ['氣象署地震測報中心主任吳健富今天上午在記者會上表示。', ['記者會上: setting', '表示: statement']],
    ['中国地震局发布消息。', []],
    ['动荡局势持续。', ['动荡: unrest (unrest)']], // 局势 is no bureau
    ['地震造成重大伤亡。', ['地震: disaster (other)', '伤亡: casualties (unrest)']],
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: laws gazetted and scrutinised, funerals, bank runs and meetings at home', () => {
  it.each([
    // Gazetting a law, its taking effect, a committee scrutinising a bill: legislation.
    ['條例將於本周六（23日）刊憲生效。', ['條例將於本周六（23日）刊憲生效: legislation']],
    ['條例草案本月8日刊憲，同日在立法會首讀。', ['刊憲: legislation', '立法會: setting']],
    ['委員會其後連續7天開會，本月13日完成逐條審議草案181項條文。', ['審議草案181項條文: legislation']],
    ['委員會翌日再審議政府提出的91項修正案。', ['審議政府提出的91項修正案: legislation']],
    ['In 2018, Congress passed and President Donald Trump signed a law that curbed oversight.', ['signed a law: legislation']],
    // The body taken home in a hearse, a wake: funeral.
    ['安倍的遗体今天清晨由灵车从医院运往东京涩谷区的寓所。', ['遗体今天清晨由灵车从医院运往: funeral']],
    ['安倍的守灵仪式将于下周一（11日）晚在东京港区的增上寺举行。', ['守灵: funeral']],
    // Explaining (解释，) is saying; an interpretation (这份解释) is not.
    ['梁君彥昨晚表決後解釋，主席一般不會投票。', ['解釋，: statement']],
    ['根據這份解釋，海外律師能否參與案件由特首決定。', []],
    // Ruling out, reassuring, making public: statements, not court rulings.
    ['Earlier Sunday, Yellen had ruled out a bailout of the kind.', ['ruled out: statement', 'bailout: trade and investment']],
    ['President Joe Biden sought to reassure Americans on Monday that the banking system is safe.', ['sought to reassure: statement']],
    ['The findings are to be made public by May 1.', ['be made public: statement']],
    // Money withdrawn is a run on a bank; troops withdrawn stay troops.
    ['Customers tried to withdraw $42 billion that day alone.', ['withdraw: bank run']],
    ['Depositors withdrew their deposits within hours.', ['withdrew their deposits: bank run']],
    ['Russia will withdraw its troops from the region.', ['withdraw: troop withdrawal', 'troops: troops']],
    // Regulators closing a bank: a bank failure; the West Bank is no bank.
    ['New York state regulators closed Signature Bank, a lender popular with crypto firms, on Sunday.', ['closed Signature Bank: bank failure']],
    ['Israel closed the West Bank crossings on Sunday.', []],
    ['Its stock plunged 60% on Thursday.', ['plunged: markets']],
    // A government's own officials meeting, a central bank's policymakers: a meeting at home, no talks.
    ['On Friday, Treasury Secretary Janet Yellen met with the heads of the Fed and the FDIC.', ['met with: meeting']],
    ['Fed policymakers are scheduled to meet March 21-22.', ['scheduled to meet: meeting']],
    ['Blinken met with Chinese officials in Beijing.', ['met with: talks']],
    ['The UN security council is due to hold an emergency session on Sunday.', ['hold an emergency session: talks']],
    ['Parliament will hold a special session on Monday.', ['Parliament: setting', 'hold a special session: meeting']],
    // A police search of a home.
    ['警方当晚搜查了山上的住所，搜出数支疑似自制的枪支。', ['搜查了山上的住所: police search', '搜出: police search']],
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence).map((l) => l.replace(/: (statement|criticism|appeal|support)$/, ': statement'))).toEqual(expected);
  });
});

describe('findTriggers: 在…后 and 工作的 frame or describe, they do not report', () => {
  it.each([
    // 在安倍去世后: when Kishida spoke again, not a death told here.
    ['岸田当晚在安倍去世后再次会见记者，他一度哽咽地说。', [['去世', 'setting'], ['会见记者', 'setting'], ['说', 'speech']]],
    ['他在访问结束前会见了总统。', [['访问', 'setting'], ['会见', 'event']]],
    // With nothing else told, the framed event is what the sentence reports.
    ['哈萨克斯坦局势在俄国进行军事干预后已经稳定下来。', [['军事干预', 'event']]],
    // 在 in another clause frames nothing.
    ['在东京，他宣布辞职后离开。', [['宣布', 'speech'], ['辞职', 'event']]],
  ])('%s → %j', (sentence, expected) => {
    expect(findTriggers(sentence).map((t) => [t.text, t.entry.kind])).toEqual(expected);
  });

  it('a duty someone once ran (主理…立法工作的) describes them', () => {
    const [law] = findTriggers('主理2003年23條立法工作的新民黨主席葉劉淑儀在辯論中發言說。');
    expect([law?.text, law?.modifier]).toEqual(['立法', true]);
  });
});

describe('findTriggers: disasters that strike, accidents, tolls at home and government changes', () => {
  it.each([
    // What struck is a disaster when a quake or a storm is its subject, or its agent after "by"; else force.
    ['The magnitude 7.6 quake, which registered the maximum 7 on the scale, struck at 4:10 p.m. on Monday.', ['quake: disaster (other)', 'struck: disaster (other)']],
    ['A magnitude 6.5 quake struck Suzu in May last year.', ['quake: disaster (other)', 'struck: disaster (other)']],
    ['The town was struck by a powerful typhoon.', ['struck: disaster (other)', 'typhoon: disaster (other)']],
    ['Israel struck targets in Lebanon.', ['struck: use of force (military)']],
    ['A strong aftershock jolted Wajima.', ['aftershock: disaster (other)']],
    ['A fire that broke out Monday evening burned through the night.', ['fire that broke out: disaster (other)']],
    ['The king visited the flood-hit province.', ['visited: inspection (other)']], // a compound describing a place
    // A collision of vehicles is an accident; rival ships colliding are not read here.
    ['A coast guard plane collided with a passenger jet on a runway.', ['collided with: disaster (other)']],
    ['A Chinese vessel collided with a Philippine ship.', []],
    ['The tsunami advisories were lifted the following morning.', ['tsunami advisories: warning signal (other)']],
    ['About 33,000 people were staying at evacuation centers.', ['evacuation centers: displaced (other)']],
    // A minister fired, a government taking office, a winner declared.
    ['Chancellor Olaf Scholz fired Finance Minister Christian Lindner.', ['fired Finance Minister: government change (other)']],
    ['The coalition took office in December 2021.', ['took office: government change (other)']],
    ['the motions it had filed since he took office in May 2022', ['took office: setting']],
    ['Trump was declared the winner of the election.', ['declared the winner: election (other)', 'election: election (other)']],
    ['Trump declared that he would win.', ['declared: statement']],
    // A government's own parties meeting, or a proposal put to them, is at home.
    ['German coalition leaders meet for crisis talks.', ['talks: meeting (other)']],
    ['Biden and Xi held talks.', ['held talks: talks (diplomacy)']],
    ['Lindner had proposed to coalition leaders an early election.', ['proposed: statement', 'election: election (other)']],
    ['China proposed a peace plan.', ['proposed: initiative (diplomacy)']],
    // Speeches ahead and instructions are statements; markets move in trading.
    ['Kishida is scheduled to hold his New Year\'s press conference on Thursday.', ['hold his New Year\'s press conference: statement']],
    ['Scholz is expected to address the Bundestag next week.', ['address the Bundestag: statement']],
    ['Kishida instructed the ministers concerned.', ['instructed: statement']],
    ['The DAX share index was up more than 1% in afternoon trading.', ['share index: markets (economy)', 'in afternoon trading: markets (economy)']],
    // A coast guard shadowing and warning off ships is military; 驱离 beside no ship is not.
    ['已派遣巡防艦艇全程監控、伴航，並以無線電廣播驅離。', ['全程監控: shadowing (military)', '伴航: shadowing (military)', '驅離: shadowing (military)']],
    ['警方驱离示威者。', ['示威: protests (unrest)']],
    // A president visiting his own troops is at home.
    ['賴清德前往桃園勗勉海軍陸戰隊66旅。', ['前往: inspection (other)']],
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: closures, asset freezes, searches, offensives, evacuees, ceremonies and charges', () => {
  it.each([
    // A paper or a company ceasing to operate is a closure.
    ['报社管理层决定提前停止运作。', ['停止运作: closures (other)']],
    ['网站和手机应用程序当晚午夜起停止更新。', ['停止更新: closures (other)']],
    // An asset freeze may name its owners and the sum between 冻结 and 资产 (a wider gap), never across a comma.
    ['冻结苹果日报有限公司、苹果日报印刷有限公司及苹果互动有限公司合共1800万港元资产。', ['冻结苹果日报有限公司、苹果日报印刷有限公司及苹果互动有限公司合共1800万港元资产: asset freeze (economy)']],
    ['当局冻结了该公司的资产。', ['冻结了该公司的资产: asset freeze (economy)']],
    ['冻结计划，资产不变。', []],
    // Police searching a building, or police named before 搜查.
    ['警方搜查报社大楼。', ['搜查报社大楼: police search (unrest)']], // the longer match wins
    ['警方今早搜查多处地点。', ['警方今早搜查: police search (unrest)']],
    ['国安处搜查位于将军澳的壹传媒大楼。', ['搜查位于将军澳的壹传媒大楼: police search (unrest)']],
    ['Police raided the offices of the newspaper.', ['raided the offices: police search (unrest)']],
    // An attack launched is an offensive.
    ['约300名士兵向俄军阵地发起进攻。', ['士兵: troops (military)', '发起进攻: military intervention (military)']],
    // Residents evacuated, and their shelters: no troops withdrawn.
    ['從邊境地區撤離的居民在一處臨時安置點領取救援物資。', ['撤離的居民: displaced (other)', '臨時安置點: displaced (other)']],
    ['部队从该地区撤离。', ['部队: troops (military)', '撤离: troop withdrawal (military)']],
    // A ceremony opening a dam; a funeral procession.
    ['两国总统共同为一座水坝举行落成仪式。', ['落成仪式: inauguration ceremony (other)']],
    ['送葬仪式将于周二开始。', ['送葬: funeral (other)']],
    // A charge ahead and a court's bar (a name with accents inside the gap).
    ['Prosecutors will formally charge Zúñiga with terrorism.', ['charge Zúñiga with: court ruling (other)']],
    ['The Constitutional Court barred him from running again.', ['barred him from running: court ruling (other)']],
    ['Footage shows Arce confronting Zúñiga in a hallway.', ['confronting: confrontation (other)']],
    // A state of emergency is a government measure; martial law stays with unrest.
    ['将库尔斯克州的紧急状态提升至联邦级别。', ['紧急状态: state of emergency (other)']],
    ['The president declared martial law.', ['declared: statement', 'martial law: state of emergency (unrest)']],
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: shootings of people, crushes and sinkings, measures, relief, comparisons', () => {
  it.each([
    // "shot" reports a shooting only with a person shot or in the passive.
    ['That afternoon, a Capitol Police officer shot Ashli Babbitt.', ['shot: shooting (unrest)']],
    ['A day after he was shot multiple times in an assassination attempt.', ['shot: shooting (unrest)', 'assassination attempt: attack (unrest)']],
    ['The gunman shot him four times.', ['shot: shooting (unrest)']],
    ['She shot to fame in 2010.', []],
    ['The crew shot a documentary in Paris.', []],
    // An opening as-clause says when the main clause happened.
    ['Shortly after 2 p.m. Wednesday, as the House and Senate met in a joint session, rioters overwhelmed police barricades and smashed windows.', ['met: setting', 'overwhelmed police: unrest (unrest)', 'smashed windows: unrest (unrest)']],
    ['Israeli warplanes pounded Gaza, as the death toll from the assault rose to 300.', ['death toll: casualties (unrest)', 'assault: military intervention (military)']],
    // What someone quit over is a reason, not an event.
    ['Chao resigned, the first Cabinet member to quit over the assault.', ['resigned: government change (other)', 'assault: setting']],
    // A yardstick "the first … since": measured against history, which the since-clause tells with its own date.
    ['It was the first assassination attempt on a European leader since Djindjic was shot dead in 2003.', ['assassination attempt: setting', 'shot: shooting (unrest)', 'dead: casualties (unrest)']],
    ['The first time Iran has ever launched a direct attack on Israel.', ['attack: setting']],
    // A session resumed, an evacuation, surgery, an election result certified, a measure extended.
    ['The Senate reconvened at about 8 p.m.', ['reconvened: meeting (other)']],
    ['Secret Service agents hustled Pence out of the chamber.', ['hustled Pence out of: evacuation (other)']],
    ['Two teams of surgeons operated on him for five hours.', ['operated on: medical treatment (other)']],
    ['Congress formally confirmed Joe Biden’s victory early Thursday.', ['confirmed Joe Biden’s victory: election result certified (other)']],
    ['Bowser later extended the city’s public emergency by 15 days.', ['extended the city’s public emergency: state of emergency (other)']],
    ['Putin sent a telegram to Caputova.', ['sent a telegram: message (diplomacy)']],
    ['His government soon halted military aid to Ukraine.', ['halted military aid: military aid suspended (military)']],
    // A comparison and an echo are sayings.
    ['Hua compared the riot to the storming of the Legislative Council.', ['compared the riot to: comparison', 'storming: protests (unrest)']],
    ['Pelosi was expected to echo that demand.', ['to echo: statement']],
    // A crowd crush, an accident and a sinking are disasters; an accident's investigation or cause is none.
    ['梨泰院週六晚間發生嚴重踩踏事故。', ['踩踏事故: disaster (other)']],
    ['事故已造成153人死亡。', ['事故: disaster (other)', '死亡: casualties (unrest)']],
    ['世越號客輪在珍島附近海域沉沒。', ['沉沒: disaster (other)']],
    ['民航事故调查中心主任表示。', ['表示: statement']],
    ['他在事故现场表示。', ['表示: statement']],
    // 地震发生后, 事故发生当天: when, not what.
    ['地震发生后，习近平连夜作出重要指示。', ['地震: setting', '作出重要指示: statement']],
    ['习近平对甘肃临夏州积石山县6.2级地震作出重要指示', ['地震: disaster (other)', '作出重要指示: statement']],
    // A rule lifted, relief funds allocated, supplies sent and people relocated.
    ['韓國又全面取消了戶外強制佩戴口罩的規定。', ['取消了戶外強制佩戴口罩的規定: restrictions lifted (other)']],
    ['财政部紧急预拨2亿元中央自然灾害救灾资金。', ['预拨: relief funds (economy)']],
    ['已向积石山县调运帐篷650顶、棉被褥4080床、折叠床1604张、棉大衣3120件等救灾物资。', ['调运帐篷650顶、棉被褥4080床、折叠床1604张、棉大衣3120件等救灾物资: relief supplies (other)']],
    ['大河家镇已转移安置受灾群众3000余人。', ['转移安置: displaced (other)']],
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: proclamations, escapes, rescues, alerts, remands, hearings, rulings, ships at sea, mutinies', () => {
  it.each([
    // An emergency proclaimed for a disaster is a measure; people fleeing into the sea and pulled out of it, alerts sent.
    ['Lt. Gov. Sylvia Luke issued an emergency proclamation that day.', ['emergency proclamation: state of emergency (other)']],
    ['Dozens of people ran into the ocean to escape the heat and smoke.', ['ran into the ocean: escape (other)', 'to escape the: escape (other)']],
    ['Coast Guard crews had pulled 17 people from the water by the next morning.', ['pulled 17 people from the water: rescue (other)']],
    // Fleeing a fire or a city is a flight; only leaving the country is a flight abroad.
    ['Kainoa Akana fled Tuesday afternoon with his wife and their dog.', ['fled: flight (other)']],
    ['The former president fled the country on Sunday.', ['fled the country: flight abroad (other)']],
    ['大批居民被迫逃離家園。', ['逃離: flight (other)']],
    // A typhoon's landfall (登陆) is a disaster; a landing ship (登陆舰) is a vessel.
    ['台风“摩羯”6日下午在海南文昌登陆。', ['台风: disaster (other)', '登陆: disaster (other)']],
    ['菲律宾将一艘老旧坦克登陆舰非法“坐滩”在仁爱礁。', []],
    ['Two fishermen were rescued on Sunday.', ['were rescued: rescue (other)']],
    ['Officials instead sent alerts to cellphones, televisions and radio stations.', ['sent alerts: warning signal (other)']],
    // A fire reported is the fire, nobody speaking; a wildfire is a disaster.
    ['The Lahaina fire was reported shortly after 6:30 a.m. on Tuesday.', ['fire was reported: disaster (other)']],
    ['The wildfire tore through the town.', ['wildfire: disaster (other)']],
    ['The ministry reported 12 new cases.', ['reported: statement', 'new cases: outbreak (other)']],
    // A remand, bail and a hearing ahead are court steps.
    ['A court granted NAB an eight-day physical remand of Mr Khan.', ['physical remand: court ruling (other)']],
    ['Lawyers filed a petition for bail.', ['petition for bail: court ruling (other)']],
    ['The IHC will hear Mr Khan’s petition for bail on Friday.', ['will hear Mr Khan’s petition: court ruling (other)']],
    ['We will hear more from him.', []],
    // A court declaring something (un)lawful rules on it; what it rules on is its object, no new event.
    ['The Supreme Court on Thursday declared the arrest of Imran Khan “invalid and unlawful”.', ['declared: court ruling (other)', 'arrest: arrests (unrest)']],
    ['IHC Chief Justice Aamer Farooq had declared the arrest legal.', ['declared: court ruling (other)', 'arrest: arrests (unrest)']],
    ['The president declared a state of emergency.', ['declared: statement', 'state of emergency: state of emergency (other)']],
    ['The court declared that it would hear the case next week.', ['declared: statement']], // no verdict: what was said
    // Ships forcing their way into waters, a coast guard warning, blocking, boarding and expelling them, ships colliding.
    ['菲律宾船只17日再次侵闯中国南沙群岛仁爱礁邻近海域。', ['侵闯: incursion at sea (military)']],
    ['菲方运补船和海警船强闯仁爱礁海域，并与中方船只发生碰撞。', ['强闯: incursion at sea (military)', '发生碰撞: collision at sea (military)']],
    ['中国海警当天依法对菲方船艇采取警告拦阻、登临检查、强制驱离等管制措施。', ['警告拦阻: shadowing (military)', '登临检查: shadowing (military)', '强制驱离: shadowing (military)']],
    ['菲运补船无视中方多次严正警告，以不专业方式故意危险接近中方正常航行船只，导致发生擦碰。', ['危险接近: collision at sea (military)', '擦碰: collision at sea (military)']],
    ['示威者强闯立法会。', ['示威: protests (unrest)', '立法会: setting']], // no waters, reef or ship: no incursion at sea
    ['两车发生碰撞。', []], // no coast guard, navy or supply mission
    // A joint sail of navies is a drill; a rule taking effect is legislation; foreign ministers' meetings ahead are talks.
    ['菲律宾还与美国、日本在南海举行了所谓“多边海上合作活动”。', ['海上合作活动: military exercises (military)']],
    ['《海警机构行政执法程序规定》已于上周六（6月15日）起正式施行。', ['起正式施行: legislation (other)']],
    ['东盟外长会及系列外长会将于下月下旬在老挝首都万象举行。', ['外长会及系列外长会将于下月下旬在老挝首都万象举行: talks (diplomacy)']],
    // A criminal case opened, a dismissal, a mutiny and its start, a plane falling.
    ['俄羅斯聯邦調查委員會當天即以涉嫌違反飛航安全規定為由，展開刑事調查。', ['展開刑事調查: court ruling (other)']],
    ['空天軍司令蘇洛維金已被解除職務。', ['解除職務: government change (other)']],
    ['普里格欽兩個月前發動的武裝叛變，被視為最嚴重挑戰。', ['武裝叛變: mutiny (military)']],
    ['他今年6月23日晚間宣布起兵。', ['宣布起兵: mutiny (military)']],
    ['飛機在當地時間傍晚6時20分左右墜落。', ['墜落: disaster (other)']],
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: what a court declared (un)lawful is what it ruled on', () => {
  const object = (sentence: string) => findTriggers(sentence).filter((t) => t.entry.kind === 'event').map((t) => `${t.text}${t.quoted ? ' (object)' : ''}`);
  it.each([
    ['The Supreme Court on Thursday declared the arrest of Imran Khan “invalid and unlawful” and directed him to appear, after protests.', ['declared', 'arrest (object)', 'protests']],
    ['IHC Chief Justice Aamer Farooq had declared the arrest legal, though he issued notices.', ['declared', 'arrest (object)']],
    // Not a court, or no verdict: the arrest is reported.
    ['Police declared the arrest lawful.', ['arrest']],
    ['The court declared a recess after the arrest.', ['arrest']],
  ])('%s → %j', (sentence, expected) => expect(object(sentence)).toEqual(expected));
});

describe('findTriggers: disaster measures, stranded and rescued, crackdowns, offices, elections', () => {
  it.each([
    // Emergency responses and warnings launched, raised or ended: measures (other).
    ['国家防总7月30日针对北京、天津、河北、山西、河南等省份启动防汛二级应急响应。', ['启动防汛二级应急响应: emergency response (other)']],
    ['2日，两部门将这一响应提升至Ⅲ级。', ['将这一响应提升: emergency response (other)']],
    ['此前，北京市已启动防汛红色预警，这是北京防汛预警中的最高级别。', ['启动防汛红色预警: warning signal (other)']],
    ['2日6时，河北省决定启用永定河泛区。', ['启用永定河泛区: flood measure (other)']],
    ['国家消防救援局当天调派山东省消防救援总队跨区域增援河北。', ['调派山东省消防救援: rescuers sent (other)', '跨区域增援: rescuers sent (other)']],
    // People moved out of danger; trains stranded; passengers reaching safety (no visit).
    ['全市共转移受威胁群众12.7万人。', ['转移受威胁: displaced (other)']],
    ['K396次等多趟旅客列车此前在门头沟区受阻滞留。', ['旅客列车此前在门头沟区受阻滞留: stranded (other)']],
    ['K396次列车首批328名旅客在武警官兵护送下安全抵达北京丰台站。', ['安全抵达: safe arrival (other)']],
    ['中部战区陆军4架直升机紧急起飞。', ['直升机紧急起飞: aircraft scrambled (military)']],
    ['全市平均降雨量达331毫米。', ['平均降雨量: disaster (other)']],
    // Police firing teargas and live rounds: a crackdown.
    ['Police fired teargas, water cannon and live rounds at the crowds.', ['fired teargas: crackdown (unrest)', 'water cannon: crackdown (unrest)', 'live rounds: crackdown (unrest)']],
    ['Police officers and forensic investigators outside the residence', ['forensic investigators: investigation (other)']],
    // Coming to power, a reshuffle, a new prime minister named: a change of office.
    ['Ruto came to power in September 2022.', ['came to power: government change (other)']],
    ['岸田去年12月撤換官房長官松野博一等4名安倍派閣員。', ['撤換: government change (other)']],
    ['Mr Moïse had named Ariel Henry, a neurosurgeon, as the new prime minister on Monday.', ['as the new prime minister: government change (other)']],
    ['自民黨在4月28日舉行的3場眾議院補選中全軍覆沒。', ['補選: election (other)']],
    ['自民黨今年4月對39名涉案議員作出處分。', ['作出處分: disciplinary action (other)']],
    ['Mr Moïse maintained that his term would run until February 2022.', ['maintained that: statement']],
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});

describe('findTriggers: what was condemned is named, not reported', () => {
  it.each([
    ['The UN Secretary-General condemned the killing and urged calm.', 'killing', true],
    ['Leaders denounced the brutal attack on the city.', 'attack', true],
    ['He condemned what he called an assassination.', 'assassination', true],
    ['Gunmen killed the president, and the UN condemned it.', 'killed', false],
  ])('%s: %s named only → %s', (sentence, word, named) => {
    expect(findTriggers(sentence).find((t) => t.text === word)?.quoted).toBe(named);
  });
});

describe('findTriggers: takeovers and borrowing, swap lines, price moves, hearings, riots, purposes', () => {
  it.each([
    // A company buying a company is economy, even when a government brokers the deal; "agreed on Sunday" is no agreement on something.
    ['UBS agreed on Sunday to buy Credit Suisse for 3 billion Swiss francs ($3.2 billion) in an all-share deal brokered by the Swiss government.', ['agreed on Sunday to buy: acquisition (economy)', 'all-share deal: acquisition (economy)', 'brokered: mediation (diplomacy)']],
    ['Swiss officials pressed UBS to take over its smaller rival before markets opened on Monday.', ['to take over: acquisition (economy)']],
    ['The deal is expected to close by the end of 2023.', ['deal is expected to close: acquisition (economy)']],
    ['The Taliban took over the city after the army fled.', ['army: setting', 'fled: flight (other)']], // no company: no acquisition
    ['Credit Suisse to borrow up to $54 billion from Swiss central bank', ['borrow: borrowing (economy)']],
    ['He had to borrow a car.', []], // no sum, no lender
    ['The central banks will hold the swap operations daily rather than weekly.', ['swap operations: monetary policy (economy)']],
    // A price falling to a close in a currency; a toll rising is none.
    ['But they fell 8% on Friday to close at 1.86 francs, valuing the bank at about 7.4 billion francs.', ['fell: markets (economy)', 'to close at: markets (economy)']],
    ['Israeli warplanes pounded Gaza, as the death toll rose to 300.', ['death toll: casualties (unrest)']],
    // A court appearance, one ahead too; a meeting chaired at home; flowers laid; missiles thrown by a crowd.
    ['He is next due to appear at the same court in October.', ['appear at the same court: court hearing (other)']],
    ['Sir Keir chaired a meeting of the government’s Cobra emergency committee in Downing Street.', ['chaired a meeting: meeting (other)']],
    ['A crowd gathered outside the mosque and hurled bricks and bottles at the building and at police.', ['hurled bricks: unrest (unrest)']],
    ['Sir Keir had visited Southport earlier that day to lay flowers, and was heckled by some onlookers.', ['visited: inspection (other)', 'lay flowers: day of mourning (other)', 'was heckled: protests (unrest)']],
    ['Blinken visited Beijing to meet Xi Jinping.', ['visited: visit (diplomacy)']], // a visit abroad stays one
    ['Swiss President Alain Berset and Finance Minister Karin Keller-Sutter attend a news conference in Bern.', ['attend a news conference: statement']],
    // 将…列为战争目标: a cabinet adding a war goal.
    ['以色列安全内阁本周二凌晨也已将“让北部居民安全返家”列为战争目标之一。', ['战争目标: war aims (military)']],
    // 为声援哈马斯: a purpose, not a saying; 认为 stays one.
    ['真主党为声援哈马斯，几乎每天与以军在黎以边境交火。', ['交火: use of force (military)']],
    ['他认为声援是必要的。', ['认为: statement', '声援: support']],
  ])('%s → %j', (sentence, expected) => expect(kinds(sentence)).toEqual(expected));
});
