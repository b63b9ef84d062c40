/**
 * Date expressions that date nothing in their sentence, dropped before the
 * rest are resolved: a day declared as something, a holiday that names a
 * thing, a closing relative clause inside someone's words, a quoted "today",
 * the end of a stretch a past act set.
 */
import type { DateContext } from '../types.ts';
import type { DateExpr } from './expr.ts';
import { quotations } from '../text/quotations.ts';
import { STRETCH_SETTERS } from './future.ts';

/**
 * "declared Sunday a day of national mourning", "declaring Monday a
 * non-working day", 政府把15日定为国家哀悼日: the day is what was declared, the
 * object of the verb, not when anything in the sentence happened. It dates
 * nothing: the declaring keeps the day carried to it.
 */
const DECLARING_BEFORE_EN = /\b(?:declare[sd]?|declaring|proclaim(?:s|ed|ing)?|designat(?:e[sd]?|ing)|nam(?:e[sd]|ing)|ma(?:de|kes?|king))\s+$/i;
const DECLARED_AS_EN = /^\s+(?:as\s+)?(?:an?\s+)(?:[\w-]+\s+){0,3}?(?:day|holiday)\b/i;
const DECLARING_BEFORE_ZH = /(?:将|將|把|宣布|宣佈)$/;
const DECLARED_AS_ZH = /^(?:定为|定為|设为|設為|作为|作為|为|為)[^，。；,;]{0,10}?(?:日|节|節|假)/;

function declaredDay(text: string, expr: DateExpr, chinese: boolean): boolean {
  const before = text.slice(Math.max(0, expr.start - 14), expr.start);
  const after = text.slice(expr.end, expr.end + 40);
  return chinese ? DECLARING_BEFORE_ZH.test(before) && DECLARED_AS_ZH.test(after) : DECLARING_BEFORE_EN.test(before) && DECLARED_AS_EN.test(after);
}

export const withoutDeclaredDays = (text: string, exprs: DateExpr[], chinese: boolean): DateExpr[] =>
  exprs.some((e) => declaredDay(text, e, chinese)) ? exprs.filter((e) => !declaredDay(text, e, chinese)) : exprs;

/**
 * 梨泰院週六（10月29日）晚間發生踩踏事故，大批慶祝萬聖節的民眾…, 首個沒有限制的萬聖節,
 * 萬聖節派對: a holiday that is celebrated, modified or modifies a noun names
 * the festival, a thing, not a day (as "his New Year's press conference").
 * Beside a date of another kind it dates nothing. 萬聖節當晚, 春節期間,
 * 萬聖節的晚上 keep it as a day. On a normalised (simplified) text.
 */
const HOLIDAY_THING_BEFORE = /(?:庆祝|庆贺|过|欢度|歡度|迎接|度过|的)$/;
const HOLIDAY_THING_AFTER =
  /^(?:的(?!(?:晚上|夜晚|夜里|当天|当晚|当日|前夕|前一天|时候|早上|上午|中午|下午|凌晨|傍晚|晚间|期间|假期))|派对|活动|庆祝|装扮|裝扮|服装|服裝|人潮|晚会|聚会|狂欢|狂歡|气氛|礼物|促销|主题|主題|文化|习俗|習俗|传统|傳統|装饰|裝飾|游行|特辑|特輯)/;

function holidayThing(text: string, e: DateExpr): boolean {
  return (
    e.spec.kind === 'holiday' &&
    e.to === undefined &&
    (HOLIDAY_THING_BEFORE.test(text.slice(Math.max(0, e.start - 2), e.start)) || HOLIDAY_THING_AFTER.test(text.slice(e.end, e.end + 4)))
  );
}

export function withoutHolidayThings(text: string, exprs: DateExpr[]): DateExpr[] {
  if (exprs.length < 2 || !exprs.some((e) => e.spec.kind === 'holiday') || !exprs.some((e) => e.spec.kind !== 'holiday')) return exprs;
  return exprs.filter((e) => !holidayThing(text, e));
}

/**
 * "Zúñiga said … and promised to free political prisoners, among them Áñez,
 * who was sentenced to 10 years in prison in June 2022.": a relative clause
 * that closes a sentence reporting someone's words tells of a person named in
 * them; its date is that person's past, not when anything was said, and there
 * is no main clause after it to take it. When it is the only date, it dates nothing.
 */
const TRAILING_RELATIVE = /,\s+(?:who|which)\s+(?:was|were|had\s+been|has\s+been)\s+[a-z]+(?:ed|en|t)\b[^,;:()“”"]*$/;
const SAYING_BEFORE = /\b(?:said|says|told|promised|pledged|vowed|warned|announced|claimed|insisted|added)\b/;

function inTrailingRelative(sentence: string, expr: DateExpr): boolean {
  const body = sentence.replace(/[.!?\s]+$/, '');
  if (expr.end < body.length - 2) return false;
  const comma = body.lastIndexOf(',', expr.start);
  if (comma < 0) return false;
  return TRAILING_RELATIVE.test(body.slice(comma)) && SAYING_BEFORE.test(body.slice(0, comma));
}

/** Only when it is the sentence's one date: beside a day of the saying ("said late Monday that …, who was
 * convicted … in 2018") the clause keeps its date and its own event, as the saying keeps its own. */
export function withoutTrailingRelative(sentence: string, exprs: DateExpr[]): DateExpr[] {
  if (exprs.length !== 1 || !(sentence.includes(', who ') || sentence.includes(', which '))) return exprs;
  return inTrailingRelative(sentence, exprs[0]!) ? [] : exprs;
}

/**
 * "“To those who wreaked havoc in our Capitol today, you did not win,” Pence
 * said as he reopened the Senate": a "today" inside a quotation is the
 * speaker's day. When the story has reached an earlier day than publication
 * (the reference), that is the speaker's, and the quotation's "today" dates
 * nothing: the sentence takes the day the story carries.
 */
export function withoutQuotedToday(sentence: string, exprs: DateExpr[], ctx: DateContext): DateExpr[] {
  const ref = ctx.reference;
  if (!ref || !ctx.published || ref.precision !== 'day' || ref.end) return exprs;
  if (!exprs.some(quotableDay)) return exprs;
  const pub = ctx.published.toISOString().slice(0, 10);
  if (ref.start > pub) return exprs;
  // "“…we are going to attempt a dive tomorrow,” he wrote": a quoted "tomorrow" is the speaker's next day, what
  // was said, whether or not the story has reached publication day; "today" only when it has not.
  const earlier = ref.start < pub;
  const quoted = quotations(sentence);
  if (!quoted.length) return exprs;
  return exprs.filter(
    (e) => !(quotableDay(e) && (earlier || (e.spec as { n: number }).n === 1) && quoted.some((q) => e.start > q.start && e.end < q.end)),
  );
}

/** Today or tomorrow as a speaker says it (a shift of 0 or 1 day), in English ("today", "tomorrow"). */
const quotableDay = (e: DateExpr): boolean => e.spec.kind === 'shift' && e.spec.unit === 'day' && (e.spec.n === 0 || e.spec.n === 1);

/**
 * "Bowser extended the city's public emergency by 15 days, through Jan. 21",
 * "postponed the vote until March 3": the end of a stretch an act told in the
 * past set is what was set, not when it was set. It dates nothing; the act
 * keeps the day its context gives (carried, or the publication's). A stretch
 * still being told ("the curfew holds until Monday") keeps its end.
 */
const SET_STRETCH_PAST = new RegExp(`\\b(?:(?:${STRETCH_SETTERS})[a-z]*ed|delayed)\\b[^.;:]{0,80}$`, 'i');

export const withoutSetStretchEnds = (sentence: string, exprs: DateExpr[]): DateExpr[] =>
  exprs.filter((e) => !(e.until && SET_STRETCH_PAST.test(sentence.slice(Math.max(0, e.start - 120), e.start))));

/**
 * "Mr Moïse maintained that his term would run until February 2022": the end
 * of a stretch inside a past claim (maintained/argued/insisted that … would
 * run/last/remain until X) is what was claimed, not when anything happened,
 * nor an act still to come. It dates nothing. "Said he would visit on Friday"
 * (no until) keeps its day.
 */
const CLAIMED_STRETCH = /\b(?:said|maintained|insisted|argued|claimed|contended|asserted)\s+(?:that\s+)?[^.;:,“”"]{0,60}?\bwould\s+(?:still\s+)?(?:run|last|remain|stay|continue|end|expire)\s+$/i;

export const withoutClaimedStretchEnds = (sentence: string, exprs: DateExpr[]): DateExpr[] =>
  exprs.some((e) => e.until) && sentence.includes(' would ')
    ? exprs.filter((e) => !(e.until && CLAIMED_STRETCH.test(sentence.slice(Math.max(0, e.start - 120), e.start))))
    : exprs;

/**
 * "saying it should have begun in 2016": a date after "should have" + a
 * participle is when something ought to have happened, a claim, not when
 * anything did. It dates nothing ("would have turned 48 on Tuesday" names a
 * real day, so only should/ought to).
 */
const COUNTERFACTUAL_BEFORE = /\b(?:should|ought\s+to)\s+(?:not\s+)?have\s+(?:been\s+)?[a-z]+(?:ed|en|un|gun|t)\s+(?:[a-z]+\s+){0,3}?(?:in|on|by|from)\s+$/i;

export const withoutCounterfactualDates = (sentence: string, exprs: DateExpr[]): DateExpr[] =>
  exprs.length && sentence.includes(' have ')
    ? exprs.filter((e) => !COUNTERFACTUAL_BEFORE.test(sentence.slice(Math.max(0, e.start - 80), e.start)))
    : exprs;

/**
 * "The death toll from the wildfire that tore through Lahaina this week rose
 * to 89 on Saturday": a week, month or year named inside a relative clause
 * told in the past (that/which/who + past verb) tells when the thing it
 * describes happened; when the main clause names its own day after it (no
 * comma between), that day is the sentence's, and the span dates nothing.
 */
const RELATIVE_PAST_BEFORE = /\b(?:that|which|who)\s+(?:[a-z]+ed|tore|swept|broke|began|struck|hit|killed|left|ran|took|came|went|fell|rose|grew|shook|spread|burned|burnt)\b[^,;:()“”"]*$/i;

const coarseSpan = (e: DateExpr): boolean =>
  e.to === undefined && (e.spec.kind === 'week' || (e.spec.kind === 'calendar' && e.spec.day === undefined));
const namesOneDay = (e: DateExpr): boolean =>
  e.to === undefined && (e.spec.kind === 'weekday' || (e.spec.kind === 'calendar' && e.spec.day !== undefined));

export function withoutRelativeSpans(sentence: string, exprs: DateExpr[]): DateExpr[] {
  if (exprs.length < 2 || !(sentence.includes('that ') || sentence.includes('which ') || sentence.includes('who '))) return exprs;
  return exprs.filter((e, i) => {
    const next = exprs[i + 1];
    if (!next || !coarseSpan(e) || !namesOneDay(next) || /[,;:]/.test(sentence.slice(e.end, next.start))) return true;
    return !RELATIVE_PAST_BEFORE.test(sentence.slice(Math.max(0, e.start - 100), e.start));
  });
}

/**
 * "ISPR said May 9 would be remembered as a black chapter": a day that opens
 * what was said, as its subject, is what the speaker spoke of, not when they
 * spoke. It dates nothing; the saying keeps the day its context gives.
 */
const SAID_BEFORE = /\b(?:said|says|saying|stated|declared|warned|added)\s+(?:that\s+)?$/;
const SUBJECT_AFTER = /^\s+(?:would|will|was|is|has|had|must|should)\b/;

export const withoutSaidSubjectDays = (sentence: string, exprs: DateExpr[]): DateExpr[] =>
  exprs.filter((e) => !(SUBJECT_AFTER.test(sentence.slice(e.end, e.end + 8)) && SAID_BEFORE.test(sentence.slice(Math.max(0, e.start - 16), e.start))));

/**
 * 声明还搬出2016年所谓南海仲裁案“裁决”, 声称1951年《美菲共同防御条约》…: a bare
 * year right before a title (《) or 所谓 names the document or ruling it
 * belongs to, not when anything in the sentence happened. It dates nothing.
 * On a normalised text.
 */
const YEAR_THING_AFTER = /^(?:《|所谓|所謂)/;
/**
 * 是1999年菲方军舰"坐滩"仁爱礁以来的首次, 普丁1999年掌權以來面臨的最嚴重挑戰: a year
 * that a "since" measures a first or a most from is a yardstick, no date.
 */
const YARDSTICK_SINCE = /^[^，。；,;]{0,24}?以[来來][^，。；,;]{0,8}?(?:首次|第一次|头一次|頭一次|最)/;

const yearOnly = (e: DateExpr): boolean =>
  e.to === undefined && e.spec.kind === 'calendar' && e.spec.year !== undefined && 'abs' in e.spec.year && e.spec.month === undefined;

/**
 * 同月23日，菲方在上轮运补仅18天之后再次派船侵闯: a count of days after an act
 * the clause names (在 … N天之后) runs from that act, not from the day the
 * sentence gave; beside that day it dates nothing.
 */
const COUNT_AFTER_ACT = /^[0-9]+[天日](?:之后|以后|后)$/;

export function withoutNamedThingsZh(text: string, exprs: DateExpr[]): DateExpr[] {
  if (!(text.includes('《') || text.includes('所') || text.includes('后') || text.includes('以'))) return exprs;
  return exprs.filter((e, i) => {
    if (yearOnly(e) && YEAR_THING_AFTER.test(text.slice(e.end, e.end + 2))) return false;
    if (yearOnly(e) && YARDSTICK_SINCE.test(text.slice(e.end, e.end + 32))) return false;
    if (i > 0 && COUNT_AFTER_ACT.test(text.slice(e.start, e.end))) {
      const before = text.slice(0, e.start);
      const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), exprs[i - 1]!.end) + 1);
      if (/[在於于]/.test(clause)) return false;
    }
    return true;
  });
}

/**
 * 執政黨決定在2028年之前不再把…列入議程, 承诺于2030年前实现…: the horizon of a
 * decision or a pledge (a date before 之前/以前/前, in the clause of the verb) is
 * what was decided, not when anything happened, nor an act still to come. It
 * dates nothing: the deciding keeps its own day or the one carried.
 */
const DECIDED_HORIZON_BEFORE = /(?:决定|決定|宣布|宣佈|承诺|承諾|同意|誓言|保证|保證|表示)[^，,。；;：:]{0,6}$/;
const HORIZON_AFTER = /^(?:之前|以前|前)/;

function decidedHorizon(text: string, e: DateExpr): boolean {
  if (e.to !== undefined) return false;
  const words = text.slice(e.start, e.end);
  if (!(/(?:之前|以前)$/.test(words) || HORIZON_AFTER.test(text.slice(e.end, e.end + 2)))) return false;
  return DECIDED_HORIZON_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start));
}

export function withoutDecidedHorizons(text: string, exprs: DateExpr[]): DateExpr[] {
  if (!(text.includes('前') && (text.includes('定') || text.includes('宣') || text.includes('承') || text.includes('同意') || text.includes('誓') || text.includes('保') || text.includes('表示')))) return exprs;
  return exprs.some((e) => decidedHorizon(text, e)) ? exprs.filter((e) => !decidedHorizon(text, e)) : exprs;
}

/**
 * "UBS said it aimed to cut annual costs by more than $8 billion by 2027": the
 * year or month a reported aim is to be met by is what was said, a target, not
 * when anything happened nor an act to come. It dates nothing: the saying keeps
 * the day carried to it.
 */
const SAID_AIM_BEFORE = /\b(?:said|says|told\s+[\w ]{1,30}?)\s+(?:that\s+)?(?:it|he|she|they|we|the\s+\w+)\s+(?:aim(?:s|ed)?|target(?:s|ed)?|hope[sd]?|intend(?:s|ed)?)\s+to\s+[^,;:.“”"]{0,80}?\bby\s+$/i;

const coarse = (e: DateExpr): boolean => e.to === undefined && e.spec.kind === 'calendar' && e.spec.day === undefined;

export const withoutSaidTargets = (sentence: string, exprs: DateExpr[]): DateExpr[] =>
  exprs.length && sentence.includes(' by ')
    ? exprs.filter((e) => !(coarse(e) && SAID_AIM_BEFORE.test(sentence.slice(Math.max(0, e.start - 140), e.start))))
    : exprs;

/**
 * The English filters above, in the order they apply: each sees what the ones
 * before it kept (a declared day goes before a trailing clause is looked for).
 */
const ENGLISH_FILTERS: ((sentence: string, exprs: DateExpr[]) => DateExpr[])[] = [
  (sentence, exprs) => withoutDeclaredDays(sentence, exprs, false),
  withoutTrailingRelative,
  withoutSetStretchEnds,
  withoutRelativeSpans,
  withoutSaidSubjectDays,
  withoutClaimedStretchEnds,
  withoutCounterfactualDates,
  withoutSaidTargets,
];

/** An English sentence's expressions without those that date nothing in it. */
export const withoutEnglishDatesOfNothing = (sentence: string, exprs: DateExpr[]): DateExpr[] =>
  ENGLISH_FILTERS.reduce((kept, filter) => filter(sentence, kept), exprs);

/**
 * 長賜輪卡在蘇伊士運河6天後，昨天終於脫困: a count of days after (N天后) before a day the
 * sentence names of its own is the time frame of a state ("after six days stuck"), counted from
 * an act it does not date; the later day is when it happened. It dates nothing (not six days
 * after publication, nor after the day before). 将在两天后 (after 在/于) stays a day ahead.
 */
const ELAPSED_AFTER = /天后$/;
const ELAPSED_AT_BEFORE = /[在于]$/;

function elapsedFrame(text: string, e: DateExpr, exprs: DateExpr[]): boolean {
  if (e.to !== undefined || e.spec.kind !== 'anchor' || e.spec.n <= 0 || !ELAPSED_AFTER.test(text.slice(e.start, e.end))) return false;
  if (ELAPSED_AT_BEFORE.test(text.slice(Math.max(0, e.start - 1), e.start))) return false;
  return exprs.some((o) => o.start >= e.end && o.spec.kind !== 'anchor');
}

/** Drops the time frames `elapsedFrame` finds (text normalised: 後 is 后). */
export const withoutElapsedFrames = (text: string, exprs: DateExpr[]): DateExpr[] =>
  exprs.length > 1 && text.includes('天后') && exprs.some((e) => elapsedFrame(text, e, exprs)) ? exprs.filter((e) => !elapsedFrame(text, e, exprs)) : exprs;
