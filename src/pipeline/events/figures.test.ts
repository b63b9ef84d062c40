import { describe, expect, it } from 'vitest';
import { describeFigure, figuresAgree, findFigures } from './figures.ts';
import type { Figure } from '../../lib/schema.ts';

const summary = (text: string) => findFigures(text).map(describeFigure);

describe('findFigures', () => {
  it.each([
    ['造成了至少164人丧生，近10000人被捕。', ['at least 164 dead', 'nearly 10,000 arrested']],
    ['哈萨克斯坦持续动荡 4000余人被捕', ['over 4,000 arrested']],
    ['集安组织在哈维和人员现有二千三百人。', ['2,300 peacekeepers']],
    ['衝突造成3人死亡、至少10人受傷。', ['3 dead', 'at least 10 injured']],
    ['At least 164 people were killed and nearly 10,000 detained.', ['at least 164 dead', 'nearly 10,000 arrested']],
    ['some 2,300 peacekeepers arrived', ['about 2,300 peacekeepers']],
    // Orders of magnitude are not numbers: 数十人 is dozens, not 10.
    ['警方发射催泪瓦斯，至少数十人受伤送医。', ['dozens injured']],
    ['冲突造成几百人被捕', ['hundreds arrested']],
    ['数千名示威者冲破路障', ['thousands of protesters']],
    ['数十万人被拘留', ['hundreds of thousands arrested']],
    ['上千人被捕', ['at least 1,000 arrested']],
    ['十几人受伤，二十几人被捕', ['over 10 injured', 'over 20 arrested']],
    ['Dozens of people were injured and hundreds were arrested.', ['dozens injured', 'hundreds arrested']],
    ['tens of thousands of protesters marched; thousands of troops arrived', ['tens of thousands of protesters', 'thousands of troops']],
    // Who was counted can stand between the count and what happened to them.
    ['政变以来已有数十名民盟官员、民运人士和作家被捕', ['dozens arrested']],
    // A crowd counted by 人 that marched (上街游行) are the demonstrators.
    ['當年7月1日約50萬人上街遊行反對', ['about 500,000 protesters']],
    ['約50萬人遊行', ['about 500,000 protesters']],
    ['約50萬人上街購物', []],
    ['the United States has more than 1,000 U.S. troops there', ['over 1,000 troops']],
    ['300 French soldiers left', ['300 troops']],
    // Traditional numerals: 兩, 萬 are counts as much as 两, 万.
    ['兩名示威者被捕', ['2 arrested']],
    ['3萬人被捕', ['30,000 arrested']],
    ['逾兩萬名示威者上街', ['over 20,000 protesters']],
    // Who was counted, or where (在…中), between the count and the outcome, within the clause.
    ['至少79人在衝突中受傷送院', ['at least 79 injured']],
    ['22名警員受傷', ['22 injured']],
    ['3名记者在示威期间被捕', ['3 arrested']],
    ['10名士兵死亡', ['10 dead']],
    // Disaster tolls: a toll put at N, unaccounted for, one person, a part of a crew, troops raised to N, evacuees.
    ['The prefecture had put the toll at 30 on Tuesday morning.', ['30 dead']],
    ['Officials put the death toll at more than 100.', ['over 100 dead']],
    ['The toll, which the FSB put at 40 late on Friday, climbed to 133.', ['133 dead']],
    ['more than 300 people had been injured and at least 20 were unaccounted for', ['over 300 injured', 'at least 20 missing']],
    ['A magnitude 6.5 quake struck Suzu in May last year, killing one person.', ['1 dead']],
    ["Five of the six crew members aboard the coast guard's Bombardier Dash 8 were killed, while its captain escaped.", ['5 dead']],
    ['Two of them were seriously injured.', ['2 injured']],
    ['the government would double the number of Self-Defense Forces personnel working in the disaster zone from about 1,000 to some 2,000', ['about 2,000 troops']],
    ['raise the number of police personnel to 5,000', []],
    ['About 33,000 people were staying at evacuation centers in Ishikawa.', ['about 33,000 displaced']],
    ['All 379 passengers and crew on the JAL Airbus A350 escaped down emergency slides.', []],
    ['More than 100,000 households were without running water.', []],
    ['5名警员到场，其后受伤', []],
    ['3人在会议中发言', []],
    ['About 100 people, including 14 police officers, were killed on Sunday.', ['about 100 dead']],
    ['Hundreds of people, the police said, were arrested.', ['hundreds arrested']],
    ['100 people, including 14 police officers, attended.', []],
    // A crowd counted by 人 alone is the demonstrators when a march or rally follows.
    ['民间人权阵线称有103万人参与游行', ['1,030,000 protesters']],
    ['24萬人參加集會', ['240,000 protesters']],
    ['hundreds of thousands of protesters poured into the streets', ['hundreds of thousands of protesters']],
    // Another source's number for the same crowd ends its clause.
    ['主办方称有103万人参与游行，警方则指高峰期只有24万人。', ['1,030,000 protesters', '240,000 protesters']],
    ['10人受伤，警方表示已逮捕3人', ['10 injured', '3 arrested']],
    ['数百名不满的支持者抗议选举结果', ['hundreds of protesters']],
    ['数千名工人在工厂外示威', ['thousands of protesters']],
    ['数百名支持者欢迎他', []],
    ['有100人出席会议，会后3名代表离开。', []],
    ['这是第二次会议，有100人出席。', []],
    ['数十年来首次，人数不详', []],
    ['2022 年 1 月 9 日', []],
    // A passive outcome closing the clause wins over the counted noun.
    ['at least 137 Ukrainian soldiers and civilians had been killed and 316 wounded', ['at least 137 dead', '316 injured']],
    ['12 soldiers were wounded', ['12 injured']],
    ['10 soldiers died', ['10 dead']],
    ['300 soldiers had killed 5 civilians', ['300 troops', '5 dead']],
    // The outcome before the count.
    ['a conflict that has killed more than 14,000 people', ['over 14,000 dead']],
    ['Police killed at least 10 protesters on Sunday.', ['at least 10 dead']],
    ['troops detained 25 journalists', ['25 arrested']],
    ['the storm killed 3 days of work', []],
    // Driven from home.
    ['more than 100,000 people had already fled their homes', ['over 100,000 displaced']],
    ['50,000 people were displaced', ['50,000 displaced']],
    ['thousands of people were forced from their homes', ['thousands displaced']],
    ['10万人流离失所', ['100,000 displaced']],
    ['约2000人逃离家园', ['about 2,000 displaced']],
    // Headline tolls without 人.
    ['高楼火灾致10死 网民质疑', ['10 dead']],
    ['火灾致10死9伤', ['10 dead', '9 injured']],
    ['车祸造成三死', ['3 dead']],
    ['他九死一生', []],
    ['3伤心', []],
    // Taken away by the police: detained.
    ['数十人被带走', ['dozens arrested']],
    ['3人被警方带走', ['3 arrested']],
    ['2名记者遭带走', ['2 arrested']],
    // People gathering for a protest or a vigil are the demonstrators.
    ['当晚，数百名乌鲁木齐居民聚集在市政府大楼外抗议，要求解除封控。', ['hundreds of protesters']],
    ['上千人聚集在亮马河畔，为火灾遇难者守夜。', ['at least 1,000 protesters']],
    ['数千名学生走上街头示威', ['thousands of protesters']],
    ['数百名学生聚集在食堂外，手举白纸高唱国歌。', []],
    ['数百名警察聚集在广场，驱散抗议者', []],
    ['上千人聚集在广场。次日举行悼念活动', []],
    // Digits grouped under 万, and 万 alone as an order.
    ['仅土耳其境内就有9057人罹难、5万2979人受伤', ['9,057 dead', '52,979 injured']],
    ['另有数万人受伤', ['tens of thousands injured']],
    ['上万人被捕', ['at least 10,000 arrested']],
    // The outcome before the count: a toll as the subject, linked by 已, 达, 升至.
    ['地震在两国造成的死亡人数已超过1万5000人，另有数万人受伤。', ['over 15,000 dead', 'tens of thousands injured']],
    ['受伤人数升至300人', ['300 injured']],
    ['遇难者人数达到约1200人', ['about 1,200 dead']],
    ['失踪人数仍为12人', ['12 missing']],
    ['死亡人数恐将超过1999年地震的1万7000多人', []],
    ['各部队死亡人数达10人', ['10 dead']],
    // Arrests before the count: 人, or 名 and who, perhaps described first.
    ['已在哈塔伊省逮捕至少10名趁乱抢劫商店的嫌疑人', ['at least 10 arrested']],
    ['警方拘留了5名示威者', ['5 arrested']],
    ['警方逮捕了20人', ['20 arrested']],
    ['当局拘留3名', []],
    // A passive outcome in the next clause, when the count opens its clause and 被/遭 the next.
    ['警方说，16名大学生试图闯入日本大使馆所在的大楼，被当场逮捕。', ['16 arrested']],
    ['3名抗议民众冲击警戒线，遭警方带走', ['3 arrested']],
    ['8名救援人员进入废墟，随后被困', []],
    ['他带领16名学生参观大楼，被当场逮捕', []],
    ['16名学生参观大楼，警方随后逮捕了他们', []],
    ['5名记者被当场打死', ['5 dead']],
    // Civil defence, fire and disciplined services are no army.
    ['新加坡民防部队派出的68人救援队伍昨天抵达', []],
    ['消防部队出动200人', []],
    ['军方已出动逾3500名军人', ['over 3,500 troops']],
    // Mourners are not demonstrators (there is no figure kind for them).
    ['昨天陸續有數百名民眾前往獻花悼念，不少人在門口默哀鞠躬。', []],
    // 有 between the qualifier and the count keeps the qualifier.
    ['官方称约有60人死亡', ['about 60 dead']],
    ['至少有3人受伤', ['at least 3 injured']],
    ['逾1200人在抗议中被捕', ['over 1,200 arrested']],
    ['超过2300人死亡', ['over 2,300 dead']],
    ['共有40人被捕', ['40 arrested']],
    // An order after the outcome; the -ing form; one named person before the count.
    ['Fighting has killed hundreds of people, trapped civilians in their homes', ['hundreds dead']],
    ['troops stormed the camp, killing more than 100 people', ['over 100 dead']],
    ['a coup, detaining the prime minister and dozens of civilian officials', ['dozens arrested']],
    ['police arrested 12 officials', ['12 arrested']],
    ['killed 3 soldiers and 4 civilians', ['3 dead']],
    ['the army killed dozens', []],
    // Fighters are an armed group's strength; aircraft and model numbers are not.
    ['a force estimated to have some 100,000 fighters', ['about 100,000 troops']],
    ['20 stealth fighters flew over', []],
    ['with four F-35A stealth fighters and 4 F-16 fighters', []],
    // Fleeing into, across or out of a place is displacement; fleeing a scene is not.
    ['some 10,000 people have fled into neighbouring Chad', ['about 10,000 displaced']],
    ['thousands of residents flee Khartoum', ['thousands displaced']],
    ['200,000 people fled across the border', ['200,000 displaced']],
    ['50,000 people fled the country', ['50,000 displaced']],
    ['5 people fled the scene', []],
    // Distances, altitudes, speeds, ages and launches count nobody.
    ['The missile flew about 1,000 kilometers at an apogee of about 6,100 km', []],
    ['reaching a top speed of about Mach 22', []],
    ['North Korea has fired more than 30 ballistic missiles this year', []],
    ['more than 30 rounds of ballistic missile launches this year', []],
    ['a 22-year-old woman was killed', []],
    ['the United States keeps 28,500 troops in South Korea', ['28,500 troops']],
    // A headline's present tense, and more kinds of people, after the outcome; not what is only intended.
    ['Hong Kong police arrest 53 pro-democracy activists over unofficial primary', ['53 arrested']],
    ['Police Arrest 53 Pro-Democracy Activists', ['53 arrested']],
    ['an air strike kills 12 students', ['12 dead']],
    ['authorities detained 7 dissidents and 2 lawmakers', ['7 arrested']],
    ['the army threatened to kill 50 villagers', []],
    ['police will arrest 20 activists', []],
    // A people's name (capitalised) is who was counted; a lowercase word is not.
    ['air strikes killed at least 19 Palestinians across the Gaza Strip', ['at least 19 dead']],
    ['the war has killed more than 46,000 Palestinians, most of them women', ['over 46,000 dead']],
    ['the raid killed 3 Sudanese', ['3 dead']],
    ['the storm killed 3 veterans', []],
    // Millions with a decimal.
    ['has displaced about 1.9 million people', ['about 1,900,000 displaced']],
    ['2.5 million people have fled the country', ['2,500,000 displaced']],
    ['the 1.9 people were killed', []],
    // Counts spelled out, where digits would be read; a term of years is no count.
    ['Two people were killed and twenty-one wounded.', ['2 dead', '21 injured']],
    ['troops killed Forty-five protesters', ['45 dead']],
    ['Seventeen soldiers were wounded', ['17 injured']],
    ['he spent two years detained', []],
    ['Forty-five of the activists were sentenced to prison', []],
    ['Two were acquitted in May', []],
    ['someone was killed', []],
    // Released people are neither arrested nor dead: no class for them, no figure.
    ['Israel has freed 90 Palestinian prisoners early on Monday', []],
    ['Hamas released three Israeli captives', []],
    ['three hostages were released', []],
    ['105 captives freed in exchange for 240 Palestinian prisoners', []],
    // People the count names who are not troops: a troops word earlier is not theirs.
    ['各紀律部隊及民安隊昨晚共出動逾2,000名人員，處理塌樹', []],
    ['部队派出300名消防员', []],
    ['各部队共出动3000名官兵', ['3,000 troops']],
    ['500名维和人员抵达', ['500 peacekeepers']],
    ['當時共有458人受傷。', ['458 injured']],
    // A day of the month is no count, and a clause (that/who/which) between a number and an outcome is about something else.
    ['a strike on its consulate on April 1 that killed seven members of its Revolutionary Guard', ['7 dead']],
    ['the raid on 1 April killed 3 people', ['3 dead']],
    ['a vote on Sept. 30 killed the bill', []],
    ['an earthquake in 2019 that killed 30 people', ['30 dead']],
    // More kinds of people after the outcome; "crew members" as "people".
    ['the blast killed 4 personnel and 2 commanders', ['4 dead']],
    ['police detained 6 staff', ['6 arrested']],
    ['5 crew members were killed', ['5 dead']],
    // Hurt is injured, however badly.
    ['at least 12 people were hurt', ['at least 12 injured']],
    ['3 people were seriously injured', ['3 injured']],
    ['12 soldiers were critically wounded', ['12 injured']],
    ['the explosion hurt 9 people', ['9 injured']],
    ['3人受重伤', ['3 injured']],
    // 伤亡 counts the dead with the injured: neither alone.
    ['5人伤亡', []],
    // Who gathered to protest: any people noun, several joined by 和/、; not those who police or report it.
    ['数百名投资者和购房者曾聚集在公司总部外抗议', ['hundreds of protesters']],
    ['数百名业主聚集在售楼处外抗议', ['hundreds of protesters']],
    ['数十名记者聚集在法院外采访抗议者', []],
    ['数百名警察聚集驱散抗议者', []],
    // After 名, a short word before the outcome is who was counted.
    ['5名高層被捕', ['5 arrested']],
    ['3名人质被杀害', ['3 dead']],
    ['2名男童溺水死亡', []],
    // Attendance, lawmakers and a company's workforce: no figure kind counts them.
    ['美国工商界和友好团体400余名人士出席', []],
    ['集团约12.3万名员工将坚守岗位', []],
    ['more than 100 Tory MPs were ready to back him', []],
    ['Thirty-six Conservative MPs did not vote.', []],
    ['MSC said 25 crew members were aboard.', []],
    // Adverbs (已, 全部, 均) and when it happened (前一日, 当天) may stand before the outcome; 病逝 and 去世 are deaths.
    ['机上132人已全部遇难。', ['132 dead']],
    ['123名乘客和9名机组人员已全部遇难', ['123 dead', '9 dead']],
    ['3名患者前一日病逝', ['3 dead']],
    ['12人当天死亡', ['12 dead']],
    ['2名老人去世', ['2 dead']],
    // The identities or relatives of victims are not the victims.
    ['通过DNA鉴定已确定120名遇难者身份', []],
    ['300名遇难者家属抵达现场', []],
    // "a million", "half a million": the article as the number; those who marched are the demonstrators.
    ['More than a million people marched across France on Thursday', ['over 1,000,000 protesters']],
    ['Half a million people took to the streets', ['500,000 protesters']],
    ['about 200 students have rallied outside', ['about 200 protesters']],
    ['thousands of people marched in Paris', ['thousands of protesters']],
    ['a thousand people were killed', ['1,000 dead']],
    ['a hundred thousand people were killed', []],
    ['5,000 police marched', []],
    ['5,000 soldiers marched', ['5,000 troops']],
    ['the people marched', []],
    // People nouns, two joined by and, then the outcome, with or without were; not when it takes an object.
    ['457 people had been arrested and 441 police officers and gendarmes injured in the unrest', ['457 arrested', '441 injured']],
    ['12 police officers were hurt', ['12 injured']],
    ['300 police officers detained protesters', []],
    // A part of a count just made, in a place or "of them", counts the same.
    ['The ministry counted 1.08 million protesters in 300 towns, including a record 119,000 in Paris.', ['1,080,000 protesters', '119,000 protesters']],
    ['police detained 310 people nationwide, 258 of them in Paris', ['310 arrested', '258 arrested']],
    ['10 people were killed, including 3 in Kyiv.', ['10 dead', '3 dead']],
    ['The war killed 300 people; including 20 in Paris', ['300 dead']],
    ['More than 300 towns, including 40 in Brittany', []],
  ])('%s', (text, expected) => expect(summary(text)).toEqual(expected));

  it.each([
    ['123名乘客和9名机组人员已全部遇难', ['123名乘客', '9名机组人员']],
    ['16名大学生试图闯入大楼，被当场逮捕', ['16名大学生']],
    ['数百名乌鲁木齐居民聚集在市政府大楼外抗议', ['数百名']],
    ['机上132人已全部遇难', ['132人']],
  ])('takes the people noun after 名 into the text: %s', (text, expected) =>
    expect(findFigures(text).map((f) => f.text)).toEqual(expected));

  // People counted by what they are suspected of, how they died, tolls, a part named by its people.
  it.each([
    // A number word and an adjective before the people noun (gunmen, rioters, suspects…).
    ['The four suspected gunmen were arrested early on Saturday in the Bryansk region.', ['4 arrested']],
    ['The high commission said that more than 200 suspected rioters had been arrested.', ['over 200 arrested']],
    ['Police said 12 looters were detained overnight.', ['12 arrested']],
    ['Two attackers were killed by security forces.', ['2 dead']],
    // Gunmen who act are not counted: only an outcome done to them is.
    ['Four gunmen opened fire on the crowd.', []],
    // How they died: shot dead, found dead, shot and killed.
    ['Three people, all young Kanaks, were shot dead during the second night of rioting.', ['3 dead']],
    ['Two men were found dead in the house.', ['2 dead']],
    ['5 protesters were shot dead outside the palace.', ['5 dead']],
    ['3 soldiers were shot and killed at a checkpoint.', ['3 dead']],
    ['Two people were shot in the leg.', []],
    // A toll as the subject, its figure after a verb of rising or standing; "put at" (an estimate) in an aside is not it.
    ['The toll, which the FSB security service put at 40 late on Friday, climbed through Saturday, reaching 133 by Saturday evening.', ['133 dead']],
    ['The death toll rose to more than 40 on Monday.', ['over 40 dead']],
    ['The injury toll stood at 1,200.', ['1,200 injured']],
    ['The toll passed 100 on Sunday.', ['over 100 dead']],
    ['Its death toll has risen to nearly 300.', ['nearly 300 dead']],
    ['The war took a heavy toll on the economy, which shrank 5 percent.', []],
    ['The toll road reached 5 states.', []],
    // A part named by its people after the whole: "among them 64 police officers and gendarmes".
    ['Hundreds of people have been injured, among them 64 police officers and gendarmes, it said.', ['hundreds injured', '64 injured']],
    ['At least 20 people were killed, including 5 children.', ['at least 20 dead', '5 dead']],
    // A part is less than the whole (an order: less than ten times it).
    ['Dozens of people were injured, including 150 police officers.', ['dozens injured']],
    ['Hundreds of people were injured, including 150 police officers.', ['hundreds injured', '150 injured']],
  ])('reads %s', (text, expected) => expect(summary(text)).toEqual(expected));

  it.each([
    ['Hundreds of people have been injured, among them 64 police officers and gendarmes, it said.', '64 police officers and gendarmes'],
    ['The toll, which the FSB security service put at 40 late on Friday, climbed, reaching 133 by Saturday evening.', '133'],
    ['The death toll rose to more than 40 on Monday.', 'more than 40'],
  ])('takes the figure text from %s', (text, expected) => expect(findFigures(text).map((f) => f.text)).toContain(expected));

  // A list between the verb and 等, a decimal before 万, evacuation, whereabouts unknown,
  // soldiers described first, a long description after 名, a killing before the count, hospital.
  it.each([
    ['警方以涉嫌串谋勾结外国势力罪拘捕《苹果日报》总编辑罗伟光（Ryan Law）、壹传媒行政总裁张剑虹（Cheung Kim-hung）等5名高层，并检走44部电脑硬盘。', ['5 arrested']],
    ['军方枪杀了示威领袖甲、乙等12人', ['12 dead']],
    ['他会见了部长甲、乙等5名官员', []],
    ['警方拘捕一名男子，甲、乙等3名官员出席', ['1 arrested']],
    ['已有逾7.6萬人被臨時轉移到安全地點。', ['over 76,000 displaced']],
    ['约1万名居民被紧急疏散', ['about 10,000 displaced']],
    ['2000名士兵撤离该地区', ['2,000 troops']],
    ['当地约2000名居民下落不明。', ['about 2,000 missing']],
    ['約300名烏軍士兵在11輛坦克和20多輛裝甲車的支援下發起進攻', ['about 300 troops']],
    ['300名警察在场', []],
    ['那次空袭造成包括两名将领在内的7名伊斯兰革命卫队成员死亡。', ['7 dead']],
    ['人权组织称当局在随后的镇压中打死了500多人。', ['over 500 dead']],
    ['警方击毙了3名武装分子', ['3 dead']],
    ['Bolivia’s health ministry said at least nine people had been taken to hospital with injuries, some of them hit by pellets.', ['at least 9 injured']],
    ['Twelve people were treated for minor injuries.', ['12 injured']],
    ['Nine people were taken to hospital for tests.', []],
  ])('%s', (text, expected) => expect(summary(text)).toEqual(expected));

  // A crowd at a rally, members of an armed force, a toll brought to a figure, citizens between
  // the count and the outcome, out of contact (失联), moved to safety before who and the count.
  it.each([
    ['Trump had addressed thousands of his supporters at a rally on the Ellipse, just south of the White House.', ['thousands of protesters']],
    ['About 2,000 people at a vigil held candles.', ['about 2,000 protesters']],
    ['Thousands of his supporters watched the speech on television.', []],
    ['Army Secretary Ryan D. McCarthy said all 1,100 members of the D.C. National Guard had been mobilized.', ['1,100 troops']],
    ['All 40 members of the city council voted.', []],
    ['Three other people died after what police described as medical emergencies, bringing the day’s death toll to four.', ['3 dead', '4 dead']],
    ['The new cases brought the toll to more than 30.', ['over 30 dead']],
    ['The talks brought the total to four.', []],
    ['已知有4名中國公民在事故中遇難，另有2人受傷。', ['4 dead', '2 injured']],
    ['仍有20人失联，救援人员正在全力搜寻。', ['20 missing']],
    ['大河家镇已转移安置受灾群众3000余人。', ['over 3,000 displaced']],
    ['紧急疏散居民1200人', ['1,200 displaced']],
    ['已向积石山县调运帐篷650顶、棉被褥4080床', []],
  ])('%s', (text, expected) => expect(summary(text)).toEqual(expected));

  it('keeps the figure as written and its offsets', () => {
    const text = '造成了至少164人丧生';
    const [figure] = findFigures(text);
    expect(figure?.text).toBe('至少164人');
    expect(text.slice(figure!.start, figure!.end)).toBe(figure!.text);
  });
});

describe('figuresAgree', () => {
  const fig = (value: number, approx: Figure['approx'] = 'exact'): Figure => ({ value, text: '', what: 'injured', approx });
  it.each([
    [fig(37), fig(37), true],
    [fig(30), fig(37), false],
    [fig(10, 'several'), fig(37), true],
    [fig(37), fig(10, 'several'), true],
    [fig(10, 'several'), fig(120), false],
    [fig(100, 'several'), fig(100, 'several'), true],
    [fig(10, 'several'), fig(100, 'several'), false],
    [fig(10, 'several'), fig(10), true],
  ] as const)('%o and %o: %s', (a, b, agree) => expect(figuresAgree(a, b)).toBe(agree));
});

describe('findFigures: all of them, how badly, a toll raised', () => {
  it.each([
    // 全數 (all of them) before the outcome, as 全部.
    ['機上10人全數罹難。', ['10 dead']],
    // How badly and a quotation mark before the outcome; 人员 is one noun (not 军人 and 员).
    ['菲律宾军方随后证实，一名菲海军人员在冲突中“严重受伤”，已被撤离', ['1 injured']],
    ['两名士兵严重受伤', ['2 injured']],
    // "raised it to 80, up from 67" in a sentence about deaths: the toll; the 1960 tsunami's 61 is a yardstick.
    ['Late Friday, a county announcement raised it to 80, up from 67 earlier in the day, making the fires the deadliest natural disaster in Hawaii’s history as a state, surpassing a 1960 tsunami that killed 61 people on the Big Island.', ['80 dead']],
    ['The new figure surpassed the toll of the 2018 Camp Fire in Northern California, which killed 85 people.', []],
    ['The prices raised it to 80, up from 67.', []],
    // A year after an article is no count: "a 1946 tsunami killed".
    ['built after a 1946 tsunami killed more than 150 people', ['over 150 dead']],
    // Not a yardstick: the event's own toll in a relative clause.
    ['The 2023 earthquake, which killed 50 people, struck at dawn.', ['50 dead']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('findFigures: the displaced, and counts among those an outcome befell', () => {
  it.each([
    // Driven (forced) from home before the count: the displaced; the text runs to who was counted.
    ['Gang violence has already driven thousands of people from their homes in Port-au-Prince', ['thousands displaced']],
    ['The floods forced 2,000 residents out of their homes', ['2,000 displaced']],
    ['The army drove the rebels from the town', []],
    // A count "among those" an outcome befell.
    ['Officials said two US citizens of Haitian descent were among those detained', ['2 arrested']],
    ['three Britons were among the dead', ['3 dead']],
    ['two students were among those who were arrested', ['2 arrested']],
    ['two officials were among those who attended', []],
    // Bodies counted, found or recovered are the dead; bodies that are organisations count nobody.
    ['a Reuters reporter counted at least five bodies outside the complex', ['at least 5 dead']],
    ['Rescuers recovered 12 bodies from the rubble', ['12 dead']],
    ['30 bodies were found in the river', ['30 dead']],
    ['The two governing bodies agreed on Monday', []],
    ['Three international bodies condemned the attack', []],
    // Demonstrators counted (a word or two may describe them) are protesters; an outcome after them wins.
    ['The protests began in Nairobi on 18 June, when hundreds of mostly young demonstrators gathered near parliament', ['hundreds of protesters']],
    ['Police arrested hundreds of demonstrators', ['hundreds arrested']],
    ['hundreds of young demonstrators were injured', []],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps who was counted in the text', () => {
    expect(findFigures('officials said two US citizens of Haitian descent were among those detained')[0]?.text).toBe('two US citizens');
    expect(findFigures('has already driven thousands of people from their homes')[0]?.text).toBe('thousands of people');
  });
});

describe('findFigures: crowds surging, a qualifier before the verb of the toll', () => {
  it.each([
    // A crowd surging towards a place is the demonstrators when the sentence is about a protest (before or after the count).
    ['示威從週四晚間開始，消息傳出後，數千名民眾自發湧向國會大廈。', ['thousands of protesters']],
    ['数百名学生涌上街头抗议', ['hundreds of protesters']],
    ['节日期间数千名游客涌向海滩', []],
    // The qualifier may stand before the verb that causes the toll.
    ['两波爆炸至少造成32人死亡、3000多人受伤。', ['at least 32 dead', 'over 3,000 injured']],
    ['地震至少导致10人死亡', ['at least 10 dead']],
    // Why (因/由于…) between the count and the outcome; a cause naming 伤害 is no outcome.
    ['叙利亚境内同日也有14人因寻呼机爆炸受伤。', ['14 injured']],
    ['另有3人因伤势过重死亡', ['3 dead']],
    ['2人因涉嫌纵火被捕', ['2 arrested']],
    ['5人因故意伤害罪被判刑', []],
    // A second group with its own count before one verb: both counted.
    ['Bebe King, six, and Elsie Dot Stancombe, seven, were killed, and eight other children and two adults were injured.', ['8 injured', '2 injured']],
    ['three officers and two civilians were hurt', ['3 injured', '2 injured']],
    // Taken to hospital after a passive: injured; not as a precaution or for checks.
    ['Three officers were taken to hospital and eight people were arrested, Northumbria Police said.', ['3 injured', '8 arrested']],
    ['Two children were taken to hospital as a precaution', []],
    ['Police took 12 people to hospital', []],
    // Rioters counted are the crowd of the unrest; an outcome after them wins.
    ['On Sunday, hundreds of rioters attacked the Holiday Inn Express at Manvers', ['hundreds of protesters']],
    ['200 rioters were arrested', ['200 arrested']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps the first group alone in its text when the second has its own count', () => {
    expect(findFigures('eight other children and two adults were injured')[0]?.text).toBe('eight other children');
  });
});

describe('peacekeepers described, a toll raised, a crossing, one person in words', () => {
  it.each([
    // Whose peacekeepers may stand between 名 and the noun.
    ['约2000名俄罗斯维和人员一直部署在纳卡地区', ['about 2,000 peacekeepers']],
    // …but an outcome after them wins: they are counted as dead.
    ['五名俄罗斯维和人员在纳卡遇袭身亡', ['5 dead']],
    // A linking adverb (因此) between the toll's subject and its verb.
    ['当局表示，迄今已在现场找到170人的遗体，死亡人数因此升至至少170人', ['at least 170 dead']],
    ['死亡人数随之上升至45人', ['45 dead']],
    // Crossing from one place into another: the displaced; a decimal before 万.
    ['过去一周已有超过8.4万人从纳卡进入亚美尼亚', ['over 84,000 displaced']],
    ['约3000人从边境涌入邻国', ['about 3,000 displaced']],
    // Entering a venue is no displacement.
    ['约3000人从北门进入会场', []],
    // One person in words, singular noun.
    ['One spectator was killed and two others were critically injured', ['1 dead', '2 injured']],
    ['One man was injured in the attack.', ['1 injured']],
  ])('%s', (text, expected) => expect(summary(text)).toEqual(expected));
});

describe('those aboard, a long description, then the outcome; ages are no counts', () => {
  it.each([
    // A count of those aboard something, a long description of it, then what befell them.
    ['All five people aboard a submersible that went missing on a dive to the wreck of the Titanic were killed, the U.S. Coast Guard said on Thursday', ['5 dead']],
    ['The 62 passengers on board the plane were killed.', ['62 dead']],
    ['All 20 passengers aboard the bus were rescued.', []],
    // A number inside the description: that count is what the outcome is told of.
    ['Five people aboard a boat where two men were killed were rescued.', ['2 dead']],
    // Ages after names are no counts.
    ['Those killed were OceanGate Chief Executive Stockton Rush, 61; British billionaire Hamish Harding, 58; Pakistani businessman Shahzada Dawood, 48, and his son Suleman, 19; and French diver Paul-Henri Nargeolet, 77.', []],
  ])('%s', (text, expected) => expect(summary(text)).toEqual(expected));
});

describe('a crowd at a rally, and a rank as who was counted', () => {
  it.each([
    // Supporters turning up at a rally named before the count are its crowd.
    ['周二，马查多和冈萨雷斯在加拉加斯东部召集集会，数万名支持者挥舞国旗到场声援。', ['tens of thousands of protesters']],
    ['反对派举行集会，数千名民众到场声援。', ['thousands of protesters']],
    // Police at a rally are no crowd; nor supporters where no rally is named.
    ['集会结束后，数百名警察到场清场。', []],
    ['数万名支持者挥舞国旗迎接球队。', []],
    // 遇害 is killed; a rank (中士) after a long description is who was counted, 在…中 between.
    ['国防部长帕德里诺周二表示，一名国民警卫队中士在北部阿拉瓜州的冲突中遇害，另有23名军人受伤。', ['1 dead', '23 injured']],
    ['两名记者在袭击中遇害。', ['2 dead']],
  ])('%s', (text, expected) => expect(summary(text)).toEqual(expected));
});

describe('people pouring into the streets, a bare count before a people noun, organisers’ and police counts', () => {
  const full = (text: string) => findFigures(text).map(({ value, text: t, what, approx }) => ({ value, text: t, what, approx }));
  it.each([
    // People, or a people's name, pouring (flooding, streaming) into the streets are a crowd: the demonstrators.
    ['News of the firing sent tens of thousands of Israelis pouring into the streets overnight.', [{ value: 10000, text: 'tens of thousands of Israelis', what: 'protesters', approx: 'several' }]],
    ['Tens of thousands of people flooded the streets of Yerevan.', [{ value: 10000, text: 'Tens of thousands of people', what: 'protesters', approx: 'several' }]],
    ['Police said about 2,000 people poured into the streets.', [{ value: 2000, text: 'about 2,000 people', what: 'protesters', approx: 'about' }]],
    // Not people, or not a people's name (Marines), or not into the streets.
    ['Thousands of cars poured into the streets.', []],
    ['3 Marines poured into the streets.', []],
    ['Tens of thousands of Israelis poured money into the fund.', []],
    // A headline's count without 名/人: a numeral, a people noun, then an outcome (送医: taken to hospital, injured).
    ['國會改革法案表決爆衝突 沈伯洋等6立委送醫', [{ value: 6, text: '6立委', what: 'injured', approx: 'exact' }]],
    ['3议员受伤', [{ value: 3, text: '3议员', what: 'injured', approx: 'exact' }]],
    ['12警員均受傷', [{ value: 12, text: '12警員', what: 'injured', approx: 'exact' }]],
    // No outcome after it (seats, a year), or an ordinal: no count.
    ['民進黨取得51立委席次', []],
    ['第3立委選區', []],
    // 送医 with 名/人 is injured too, unless they died there.
    ['共6名立委受傷送醫。', [{ value: 6, text: '6名', what: 'injured', approx: 'exact' }]],
    ['3人送院治理', [{ value: 3, text: '3人', what: 'injured', approx: 'exact' }]],
    ['2人送醫不治', []],
    // The organisers' count of a crowd, then the police's in the same sentence: both are the demonstrators.
    [
      '人潮從青島東路延伸到中山南路，主辦單位宣稱逾10萬人，警方估計約3萬5000人，是最大的街頭抗議。',
      [
        { value: 100000, text: '逾10萬人', what: 'protesters', approx: 'more-than' },
        { value: 35000, text: '約3萬5000人', what: 'protesters', approx: 'about' },
      ],
    ],
    // 突破 (broke through) is more than; a clock time (9時30分) is no count; when the police counted (高峰時) may stand after their word.
    [
      '主辦單位晚間9時30分宣布現場已突破7萬人，台北市警察局則估計高峰時約有2萬8000人。',
      [
        { value: 70000, text: '7萬人', what: 'protesters', approx: 'more-than' },
        { value: 28000, text: '約有2萬8000人', what: 'protesters', approx: 'about' },
      ],
    ],
    ['上週二（21日）晚間，主辦單位估計到場人數已達約3萬人。', [{ value: 30000, text: '約3萬人', what: 'protesters', approx: 'about' }]],
    // Organisers counting something that is no crowd (no crowd word in the sentence): no count.
    ['主辦單位表示，共有3000人報名。', []],
  ])('%s', (text, expected) => expect(full(text)).toEqual(expected));
});

describe('left homeless, and a range of people gathered at a protest', () => {
  const full = (text: string) => findFigures(text).map(({ value, text: t, what, approx }) => ({ value, text: t, what, approx }));
  it.each([
    // 无家可归 (left homeless by a disaster or a war) is displaced.
    [
      '土耳其南部发生两次强烈地震，造成逾5万人死亡，数百万人无家可归。',
      [
        { value: 50000, text: '逾5万人', what: 'dead', approx: 'more-than' },
        { value: 1000000, text: '数百万人', what: 'displaced', approx: 'several' },
      ],
    ],
    ['洪水导致约2000人无家可归。', [{ value: 2000, text: '约2000人', what: 'displaced', approx: 'about' }]],
    // People who gathered, in a sentence of protest or of force used on a crowd: the protesters; a range is at least its lower end.
    [
      'Police said 250 to 300 people had gathered and that officers used pepper spray to keep some of them from storming the ferry.',
      [{ value: 250, text: '250 to 300 people', what: 'protesters', approx: 'at-least' }],
    ],
    ['Police said between 250 and 300 people had gathered at the protest.', [{ value: 250, text: 'between 250 and 300 people', what: 'protesters', approx: 'at-least' }]],
    ['Police said about 400 people had gathered outside parliament to protest the cuts.', [{ value: 400, text: 'about 400 people', what: 'protesters', approx: 'about' }]],
    // Gathered with no protest or force in the sentence (a wedding, a pier), or a year: no count.
    ['Police said 300 people gathered at the pier.', []],
    ['About 200 people gathered for the wedding.', []],
    ['In 2020 people gathered to protest.', []],
  ])('%s', (text, expected) => expect(full(text)).toEqual(expected));
});
