import { describe, expect, it } from 'vitest';
import { findTriggers } from './lexicon.ts';
import { classifyParagraph, classifySentence as classify, triggerLabels as labels } from './testClassify.ts';

describe('emergency powers, frozen funds, production cuts and a legislature at work', () => {
  it.each([
    // Invoking an emergency law is a government measure, like a state of emergency.
    ['Canadian Prime Minister Justin Trudeau on Monday invoked the Emergencies Act for the first time since it became law in 1988.', 'other', 'invoked the Emergencies Act'],
    ['Trudeau’s father, then-Prime Minister Pierre Trudeau, invoked the act’s predecessor, the War Measures Act, in October 1970.', 'other', 'invoked the act'],
    ['The government also used emergency powers so that the deal could go ahead.', 'other', 'emergency powers'],
    // A court freezing money: an asset freeze.
    ['An Ontario court last Thursday froze millions of dollars more that supporters had donated.', 'economy', 'froze millions of dollars'],
    ['The bank froze the group’s accounts on Friday.', 'economy', 'froze the group’s accounts'],
    ['The blockade forced automakers to cut production at plants on both sides of the border last week.', 'economy', 'cut production'],
    ['Debate in the House of Commons is expected to begin on Thursday.', 'other', 'Debate in the House of Commons'],
    // A vote told ahead beside a legislature's seats or parties.
    ['A vote is likely next week, and the Liberals, who hold a minority of seats, will need the backing of at least one opposition party.', 'other', 'A vote is'],
    // Opposing a measure in words is what was said; the protesters it might inflame are no protest.
    ['Alberta Premier Jason Kenney, Saskatchewan’s Scott Moe and Manitoba’s Heather Stefanson also opposed it, with Kenney saying federal intervention could further inflame the protesters.', 'statement', 'opposed'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // Trucks or protesters rolling into a city are no armed takeover, whatever else the sentence holds.
    ['Hundreds of trucks rolled into Ottawa on Jan. 28 as armed police forces watched.', 'takeover'],
    ['A convoy rolled into the capital on Friday.', 'takeover'],
    // A vote with no legislature beside it is no parliamentary vote.
    ['A vote is likely next week.', 'parliamentary vote'],
  ])('%s has no %s', (sentence, label) => {
    expect(labels(sentence).some((l) => l.endsWith(`: ${label}`))).toBe(false);
  });

  it('an army rolling into a capital is still a takeover', () => {
    expect(labels('Rebel forces rolled into the capital on Sunday.')).toContain('rolled into: takeover');
  });
});

describe('指 after a pronoun, exams, handovers, crossings, flight bans', () => {
  it.each([
    // 指 as a verb of saying right after a pronoun subject (他指, 她又指, 他們指).
    ['他指確診數字仍每兩至三日倍增一次，暫時未見頂。', 'statement', '指'],
    ['她又指會向國際社會解說條例符合國際人權公約。', 'statement', '指'],
    ['他們指政府失職。', 'statement', '指'],
    // An exam starting, a facility handed to a government: other.
    ['中學文憑試則仍將於4月22日開考，但考期由4周縮短至3周。', 'other', '開考'],
    ['設施翌日交付特區政府，當晚開始接收首批確診者。', 'other', '交付特區政府'],
    // Building work started or finished.
    ['隔離設施由中國建築國際集團承建，上月22日動工。', 'other', '動工'],
    ['大橋至上月28日完工。', 'other', '完工'],
    // A team arriving through a border crossing: an arrival, no customs matter.
    ['內地第二批援港抗疫醫療防疫工作隊共114人上月19日經深圳灣口岸抵港，主要負責核酸採樣。', 'diplomacy', '抵港'],
    // A flight ban is a closure, not an arrival.
    ['衞生署由今日起至本月16日禁止國泰航空由雅加達飛抵香港的客運航班着陸。', 'other', '禁止國泰航空由雅加達飛抵香港的客運航班'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // 指 inside other words, or after 其他 ("other"), says nothing.
    ['其他指標仍然正常。', '指'],
    ['他指揮部隊作戰。', '指'],
    ['他手指受傷。', '指'],
    ['他指出問題所在。', '指'],
  ])('%s: no bare %s', (sentence, word) => {
    expect(findTriggers(sentence).some((t) => t.text === word)).toBe(false);
  });

  it.each([
    ['旅客經羅湖口岸入境。', 'customs'],
    // Homes delivered to buyers are no handover to a government.
    ['恒大合计交付了约60万套房屋。', 'handover'],
    ['在全国各地，仍有大批购房者在等待恒大交付已付款的房屋。', 'handover'],
    // An operating rate is no building work.
    ['工廠開工率回升至八成。', 'construction'],
    // Swept away by a flood is no arrest.
    ['一名小孩被洪水带走。', 'arrests'],
  ])('%s has no %s', (sentence, label) => {
    expect(labels(sentence).some((l) => l.endsWith(`: ${label}`))).toBe(false);
  });

  it('a seizure at a crossing stays customs', () => {
    expect(labels('海關在口岸查獲大批毒品。')).toContain('口岸: customs');
  });

  it('a toll after an epidemic told in the paragraph is the epidemic’s', () => {
    expect(classifyParagraph(['第五波疫情持續惡化，衞生防護中心昨日公布新增55,353宗新冠病毒陽性個案。', '第五波累計死亡人數增至967人。'])[1]).toBe('other');
  });
});

describe('rulings upheld, arrests by people, diplomats withdrawn, announced measures', () => {
  it.each([
    ['最高法院今年1月维持了对56岁的马查多为期15年的公职禁令。', 'other', '维持了对56岁的马查多为期15年的公职禁令'],
    // 被…带走 by people is an arrest; what the party said after it is not the report.
    ['苏佩拉诺周二上午在加拉加斯被蒙面人员带走，该党说他遭到情报部门拘押。', 'unrest', '被蒙面人员带走'],
    ['委内瑞拉驱逐七个拉美国家外交官', 'diplomacy', '驱逐七个拉美国家外交官'],
    // An announcement whose next clause opens on "from" (a place, a day) reports the announcer's own step.
    ['委内瑞拉外交部周一宣布，从阿根廷、智利和乌拉圭七国撤回全部外交人员，并要求这七国立即撤出其驻委内瑞拉的外交人员。', 'diplomacy', '撤回全部外交人员'],
    ['委内瑞拉当局次日宣布，自本周三（31日）起暂停往返巴拿马和多米尼加共和国的商业航班。', 'other', '暂停往返巴拿马和多米尼加共和国的商业航班'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // What follows 宣布 with a subject of its own stays what was said.
    ['外交部发言人宣布，王毅将出席会议。', 'statement'],
  ])('%s → %s', (sentence, category) => {
    expect(classify(sentence)?.category).toBe(category);
  });
});
