import { describe, expect, it } from 'vitest';
import { classifySentence as classify, triggerLabels as labels } from './testClassify.ts';

describe('sport: medals, finals, titles and Games ahead', () => {
  it.each([
    ['截至11日全部比赛结束，中国体育代表团共获得40枚金牌、27枚银牌和24枚铜牌。', 'other', '获得40枚金牌、27枚银牌和24枚铜牌'],
    ['举重名将李雯雯在女子81公斤以上级比赛中成功卫冕。', 'other', '成功卫冕'],
    ['美国女篮在决赛中以67比66险胜东道主法国队。', 'other', '险胜'],
    ['郑钦文在网球女子单打决赛中以2比0战胜克罗地亚选手维基奇。', 'other', '战胜'],
    ['潘展乐在男子100米自由泳决赛中以46秒40夺冠。', 'other', '夺冠'],
    ['潘展乐与队友合作，夺得男子4×100米混合泳接力金牌。', 'other', '夺得男子4×100米混合泳接力金牌'],
    ['第34届夏季奥运会将在美国洛杉矶举行。', 'other', '奥运会将在美国洛杉矶举行'],
    ['洛杉矶奥运会将于2028年7月14日至30日举行。', 'other', '奥运会将于2028年7月14日至30日举行'],
    ['She defended her title in Paris on Sunday.', 'other', 'defended her title'],
    ['Spain beat England 2-1 in the final on Sunday.', 'other', 'beat'],
    // A congratulatory message to one's own team is a statement; one to a leader abroad stays diplomacy.
    ['中共中央、国务院11日致电第33届夏季奥林匹克运动会中国体育代表团，向中国体育健儿致以热烈祝贺。', 'statement', '致电'],
    ['习近平致电特朗普，祝贺他当选美国总统。', 'diplomacy', '致电'],
    // The message as the speaker of its words.
    ['贺电说，中国体育健儿在本届奥运会上展现了良好形象。', 'statement', '贺电说'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // Beating someone with no game beside it is no sports result (an election, an epidemic).
    ['特朗普在总统选举中击败民主党候选人哈里斯。', 'sports result'],
    ['全国人民团结一心战胜疫情。', 'sports result'],
    ['Biden defeated Trump in the 2020 election.', 'sports result'],
    // A title holder described is no title defended.
    ['卫冕冠军法国队昨晚抵达。', 'sports result'],
  ])('%s has no %s', (sentence, label) => {
    expect(labels(sentence).some((l) => l.endsWith(`: ${label}`))).toBe(false);
  });
});

describe('disasters: rain recorded, notices, discharges, bodies found', () => {
  it.each([
    ['天文台總部在前晚11時至午夜12時的一小時內錄得158.1毫米雨量，是自1884年有紀錄以來最高。', 'other', '毫米雨量'],
    // A government's press release relaying another's notice: a statement, the deed is another's.
    ['特區政府前晚11時44分發稿，指接獲深圳當局通知，深圳水庫將於午夜起洩洪，新界北部部分地區或有水浸風險。', 'statement', '發稿'],
    // What is announced as begun at a time is the deed itself.
    ['深圳市三防指揮部其後公布，洩洪於翌日凌晨0時15分開始，流量約每秒70至80立方米。', 'other', '洩洪'],
    // Muddy water pouring into a station is a flood, no crowd storming in.
    ['黃大仙龍翔道前晚變成急流，大量泥水湧入港鐵黃大仙站，月台一度水浸。', 'other', '水浸'],
    ['警方表示，一名79歲姓池男子昨日近中午在上環港澳碼頭對開海面飄浮，消防員將他救起送往瑪麗醫院，惟搶救後不治。', 'other', '海面飄浮'],
    // The storm characterised (今次暴雨屬…) and a typhoon compared with are no content: the announcement is a statement.
    ['政務司司長陳國基昨午在跨部門記者會上宣布「極端情況」延長至昨晚午夜12時，並指今次暴雨屬「500年一遇」，難以像颱風蘇拉來襲時般提早作出安排。', 'statement', '宣布'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it('an incurable illness is no death', () => {
    expect(labels('他患上不治之症。')).toEqual([]);
  });
});

describe('budgets, debt limits and markets', () => {
  it.each([
    ['It suspends the debt limit until Jan. 1, 2025, pushing the next showdown past the 2024 presidential election.', 'economy', 'debt limit'],
    ['On Wall Street, the S&P 500 rose nearly 1% Thursday as the bill moved toward passage.', 'economy', 'rose'],
    ['Lawmakers next face the annual spending bills that Congress must pass by Sept. 30 to avoid a government shutdown.', 'economy', 'spending bills'],
    ['Standard & Poor’s downgraded the nation’s credit rating for the first time.', 'economy', 'downgraded the nation’s credit rating'],
    // Talking to reporters is saying something, no diplomatic talks.
    ['Senate Majority Leader Chuck Schumer, D-N.Y., talks to reporters after the Senate passed the debt ceiling bill.', 'statement', 'talks to reporters'],
    ['The minister spoke with reporters on Monday.', 'statement', 'spoke with reporters'],
    // A bloc suspending a member stays a suspension.
    ['The African Union suspends Sudan.', 'diplomacy', 'suspends'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // Rising with no stock index beside it is no market move.
    ['Tensions rose sharply on Thursday.'],
    ['The price of bread rose and the mood climbed.'],
  ])('%s has no market move', (sentence) => {
    expect(labels(sentence).some((l) => l.endsWith(': markets'))).toBe(false);
  });
});

describe('accidents at sea: losses, searches, finds', () => {
  it.each([
    ['All five people aboard a submersible that went missing on a dive to the wreck of the Titanic were killed, the U.S. Coast Guard said on Thursday.', 'other', 'killed'],
    ['The Titan lost contact with its surface support ship, the Polar Prince, on Sunday morning.', 'other', 'lost contact with'],
    ['The Polar Prince alerted the Coast Guard late that afternoon, setting off a search by U.S. and Canadian ships.', 'other', 'alerted the'],
    ['Canadian P-3 Aurora patrol aircraft picked up underwater banging noises in the search area on Tuesday.', 'other', 'picked up underwater banging noises'],
    ['Hours later, a remotely operated vehicle deployed from the Canadian ship Horizon Arctic found the submersible’s tail cone on the seabed.', 'other', 'deployed'],
    ['The Titanic struck an iceberg and sank on its maiden voyage in 1912, killing more than 1,500 people.', 'other', 'struck'],
    // Flying to space is no arrival; the post is what the sentence reports.
    ['Harding, who flew to space aboard Blue Origin’s New Shepard rocket last year, had written on Facebook on Saturday that the mission was likely.', 'statement', 'had written'],
    // Armoured vehicles deployed stay troops; a missile striking a bridge stays force.
    ['Armoured vehicles are deployed in the square.', 'military', 'deployed'],
    ['A missile struck the bridge on Monday.', 'military', 'struck'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it('deaths aboard with violence named stay violence', () => {
    expect(classify('Gunmen attacked the bus, and all 12 people aboard were killed.')).toMatchObject({ category: 'unrest' });
  });
});
