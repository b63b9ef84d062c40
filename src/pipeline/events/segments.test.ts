import { describe, expect, it } from 'vitest';
import type { DateMention } from '../types.ts';
import { segmentSentence } from './segments.ts';

/** A day mention at the first occurrence of `text` (only offsets matter here). */
function mention(sentence: string, text: string, start = '2022-01-10'): DateMention {
  const at = sentence.indexOf(text);
  return { text, start: at, end: at + text.length, value: { start, precision: 'day' }, rule: 'publication' };
}

const describeSegments = (sentence: string, dates: DateMention[]) =>
  segmentSentence(sentence, dates).map((s) => ({
    text: sentence.slice(s.start, s.end),
    head: sentence.slice(s.head.start, s.head.end),
    dates: s.dates.map((d) => d.text),
  }));

describe('segmentSentence', () => {
  it.each([
    // A name's apposition and a fronted time are not what the sentence reports.
    ['Hasina, 76, resigned and fled to India on Monday as protesters defied a curfew.', 'resigned and fled to India on Monday'],
    ['Earlier Tuesday, student leaders said they wanted Yunus.', 'student leaders said they wanted Yunus'],
    ['Troops deployed in cities such as Almaty on Monday.', 'Troops deployed in cities such as Almaty on Monday'],
    ['Police fired tear gas on Sunday while crowds chanted.', 'Police fired tear gas on Sunday'],
    ['Three days earlier, in another long speech, he had claimed that Ukraine was not a state.', 'he had claimed that Ukraine was not a state'],
    // A participle that sets the scene, and a time told by another event, are frames too.
    ['Emmanuel Macron, arriving for an EU summit in Brussels on Monday, said he wanted stability.', 'said he wanted stability'],
    ['The minister, speaking at a news conference on Tuesday, announced new sanctions.', 'announced new sanctions'],
    ['On Sunday, hours before the attack, commandos seized a container ship.', 'commandos seized a container ship'],
    ['Two days after the vote, on Monday, the president resigned.', 'the president resigned'],
    // A name ending in -ing is no participle.
    ['Beijing in a statement on Monday condemned the sanctions.', 'Beijing in a statement on Monday condemned the sanctions'],
  ])('heads an English sentence with its main clause: %s', (s, head) => {
    const date = /Monday|Tuesday|Sunday|Three days earlier/.exec(s)![0];
    expect(describeSegments(s, [mention(s, date)])[0]!.head).toBe(head);
  });

  it('cuts an English sentence at "and" between two dated reports, not inside a date', () => {
    const s = 'Authorities cut off internet access on July 18 and imposed a curfew the following day.';
    expect(describeSegments(s, [mention(s, 'July 18'), mention(s, 'the following day')])).toEqual([
      { text: 'Authorities cut off internet access on July 18', head: 'Authorities cut off internet access on July 18', dates: ['July 18'] },
      { text: 'imposed a curfew the following day', head: 'imposed a curfew the following day', dates: ['the following day'] },
    ]);
    const r = 'Talks ran between July 1 and July 5 and ended on July 6.';
    expect(describeSegments(r, [mention(r, 'between July 1 and July 5'), mention(r, 'July 6')]).map((x) => x.dates)).toEqual([
      ['between July 1 and July 5'],
      ['July 6'],
    ]);
  });

  it('gives a fronted "In a statement … on Sunday," to the saying it frames, with its date alone', () => {
    const s = 'In a statement carried by state media early Sunday, the Guard said the attack was punishment for the strike two weeks ago, which it blames on Israel.';
    expect(describeSegments(s, [mention(s, 'early Sunday'), mention(s, 'two weeks ago', '2022-01-01')])).toEqual([
      { text: s.slice(0, -1), head: 'the Guard said the attack was punishment for the strike two weeks ago', dates: ['early Sunday'] },
    ]);
    // A frame that is not a saying's occasion keeps its own report.
    const r = 'After talks on Monday, the leaders signed a pact on Tuesday.';
    expect(describeSegments(r, [mention(r, 'Monday'), mention(r, 'Tuesday')]).map((x) => x.dates)).toEqual([['Monday'], ['Tuesday']]);
  });

  it.each([
    // "…当天," closing a phrase is "on the day of" it: the day the sentence gave, no report of its own.
    ['2024年1月29日，恒大被下令清盘当天，行人走过恒大总部大楼。', [['2024年1月29日']]],
    // 當天 that goes on with the clause, or opens it, is "that day", and heads its own report.
    ['國防部於8月4日晚間發布新聞稿指出，中共當天下午起發射11枚飛彈。', [['8月4日'], ['當天']]],
    ['总统3日抵达，当天，双方举行会谈。', [['3日'], ['当天']]],
  ])('%s', (s, dates) => {
    const found = [...s.matchAll(/2024年1月29日|8月4日|3日|當天|当天/g)].map((m) => mention(s, m[0]));
    expect(describeSegments(s, found).map((x) => x.dates)).toEqual(dates);
  });

  it('keeps a sentence with one date whole, headed by the dated clause', () => {
    const s = '据报道，王毅10日同拉夫罗夫通电话，就局势交换意见。';
    expect(describeSegments(s, [mention(s, '10日')])).toEqual([
      { text: '据报道，王毅10日同拉夫罗夫通电话，就局势交换意见', head: '王毅10日同拉夫罗夫通电话', dates: ['10日'] },
    ]);
  });

  it('cuts a sentence at each new date: two events, two dates', () => {
    const s = '自去年8月塔利班夺取政权，邻国局势紧张，毕竟2013年，该国首次提出倡议。';
    expect(describeSegments(s, [mention(s, '去年8月', '2021-08'), mention(s, '2013年', '2013')])).toEqual([
      { text: '自去年8月塔利班夺取政权，邻国局势紧张', head: '自去年8月塔利班夺取政权', dates: ['去年8月'] },
      { text: '毕竟2013年，该国首次提出倡议', head: '毕竟2013年', dates: ['2013年'] },
    ]);
  });

  it('gives an undated sentence one segment headed by its first clause', () => {
    const s = '俄总统普京说，部队只会待上一段时间。';
    expect(describeSegments(s, [])).toEqual([
      { text: '俄总统普京说，部队只会待上一段时间', head: '俄总统普京说', dates: [] },
    ]);
  });

  it('heads an English sentence with its main clause, wherever the date stands', () => {
    const s = 'The unrest has left at least 164 people dead, and nearly 10,000 arrested since New Year’s Day.';
    expect(describeSegments(s, [mention(s, 'since New Year’s Day', '2022-01-01')])).toEqual([
      { text: s.slice(0, -1), head: 'The unrest has left at least 164 people dead', dates: ['since New Year’s Day'] },
    ]);
  });

  it('gives the date ending a report joined by ", and" to that report alone', () => {
    const s = 'The United States pauses $700 million in aid, and the African Union suspends Sudan two days later.';
    expect(describeSegments(s, [mention(s, 'two days later')])).toEqual([
      { text: 'The United States pauses $700 million in aid', head: 'The United States pauses $700 million in aid', dates: [] },
      { text: 'the African Union suspends Sudan two days later', head: 'the African Union suspends Sudan two days later', dates: ['two days later'] },
    ]);
  });

  it.each([
    // The date sits in the first report: it heads the whole sentence, as before.
    ['Police fired tear gas on Monday, and protesters fled.', 'Monday'],
    // A span, or a count with no verb of its own, covers both.
    ['The unrest has left 164 people dead, and nearly 10,000 arrested on Monday.', 'Monday'],
    ['Schools closed, and shops stayed shut since Monday.', 'since Monday'],
    // The "and" clause does not hold the date: the deal as a whole is dated.
    ['The deal, signed by Burhan and Hemedti, and backed by the UN, took effect on Monday.', 'Monday'],
  ])('keeps one English report whole: %s', (s, date) => {
    expect(describeSegments(s, [mention(s, date)])).toHaveLength(1);
  });

  it('starts a new report with an undated speaker who introduces a dated clause', () => {
    const s = '股市1日全日休市，港交所表示，市场下周一（4日）如常开市。';
    expect(describeSegments(s, [mention(s, '1日'), mention(s, '下周一（4日）')])).toEqual([
      { text: '股市1日全日休市', head: '股市1日全日休市', dates: ['1日'] },
      { text: '港交所表示，市场下周一（4日）如常开市', head: '市场下周一（4日）如常开市', dates: ['下周一（4日）'] },
    ]);
    // A dated speaker is a report of its own, as before; an undated one before any date opens the sentence.
    const t = '警方表示，示威者9日冲进议会，10日撤离。';
    expect(describeSegments(t, [mention(t, '9日'), mention(t, '10日')]).map((x) => x.text)).toEqual(['警方表示，示威者9日冲进议会', '10日撤离']);
  });

  it('makes two reports of two speakers joined by ", and", sharing the date', () => {
    const s = 'The Foreign Office said Tuesday that the sentences were harsh, and the European Union said the verdicts dealt a blow.';
    expect(describeSegments(s, [mention(s, 'Tuesday')])).toEqual([
      { text: 'The Foreign Office said Tuesday that the sentences were harsh', head: 'The Foreign Office said Tuesday that the sentences were harsh', dates: ['Tuesday'] },
      { text: 'the European Union said the verdicts dealt a blow', head: 'the European Union said the verdicts dealt a blow', dates: ['Tuesday'] },
    ]);
    // Not a second speaker: no one spoke before, or "and" goes on with the same one.
    for (const t of ['Police fired tear gas on Monday, and Protest Leaders said they would return.', 'He said on Monday that talks failed, and added that more would follow.']) {
      expect(describeSegments(t, [mention(t, 'Monday')])).toHaveLength(1);
    }
  });

  it.each([
    // Background with no verb of its own: its date dates only the protests.
    ['Beijing imposed the law in June 2020, after huge anti-government protests in 2019, and said it was needed.', ['June 2020']],
    ['Troops were deployed on Monday, amid unrest in the capital since January.', ['Monday']],
    // With a verb it is a report of its own; fronted, it often shares the day.
    ['Protesters gathered on Sunday, after police killed a student on Friday.', ['Sunday', 'Friday']],
    ['After talks on Monday, the leaders signed a deal on Tuesday.', ['Monday', 'Tuesday']],
  ])('keeps an after/amid phrase from dating the report: %s', (s, kept) => {
    const dates = ['June 2020', '2019', 'Monday', 'since January', 'Sunday', 'Friday', 'Tuesday'].filter((d) => s.includes(d)).map((d) => mention(s, d));
    expect(describeSegments(s, dates).flatMap((x) => x.dates)).toEqual(kept);
  });

  it('opens no report at a date inside a quotation', () => {
    const s = 'He announced it on Wednesday, writing that “this deal happened because of our victory in November”.';
    expect(describeSegments(s, [mention(s, 'Wednesday'), mention(s, 'November', '2024-11')])).toEqual([
      { text: s.slice(0, -1), head: 'He announced it on Wednesday', dates: ['Wednesday'] },
    ]);
    // Every date quoted: kept, for the saying to be told from what was said.
    const t = '他说：“我们9日和10日都在场。”';
    expect(describeSegments(t, [mention(t, '9日'), mention(t, '10日')])[0]!.dates).toEqual(['9日', '10日']);
  });

  it('gives an after/before clause carried on by "and" the date of its second half, not the main clause’s', () => {
    const s = 'His whereabouts were unknown on Monday after his fighters seized a city and advanced on Moscow on Saturday before he called off the march.';
    expect(describeSegments(s, [mention(s, 'Monday'), mention(s, 'Saturday')]).map((x) => [x.text, x.dates])).toEqual([
      ['His whereabouts were unknown on Monday', ['Monday']],
      ['after his fighters seized a city and advanced on Moscow on Saturday before he called off the march', ['Saturday']],
    ]);
    // "and" with a subject of its own, or an after-phrase with no verb: cut at "and" as before.
    for (const t of ['Troops left on Monday after the talks and the rebels returned on Saturday.', 'Troops left on Monday after talks on peace and returned on Saturday.']) {
      expect(describeSegments(t, [mention(t, 'Monday'), mention(t, 'Saturday')])[0]!.text).toMatch(/^Troops left on Monday after/);
    }
  });

  it.each([
    // A dated main clause, then an after/before clause with its own verb and day: two reports.
    ['Russia held a national day of mourning on Sunday after gunmen stormed a concert hall near Moscow on Friday, killing 137 people.', ['Sunday', 'Friday'],
      [['Russia held a national day of mourning on Sunday', ['Sunday']], ['after gunmen stormed a concert hall near Moscow on Friday, killing 137 people', ['Friday']]]],
    ['Troops withdrew on Monday before rebels entered the town on Tuesday.', ['Monday', 'Tuesday'],
      [['Troops withdrew on Monday', ['Monday']], ['before rebels entered the town on Tuesday', ['Tuesday']]]],
    // No verb of its own: one report.
    ['The leaders signed a deal on Tuesday after talks on Monday.', ['Tuesday', 'Monday'],
      [['The leaders signed a deal on Tuesday after talks on Monday', ['Tuesday', 'Monday']]]],
    // "after" inside a date ("a day after"): no cut there.
    ['Police arrested him on Friday a day after he fled the city on Thursday.', ['Friday', 'a day after', 'Thursday'],
      [['Police arrested him on Friday a day after he fled the city on Thursday', ['Friday', 'a day after', 'Thursday']]]],
  ])('cuts at an after/before clause with a verb and a day of its own: %s', (s, texts, expected) => {
    expect(describeSegments(s, texts.map((t) => mention(s, t))).map((x) => [x.text, x.dates])).toEqual(expected);
  });

  it.each([
    // The speaker goes on (否认…, 并强调…): a date after the verb is what was said or denied.
    ['美国国务卿布林肯周日在接受采访时说，“这显然不是西贡”，否认美国正在重演1975年从越南撤离的一幕。', ['周日', '1975年'],
      [['美国国务卿布林肯周日在接受采访时说，“这显然不是西贡”，否认美国正在重演1975年从越南撤离的一幕', ['周日']]]],
    ['外长10日表示，双方关系良好，并强调2019年签署的协议仍然有效。', ['10日', '2019年'],
      [['外长10日表示，双方关系良好，并强调2019年签署的协议仍然有效', ['10日']]]],
    // A clause with a subject of its own, or a saying's plan ahead, reports its own.
    ['外长10日表示，双方关系良好，总统11日抵达北京。', ['10日', '11日'],
      [['外长10日表示，双方关系良好', ['10日']], ['总统11日抵达北京', ['11日']]]],
  ])('keeps a date in what the speaker goes on to say in the saying: %s', (s, texts, expected) => {
    expect(describeSegments(s, texts.map((t) => mention(s, t))).map((x) => [x.text, x.dates])).toEqual(expected);
  });

  it.each([
    ['They captured Bakhmut in May after a long battle, but Prigozhin had for months accused Shoigu of incompetence.', 'May',
      [['They captured Bakhmut in May after a long battle', ['May']], ['but Prigozhin had for months accused Shoigu of incompetence', []]]],
    ['Police fired tear gas, but the crowd returned on Monday.', 'Monday',
      [['Police fired tear gas', []], ['but the crowd returned on Monday', ['Monday']]]],
  ])('starts a new report at ", but" with a new subject and verb: %s', (s, date, expected) => {
    expect(describeSegments(s, [mention(s, date)]).map((x) => [x.text, x.dates])).toEqual(expected);
  });

  it.each([
    'Talks resumed on Monday, but without the rebels.',
    'The army retook the town on Monday, but declined to comment.',
  ])('keeps a ", but" with no new subject and verb in the report: %s', (s) => {
    expect(describeSegments(s, [mention(s, 'Monday')])).toHaveLength(1);
  });

  it('keeps a subject with its verb across an aside that holds a date of its own', () => {
    const s = 'The mutiny, the gravest challenge to President Vladimir Putin since he came to power in 1999, began late on Friday when Prigozhin accused the defence ministry.';
    expect(describeSegments(s, [mention(s, '1999', '1999'), mention(s, 'late on Friday', '2023-06-23')])).toEqual([
      { text: s.slice(0, -1), head: 'began late on Friday when Prigozhin accused the defence ministry', dates: ['late on Friday'] },
    ]);
    // A relative clause between reports something of its own: two segments.
    const t = 'Antony Blinken, who spoke with Bazoum by phone last week, also said on Saturday that aid depended on democracy.';
    expect(describeSegments(t, [mention(t, 'last week', '2023-07-24'), mention(t, 'on Saturday', '2023-07-29')]).map((x) => x.dates)).toEqual([
      ['last week'],
      ['on Saturday'],
    ]);
  });

  it('does not cut between two nouns joined by "and"', () => {
    const s = "Darmanin told CNews on Friday that 457 people had been arrested and 441 police officers and gendarmes injured in Thursday's unrest.";
    const found = describeSegments(s, [mention(s, 'on Friday', '2023-03-24'), mention(s, "Thursday's", '2023-03-23')]);
    expect(found.map((x) => x.text)).toEqual([
      'Darmanin told CNews on Friday that 457 people had been arrested',
      "441 police officers and gendarmes injured in Thursday's unrest",
    ]);
  });

  it('keeps two dates in one clause together', () => {
    const s = '示威者9日和10日两度冲进议会。';
    expect(describeSegments(s, [mention(s, '9日', '2022-01-09'), mention(s, '10日')])[0]?.dates).toEqual(['9日', '10日']);
  });
});

describe('modifiers, announcements, earlier figures, plans in a where-clause', () => {
  it.each<[string, string[], string[]]>([
    // A date in a modifier (…的) before the subject, with the clause's own date after it.
    ['正在印度尼西亚巴厘岛出席7日至8日二十国集团（G20）外长会议的美国国务卿布林肯昨天说，美国对安倍遇袭深感震惊。', ['7日至8日', '昨天'], ['昨天']],
    ['前天刚宣布辞去保守党党魁的英国首相约翰逊昨天则在推特上说，安倍的“全球领导力将被许多人铭记”。', ['前天', '昨天'], ['昨天']],
    ['曾任保安局局長、主理2003年23條立法工作的新民黨主席葉劉淑儀昨日在辯論中發言說，若23條在21年前已完成立法。', ['2003年', '昨日'], ['昨日']],
    // No 的 between, or a clause break: both dates stay.
    ['王毅10日抵达，11日会见总统。', ['10日', '11日'], ['10日', '11日']],
    ['7日举行的会议上，他8日说。', ['7日', '8日'], ['7日', '8日']],
    // A date opening a relative clause inside an object (…签署的协议 at the clause's end) dates only the signing.
    ['双方同意激活2001年4月17日签署的沙伊安全合作协议，以及1998年5月27日签署的沙伊经济合作总协议。', ['2001年4月17日', '1998年5月27日'], []],
    ['两国外长将落实2019年通过的协议。', ['2019年'], []],
    // Not at the clause's start, nor a noun followed by a verb of its own, nor a source's notice.
    ['10日举行的会谈取得成果。', ['10日'], ['10日']],
    ['三方10日发表的联合声明说，双方同意恢复关系。', ['10日'], ['10日']],
    ['俄军24日发动的袭击造成3人死亡。', ['24日'], ['24日']],
    ['据珠海市公安局昨晚发布的警情通报，11日19时48分许发生事件。', ['昨晚', '11日'], ['昨晚', '11日']],
    // 继 ("following") is a preposition, not a verb taking an object.
    ['李克強也是繼2019年7月病逝的李鵬之後，又一位辭世的中共前總理。', ['2019年7月'], ['2019年7月']],
    // The noun phrase opens the sentence and its verb follows the comma (被視為): a subject, its date its own.
    ['普里格欽兩個月前發動的武裝叛變，被視為普丁掌權以來面臨的最嚴重挑戰。', ['兩個月前'], ['兩個月前']],
    ['总理上月签署的协议，以及两国的声明都已公布。', ['上月'], []],
    // "Originally due on" (原定于, 原定) opens a modifier with its date: the due day of what was missed, not the news.
    ['碧桂园确认未能支付两笔原定于8月6日到期的美元债票息。', ['8月6日'], []],
    ['立法會秘書處再發通告，指原定今日舉行的會議亦會改期。', ['今日'], []],
    // 将/把 marks the object of the clause's own verb: 同日 dates the downgrade, not a modifier.
    ['评级机构穆迪同日将碧桂园的企业家族评级由B1下调至Caa1。', ['同日'], ['同日']],
    ['警方昨日把示威者的物资全部清走。', ['昨日'], ['昨日']],
  ])('%s', (s, texts, kept) => {
    const dates = texts.map((t) => mention(s, t));
    expect(describeSegments(s, dates).flatMap((seg) => seg.dates)).toEqual(kept);
  });

  it('keeps a day ahead that a plan modifies (他计划下周参加…的选举): the plan is the news', () => {
    const s = '主要反对党领袖已表示，他计划下周参加国会的总统选举。';
    const ahead = { ...mention(s, '下周'), value: { start: '2022-07-18', end: '2022-07-24', precision: 'day' as const, future: true } };
    expect(describeSegments(s, [ahead]).flatMap((seg) => seg.dates)).toEqual(['下周']);
    expect(describeSegments(s, [mention(s, '下周')]).flatMap((seg) => seg.dates)).toEqual([]);
  });

  it('keeps what 宣布 announced in the segment of the announcement', () => {
    const s = '立法會秘書處前日發出通告，宣布大會於昨日上午加開會議處理草案。';
    expect(describeSegments(s, [mention(s, '前日'), mention(s, '昨日')])).toEqual([{ text: s.slice(0, -1), head: '立法會秘書處前日發出通告', dates: ['前日'] }]);
  });

  it('leaves an earlier figure (up from … on Saturday night) to the report it is measured by', () => {
    const s = 'The ministry said on Sunday morning that 313 people had been killed, up from 232 deaths reported on Saturday night.';
    expect(describeSegments(s, [mention(s, 'Sunday morning'), mention(s, 'Saturday night')]).map((seg) => seg.dates)).toEqual([['Sunday morning']]);
  });

  it.each<[string, boolean, string]>([
    // A plan still ahead in a closing where-clause: the clause is the report.
    ['He spoke before flying to San Diego, where he is to meet later Monday with Albanese and Sunak.', true, 'where he is to meet later Monday with Albanese and Sunak'],
    // Not ahead: the main clause reports.
    ['He spoke before flying to San Diego, where he met Albanese on Monday.', false, 'He spoke before flying to San Diego'],
  ])('%s', (s, future, head) => {
    const date = /later Monday|Monday/.exec(s)![0];
    const m = mention(s, date.replace('later ', ''));
    if (future) m.value.future = true;
    expect(describeSegments(s, [m])[0]!.head).toBe(head);
  });
});
