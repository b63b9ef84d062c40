/**
 * The DATE stage: find and normalise date expressions in one sentence,
 * TIMEX3-style (`2022-01-10` day, `2021-08` month, `2013` year, with
 * START/MID/END/APPROX/BEFORE/AFTER modifiers and ranges).
 *
 * Written here rather than taken from a library: chrono-node's Chinese parser
 * misses bare days (10日), reads 去年8月 as August of this year and misses
 * 新年; @microsoft/recognizers-text-date-time weighs about 24 MB, costs about
 * 2.4 ms a sentence and returns both past and future candidates for a bare
 * day, missing 新年/元旦/当天/同日 (see shared/docs/toolchain.md).
 *
 * Chinese (simplified or traditional, full-width digits, Chinese numerals)
 * is recognised when the sentence holds any CJK character; otherwise English.
 */
import type { DateContext, DateMention } from '../types.ts';
import { composeUnits } from './compose.ts';
import { englishExpressions } from './english.ts';
import type { DateExpr, DateExpression } from './expr.ts';
import { aheadCue, cueAtExpression, hasPastVerb, isChinese, pointsAhead } from './future.ts';
import { resolveExpressions } from './mentions.ts';
import { normalise } from './numerals.ts';
import { mayHoldDate, scanAtoms } from './patterns.ts';
import { findRanges } from './ranges.ts';
import { liveStamp, stampExpression } from './stamps.ts';
import { quotations } from '../text/quotations.ts';
import { countsFromStart, isStated, needsReference } from './resolve.ts';

export { dateFromUrl } from './url.ts';
export { pointsAhead };
export type { DateExpression };
export type { ReferenceDate } from './mentions.ts';

/** A bracket that opens on a clock: （北京时间16日凌晨3时许）, (当地時間…), （GMT…）. */
const ZH_ZONE_OPEN = /[（(]\s*(?:[\u4e00-\u9fff]{1,6}(?:时间|時間)|UTC|GMT)/g;
const ZH_ZONE_GATE = /时间|時間|UTC|GMT/;

/**
 * "会晤于当地时间15日上午11时许（北京时间16日凌晨3时许）开始": the bracket
 * restates the moment on another clock, so its day dates nothing, when the
 * sentence dates it outside the bracket.
 */
function dropZoneConversions(text: string, exprs: DateExpr[]): DateExpr[] {
  if (exprs.length < 2 || !ZH_ZONE_GATE.test(text)) return exprs;
  const spans: { start: number; end: number }[] = [];
  ZH_ZONE_OPEN.lastIndex = 0;
  for (let m = ZH_ZONE_OPEN.exec(text); m; m = ZH_ZONE_OPEN.exec(text)) {
    let close = m.index + 1;
    while (close < text.length && text[close] !== '）' && text[close] !== ')') close++;
    spans.push({ start: m.index, end: close });
  }
  if (spans.length === 0) return exprs;
  const inside = (e: DateExpr): boolean => spans.some((s) => e.start > s.start && e.end <= s.end);
  return exprs.some((e) => !inside(e)) ? exprs.filter((e) => !inside(e)) : exprs;
}

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

function withoutHolidayThings(text: string, exprs: DateExpr[]): DateExpr[] {
  if (exprs.length < 2 || !exprs.some((e) => e.spec.kind === 'holiday') || !exprs.some((e) => e.spec.kind !== 'holiday')) return exprs;
  return exprs.filter((e) => !holidayThing(text, e));
}

function chineseExpressions(sentence: string): DateExpr[] {
  const text = normalise(sentence);
  if (!mayHoldDate(text)) return [];
  const atoms = scanAtoms(text);
  if (atoms.length === 0) return [];
  const exprs = withoutHolidayThings(text, withoutDeclaredDays(text, dropZoneConversions(text, findRanges(composeUnits(atoms, text), text)), true));
  for (const expr of exprs) {
    expr.ahead = expr.until === true || aheadCue(text, expr.start, expr.end, true);
    // 今天将继续举行: still to come on publication day, like "later on Monday".
    if (expr.ahead && !expr.until && cueAtExpression(text, expr.start, expr.end)) expr.laterSameDay = true;
  }
  return exprs;
}

// An English sentence with none of these cannot hold a date: most do not,
// and the full pattern is long.
const MAY_HOLD_ENGLISH_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|tomorrow|last|next|this|previous|week|month|year|ago|day|christmas|easter|eve|new|spring|lantern|dragon|valentine|halloween|women|beginning|start|middle|end|early|late|mid|overnight|morning|afternoon|evening|night)/i;

/** "Later on Monday", "later Monday": with a future cue, later than publication even on its own day. */
const LATER_BEFORE = /\blater\s+(?:on\s+)?$/i;

/**
 * "By July 1", "by Friday": a deadline, set for a day still to come ("ordered
 * units to sign contracts by July 1"), unless its clause looks back from it
 * ("By Monday, the rebels had withdrawn"; "had agreed to leave by Friday").
 * A sentence that opens with it governs the whole; otherwise its clause ends
 * at the next comma ("by July 1, a demand he had refused" is still ahead).
 */
const DEADLINE_BEFORE = /\bby\s+$/i;
const PAST_PERFECT = /\bhad\b/i;
const CLAUSE_END = /[,;:.!?]/;

/**
 * What makes "by" a day a deadline: an order, a plan or a must in its clause
 * ("told to leave by Friday", "must sign … by January 15"). Without one the
 * day is when a count stood ("climbed through Saturday, reaching 133 by
 * Saturday evening"). `to` before a lower-case word is an infinitive, not a
 * place (went to Moscow) nor a number (rose to 133).
 */
const DEADLINE_CUE =
  /\b(?:must|should|shall|will|would|need(?:s|ed)?|ha(?:s|ve)\s+to|ordered|told|asked|demanded|urged|called\s+for|wants?|wanted|promised|pledged|vowed|expects?|expected|aim(?:s|ed)?|plan(?:s|ned)?|due|deadline|ultimatum)\b|\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|our\b)[a-z]+\b/;

function deadline(sentence: string, start: number, end: number): boolean {
  if (!DEADLINE_BEFORE.test(sentence.slice(Math.max(0, start - 4), start))) return false;
  if (start <= 4) return !PAST_PERFECT.test(sentence) && DEADLINE_CUE.test(sentence);
  const rest = sentence.slice(end);
  const stop = rest.search(CLAUSE_END);
  if (PAST_PERFECT.test(sentence.slice(0, end) + (stop >= 0 ? rest.slice(0, stop) : rest))) return false;
  const before = sentence.slice(0, start);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  return DEADLINE_CUE.test(before.slice(clauseStart));
}

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

const withoutDeclaredDays = (text: string, exprs: DateExpr[], chinese: boolean): DateExpr[] =>
  exprs.some((e) => declaredDay(text, e, chinese)) ? exprs.filter((e) => !declaredDay(text, e, chinese)) : exprs;

/**
 * "Prosecutors will charge him on Thursday" in a Thursday's paper: a bare
 * weekday a future cue governs is the coming one, and on publication day
 * itself the act is still to come (like "later on Thursday"). Only with the
 * cue before it: in "said Tuesday that he will appeal" the day is the saying's.
 */
const bareWeekday = (expr: DateExpr): boolean =>
  expr.spec.kind === 'weekday' && expr.spec.week === null && expr.spec.strict === undefined && expr.spec.anchored === undefined && expr.to === undefined;

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

const yearlessDay = (expr: DateExpr): boolean =>
  expr.to === undefined && expr.spec.kind === 'calendar' && expr.spec.year === undefined && expr.spec.day !== undefined &&
  expr.spec.month !== undefined && 'abs' in expr.spec.month;

/**
 * "Slovaks vote in the European Parliament election on June 8", "…Pellegrini,
 * who takes office June 15, made…": a yearless day in a sentence told wholly
 * in the present, or in a relative clause in the present, is a schedule (see
 * DateExpr.schedule).
 */
const RELATIVE_PRESENT = /^(?:who|which|that)\s+(?:also\s+)?[a-z]+s\b/i;
const EN_CLAUSE_MARK = /[,;:“”"()]/g;

function presentSchedule(sentence: string, expr: DateExpr): boolean {
  if (/\bago\b/i.test(sentence)) return false;
  if (!hasPastVerb(sentence)) return true;
  let from = 0;
  EN_CLAUSE_MARK.lastIndex = 0;
  for (let m = EN_CLAUSE_MARK.exec(sentence); m && m.index < expr.start; m = EN_CLAUSE_MARK.exec(sentence)) from = m.index + 1;
  EN_CLAUSE_MARK.lastIndex = expr.end;
  const next = EN_CLAUSE_MARK.exec(sentence);
  EN_CLAUSE_MARK.lastIndex = 0;
  const clause = sentence.slice(from, next ? next.index : sentence.length).trim();
  return RELATIVE_PRESENT.test(clause) && !hasPastVerb(clause);
}

/** Every date expression in the sentence, unresolved, in order. */
function expressions(sentence: string): DateExpr[] {
  if (isChinese(sentence)) return chineseExpressions(sentence);
  if (!MAY_HOLD_ENGLISH_DATE.test(sentence)) return [];
  let exprs = withoutDeclaredDays(sentence, englishExpressions(sentence), false);
  // Only when it is the sentence's one date: beside a day of the saying ("said late Monday that …, who was
  // convicted … in 2018") the clause keeps its date and its own event, as the saying keeps its own.
  if (exprs.length === 1 && (sentence.includes(', who ') || sentence.includes(', which ')) && inTrailingRelative(sentence, exprs[0]!)) exprs = [];
  for (const expr of exprs) {
    // "…have drawn protesters into the streets since December": a span since a day runs up to now, never ahead
    // (a cue before it, "His government's plans to…", governs something else).
    if (expr.open) {
      expr.ahead = false;
      continue;
    }
    expr.ahead = expr.until === true || aheadCue(sentence, expr.start, expr.end, false) || deadline(sentence, expr.start, expr.end);
    if (!expr.ahead && yearlessDay(expr) && presentSchedule(sentence, expr)) expr.schedule = true;
    if (expr.ahead && (LATER_BEFORE.test(sentence.slice(Math.max(0, expr.start - 12), expr.start)) || (bareWeekday(expr) && pointsAhead(sentence.slice(0, expr.start))))) expr.laterSameDay = true;
  }
  return exprs;
}

/**
 * "“To those who wreaked havoc in our Capitol today, you did not win,” Pence
 * said as he reopened the Senate": a "today" inside a quotation is the
 * speaker's day. When the story has reached an earlier day than publication
 * (the reference), that is the speaker's, and the quotation's "today" dates
 * nothing: the sentence takes the day the story carries.
 */
function withoutQuotedToday(sentence: string, exprs: DateExpr[], ctx: DateContext): DateExpr[] {
  const ref = ctx.reference;
  if (!ref || !ctx.published || ref.precision !== 'day' || ref.end) return exprs;
  if (!exprs.some((e) => e.spec.kind === 'shift' && e.spec.unit === 'day' && e.spec.n === 0)) return exprs;
  if (ref.start >= ctx.published.toISOString().slice(0, 10)) return exprs;
  const quoted = quotations(sentence);
  if (!quoted.length) return exprs;
  return exprs.filter(
    (e) => !(e.spec.kind === 'shift' && e.spec.unit === 'day' && e.spec.n === 0 && quoted.some((q) => e.start > q.start && e.end < q.end)),
  );
}

/** Every date expression in the sentence, in order, resolved against the context. */
export function findDates(sentence: string, ctx: DateContext): DateMention[] {
  const exprs = withoutQuotedToday(sentence, expressions(sentence), ctx);
  // "8:15pm local time (00:15 GMT) …": a live-blog entry's time stamp dates it.
  const stamp = liveStamp(sentence, ctx.published);
  if (!stamp) return exprs.length === 0 ? [] : resolveExpressions(sentence, exprs, ctx);
  const mentions = resolveExpressions(sentence, [stampExpression(stamp), ...exprs.filter((e) => e.start >= stamp.end)], ctx);
  // "3:25pm local time … gathered … on Wednesday afternoon": the entry names its day in words; that is its evidence.
  const [own, ...rest] = mentions;
  return own && rest.some((m) => m.value.precision === 'day' && !m.value.end && m.value.start === own.value.start) ? rest : mentions;
}

/**
 * Every date expression as written, whatever the context, with what it needs
 * to be dated: callers compare with `findDates` to report "relative date
 * left undated because the publication time is unknown".
 */
export function findDateExpressions(sentence: string): DateExpression[] {
  return expressions(sentence).map((expr) => {
    const to = expr.to === 'now' ? undefined : expr.to;
    const needs =
      needsReference(expr.spec) || (to !== undefined && needsReference(to))
        ? 'reference'
        : isStated(expr.spec) && expr.to !== 'now' && (to === undefined || countsFromStart(to))
          ? 'nothing'
          : 'publication';
    return { text: sentence.slice(expr.start, expr.end), start: expr.start, end: expr.end, needs };
  });
}

/** The expressions `findDates` could not date in this context (e.g. 昨天 with no publication date). */
export function findUnresolvedDateTexts(sentence: string, ctx: DateContext): string[] {
  const resolved = findDates(sentence, ctx);
  return findDateExpressions(sentence)
    .filter((expr) => !resolved.some((m) => m.start === expr.start && m.end === expr.end))
    .map((expr) => expr.text);
}
