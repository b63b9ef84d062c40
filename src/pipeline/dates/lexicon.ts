/**
 * Words that name days: holidays, relative days, weeks and years, with the
 * neighbours that show a match is part of some other word (之前天气, 说明年度).
 */
import { dayNumber } from './calendar.ts';
import { lunarHoliday, type LunarHoliday } from './lunar.ts';

type FixedHoliday =
  | 'newYear' | 'newYearsEve' | 'labourDay' | 'nationalDay' | 'christmas' | 'christmasEve'
  | 'valentines' | 'womensDay' | 'childrensDay' | 'halloween';
export type HolidayId = FixedHoliday | LunarHoliday;

/** Month and day. 国庆节 is the PRC's 1 October (Taiwan's 國慶 is 10 October, written 雙十). */
const FIXED: Record<FixedHoliday, readonly [number, number]> = {
  newYear: [1, 1], newYearsEve: [12, 31], labourDay: [5, 1], nationalDay: [10, 1],
  christmas: [12, 25], christmasEve: [12, 24], valentines: [2, 14], womensDay: [3, 8],
  childrensDay: [6, 1], halloween: [10, 31],
};

/** Day number of a holiday in Gregorian year y; null for a lunar one outside the table. */
export function holidayDay(id: HolidayId, y: number): number | null {
  const fixed = FIXED[id as FixedHoliday];
  return fixed ? dayNumber(y, fixed[0], fixed[1]) : lunarHoliday(id as LunarHoliday, y);
}

/** Longest first, so 农历新年 wins over 新年 and 国际劳动节 over 劳动节. */
export const ZH_HOLIDAYS: Readonly<Record<string, HolidayId>> = {
  国际劳动节: 'labourDay', 农历新年: 'springFestival', 元宵节: 'lantern', 端午节: 'dragonBoat',
  中秋节: 'midAutumn', 国庆节: 'nationalDay', 国庆日: 'nationalDay', 圣诞节: 'christmas',
  平安夜: 'christmasEve', 劳动节: 'labourDay', 情人节: 'valentines', 妇女节: 'womensDay',
  儿童节: 'childrensDay', 万圣节: 'halloween', 新年: 'newYear', 元旦: 'newYear',
  春节: 'springFestival', 除夕: 'eve', 端午: 'dragonBoat', 中秋: 'midAutumn',
};

export const EN_HOLIDAYS: Readonly<Record<string, HolidayId>> = {
  "new year's day": 'newYear', "new year's eve": 'newYearsEve', 'new year': 'newYear',
  'christmas day': 'christmas', 'christmas eve': 'christmasEve', christmas: 'christmas',
  'lunar new year': 'springFestival', 'chinese new year': 'springFestival',
  'spring festival': 'springFestival', 'lantern festival': 'lantern',
  'dragon boat festival': 'dragonBoat', 'mid-autumn festival': 'midAutumn', 'may day': 'labourDay',
  "valentine's day": 'valentines', halloween: 'halloween', "international women's day": 'womensDay',
};

/**
 * Days from publication. Hong Kong papers write 昨早/昨午 (yesterday morning,
 * afternoon), 前日 (the day before yesterday) and 前晚 (its evening).
 */
export const ZH_RELATIVE_DAYS: Readonly<Record<string, number>> = {
  大前天: -3, 大后天: 3, 前天: -2, 后天: 2, 前日: -2, 前晚: -2,
  昨天: -1, 昨日: -1, 昨晚: -1, 昨夜: -1, 昨晨: -1, 昨早: -1, 昨午: -1,
  今天: 0, 今日: 0, 今晨: 0, 今早: 0, 今晚: 0, 今夜: 0,
  明天: 1, 明日: 1, 明晚: 1, 明早: 1,
};

/** Days from the reference date; `fallback`: with no reference it means publication day. */
export const ZH_ANCHORS: Readonly<Record<string, { n: number; fallback: boolean }>> = {
  当天: { n: 0, fallback: true }, 当日: { n: 0, fallback: true }, 当晚: { n: 0, fallback: true },
  同日: { n: 0, fallback: false }, 同天: { n: 0, fallback: false }, 同一天: { n: 0, fallback: false },
  同一日: { n: 0, fallback: false },
  次日: { n: 1, fallback: false }, 翌日: { n: 1, fallback: false }, 隔天: { n: 1, fallback: false },
  隔日: { n: 1, fallback: false }, 第二天: { n: 1, fallback: false }, 次晨: { n: 1, fallback: false },
  翌晨: { n: 1, fallback: false }, 前一天: { n: -1, fallback: false }, 前一日: { n: -1, fallback: false },
};

/** Years from publication; 同年 (and 当年 before a month, see patterns.ts) is the reference's year. */
export const ZH_RELATIVE_YEARS: Readonly<Record<string, number | 'same'>> = {
  大前年: -3, 大后年: 3, 前年: -2, 后年: 2, 去年: -1, 今年: 0, 明年: 1, 同年: 'same', 当年: 'same',
};

export const ZH_MONTH_PREFIXES: Readonly<Record<string, number | 'same'>> = {
  上个: -1, 上: -1, 本: 0, 这个: 0, 下个: 1, 下: 1, 同: 'same', 当: 'same',
};

export const ZH_WEEK_PREFIXES: Readonly<Record<string, number>> = {
  上上: -2, 上: -1, 本: 0, 这: 0, 下: 1, 下下: 2,
};

/** ISO weekday of the character after 周/星期/礼拜. */
export const ZH_WEEKDAYS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7,
};

/**
 * Neighbours that veto a match. `before`: the character before the match
 * makes it part of another word (之前 + 天气 → no 前天). `after`: the
 * character after does (明年 + 轻 → 年轻).
 */
export interface Guard {
  before?: string;
  after?: string;
  /**
   * A character before that makes it part of another word only with one of
   * these after: 提前天数 (提前 "in advance"), but 米卡提前天谴责 (a name ending
   * in 提, then 前天): 提前 takes a count (提前三天), never a bare 天 before a verb.
   */
  weak?: { before: string; after: string };
}

const YEAR_WORD_AFTER = '轻龄纪代鉴华限';
const DAY_WORD_AFTER = '然文使津堂才主';
const MING_BEFORE = '说表证声阐查发标透光指聪文简分英精高失鲜昌开清黎申注载讲辨照神阳贤黑严廉鸣昭澄嘉';
const QIAN_BEFORE = '以之此提目当空眼面跟从向史生事门日战会行赛节午年月周期前先超领争抢往上最';
const HOU_BEFORE = '以之此然最其先随落背午前日稍过今而往向死延战会赛节年月周期事善后';

export const ZH_GUARDS: Readonly<Record<string, Guard>> = {
  今年: { before: '如古', after: YEAR_WORD_AFTER },
  去年: { before: '过失除离回出进死逝归删抹减拿搬上下', after: YEAR_WORD_AFTER },
  明年: { before: MING_BEFORE, after: YEAR_WORD_AFTER },
  前年: { before: QIAN_BEFORE, after: YEAR_WORD_AFTER },
  后年: { before: HOU_BEFORE, after: YEAR_WORD_AFTER },
  同年: { after: '龄纪代级' },
  // 次 is also "times" (首次年会, 多次年度…): not after a count or 首/每; 次年度 is a fiscal year.
  次年: { before: '一二三四五六七八九十两几多每首数屡该此本上下名层', after: '龄纪代级会度终薪假' },
  翌年: { after: '龄纪代级会度' },
  今天: { before: '如古', after: DAY_WORD_AFTER },
  今日: { before: '如古', after: DAY_WORD_AFTER },
  明天: { before: MING_BEFORE, after: DAY_WORD_AFTER },
  明日: { before: MING_BEFORE, after: DAY_WORD_AFTER },
  明晚: { before: MING_BEFORE },
  明早: { before: MING_BEFORE },
  // 超前 "ahead" takes no bare day after it: 李家超前日上午 is a name ending in 超, then 前日 (so 陈超前天).
  前天: { before: QIAN_BEFORE.replace('提', '').replace('超', ''), after: DAY_WORD_AFTER, weak: { before: '提超', after: '数數黑亮气氣' } },
  // 前 "former" before 日 "Japan(ese)": 前日本首相, 前日军; 前日子 (days before), 前日期.
  前日: { before: QIAN_BEFORE.replace('超', ''), after: `${DAY_WORD_AFTER}本军籍裔方韩子期程报` },
  // 前晚会, 前晚宴: 前 closing another word before 晚会/晚宴 (赛前晚宴 is caught by the character before).
  前晚: { before: QIAN_BEFORE.replace('超', ''), after: '会宴餐霞' },
  后天: { before: HOU_BEFORE, after: DAY_WORD_AFTER },
  前一天: { before: '提' },
  同日: { after: '而' },
  // 不同一天 "not the same day" is no date; 如同一天 "like a day".
  同一天: { before: '不如' },
  同一日: { before: '不如' },
  新年: { after: '度' },
};

/** Names that contain a date word but are not dates. */
export const ZH_NOT_DATES: readonly string[] = ['今日俄罗斯', '今日美国', '今日头条', '今日说法', '十月革命', '五月花', '明日之星'];

/** A number right after these is a count or an ordinal, not a date (第10日, 每3月, 近10日). */
export const NUMBER_BAD_BEFORE = '第每几数近逾连头首';
/**
 * Before Arabic digits: 几 and 数 make counts only of Chinese numerals (数十日,
 * 几个月); before digits they close a word (上证指数24日, 指数9月24日).
 */
export const DIGITS_BAD_BEFORE = '第每近逾连头首';
/** 10日元 (yen), 10日内 (within ten days), 3日游 (a three-day trip). */
export const DAY_BAD_AFTER = '元圆内间游';
/** 10号线, 3号楼, 1号文件: 号 after a number is often a serial number. */
export const HAO_BAD_AFTER = '线楼令院房机车门馆球字床码位台站路街厅舱坑炉船舰文';
/** 2013年来 is a span of years, 1990年代 a decade. */
export const YEAR_BAD_AFTER = '来代级';
/** 三天前往, 两天后果. */
export const AGO_BAD_AFTER = '往进线夕列景途方果者续盾勤台卫援来';
/** 年初步, 月底线, 年末日. */
export const PART_BAD_AFTER: Readonly<Record<string, string>> = {
  初: '步次期衷始创审选级中赛版稿心恋见学生',
  底: '线层部牌细',
  末: '日班尾端',
};
/** 上周期, 本周年. */
export const WEEK_BAD_AFTER = '期年边围刊岁密长转';

/**
 * Verbs that, with 至/到 right before a date, name the end of a state that
 * holds until then, like 直至: 羁押至2月15日 (held until), 延长至, 推迟到, 延期至.
 * 截至 ("as of") is left out: 截至10日 looks back.
 */
export const ZH_UNTIL_VERBS = [
  '羁押', '拘押', '拘留', '关押', '扣押', '收押', '监禁', '软禁',
  '延长', '推迟', '延迟', '延期', '推延', '顺延', '延后', '押后', '展延', '延', '休会', '休庭',
];
