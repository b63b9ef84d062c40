import { describe, expect, it } from 'vitest';
import { classifySentence as classify, triggerLabels as labels } from './testClassify.ts';

describe('corporate debt: missed payments, profit warnings, downgrades, share prices', () => {
  it.each([
    // A missed coupon or interest payment is a default.
    ['上周二（8日），碧桂园确认未能支付两笔原定于8月6日到期的美元债票息，合计2250万美元。', 'economy', '未能支付'],
    ['2021年9月，恒大首次未能按期支付美元债利息，此后数度在宽限期最后关头付款。', 'economy', '未能按期支付'],
    // A grace period running out, whatever creditors may then declare.
    ['两笔美元债票息的30天宽限期则将于9月初届满，届时若仍未付款，债权人可宣布违约。', 'economy', '宽限期则将于9月初届满'],
    // A profit warning is results news, no weather warning.
    ['碧桂园7月31日已预告上半年业绩可能由盈转亏，但当时未披露亏损规模。', 'economy', '由盈转亏'],
    ['上周四（10日）晚间，碧桂园正式发布盈利预警，预计今年上半年录得净亏损约450亿元至550亿元。', 'economy', '发布盈利预警'],
    // 将…评级由X下调至Y: the downgrade written the other way round.
    ['评级机构穆迪同日将碧桂园的企业家族评级由B1下调至Caa1，评级展望为负面。', 'economy', '评级由B1下调'],
    // A share price falling, with 当天 between (no time frame of the noun 股价).
    ['碧桂园股价当天盘中一度跌至0.89港元，创下当时的历史低位。', 'economy', '股价当天盘中一度跌至'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // A weather warning stays a warning signal.
    ['天文台发布黄色暴雨警告信号，并发出山泥倾泻预警。', 'warning signal'],
  ])('%s keeps its %s', (sentence, label) => {
    expect(labels(sentence).some((l) => l.endsWith(`: ${label}`))).toBe(true);
  });
});

describe('a meeting that speaks, a meeting where someone spoke, a speech as the setting', () => {
  it.each([
    // 会议指出: the meeting is the speaker; the saying is the event.
    ['7月24日召开的中共中央政治局会议指出，我国房地产市场供求关系发生重大变化，要适时调整优化房地产政策。', 'statement', '指出'],
    ['会议强调，要坚决守住不发生系统性风险的底线。', 'statement', '强调'],
    // 主持召开…座谈会时表示: the meeting chaired is where the words were said.
    ['部长倪虹7月27日主持召开企业座谈会时表示，将进一步做好相关工作。', 'statement', '表示'],
    // 在就职演说中表示: an inaugural speech is where, not a change of government.
    ['賴清德本月20日在就職演說中曾表示，國會三黨不過半是人民的選擇。', 'statement', '表示'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // A meeting convened, with nothing said, stays a meeting.
    ['国务院总理李强7月31日主持召开国务院常务会议。', 'other', '主持召开国务院常务会议'],
    // Taking office stays a change of government.
    ['賴清德本月20日宣誓就職。', 'other', '就職'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });
});

describe('a legislature at work and protests outside it', () => {
  it.each([
    ['國民黨、民眾黨聯手推動的國會職權修法，昨（28）日在立法院完成三讀。', 'other', '完成三讀'],
    ['行政院最遲須在下月10日前提出覆議。', 'other', '提出覆議'],
    ['他本週五（31日）也將赴立法院提出上任後首次施政報告並備質詢。', 'other', '施政報告'],
    // A crowd filling streets by a legislature, chanting: a protest.
    ['立法院外，「青鳥行動」人潮昨晚再度擠滿濟南路、青島東路及中山南路，民眾高喊「沒有討論，不是民主」直至深夜。', 'unrest', '人潮昨晚再度擠滿'],
    // The organisers' count of a crowd.
    ['上週二（21日）晚間，主辦單位估計到場人數已達約3萬人。', 'unrest', '主辦單位估計'],
    ['人潮從青島東路一路延伸到中山南路，主辦單位宣稱逾10萬人，警方估計約3萬5000人。', 'unrest', '主辦單位宣稱'],
    // Students storming and occupying a legislature's chamber: a protest, no military occupation.
    ['2014年3月18日晚間，反對《海峽兩岸服務貿易協議》的學生與公民團體衝入立法院議場，佔領長達24天。', 'unrest', '衝入立法院議場'],
    // A premier calling on the legislature's party caucuses: a meeting at home, no diplomacy.
    ['卓榮泰今（29）日將依慣例拜會朝野黨團。', 'other', '拜會'],
    // A diagnosed fracture is an injury.
    ['郭國文當晚經診斷為尾椎骨折。', 'unrest', '骨折'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // A crowd of shoppers, the organisers of a concert with no count of people: no protest.
    ['春节期间人潮挤满商场。', 'protests'],
    ['主办单位估计今年的活动将延期。', 'protests'],
    // A policy report as the time of something else is no event of its own.
    ['本週五（31日）卓榮泰赴立法院施政報告時，將號召民眾再度集結。', 'policy report'],
  ])('%s has no %s', (sentence, label) => {
    expect(labels(sentence).some((l) => l.endsWith(`: ${label}`))).toBe(false);
  });

  it('a foreign visitor received is still talks', () => {
    expect(classify('总统昨日拜会日本首相。')).toMatchObject({ category: 'diplomacy', trigger: '拜会' });
  });
});

describe('legislation on hold, a delay agreed at home, crowds in the streets', () => {
  it.each([
    // A plan put on hold, bowing to protests: the pause is the event, the protests its cause.
    ['Israeli Prime Minister Benjamin Netanyahu on Monday put his contentious plan to overhaul the country’s judiciary on hold, bowing to a wave of mass protests and a general strike that brought much of the country to a standstill.', 'other', 'on hold'],
    // A coalition partner agreeing to a delay is no diplomacy.
    ['National Security Minister Itamar Ben-Gvir agreed to the delay Monday evening after Netanyahu promised to set up a national guard under his ministry.', 'other', 'agreed to the delay'],
    // "announced in a statement" set off by commas describes the firing; the crowds are the news.
    ['News of the firing, announced in a terse statement from Netanyahu’s office, sent tens of thousands of Israelis pouring into the streets overnight.', 'unrest', 'pouring into the streets'],
    ['Protesters have taken to the streets every week since January.', 'unrest', 'taken to the streets'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // A plain announcement is still a saying.
    ['The ministry announced on Monday that the talks would resume.', 'statement', 'announced'],
    // Agreeing to a ceasefire stays an agreement.
    ['Israel and Hamas agreed to a ceasefire on Wednesday.', 'diplomacy', 'ceasefire'],
    ['The two sides agreed to the proposal on Wednesday.', 'diplomacy', 'agreed to'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });
});
