/**
 * Chinese date expressions, one row each: sentence → the one mention
 * expected. Expected values were worked out by hand from a calendar:
 * 2022-01-11 (default publication, 21:09 UTC) is a Tuesday, so its week runs
 * Mon 01-10 to Sun 01-16, the week before 01-03 to 01-09; bare days may
 * reach publication day + 1 (01-12). 2022-03-02 is a Wednesday (week 02-28 to
 * 03-06); 2022-01-02 a Sunday (week 2021-12-27 to 2022-01-02); 2024-03-01 a
 * Friday in a leap year. Spring Festival 2021-02-12 and 2022-02-01,
 * Mid-Autumn 2021-09-21, Dragon Boat 2021-06-14.
 */
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { DateValueSchema, type DateValue, type Precision, type TimexMod } from '../../lib/schema.ts';
import type { DateContext } from '../types.ts';
import { findDateExpressions, findDates, findUnresolvedDateTexts } from './index.ts';

const PUBLISHED = '2022-01-11T21:09:32Z';

interface Extra {
  pub?: string;
  ref?: DateValue;
  mod?: TimexMod;
  future?: boolean;
  anchor?: string;
}

type Row = [sentence: string, text: string, start: string, end: string | null, precision: Precision, rule: string, extra?: Extra];

function context(extra: Extra = {}): DateContext {
  return { published: new Date(extra.pub ?? PUBLISHED), reference: extra.ref ?? null };
}

const ref = (start: string): DateValue => ({ start, precision: 'day' });
const validDateValue = new Ajv({ strict: false }).compile(DateValueSchema);

const ROWS: Row[] = [
  // bare days: latest on or before publication (+1 day)
  ['王毅10日表示，愿加强合作。', '10日', '2022-01-10', null, 'day', 'publication', { anchor: '2022-01-11' }],
  ['普莱斯11日表示。', '11日', '2022-01-11', null, 'day', 'publication'],
  ['代表团12日抵达。', '12日', '2022-01-12', null, 'day', 'publication'],
  ['代表团13日抵达。', '13日', '2021-12-13', null, 'day', 'publication'],
  ['他10号说。', '10号', '2022-01-10', null, 'day', 'publication'],
  ['示威者31日聚集。', '31日', '2021-12-31', null, 'day', 'publication'],
  ['总统１０日讲话。', '１０日', '2022-01-10', null, 'day', 'publication'],
  ['外长十日表示。', '十日', '2022-01-10', null, 'day', 'publication'],
  ['外长二十一日表示。', '二十一日', '2021-12-21', null, 'day', 'publication'],
  ['外长三十一日表示。', '三十一日', '2021-12-31', null, 'day', 'publication'],
  // a future cue in the clause: earliest on or after publication
  ['会议将于15日举行。', '15日', '2022-01-15', null, 'day', 'publication', { future: true }],
  ['双方定于10日举行会谈。', '10日', '2022-02-10', null, 'day', 'publication', { future: true }],
  ['王毅10日表示，将加强执法安全合作。', '10日', '2022-01-10', null, 'day', 'publication'],
  ['托卡耶夫11日说：“整顿海关将大幅提高收入。”', '11日', '2022-01-11', null, 'day', 'publication'],
  ['紧急状态将持续，直至1月19日。', '直至1月19日', '2022-01-19', null, 'day', 'publication', { future: true }],
  // 至/到 right after a verb of holding or delaying marks an end point, like 直至
  ['文件显示，她将被羁押至2月15日。', '至2月15日', '2022-02-15', null, 'day', 'publication', { future: true }],
  ['法院裁定将他拘留至15日。', '至15日', '2022-01-15', null, 'day', 'publication', { future: true }],
  ['选举延期至3月举行。', '至3月', '2022-03', null, 'month', 'publication', { future: true }],
  ['會議推遲到15日舉行。', '到15日', '2022-01-15', null, 'day', 'publication', { future: true }],
  ['截至1月10日，已有100人被捕。', '1月10日', '2022-01-10', null, 'day', 'publication'],
  // a cue right at publication day's expression: still to come that day, like "later on Monday"
  ['指挥部今天将继续举行新闻发布会。', '今天', '2022-01-11', null, 'day', 'publication', { future: true }],
  ['会议将于今天下午举行。', '今天', '2022-01-11', null, 'day', 'publication', { future: true }],
  ['双方今天下午还将举行会谈。', '今天', '2022-01-11', null, 'day', 'publication', { future: true }],
  ['當局今日將舉行記者會。', '今日', '2022-01-11', null, 'day', 'publication', { future: true }],
  // …with the clock named between the cue and the day (publication is a Tuesday)
  ['安理会将于纽约时间周二上午召开紧急会议。', '周二', '2022-01-11', null, 'day', 'publication', { future: true }],
  ['會議將於當地時間今天下午舉行。', '今天', '2022-01-11', null, 'day', 'publication', { future: true }],
  // …not a saying today about what will be, nor a day the act already took
  ['外交部发言人今天表示，中方将加强合作。', '今天', '2022-01-11', null, 'day', 'publication'],
  ['今天举行的会议将讨论此事。', '今天', '2022-01-11', null, 'day', 'publication'],
  ['今天上午，总统发表讲话。', '今天', '2022-01-11', null, 'day', 'publication'],
  // full and partial calendar dates
  ['2022 年 1 月 9 日，在阿拉木图。', '2022 年 1 月 9 日', '2022-01-09', null, 'day', 'stated'],
  ['2022年1月9日，抗议继续。', '2022年1月9日', '2022-01-09', null, 'day', 'stated'],
  ['二〇二二年一月二日发生爆炸。', '二〇二二年一月二日', '2022-01-02', null, 'day', 'stated'],
  ['2021年8月，塔利班进入喀布尔。', '2021年8月', '2021-08', null, 'month', 'stated'],
  ['毕竟2013年，习近平首次提出倡议。', '2013年', '2013', null, 'year', 'stated'],
  ['抗议者1月9日洗劫商店。', '1月9日', '2022-01-09', null, 'day', 'publication'],
  ['一月二日爆发抗议。', '一月二日', '2022-01-02', null, 'day', 'publication'],
  ['12月30日发生冲突。', '12月30日', '2021-12-30', null, 'day', 'publication'],
  ['12月30日发生冲突。', '12月30日', '2021-12-30', null, 'day', 'publication', { pub: '2022-01-02T08:00:00Z' }],
  // A bare 自 dates the event it introduces; only 起/以来/开始 open a span.
  ['自去年8月阿富汗落入塔利班手中。', '去年8月', '2021-08', null, 'month', 'publication'],
  ['自去年8月以来，局势持续紧张。', '自去年8月以来', '2021-08', '2022-01-11', 'month', 'publication'],
  ['去年8月，塔利班进入喀布尔。', '去年8月', '2021-08', null, 'month', 'publication'],
  ['今年3月将举行选举。', '今年3月', '2022-03', null, 'month', 'publication', { future: true }],
  ['8月发生政变。', '8月', '2021-08', null, 'month', 'publication'],
  ['上个月发生政变。', '上个月', '2021-12', null, 'month', 'publication'],
  ['本月发生政变。', '本月', '2022-01', null, 'month', 'publication'],
  ['下个月举行选举。', '下个月', '2022-02', null, 'month', 'publication', { future: true }],
  ['今年经济增长。', '今年', '2022', null, 'year', 'publication'],
  // a year tied to a month by 的 sets its year: 5年前 from 2022 is 2017
  ['5年前的9月28日，警方施放87枚催淚彈。', '5年前的9月28日', '2017-09-28', null, 'day', 'publication'],
  ['去年的9月28日发生冲突。', '去年的9月28日', '2021-09-28', null, 'day', 'publication'],
  ['前年的3月发生冲突。', '前年的3月', '2020-03', null, 'month', 'publication'],
  ['去年经济增长。', '去年', '2021', null, 'year', 'publication'],
  ['前年经济增长。', '前年', '2020', null, 'year', 'publication'],
  ['明年经济增长。', '明年', '2023', null, 'year', 'publication', { future: true }],
  // holidays
  ['自新年起爆发动乱。', '自新年起', '2022-01-01', '2022-01-11', 'day', 'publication'],
  ['元旦当局宣布紧急状态。', '元旦', '2022-01-01', null, 'day', 'publication'],
  ['新年期间爆发抗议。', '新年', '2022-01-01', null, 'day', 'publication'],
  ['春节期间物价上涨。', '春节', '2021-02-12', null, 'day', 'publication'],
  ['春节期间物价上涨。', '春节', '2022-02-01', null, 'day', 'publication', { pub: '2022-03-02T10:00:00Z' }],
  ['今年春节期间物价上涨。', '今年春节', '2022-02-01', null, 'day', 'publication', { future: true }],
  ['除夕晚上发生火灾。', '除夕', '2022-01-31', null, 'day', 'publication', { pub: '2022-03-02T10:00:00Z' }],
  ['中秋节前夕。', '中秋节', '2021-09-21', null, 'day', 'publication'],
  ['端午节假期。', '端午节', '2021-06-14', null, 'day', 'publication'],
  ['国庆节假期。', '国庆节', '2021-10-01', null, 'day', 'publication'],
  ['國慶節假期。', '國慶節', '2021-10-01', null, 'day', 'publication'],
  ['圣诞节前夕。', '圣诞节', '2021-12-25', null, 'day', 'publication'],
  ['劳动节假期。', '劳动节', '2021-05-01', null, 'day', 'publication'],
  ['2021年圣诞节前夕。', '2021年圣诞节', '2021-12-25', null, 'day', 'stated'],
  // weekdays (2022-01-11 is a Tuesday)
  ['他上周三抵达。', '上周三', '2022-01-05', null, 'day', 'publication'],
  ['他本周二抵达。', '本周二', '2022-01-11', null, 'day', 'publication'],
  ['他这周五抵达。', '这周五', '2022-01-14', null, 'day', 'publication', { future: true }],
  ['他周一抵达。', '周一', '2022-01-10', null, 'day', 'publication'],
  ['他星期三抵达。', '星期三', '2022-01-05', null, 'day', 'publication'],
  ['他礼拜天抵达。', '礼拜天', '2022-01-09', null, 'day', 'publication'],
  ['他上星期四抵达。', '上星期四', '2022-01-06', null, 'day', 'publication'],
  ['他下周一抵达。', '下周一', '2022-01-17', null, 'day', 'publication', { future: true }],
  ['他週三抵達。', '週三', '2022-01-05', null, 'day', 'publication'],
  ['他上週五抵達。', '上週五', '2022-01-07', null, 'day', 'publication'],
  ['他禮拜一抵達。', '禮拜一', '2022-01-10', null, 'day', 'publication'],
  ['他上周三抵达。', '上周三', '2022-02-23', null, 'day', 'publication', { pub: '2022-03-02T10:00:00Z' }],
  ['他本周一抵达。', '本周一', '2022-02-28', null, 'day', 'publication', { pub: '2022-03-02T10:00:00Z' }],
  ['他周四抵达。', '周四', '2022-02-24', null, 'day', 'publication', { pub: '2022-03-02T10:00:00Z' }],
  ['他上周三抵达。', '上周三', '2021-12-22', null, 'day', 'publication', { pub: '2022-01-02T08:00:00Z' }],
  ['上周发生骚乱。', '上周', '2022-01-03', '2022-01-09', 'day', 'publication'],
  // the week of publication (Mon 01-10 to Sun 01-16), told in the past: the days so far, up to publication
  ['本周发生骚乱。', '本周', '2022-01-10', '2022-01-11', 'day', 'publication'],
  ['本周发生骚乱。', '本周', '2022-01-10', '2022-01-15', 'day', 'publication', { pub: '2022-01-15T10:00:00Z' }],
  // looking ahead, the whole week
  ['双方将于本周举行会谈。', '本周', '2022-01-10', '2022-01-16', 'day', 'publication', { future: true }],
  ['本周发生骚乱。', '本周', '2022-01-10', '2022-01-16', 'day', 'publication', { pub: '2022-01-16T10:00:00Z' }],
  // earlier this week: up to publication (Tue 01-11); later this week: from the day after
  ['双方本周早些时候举行会谈。', '本周早些时候', '2022-01-10', '2022-01-11', 'day', 'publication'],
  ['双方将于本週晚些時候舉行會談。', '本週晚些時候', '2022-01-12', '2022-01-16', 'day', 'publication', { future: true }],
  // relative days
  ['总统今天讲话。', '今天', '2022-01-11', null, 'day', 'publication'],
  ['总统今日讲话。', '今日', '2022-01-11', null, 'day', 'publication'],
  ['总统昨天讲话。', '昨天', '2022-01-10', null, 'day', 'publication'],
  ['總統昨日講話。', '昨日', '2022-01-10', null, 'day', 'publication'],
  ['总统前天讲话。', '前天', '2022-01-09', null, 'day', 'publication'],
  ['总统明天讲话。', '明天', '2022-01-12', null, 'day', 'publication', { future: true }],
  ['总统后天讲话。', '后天', '2022-01-13', null, 'day', 'publication', { future: true }],
  ['三天前爆发冲突。', '三天前', '2022-01-08', null, 'day', 'publication'],
  ['3天前爆发冲突。', '3天前', '2022-01-08', null, 'day', 'publication'],
  ['两天后举行会谈。', '两天后', '2022-01-13', null, 'day', 'publication', { future: true }],
  ['昨天发生地震。', '昨天', '2024-02-29', null, 'day', 'publication', { pub: '2024-03-01T12:00:00Z' }],
  // Hong Kong day words: 昨早/昨午 yesterday morning/afternoon, 前日 the day before yesterday, 前晚 its evening
  ['立法會主席昨早發出通告。', '昨早', '2022-01-10', null, 'day', 'publication'],
  ['警方昨午宣布封路。', '昨午', '2022-01-10', null, 'day', 'publication'],
  ['示威者昨夜聚集。', '昨夜', '2022-01-10', null, 'day', 'publication'],
  ['前日晚上，數百人通宵留守。', '前日', '2022-01-09', null, 'day', 'publication'],
  ['示威者前晚在政府總部外聚集。', '前晚', '2022-01-09', null, 'day', 'publication'],
  // anchored to the reference date
  ['当天有数百人被捕。', '当天', '2022-01-09', null, 'day', 'anchored', { ref: ref('2022-01-09'), anchor: '2022-01-09' }],
  ['当日有数百人被捕。', '当日', '2022-01-09', null, 'day', 'anchored', { ref: ref('2022-01-09') }],
  ['同日有数百人被捕。', '同日', '2022-01-09', null, 'day', 'anchored', { ref: ref('2022-01-09') }],
  ['同一天，全球多座城市也举行了集会。', '同一天', '2022-01-09', null, 'day', 'anchored', { ref: ref('2022-01-09') }],
  ['同一日，警方拘留了数人。', '同一日', '2022-01-09', null, 'day', 'anchored', { ref: ref('2022-01-09') }],
  ['同天有数百人被捕。', '同天', '2022-01-09', null, 'day', 'anchored', { ref: ref('2022-01-09') }],
  ['次日恢复秩序。', '次日', '2022-01-10', null, 'day', 'anchored', { ref: ref('2022-01-09'), anchor: '2022-01-09' }],
  ['翌日恢复秩序。', '翌日', '2022-01-01', null, 'day', 'anchored', { ref: ref('2021-12-31') }],
  ['隔天恢复秩序。', '隔天', '2022-01-10', null, 'day', 'anchored', { ref: ref('2022-01-09') }],
  ['前一天发生爆炸。', '前一天', '2022-01-08', null, 'day', 'anchored', { ref: ref('2022-01-09') }],
  ['当天有数百人被捕。', '当天', '2022-01-11', null, 'day', 'publication'],
  // ranges
  ['会议1月2日至5日举行。', '1月2日至5日', '2022-01-02', '2022-01-05', 'day', 'publication'],
  ['抗议2日到5日持续。', '2日到5日', '2022-01-02', '2022-01-05', 'day', 'publication'],
  ['从1月2日到5日持续抗议。', '从1月2日到5日', '2022-01-02', '2022-01-05', 'day', 'publication'],
  ['12月30日至1月2日放假。', '12月30日至1月2日', '2021-12-30', '2022-01-02', 'day', 'publication'],
  // A daily report's 24 hours: the clock time closing the first end is inside the range.
  ['昨天上午6時至今天上午6時，共偵獲共機8架次。', '昨天上午6時至今天', '2022-01-10', '2022-01-11', 'day', 'publication'],
  ['2021年8月至10月局势动荡。', '2021年8月至10月', '2021-08', '2021-10', 'month', 'stated'],
  ['自2013年以来两国合作。', '自2013年以来', '2013', '2022-01-11', 'year', 'publication'],
  // a notice's "inclusive" before 起
  ['决定自2022年1月5日（含）起全面暂停进口。', '自2022年1月5日（含）起', '2022-01-05', '2022-01-11', 'day', 'publication'],
  ['2013年以来两国合作。', '2013年以来', '2013', '2022-01-11', 'year', 'publication'],
  // 最终 (at last) and 最近 measure nothing: still a span
  ['自2013年以来两国合作最终取得成果。', '自2013年以来', '2013', '2022-01-11', 'year', 'publication'],
  ['从10日开始实行宵禁。', '从10日开始', '2022-01-10', '2022-01-11', 'day', 'publication'],
  ['自2013年至今两国合作。', '自2013年至今', '2013', '2022-01-11', 'year', 'publication'],
  // 以来 a few words after the date, which name what happened then: still "since" the date
  ['自2014年占领运动以来，局势持续紧张。', '自2014年', '2014', '2022-01-11', 'year', 'publication'],
  ['1997年回归以来，香港经济持续增长。', '1997年', '1997', '2022-01-11', 'year', 'publication'],
  // 数/几 before Arabic digits close a word (上证指数), they count only Chinese numerals (数十日)
  ['上证指数10日上涨4.15%。', '10日', '2022-01-10', null, 'day', 'publication'],
  // a Chinese digit before Arabic ones ends a name (松野博一, 純一郎), it does not lengthen the number
  ['日本內閣官房長官松野博一10日下午在記者會上說。', '10日', '2022-01-10', null, 'day', 'publication'],
  ['日本首相岸田文雄與松野博一9日會面。', '9日', '2022-01-09', null, 'day', 'publication'],
  ['小泉純一郎10日表示。', '10日', '2022-01-10', null, 'day', 'publication'],
  ['前首相健一8月访华。', '8月', '2021-08', null, 'month', 'publication'],
  ['十一月举行选举。', '十一月', '2021-11', null, 'month', 'publication'],
  ['他二十七日抵达。', '二十七日', '2021-12-27', null, 'day', 'publication'],
  ['上证指数1月10日上涨4.15%。', '1月10日', '2022-01-10', null, 'day', 'publication'],
  // 下周初, 本周初: the week, its start (publication Tue 2022-01-11; next week Mon 01-17 to Sun 01-23)
  ['央行下周初将公布数据。', '下周初', '2022-01-17', '2022-01-23', 'day', 'publication', { mod: 'START', future: true }],
  ['2月24日冲突爆发以来，已有多人丧生。', '2月24日', '2021-02-24', '2022-01-11', 'day', 'publication'],
  // ...but not past a verb of saying, or further than a short phrase
  ['他10日说自独立以来局势稳定。', '10日', '2022-01-10', null, 'day', 'publication'],
  ['2013年首次提出共建丝绸之路经济带倡议以来成果丰硕。', '2013年', '2013', null, 'year', 'stated'],
  ['自新年起爆发动乱，至10日已有多人死亡。', '自新年起爆发动乱，至10日', '2022-01-01', '2022-01-10', 'day', 'publication'],
  ['会谈10至11日举行。', '10至11日', '2022-01-10', '2022-01-11', 'day', 'publication'],
  ['2022年1月10日至12日举行会谈。', '2022年1月10日至12日', '2022-01-10', '2022-01-12', 'day', 'stated'],
  ['2020-2021年经济衰退。', '2020-2021年', '2020', '2021', 'year', 'stated'],
  ['上周五到本周一持续抗议。', '上周五到本周一', '2022-01-07', '2022-01-10', 'day', 'publication'],
  // a range still running after publication (the 5th) points ahead; one over by then does not
  ['解放军自4日至7日在台湾周边进行实弹演习。', '自4日至7日', '2022-08-04', '2022-08-07', 'day', 'publication', { pub: '2022-08-05T06:30:00Z', future: true }],
  ['解放军自2日至4日进行演习。', '自2日至4日', '2022-08-02', '2022-08-04', 'day', 'publication', { pub: '2022-08-05T06:30:00Z' }],
  ['自1月1日起封锁，直至1月19日。', '自1月1日起封锁，直至1月19日', '2022-01-01', '2022-01-19', 'day', 'publication', { future: true }],
  // parts of a year or month
  ['年初以来物价上涨。', '年初以来', '2022', '2022-01-11', 'year', 'publication', { mod: 'START' }],
  ['年初物价上涨。', '年初', '2022', null, 'year', 'publication', { mod: 'START' }],
  ['去年底物价上涨。', '去年底', '2021', null, 'year', 'publication', { mod: 'END' }],
  ['去年年底物价上涨。', '去年年底', '2021', null, 'year', 'publication', { mod: 'END' }],
  ['2021年年底物价上涨。', '2021年年底', '2021', null, 'year', 'stated', { mod: 'END' }],
  ['8月初发生政变。', '8月初', '2021-08', null, 'month', 'publication', { mod: 'START' }],
  ['1月中旬举行会议。', '1月中旬', '2022-01', null, 'month', 'publication', { mod: 'MID' }],
  ['上旬举行会议。', '上旬', '2022-01', null, 'month', 'publication', { mod: 'START' }],
  ['下旬举行会议。', '下旬', '2022-01', null, 'month', 'publication', { mod: 'END' }],
  ['月底举行会议。', '月底', '2022-01', null, 'month', 'publication', { mod: 'END' }],
  ['月初举行会议。', '月初', '2022-01', null, 'month', 'publication', { mod: 'START' }],
  ['年底举行选举。', '年底', '2022', null, 'year', 'publication', { mod: 'END' }],
  ['1月中，局势恶化。', '1月中', '2022-01', null, 'month', 'publication', { mod: 'MID' }],
  ['年中前完成改革。', '年中', '2022', null, 'year', 'publication', { mod: 'MID' }],
  ['1月中国外长访问。', '1月', '2022-01', null, 'month', 'publication'],
  ['今年中国经济增长。', '今年', '2022', null, 'year', 'publication'],
  // approximate
  ['部队10日左右撤离。', '10日左右', '2022-01-10', null, 'day', 'publication', { mod: 'APPROX' }],
  ['部队1月前后撤离。', '1月前后', '2022-01', null, 'month', 'publication', { mod: 'APPROX' }],
  // traditional characters
  ['王毅10號表示。', '10號', '2022-01-10', null, 'day', 'publication'],
  ['他於1月9日抵達。', '1月9日', '2022-01-09', null, 'day', 'publication'],
  ['會議將於15日舉行。', '15日', '2022-01-15', null, 'day', 'publication', { future: true }],
  // Republic of China years: 民国 N 年 is 1911 + N, a stated date
  ['國防部於民國111年8月4日晚間發布新聞稿。', '民國111年8月4日', '2022-08-04', null, 'day', 'stated', { pub: '2022-08-05T06:30:00Z' }],
  ['国防部于民国111年8月4日发布新闻稿。', '民国111年8月4日', '2022-08-04', null, 'day', 'stated', { pub: '2022-08-05T06:30:00Z' }],
  ['民國111年，政府改組。', '民國111年', '2022', null, 'year', 'stated'],
  ['中华民国38年底，政府迁台。', '民国38年底', '1949', null, 'year', 'stated', { mod: 'END' }],
  ['民国一百一十一年十二月二十七日发布公告。', '民国一百一十一年十二月二十七日', '2022-12-27', null, 'day', 'stated', { pub: '2023-01-05T00:00:00Z' }],
  ['民国元年，临时政府成立。', '民国元年', '1912', null, 'year', 'stated'],
  // leap years
  ['2月29日发生地震。', '2月29日', '2020-02-29', null, 'day', 'publication'],
  ['2020年2月29日发生地震。', '2020年2月29日', '2020-02-29', null, 'day', 'stated'],
  ['29日发生地震。', '29日', '2024-02-29', null, 'day', 'publication', { pub: '2024-03-01T12:00:00Z' }],
  // Published Tue 2021-03-30 01:00 UTC: 将展开 points ahead (the 31st, still to come); 上週二 is the 23rd.
  ['運河管理局31日將展開調查。', '31日', '2021-03-31', null, 'day', 'publication', { pub: '2021-03-30T01:00:00Z', future: true }],
  ['113艘船將在當地時間今天上午8時（台灣時間下午2時）前通過運河。', '今天', '2021-03-30', null, 'day', 'publication', { pub: '2021-03-30T01:00:00Z', future: true }],
  ['蘇伊士運河23日起雙向封閉。', '23日起', '2021-03-23', '2021-03-30', 'day', 'publication', { pub: '2021-03-30T01:00:00Z' }],
  // 卡在…6天後 is a time frame before a day of the sentence's own: only 昨天 dates it.
  ['長賜輪卡在蘇伊士運河（Suez Canal）6天後，昨天終於脫困。', '昨天', '2021-03-29', null, 'day', 'publication', { pub: '2021-03-30T01:00:00Z' }],
  ['他被困6天后，昨天获救。', '昨天', '2021-03-29', null, 'day', 'publication', { pub: '2021-03-30T01:00:00Z' }],
  ['長榮海運昨天晚間發布新聞稿。', '昨天', '2021-03-29', null, 'day', 'publication', { pub: '2021-03-30T01:00:00Z' }],
  ['國際油價同日應聲走低。', '同日', '2021-03-29', null, 'day', 'anchored', { pub: '2021-03-30T01:00:00Z', ref: ref('2021-03-29') }],
  // Published Fri 2023-09-29: 过去一周 is a duration (no date, no range); 明年1月1日起 ahead; 自…以来 runs to publication.
  ['纳卡将从明年1月1日起不复存在。', '从明年1月1日起', '2024-01-01', null, 'day', 'publication', { pub: '2023-09-29T08:00:00Z', future: true, mod: 'AFTER' }],
  ['自2020年11月以来，约2000名维和人员一直部署在该地区。', '自2020年11月以来', '2020-11', '2023-09-29', 'month', 'publication', { pub: '2023-09-29T08:00:00Z' }],
];

describe('findDates (Chinese): one expression per sentence', () => {
  it.each(ROWS)('%s → %s', (sentence, text, start, end, precision, rule, extra) => {
    const mentions = findDates(sentence, context(extra));
    expect(mentions.map((m) => m.text)).toEqual([text]);
    const [mention] = mentions;
    expect(sentence.slice(mention!.start, mention!.end)).toBe(text);
    expect(mention!.value.start).toBe(start);
    expect(mention!.value.end).toBe(end ?? undefined);
    expect(mention!.value.precision).toBe(precision);
    expect(mention!.rule).toBe(rule);
    expect(mention!.value.mod).toBe(extra?.mod);
    expect(mention!.value.future).toBe(extra?.future);
    if (extra?.anchor) expect(mention!.anchor).toBe(extra.anchor);
    expect(validDateValue(JSON.parse(JSON.stringify(mention!.value)))).toBe(true);
  });
});

const NOT_DATES: string[] = [
  '近10000人被捕。',
  '有2300人被捕。',
  '数十日内完成。',
  // X以来 before a first or a record is a yardstick, not the event's date nor a span it ran over
  '这是自2014年占领运动以来最严重的冲突。',
  '这是1997年回归以来最大规模的游行。',
  // words between 以来 and the record, and 这是…以来 whatever follows
  '并称这是自1939年埃尔津詹大地震以来土耳其遭遇的最严重灾难。',
  '这是1997年回归以来香港最大规模的游行。',
  '这是2008年以来，全球最严重的金融危机。',
  '這是自2014年佔領運動以來，本港最嚴重的衝突。',
  // with a digit or a magnitude before them, digits continue a number
  '共有12013年的历史。',
  '距今1万2000年前。',
  '天文台發出十號颶風信號，是2018年超強颱風山竹以來首次。',
  '沪指创2020年7月以来最大单日涨幅。',
  '美联储降息50个基点，为2020年3月以来首次降息。',
  '一年中最冷的时候。',
  '造成了至少164人丧生。',
  '集安组织在哈维和人员现有二千三百人。',
  '中国面临第二次西部边境的军事动荡。',
  '首次提出“一带一路”倡议。',
  '防范“颜色革命”和“三股势力”作乱。',
  '24小时内恢复秩序。',
  '30年来最严重的动乱。',
  '差额高达数十亿美元。',
  '物价上涨了10%。',
  '损失达10日元。',
  '地铁3号线停运。',
  '他说明年度报告的内容。',
  '如今年轻人失业。',
  '之前天气很好。',
  '一周一次例会。',
  '每周三开会。',
  '今日俄罗斯电视台报道。',
  '两者不可同日而语。',
  '1990年代的改革。',
  '次日恢复秩序。',
  '一月一次例会。',
  '他是明日之星。',
  '日本首相表示。',
  '纪念建党100周年。',
  '此后天然气价格上涨。',
  '以前年轻人很少失业。',
  '上个世纪八十年代。',
  '第1-2日的比赛。',
  '民国时期的建筑。',
  '民国100多年来的变迁。',
  // 前 "former" before 日 "Japan(ese)", and 前日/前晚 closing other words
  '前日本首相表示。',
  '前日军士兵接受采访。',
  '之前日子很苦。',
  '会前晚宴上双方交谈。',
  '三日前日夜赶路。',
  // durations: 过去一周, 6天后 move no date and make no range
  '过去一周已有超过8.4万人进入亚美尼亚。',
];

describe('findDates (Chinese): not dates', () => {
  it.each(NOT_DATES)('%s → nothing', (sentence) => {
    expect(findDates(sentence, context())).toEqual([]);
  });
});

describe('findDateExpressions (Chinese): 同一天 only as "the same day"', () => {
  it.each([['同一天，多座城市举行集会。', ['同一天']], ['两人不同一天出生。', []], ['他如同一天没睡。', []]])('%s → %j', (sentence, texts) => {
    expect(findDateExpressions(sentence).map((e) => e.text)).toEqual(texts);
  });
});

describe('findDates (Chinese): a time-zone conversion in brackets', () => {
  // The bracket restates the moment on another clock: its day dates nothing when the sentence has one outside it.
  const pub = { published: new Date('2023-11-16T12:00:00Z'), reference: null };
  it.each([
    ['会晤于当地时间15日上午11时许（北京时间16日凌晨3时许）开始。', [['15日', '2023-11-15']]],
    ['會晤於當地時間15日（北京時間16日凌晨）開始。', [['15日', '2023-11-15']]],
    ['火箭于14日晚（格林尼治时间14日12时）发射。', [['14日', '2023-11-14']]],
    // with no date outside, the bracket's is the only one given
    ['会晤（北京时间16日凌晨3时许）开始。', [['16日', '2023-11-16']]],
    // a bracket that is no clock keeps its date
    ['双方15日（周三）签署协议。', [['15日', '2023-11-15'], ['周三', '2023-11-15']]],
  ])('%s → %j', (sentence, expected) => {
    expect(findDates(sentence, pub).map((m) => [m.text, m.value.start])).toEqual(expected);
  });
});

describe('findDates (Chinese): a day declared', () => {
  // 将X定为…日, 宣布X为…日: the day is what was declared; the declaring keeps its own day.
  const pub = { published: new Date('2024-03-24T12:00:00Z'), reference: null };
  it.each([
    ['普京宣布24日为全国哀悼日。', []],
    ['政府將週日定為全國哀悼日。', []],
    ['普京23日发表讲话，并宣布24日为全国哀悼日。', [['23日', '2024-03-23']]],
    // a day that dates the announcing, or a day from which something applies, stays
    ['政府宣布10月1日起实施新规。', [['10月1日起', '2023-10-01']]],
    ['他将于25日访问莫斯科。', [['25日', '2024-03-25']]],
  ])('%s → %j', (sentence, expected) => {
    expect(findDates(sentence, pub).map((m) => [m.text, m.value.start])).toEqual(expected);
  });
});

describe('findDates (Chinese): several expressions and context', () => {
  it('dates the seed sentence with a mourning day and a range since New Year', () => {
    const sentence = '哈萨克斯坦10日为全国哀悼日，自新年起爆发从苏联独立以来最严重的动乱，造成了至少164人丧生，近10000人被捕。';
    const mentions = findDates(sentence, context());
    expect(mentions.map((m) => [m.text, m.value.start, m.value.end])).toEqual([
      ['10日', '2022-01-10', undefined],
      ['自新年起', '2022-01-01', '2022-01-10'],
    ]);
  });

  it('counts 两天后 from an earlier date in the same sentence, not from publication', () => {
    const mentions = findDates('部长11日宣布，部队将在两天后撤离。', { published: new Date('2022-01-12T02:40:00Z'), reference: null });
    expect(mentions.map((m) => [m.text, m.value.start, m.rule, m.anchor ?? null, m.value.future ?? false])).toEqual([
      ['11日', '2022-01-11', 'publication', '2022-01-12', false],
      ['两天后', '2022-01-13', 'anchored', '2022-01-11', true],
    ]);
  });

  it('counts 次日 from an earlier date in the same sentence', () => {
    const mentions = findDates('王毅10日抵达，次日会见总统。', context());
    expect(mentions.map((m) => [m.text, m.value.start, m.rule, m.anchor])).toEqual([
      ['10日', '2022-01-10', 'publication', '2022-01-11'],
      ['次日', '2022-01-11', 'anchored', '2022-01-10'],
    ]);
  });

  // The sentence before gave 2022-01-05 (ref); publication is 2022-01-11. A stretch told as over
  // (了, 曾) ends at the day last given; one still running (已, 仍, or a present state) at publication.
  it.each([
    ['自去年8月以来局势曾一度紧张。', '2021-08', '2022-01-05'],
    ['自新年起爆发了动乱。', '2022-01-01', '2022-01-05'],
    ['自新年起，示威者占领了广场。', '2022-01-01', '2022-01-05'],
    ['自去年8月以来局势紧张。', '2021-08', '2022-01-11'],
    ['伊朗当局自1月3日起大规模限制互联网，封锁了Instagram。', '2022-01-03', '2022-01-11'],
    ['自1月3日以来，抗议活动已扩散到全国各地。', '2022-01-03', '2022-01-11'],
    ['自新年起，为了安全，当局仍关闭了机场。', '2022-01-01', '2022-01-11'],
  ])('ends the open range in %s at %s … %s', (sentence, start, end) => {
    const [mention] = findDates(sentence, { published: new Date(PUBLISHED), reference: ref('2022-01-05') });
    expect([mention!.value.start, mention!.value.end]).toEqual([start, end]);
  });

  it('resolves stated dates and skips relative ones when the publication date is unknown', () => {
    const ctx = { published: null, reference: null };
    expect(findDates('2022年1月9日，王毅10日表示。', ctx).map((m) => m.text)).toEqual(['2022年1月9日']);
    expect(findDates('自2013年以来', ctx)[0]!.value).toMatchObject({ start: '2013', mod: 'AFTER' });
  });

  it('uses the UTC calendar day of the publication instant', () => {
    const [mention] = findDates('总统今天讲话。', { published: new Date('2022-01-11T00:00:00+08:00'), reference: null });
    expect(mention!.value.start).toBe('2022-01-10');
  });

  it('gives week ranges a TIMEX week value', () => {
    const [mention] = findDates('下周举行会谈。', context());
    expect(mention!.value).toEqual({ start: '2022-01-17', end: '2022-01-23', precision: 'day', timex: '2022-W03', future: true });
  });
});

describe('findDateExpressions and findUnresolvedDateTexts', () => {
  it('lists every expression with what it needs to be dated', () => {
    const sentence = '2022年1月9日，王毅10日表示，次日将再次通话，自2013年以来双方合作。';
    expect(findDateExpressions(sentence).map((e) => [e.text, e.needs])).toEqual([
      ['2022年1月9日', 'nothing'],
      ['10日', 'publication'],
      ['次日', 'reference'],
      // its end is publication day when known; without one it is still dated: 2013, mod AFTER
      ['自2013年以来', 'nothing'],
    ]);
  });

  it('names the relative dates left undated without a publication date', () => {
    expect(findUnresolvedDateTexts('2022年1月9日，王毅10日表示。', { published: null, reference: null })).toEqual(['10日']);
    expect(findUnresolvedDateTexts('2022年1月9日，王毅10日表示。', context())).toEqual([]);
  });
});

describe('findDates (Chinese): yearless dates before a date still to come', () => {
  // Publication Tue 2022-01-11. Read back, 1月31日 would be 2021's; before 将于2月7日 it is the closure still to come
  // (Spring Festival 2022 is 1 February). A date already past read ahead would fall after 2月7日, so it stays.
  type Row = [sentence: string, expected: [text: string, start: string, end: string | undefined, future: boolean | undefined][]];
  it.each<Row>([
    ['根据交易所休市安排，1月31日至2月6日春节假期休市，A股将于2月7日恢复交易。', [
      ['1月31日至2月6日', '2022-01-31', '2022-02-06', true],
      ['春节', '2022-02-01', undefined, true],
      ['2月7日', '2022-02-07', undefined, true],
    ]],
    ['1月9日他表示，将于2月7日访问。', [['1月9日', '2022-01-09', undefined, undefined], ['2月7日', '2022-02-07', undefined, true]]],
  ])('%s', (sentence, expected) => {
    const mentions = findDates(sentence, context());
    expect(mentions.map((m) => [m.text, m.value.start, m.value.end, m.value.future])).toEqual(expected);
  });
});

describe('当年, 同年, 一年后: the year named before', () => {
  // Reference 2003 (a year named, no day): 特區政府曾於2003年推出…。當年7月1日…
  const year2003: DateValue = { start: '2003', precision: 'year' };
  const month200609: DateValue = { start: '2006-09', precision: 'month' };
  it.each<[string, DateValue | null, string | null, string | null, boolean]>([
    // 当年 before a month: that year.
    ['當年7月1日約50萬人上街遊行反對', year2003, '當年7月1日', '2003-07-01', false],
    ['同年9月5日宣布撤回草案', year2003, '同年9月5日', '2003-09-05', false],
    // With nothing named, 当年 dates nothing (no guess from publication).
    ['當年7月1日約50萬人上街遊行', null, null, null, false],
    // 一年后 after a year or month named: a year after it.
    ['他一年后因病辞职', month200609, '一年后', '2007', false],
    // Nothing named: a year from publication, ahead.
    ['他一年后因病辞职', null, '一年后', '2023', true],
    // A cue ahead: from publication, whatever was named.
    ['预计五年后建成', month200609, '五年后', '2027', true],
    // Back in time stays counted from publication.
    ['他三年前辞职', month200609, '三年前', '2019', false],
  ])('%s (ref %j) → %s %s', (sentence, ref, text, start, future) => {
    const found = findDates(sentence, { published: new Date('2022-07-09T02:00:00Z'), reference: ref });
    if (text === null) return expect(found).toEqual([]);
    expect(found.map((m) => m.text)).toEqual([text]);
    expect(found[0]!.value.start).toBe(start);
    expect(found[0]!.value.future === true).toBe(future);
  });

  it.each(['他當年的承諾沒有兑現', '他看起来相当年轻', '当年底'])('%s: 当年 alone is no date', (sentence) => {
    expect(findDates(sentence, { published: new Date('2022-07-09T02:00:00Z'), reference: year2003 }).map((m) => m.text)).not.toContain('当年');
  });
});

describe('Liberty Times days in brackets, Taiwan\'s 520', () => {
  // Published Friday 2024-05-24 09:00 Taipei (01:00 UTC).
  const pub = { published: new Date('2024-05-24T01:00:00Z'), reference: null };
  it.each<[string, string, string, boolean]>([
    ['東部戰區昨（23）日上午7時45分突然宣布', '昨（23）日', '2024-05-23', false],
    ['演習今（24）日進入第2天', '今（24）日', '2024-05-24', false],
    ['並於明（25）日上午公布', '明（25）日', '2024-05-25', true],
    ['部隊昨(23)日返回', '昨(23)日', '2024-05-23', false],
    // 520 for 5月20日, only right before 就職 or 當天
    ['賴清德在520就職演說中提及', '520', '2024-05-20', false],
    ['520當天，總統府舉行典禮', '520', '2024-05-20', false],
  ])('%s → %s %s', (sentence, text, start, future) => {
    const [m] = findDates(sentence, pub);
    expect([m?.text, m?.value.start, m?.value.future ?? false]).toEqual([text, start, future]);
  });

  it.each(['共有520人就職', '他1520就職', '共機520架次'])('%s: no month-day shorthand', (sentence) => {
    expect(findDates(sentence, pub)).toEqual([]);
  });

  it('counts 當天 from 520 in the same sentence', () => {
    const s = '北京不滿賴清德在520就職演說中的說法，中國國台辦當天即批評演說';
    expect(findDates(s, pub).map((m) => [m.text, m.value.start])).toEqual([['520', '2024-05-20'], ['當天', '2024-05-20']]);
  });
});

describe('a weekday in a prayer title', () => {
  const pub = { published: new Date('2024-05-20T10:00:00Z'), reference: null };
  it.each([
    ['大不里士的周五聚礼领拜人阿勒哈希姆遇难。', []],
    ['德黑兰周五聚礼領拜人发表讲话。', []],
    // The prayer itself, held on a Friday, is a day.
    ['他周五在聚礼上发表讲话。', ['周五']],
    ['送葬仪式将于周二在大不里士开始。', ['周二']],
  ] as const)('%s → %j', (sentence, texts) => {
    expect(findDates(sentence, pub).map((m) => m.text)).toEqual(texts);
  });
});

describe('a holiday naming a thing, a relative day with its weekday', () => {
  // Publication Sunday 2022-10-30 11:00 UTC: 週六 = 10-29; Halloween (10-31) would otherwise be the latest day named.
  const pub = { published: new Date('2022-10-30T11:00:00Z'), reference: null };
  it.each([
    // Celebrated, modified or modifying a noun: the festival, a thing; beside a date of another kind it dates nothing.
    ['梨泰院當地時間週六（10月29日）晚間發生嚴重踩踏事故，大批慶祝萬聖節的民眾在小巷內相互推擠。', ['週六', '10月29日']],
    ['由於這是韓國三年來首個沒有新冠防疫限制的萬聖節，週六晚間估計約有10萬人湧入梨泰院一帶。', ['週六']],
    ['週六晚間的萬聖節派對上有人跌倒。', ['週六']],
    ['週六晚間，過萬聖節的人潮湧入梨泰院。', ['週六']],
    // As a time it stays a date; alone it stays too (there is nothing else to date the sentence).
    ['週六萬聖節當晚有人跌倒。', ['週六', '萬聖節', '當晚']],
    ['大批民眾慶祝萬聖節。', ['萬聖節']],
  ] as const)('%s → %j', (sentence, texts) => {
    expect(findDates(sentence, pub).map((m) => m.text)).toEqual(texts);
  });

  it.each([
    // 今天週日: one day, written with both words.
    ['今天週日上午，尹錫悅發表全國電視講話。', '今天週日', '2022-10-30'],
    ['昨天周六晚间，大批民众涌入梨泰院。', '昨天周六', '2022-10-29'],
  ] as const)('%s → %s', (sentence, text, start) => {
    expect(findDates(sentence, pub).map((m) => [m.text, m.value.start])).toEqual([[text, start]]);
  });
});

describe('a weekend still to come, a year naming a document or a yardstick, a count from an act', () => {
  type R12 = [sentence: string, pub: string, ref: string | null, expected: [text: string, start: string, end: string | null, future: boolean][]];
  it.each<R12>([
    // Friday 2023-08-25: this week's weekend (Sat 08-26..Sun 08-27) lies wholly ahead.
    ['外界預料，調查委員會最快本週末就會公布鑑定結果。', '2023-08-25T13:30:00Z', null, [['本週末', '2023-08-26', '2023-08-27', true]]],
    // A year right before a title or 所谓 names the treaty or award; it dates nothing.
    ['声明还搬出2016年所谓南海仲裁案“裁决”，并再次声称1951年《美菲共同防御条约》第四条适用于菲律宾。', '2024-06-18T01:30:00Z', null, []],
    // A year a "since" measures a first or a most from is a yardstick.
    ['记者注意到，此次登临检查是1999年菲方军舰“坐滩”仁爱礁以来的首次。', '2024-06-18T01:30:00Z', null, []],
    ['普里格欽兩個月前發動的武裝叛變，被視為普丁1999年掌權以來面臨的最嚴重挑戰。', '2023-08-25T13:30:00Z', null, [['兩個月前', '2023-06', null, false]]],
    // 同月 counts from the month last given (3月5日); 在上轮运补…18天之后 counts from the act, and beside the day dates nothing.
    ['同月23日，菲方在上轮运补仅18天之后再次派船侵闯。', '2024-06-18T01:30:00Z', '2024-03-05', [['同月23日', '2024-03-23', null, false]]],
    // 附近 (near) before a day is a place, not 近N日 (the last N days).
    ['俄羅斯特維爾州庫任基諾村附近23日傍晚發生墜機。', '2023-08-25T13:30:00Z', null, [['23日', '2023-08-23', null, false]]],
    // With no other day in the sentence the count still dates it.
    ['他3天后返回。', '2024-06-18T01:30:00Z', '2024-03-05', [['3天后', '2024-03-08', null, false]]],
  ])('%s', (sentence, pub, reference, expected) => {
    const mentions = findDates(sentence, { published: new Date(pub), reference: reference ? ref(reference) : null });
    expect(mentions.map((m) => [m.text, m.value.start, m.value.end ?? null, m.value.future === true])).toEqual(expected);
  });
});

describe('a year that numbers a thing', () => {
  type R13 = [sentence: string, pub: string, expected: [text: string, start: string, end: string | null][]];
  // Wednesday 2023-08-02 10:30 UTC (Xinhua).
  const PUB = '2023-08-02T10:30:00Z';
  it.each<R13>([
    // 今年第5号台风 is the season's fifth typhoon: the year is part of a name, and the range dates the lead.
    ['7月29日至8月1日，受今年第5号台风“杜苏芮”残余环流影响，华北、黄淮等地出现极端降雨过程。', PUB, [['7月29日至8月1日', '2023-07-29', '2023-08-01']]],
    ['今年第3號颱風昨天登陸。', PUB, [['昨天', '2023-08-01', null]]],
    // A year without a numbered thing after it still dates.
    ['他今年第二次访华。', PUB, [['今年', '2023', null]]],
    ['今年7月降雨偏多。', PUB, [['今年7月', '2023-07', null]]],
    // A verb of lasting between the ends (持续至, 一直到) still makes one range; clock times stay out of the days.
    ['北京市气象台2日发布的数据显示，此次降雨过程从7月29日20时持续至8月2日7时，历时83小时。', PUB,
      [['2日', '2023-08-02', null], ['从7月29日20时持续至8月2日', '2023-07-29', '2023-08-02']]],
    ['暴雨从7月30日一直到8月1日。', PUB, [['从7月30日一直到8月1日', '2023-07-30', '2023-08-01']]],
    ['会议从7月30日推迟至8月5日。', PUB, [['7月30日', '2023-07-30', null], ['至8月5日', '2023-08-05', null]]],
  ])('%s', (sentence, pub, expected) => {
    const mentions = findDates(sentence, { published: new Date(pub), reference: null });
    expect(mentions.map((m) => [m.text, m.value.start, m.value.end ?? null])).toEqual(expected);
  });
});

describe('前天 after a name ending in 提, 将发表, the horizon of a decision', () => {
  type R14 = [sentence: string, pub: string, expected: [text: string, start: string, end: string | null, future: boolean][]];
  // Thursday 2024-09-19 09:30 in Singapore (Zaobao); Monday 2024-12-02 (RFI).
  const THU = '2024-09-19T09:30:00Z';
  const MON = '2024-12-02T09:00:00Z';
  it.each<R14>([
    // 提前 takes a count (提前三天); before a verb, 提 closes a name and 前天 is the day before yesterday.
    ['黎巴嫩看守政府总理米卡提前天谴责爆炸事件。', THU, [['前天', '2024-09-17', null, false]]],
    ['项目提前天数不多。', THU, []],
    ['比赛之前天气晴朗。', THU, []],
    // 将发表: will deliver, on publication day itself still to come.
    ['据真主党透露，领导人纳斯鲁拉周四将发表讲话。', THU, [['周四', '2024-09-19', null, true]]],
    // 在2028年之前 inside what was decided or pledged dates nothing; the announcement keeps its own day.
    ['科巴希澤上週四（11月28日）宣布，執政黨決定在2028年之前不再把開啟入盟談判列入議程。', MON,
      [['上週四（11月28日）', '2024-11-28', null, false]]],
    ['中国承诺于2030年前实现碳达峰。', MON, []],
    // A horizon no decision governs keeps its date.
    ['2028年之前，该国经济持续增长。', MON, [['2028年之前', '2028', null, true]]],
  ])('%s', (sentence, pub, expected) => {
    const mentions = findDates(sentence, { published: new Date(pub), reference: null });
    expect(mentions.map((m) => [m.text, m.value.start, m.value.end ?? null, m.value.future === true])).toEqual(expected);
  });
});
