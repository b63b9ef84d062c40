/**
 * Chinese date atoms: the smallest pieces a date is built from (2022年, 去年,
 * 1月, 上个月, 10日, 上周三, 昨天, 次日, 三天前, 新年, 年底). One regular
 * expression, compiled once, finds them all in a normalised sentence
 * (simplified characters, ASCII digits: see `numerals.ts`); `compose.ts`
 * then joins neighbours (去年 + 8月) into expressions.
 */
import type { DateSpec, FieldRef, Part } from './expr.ts';
import { capture, compileNamed } from './named.ts';
import { charTable, parseNumber } from './numerals.ts';
import {
  AGO_BAD_AFTER, DAY_BAD_AFTER, DIGITS_BAD_BEFORE, HAO_BAD_AFTER, NUMBER_BAD_BEFORE, PART_BAD_AFTER, WEEK_BAD_AFTER,
  YEAR_BAD_AFTER, ZH_ANCHORS, ZH_GUARDS, ZH_HOLIDAYS, ZH_MONTH_PREFIXES, ZH_NOT_DATES,
  ZH_RELATIVE_DAYS, ZH_RELATIVE_YEARS, ZH_WEEK_PREFIXES, ZH_WEEKDAYS,
} from './lexicon.ts';

/** The pieces of a calendar date an atom supplies; `compose.ts` chains them. */
export interface CalendarFields {
  year?: FieldRef;
  month?: FieldRef;
  day?: number;
  part?: Part;
}

export type Atom = { start: number; end: number } & (
  /**
   * `weak`: a date only beside a neighbour. A Chinese-numeral day below ten or
   * any 号 needs a month before it (二日, 3号线); a Chinese-numeral month followed
   * by a numeral needs a day after it (一月一日, not 一月一次).
   */
  | { kind: 'calendar'; fields: CalendarFields; unit: 'year' | 'month' | 'day'; weak?: boolean }
  | { kind: 'holiday'; spec: Extract<DateSpec, { kind: 'holiday' }> }
  | { kind: 'other'; spec: DateSpec }
);

const SP = '[ \\t\\u00a0\\u3000]*';
const PART = '(?:上旬|中旬|下旬|初|底|末|中)';
/** A number is part of a longer one after these (12013年, 二十一月). */
const NUMERAL = '0123456789〇零○一二三四五六七八九十两百千万';
/**
 * Arabic digits continue a number only after digits or a magnitude (1万2000年);
 * after a Chinese digit they start a new one: 一 often ends a name (松野博一27日).
 */
const NUMERAL_BEFORE_DIGITS = '0123456789百千万亿';
/** A standalone 年初/月底 is part of a longer expression (今年初, 个月底) after these. */
const PART_WORD_BEFORE = `${NUMERAL}年月今去明前后同当本每个上下这`;
const XUN_BEFORE = `${NUMERAL}月`;
/** After 一月 these make it "one month" (一月一次, 三月有余). */
const CHINESE_COUNT = '一二三四五六七八九十两几数次有余多内之间';
const holidayWords = Object.keys(ZH_HOLIDAYS).sort((a, b) => b.length - a.length);

/**
 * What a bare 昨 (yesterday, Taiwan papers' short form) stands before: a verb of saying or doing, or an adverb
 * (昨表示, 昨指出, 昨在, 昨赴, 昨召開, 昨也, 昨則). Normalised text: 說, 稱, 發, 與, 對, 於, 舉, 開 are simplified.
 */
const BARE_ZUO_NEXT = '(?:表示|指出|说|称|宣布|强调|回应|受访|透过|通过|在|赴|到|召开|出席|举行|举办|接受|发布|发表|发出|率|与|向|对|于|也|亦|则|則|再|又|已|曾|仍|均|都|拜会|会见|访|抵达|前往|公布|提出|表态|质询|批评|痛批|坦言|直言|证实|否认|致电|签署|上午|下午|中午|傍晚|深夜|凌晨)';

/** Characters an atom can start with: a lookahead on these lets most positions fail at once. */
const FIRST_CHARS = `0-9〇零○一二三四五六七八九十两百大今去前明后同上下本这个当次翌隔第周星礼昨年月中民${holidayWords.map((w) => w[0]).join('')}`;

const { regex: ATOM, groups: ATOM_GROUPS } = compileNamed(
  `(?=[${FIRST_CHARS}])(?:` +
  [
    `(?<iso>(?<isoY>[12][0-9]{3})(?<isoSep>[-/.])(?<isoM>[0-9]{1,2})\\k<isoSep>(?<isoD>[0-9]{1,2})(?![0-9]))`,
    // Taiwan counts years from the Republic (1912 = 民国元年): 民国111年 is 2022.
    `(?<roc>民国${SP}(?<rocNum>[0-9]{1,3}|[〇零○一二三四五六七八九十百]{1,6}|元)${SP}年(?:年?(?<rocPart>初|底|末|中))?)`,
    `(?<year>(?<yNum>[0-9]{4}|[〇零○一二三四五六七八九]{4})${SP}年(?:年?(?<yPart>初|底|末|中))?)`,
    `(?<relYear>(?<ryWord>大前|大后|今|去|前|明|后|同|当|次|翌)年(?:年?(?<ryPart>初|底|末|中))?)`,
    `(?<month>(?<mNum>[0-9]{1,2}|十[一二]?|[一二三四五六七八九])${SP}月份?(?<mPart>${PART})?)`,
    `(?<relMonth>(?<rmWord>上个|这个|下个|上|本|下|同|当)月份?(?<rmPart>${PART})?)`,
    `(?<day>(?<dNum>[0-9]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])${SP}(?<dUnit>日|号))`,
    `(?<ago>(?<agoNum>[0-9]{1,3}|[一二三四五六七八九十两百]{1,4})${SP}(?<agoUnit>天|个星期|星期|周|个月|年)${SP}(?<agoDir>以前|之前|前|以后|之后|后))`,
    `(?<week>(?<wPre>上上|下下|上|下|本|这)?(?<wGe>个)?(?<wUnit>周|星期|礼拜)(?<wDay>[一二三四五六日天末])?)`,
    // Taiwan writes 520 for 5月20日 (the inauguration): only right before 就职 or 当天, where no count stands.
    `(?<mdd>(?<mddM>1[0-2]|[1-9])(?<mddD>[0-3][0-9])(?=就[职職]|当[天日晚]))`,
    // Liberty Times writes 昨（23）日, 今（24）日: a relative day with its day of month in brackets.
    `(?<relDayNum>(?<rdWord>昨|今|明)[（(](?:[0-9]{1,2})[）)](?:日|天))`,
    `(?<relDay>大前天|大后天|前[天日晚]|后天|昨[天日晚夜晨早午]|今[天日晨早晚夜]|明[天日晚早])`,
    // Taiwan papers write a bare 昨 before the verb (柯建銘昨表示, 昨赴): yesterday.
    `(?<bareZuo>昨(?=${BARE_ZUO_NEXT}))`,
    `(?<anchor>当[天日晚]|同一?[日天]|次[日晨]|翌[日晨]|隔[天日]|第二天|前一[天日])`,
    `(?<holiday>${holidayWords.join('|')})`,
    `(?<part>(?<pUnit>年|月)(?<pWhich>初|底|末|中)|(?<pXun>上旬|中旬|下旬))`,
  ].join('|') + ')',
  'g',
);

/** Every Chinese date atom contains one of these (ISO dates their digits). */
const HINTS = charTable('0123456789年月日号天周期拜旦节夕秋午晚晨早夜旬昨');

/** Cheap first test: whether a normalised sentence can hold a date at all. */
export function mayHoldDate(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (HINTS[text.charCodeAt(i)] === 1) return true;
  return false;
}

const PARTS: Record<string, Part> = { 初: 'START', 上旬: 'START', 中: 'MID', 中旬: 'MID', 下旬: 'END', 底: 'END', 末: 'END' };

/** 中 is "middle" only at a clause's end or before 前/后 (1月中，… ; 年中前); 1月中国… is China. */
const isIdeograph = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u3400' && ch <= '\u9fff';

const hasChar = (set: string, ch: string | undefined): boolean => ch !== undefined && set.includes(ch);

/** A part (初/底/末) is real unless the next character makes a word of it (初步, 底线). */
function partOf(word: string | undefined, next: string | undefined): Part | undefined | null {
  if (word === undefined) return undefined;
  if (word === '中') return isIdeograph(next) && !hasChar('前后', next) ? null : 'MID';
  return hasChar(PART_BAD_AFTER[word] ?? '', next) ? null : PARTS[word];
}

/** An attached part, unless it starts another word: then the match ends before it (8月|初步统计). */
function withPart(word: string | undefined, text: string, end: number): { part?: Part; end: number; next?: string } {
  const part = partOf(word, text[end]);
  if (word === undefined || part) return { part: part ?? undefined, end, next: text[end] };
  const shortened = end - word.length;
  return { end: shortened, next: text[shortened] };
}

function guarded(word: string, before: string | undefined, after: string | undefined): boolean {
  const guard = ZH_GUARDS[word];
  if (!guard) return true;
  if (guard.weak && hasChar(guard.weak.before, before) && (after === undefined || hasChar(guard.weak.after, after))) return false;
  return !(hasChar(guard.before ?? '', before) || hasChar(guard.after ?? '', after));
}

function fieldRef(value: number | 'same'): FieldRef {
  return value === 'same' ? { same: true } : { rel: value };
}

type Groups = (name: string) => string | undefined;
type Span = { start: number; end: number };

const calendarAtom = (at: Span, unit: 'year' | 'month' | 'day', fields: CalendarFields): Extract<Atom, { kind: 'calendar' }> =>
  ({ start: at.start, end: at.end, kind: 'calendar', unit, fields });
const otherAtom = (at: Span, spec: DateSpec): Atom => ({ start: at.start, end: at.end, kind: 'other', spec });

/** Turns one regex match into an atom, or null when a guard or range check vetoes it. */
function toAtom(g: Groups, text: string, start: number, end: number): Atom | null {
  const before = text[start - 1];
  const after = text[end];
  const at = { start, end };
  if (g('roc') !== undefined) return rocAtom(g, text, at);
  if (g('iso') ?? g('year') ?? g('month') ?? g('day') ?? g('ago')) {
    // Checked here rather than with lookbehinds, which made the pattern three times slower.
    const digits = text.charCodeAt(start) <= 0x39;
    return hasChar(digits ? NUMERAL_BEFORE_DIGITS : NUMERAL, before) ? null : numericAtom(g, text, at, before, after);
  }
  if (g('relYear') !== undefined) {
    const word = `${g('ryWord')}年`;
    const { part, end: to, next } = withPart(g('ryPart'), text, end);
    // 当年 is "that year" only before the month it dates (当年7月1日); alone it is "back then" (当年的承诺), or 相当年轻.
    if (word === '当年' && (part !== undefined || !SAME_YEAR_MONTH.test(text.slice(to, to + 3)))) return null;
    if (!guarded(word, before, part === undefined ? next : undefined)) return null;
    // 次年, 翌年: the year after the one the text gave (2018年…。次年1月…), never counted from publication.
    const year: FieldRef = word === '次年' || word === '翌年' ? { same: true, shift: 1 } : fieldRef(ZH_RELATIVE_YEARS[word]!);
    return calendarAtom({ start, end: to }, 'year', { year, part });
  }
  if (g('relMonth') !== undefined) {
    const { part, end: to } = withPart(g('rmPart'), text, end);
    return calendarAtom({ start, end: to }, 'month', { month: fieldRef(ZH_MONTH_PREFIXES[g('rmWord')!]!), part });
  }
  if (g('week') !== undefined) return weekAtom(g, text, at, before, after);
  if (g('mdd') !== undefined) {
    const month = Number(g('mddM'));
    const day = Number(g('mddD'));
    if (hasChar(NUMERAL, before) || day < 1 || day > 31) return null;
    return calendarAtom(at, 'day', { month: { abs: month }, day });
  }
  const relDayNum = g('rdWord');
  if (relDayNum !== undefined) return otherAtom(at, { kind: 'shift', unit: 'day', n: ZH_RELATIVE_DAYS[`${relDayNum}天`]! });
  // 今昨兩天: "today and yesterday" together, a span no single day names.
  if (g('bareZuo') !== undefined) return before === '今' ? null : otherAtom(at, { kind: 'shift', unit: 'day', n: -1 });
  const relDay = g('relDay');
  if (relDay !== undefined) {
    return guarded(relDay, before, after) ? otherAtom(at, { kind: 'shift', unit: 'day', n: ZH_RELATIVE_DAYS[relDay]! }) : null;
  }
  const anchor = g('anchor');
  if (anchor !== undefined) {
    const { n, fallback } = ZH_ANCHORS[anchor]!;
    return guarded(anchor, before, after) ? otherAtom(at, { kind: 'anchor', n, publicationFallback: fallback }) : null;
  }
  const holiday = g('holiday');
  if (holiday !== undefined) {
    if (!guarded(holiday, before, after)) return null;
    return { start, end, kind: 'holiday', spec: { kind: 'holiday', holiday: ZH_HOLIDAYS[holiday]! } };
  }
  return partAtom(g, at, before, after);
}

/** The Republic of China era began in 1912, its year 1 (元年). */
const ROC_EPOCH = 1911;

/** 民国111年, 民國一一一年, 民国元年: a stated year, like 2022年. */
function rocAtom(g: Groups, text: string, at: Span): Atom | null {
  const raw = g('rocNum')!;
  const n = raw === '元' ? 1 : parseNumber(raw);
  const { part, end, next } = withPart(g('rocPart'), text, at.end);
  if (n === null || n < 1 || n > 200) return null;
  if (part === undefined && hasChar(YEAR_BAD_AFTER, next)) return null;
  return calendarAtom({ start: at.start, end }, 'year', { year: { abs: ROC_EPOCH + n }, part });
}

/** 2022-01-10, 2022年, 8月, 10日, 三天前: atoms that start with a number. */
function numericAtom(g: Groups, text: string, at: Span, before: string | undefined, after: string | undefined): Atom | null {
  const first = text.charCodeAt(at.start);
  // 村附近23日傍晚, 靠近…: 近 closing a word for "near" (a place) is no "the last N days".
  const nearPlace = before === '近' && (text[at.start - 2] === '附' || text[at.start - 2] === '靠');
  const numberOk = nearPlace || !hasChar(first >= 0x30 && first <= 0x39 ? DIGITS_BAD_BEFORE : NUMBER_BAD_BEFORE, before);
  if (g('iso') !== undefined) {
    const [y, m, d] = [Number(g('isoY')), Number(g('isoM')), Number(g('isoD'))];
    return calendarAtom(at, 'day', { year: { abs: y }, month: { abs: m }, day: d });
  }
  if (g('year') !== undefined) {
    const y = parseNumber(g('yNum')!);
    const { part, end, next } = withPart(g('yPart'), text, at.end);
    if (y === null || y < 1000 || y > 2999) return null;
    if (part === undefined && hasChar(YEAR_BAD_AFTER, next)) return null;
    return calendarAtom({ start: at.start, end }, 'year', { year: { abs: y }, part });
  }
  if (g('month') !== undefined) {
    const m = parseNumber(g('mNum')!);
    const { part, end } = withPart(g('mPart'), text, at.end);
    if (m === null || m < 1 || m > 12 || !numberOk) return null;
    const atom = calendarAtom({ start: at.start, end }, 'month', { month: { abs: m }, part });
    if (part === undefined && g('mNum')!.charCodeAt(0) > 0x7f && hasChar(CHINESE_COUNT, text[end])) atom.weak = true;
    return atom;
  }
  if (g('day') !== undefined) return numberOk ? dayAtom(g, at, after) : null;
  const n = parseNumber(g('agoNum')!);
  if (n === null || n === 0 || !numberOk || hasChar(AGO_BAD_AFTER, after)) return null;
  const signed = g('agoDir')!.endsWith('前') ? -n : n;
  const unit = g('agoUnit')!;
  // 三天前 counts back from publication; 两天后 follows the date the sentence is
  // about (托卡耶夫11日宣布，部队将在两天后撤离 → the 13th), else publication.
  if (unit === '天') {
    return otherAtom(at, signed > 0 ? { kind: 'anchor', n: signed, publicationFallback: true } : { kind: 'shift', unit: 'day', n: signed });
  }
  // 安倍2006年9月首次出任首相。他一年后因病辞职: a year after the year the text has named (2007), like 两天后;
  // with nothing named, or a cue ahead (五年后将…), a year from publication.
  if (unit === '个月') return calendarAtom(at, 'month', { month: signed > 0 ? { same: true, shift: signed, fallback: true } : { rel: signed } });
  if (unit === '年') return calendarAtom(at, 'year', { year: signed > 0 ? { same: true, shift: signed, fallback: true } : { rel: signed } });
  return otherAtom(at, { kind: 'shift', unit: 'week', n: signed });
}

/** 10日, 10号, 二十一日. A Chinese numeral below ten, or any 号, needs a month before it (`weakDay`). */
function dayAtom(g: Groups, at: Span, after: string | undefined): Atom | null {
  const digits = g('dNum')!;
  const d = parseNumber(digits);
  if (d === null || d < 1 || d > 31) return null;
  const hao = g('dUnit') === '号';
  if (hasChar(hao ? HAO_BAD_AFTER : DAY_BAD_AFTER, after)) return null;
  const chinese = digits.charCodeAt(0) > 0x7f;
  return { start: at.start, end: at.end, kind: 'calendar', unit: 'day', fields: { day: d }, weak: chinese && (d < 10 || hao) };
}

/**
 * 上周三, 本周, 周一, 星期天, 礼拜日, 下周末. A bare weekday after a numeral
 * (一周一次) or 每 is not a date.
 */
/** 本周早些时候 (earlier this week), 本周晚些时候/稍后 (later this week). */
const WEEK_SIDE = /^(?:早些时候|晚些时候|稍后)/;
/** A month after 当年: 当年7月, 当年十二月. */
const SAME_YEAR_MONTH = /^\s*(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月/;

/**
 * 周五聚礼领拜人 (the Friday-prayer leader), 周五礼拜伊玛目: the weekday names
 * a weekly prayer in a title, not a day.
 */
const PRAYER_TITLE_AFTER = /^(?:聚礼|聚禮|礼拜|禮拜|主麻|祈祷|祈禱|祷告|禱告)(?:的)?(?:领拜人|領拜人|领拜|領拜|伊玛目|伊瑪目|阿訇|主持人|领袖|領袖|教长|教長)/;

function weekAtom(g: Groups, text: string, at: Span, before: string | undefined, after: string | undefined): Atom | null {
  const prefix = g('wPre');
  const dayChar = g('wDay');
  const zhouTian = dayChar === '天' && g('wUnit') === '周';
  if (prefix === undefined) {
    if (g('wGe') !== undefined || dayChar === undefined || dayChar === '末' || zhouTian) return null;
    if (hasChar('0123456789〇零一二三四五六七八九十两几数每', before)) return null;
    if (PRAYER_TITLE_AFTER.test(text.slice(at.end, at.end + 8))) return null;
    return otherAtom(at, { kind: 'weekday', weekday: ZH_WEEKDAYS[dayChar]!, week: null });
  }
  const week = ZH_WEEK_PREFIXES[prefix]!;
  if (dayChar === '末') return otherAtom(at, { kind: 'week', week, weekend: true });
  if (dayChar === undefined || zhouTian) {
    if (hasChar(WEEK_BAD_AFTER, after)) return null;
    const end = zhouTian ? at.end - 1 : at.end;
    const side = week === 0 ? WEEK_SIDE.exec(text.slice(end, end + 4))?.[0] : undefined;
    if (side) return otherAtom({ start: at.start, end: end + side.length }, { kind: 'week', week, side: side === '早些时候' ? 'earlier' : 'later' });
    return otherAtom({ start: at.start, end }, { kind: 'week', week });
  }
  return otherAtom(at, { kind: 'weekday', weekday: ZH_WEEKDAYS[dayChar]!, week });
}

/** 年初, 月底, 上旬 standing alone: this year's or this month's. */
function partAtom(g: Groups, at: Span, before: string | undefined, after: string | undefined): Atom | null {
  const xun = g('pXun');
  if (hasChar(xun === undefined ? PART_WORD_BEFORE : XUN_BEFORE, before)) return null;
  if (xun !== undefined) return calendarAtom(at, 'month', { month: { rel: 0 }, part: PARTS[xun]! });
  const part = partOf(g('pWhich'), after);
  if (!part) return null;
  return g('pUnit') === '年'
    ? calendarAtom(at, 'year', { year: { rel: 0 }, part })
    : calendarAtom(at, 'month', { month: { rel: 0 }, part });
}

/** A bare number sharing the unit of the next atom: 10至11日, 1-2月, 1月10到12日. */
const SHARED_UNIT = /(?<![0-9])([0-9]{1,4})[ \t\u00a0\u3000]*(?:至|到|-|－|—|–|~|～)[ \t\u00a0\u3000]*$/;

/**
 * The atom for the "10" of 10至11日 (or 1-2月, 2020-2021年), null when there is
 * none, or 'drop' when the pair counts rather than dates (第1-2日).
 */
function sharedUnitAtom(atom: Atom, text: string, from: number): Atom | null | 'drop' {
  if (atom.kind !== 'calendar' || atom.fields.part) return null;
  const f = atom.fields;
  const unit =
    atom.unit === 'day' && !f.month ? 'day'
    : atom.unit === 'month' && !f.year && f.month && 'abs' in f.month ? 'month'
    : atom.unit === 'year' && f.year && 'abs' in f.year ? 'year'
    : null;
  if (!unit) return null;
  const window = Math.max(from, atom.start - 10);
  const match = SHARED_UNIT.exec(text.slice(window, atom.start));
  if (!match) return null;
  const start = window + match.index;
  const end = start + match[1]!.length;
  if (hasChar(DIGITS_BAD_BEFORE, text[start - 1])) return 'drop';
  const n = Number(match[1]);
  const fields: CalendarFields | null =
    unit === 'day' ? (n >= 1 && n <= 31 ? { day: n } : null)
    : unit === 'month' ? (n >= 1 && n <= 12 ? { month: { abs: n } } : null)
    : n >= 1000 && n <= 2999 ? { year: { abs: n } } : null;
  return fields ? { start, end, kind: 'calendar', unit, fields } : null;
}

/** Every date atom in a normalised sentence, in order. */
export function scanAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  for (let m = ATOM.exec(text); m; m = ATOM.exec(text)) {
    if (ZH_NOT_DATES.some((name) => text.startsWith(name, m!.index))) continue;
    const atom = toAtom(capture(m, ATOM_GROUPS), text, m.index, m.index + m[0].length);
    if (!atom) continue;
    const shared = sharedUnitAtom(atom, text, atoms[atoms.length - 1]?.end ?? 0);
    if (shared === 'drop') continue;
    if (shared) atoms.push(shared);
    atoms.push(atom);
  }
  return atoms;
}
