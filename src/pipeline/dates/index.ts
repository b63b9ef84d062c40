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
import { aheadCue, cueAtExpression, hasPastVerb, isChinese, pointsAhead, untilAhead } from './future.ts';
import { resolveExpressions } from './mentions.ts';
import { normalise } from './numerals.ts';
import { mayHoldDate, scanAtoms } from './patterns.ts';
import { findRanges } from './ranges.ts';
import { liveStamp, stampExpression } from './stamps.ts';
import { withoutDecidedHorizons, withoutDeclaredDays, withoutElapsedFrames, withoutEnglishDatesOfNothing, withoutHolidayThings, withoutNamedThingsZh, withoutQuotedToday } from './datesNothing.ts';
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

function chineseExpressions(sentence: string): DateExpr[] {
  const text = normalise(sentence);
  if (!mayHoldDate(text)) return [];
  const atoms = scanAtoms(text);
  if (atoms.length === 0) return [];
  const exprs = withoutElapsedFrames(text, withoutDecidedHorizons(text, withoutNamedThingsZh(text, withoutHolidayThings(text, withoutDeclaredDays(text, dropZoneConversions(text, findRanges(composeUnits(atoms, text), text)), true)))));
  const named = text.includes('第') ? exprs.filter((e) => !numberedOfYear(text, e)) : exprs;
  const kept = text.includes('（') || text.includes('(') ? withBracketedDays(text, named) : named;
  if (text.includes('内')) for (const expr of kept) if (withinPeriod(text, expr)) expr.end++;
  let before: DateExpr | undefined;
  for (const expr of kept) {
    expr.ahead = expr.until === true || aheadCue(text, expr.start, expr.end, true) || frontedAhead(text, expr) || goesOnAhead(text, before, expr);
    before = expr;
    // 今天将继续举行: still to come on publication day, like "later on Monday".
    if (expr.ahead && !expr.until && cueAtExpression(text, expr.start, expr.end)) expr.laterSameDay = true;
  }
  return kept;
}

/**
 * 本週五（31日）, 上周二（8日）: the day of month in brackets right after a weekday of a named week restates it,
 * and is one expression with it (the weekday's: its week is told). Read alone, a bare 31日 told in another clause
 * than its cue would be the last 31st gone (March's).
 */
function withBracketedDays(text: string, exprs: DateExpr[]): DateExpr[] {
  if (exprs.length < 2) return exprs;
  const out: DateExpr[] = [];
  for (let i = 0; i < exprs.length; i++) {
    const e = exprs[i]!;
    const next = exprs[i + 1];
    out.push(e);
    if (!next || e.to !== undefined || next.to !== undefined || e.spec.kind !== 'weekday' || e.spec.week === null) continue;
    if (next.spec.kind !== 'calendar' || next.spec.day === undefined || next.spec.year !== undefined) continue;
    const open = text.slice(e.end, next.start);
    if ((open !== '（' && open !== '(') || (text[next.end] !== '）' && text[next.end] !== ')')) continue;
    e.end = next.end + 1;
    i++;
  }
  return out;
}

/**
 * 將於本月內展開, 今年内推出, 本周內啟用, 須於3月內: 内 after a month, a year or a week, with no day, is "within"
 * it, and belongs to the expression (a title trimmed of it keeps no stray 內). Not 今年内地经济 (内地, the mainland)
 * nor a word 内 opens (内容, 内部, 内阁…); 10日内 (within ten days) is no date at all (DAY_BAD_AFTER).
 */
const WITHIN_WORD_AFTER = '地容部阁战政外存涵心线幕衣务陆河湖蒙科侧在含讧疚鬼奸外销需';

function withinPeriod(text: string, e: DateExpr): boolean {
  if (text[e.end] !== '内' || e.to !== undefined || hasChar(WITHIN_WORD_AFTER, text[e.end + 1])) return false;
  const spec = e.spec;
  return (spec.kind === 'calendar' && spec.day === undefined && (spec.month !== undefined || spec.year !== undefined)) || (spec.kind === 'week' && !spec.weekend);
}

const hasChar = (set: string, ch: string | undefined): boolean => ch !== undefined && set.includes(ch);

/**
 * "4年后，第34届夏季奥运会将在洛杉矶举行": a time opening the sentence, set off by a comma, governs the clause
 * after it, so a cue there (before any verb of saying) points it ahead.
 */
function frontedAhead(text: string, e: DateExpr): boolean {
  if (e.start > 2 || (text[e.end] !== '，' && text[e.end] !== ',')) return false;
  return aheadCue(text, e.end + 1, e.end + 1, true);
}

/**
 * "巴黎残奥会将于本月28日开幕，9月8日闭幕": a clause opening on its day right after a clause dated ahead, with
 * nothing told done or said between, goes on with the same plan: its day is ahead too.
 */
const GOES_ON_GAP = /^[^，,。；;：:]*[，,]$/;
const DONE_OR_SAID = /了|已|曾|表示|说|說|称|稱|指出|宣布/;

function goesOnAhead(text: string, before: DateExpr | undefined, e: DateExpr): boolean {
  if (!before?.ahead || before.until || e.start - before.end > 12) return false;
  const gap = text.slice(before.end, e.start);
  return GOES_ON_GAP.test(gap) && !DONE_OR_SAID.test(gap);
}

/**
 * 今年第5号台风, 去年第3号: a year that numbers a thing (the season's 5th
 * typhoon) is part of its name, an ordinal, and dates nothing.
 */
const NUMBERED_AFTER = /^第[0-9一二三四五六七八九十百]+[号號]/;

function numberedOfYear(text: string, e: DateExpr): boolean {
  return e.to === undefined && e.spec.kind === 'calendar' && e.spec.month === undefined && e.spec.year !== undefined && NUMBERED_AFTER.test(text.slice(e.end, e.end + 6));
}

// An English sentence with none of these cannot hold a date: most do not,
// and the full pattern is long.
const MAY_HOLD_ENGLISH_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|tomorrow|last|next|this|previous|week|month|year|ago|day|christmas|easter|eve|new|spring|lantern|dragon|valentine|halloween|women|beginning|start|middle|end|early|late|mid|overnight|morning|afternoon|evening|night|hours|minutes|moments)/i;

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
 * "Prosecutors will charge him on Thursday" in a Thursday's paper: a bare
 * weekday a future cue governs is the coming one, and on publication day
 * itself the act is still to come (like "later on Thursday"). Only with the
 * cue before it: in "said Tuesday that he will appeal" the day is the saying's.
 */
const bareWeekday = (expr: DateExpr): boolean =>
  expr.spec.kind === 'weekday' && expr.spec.week === null && expr.spec.strict === undefined && expr.spec.anchored === undefined && expr.to === undefined;

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
/*
 * "It came less than four months before the Nov. 5 election": a yearless day a stretch after something told is a
 * schedule too: months back it would be, it is the coming one; "two days before the March 10 vote", days back, stays.
 */
const DURATION_BEFORE = /\b(?:days?|weeks?|months?)\s+(?:before|ahead\s+of)\s/i;
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

/**
 * "Green said he would return to Lahaina on Sunday": a bare weekday that a
 * reported "would"/"will" governs, in a sentence whose saying names no day of
 * its own (the first date is this one), is the coming one, as the saying is
 * the story's latest. Only a verb after the modal and no clause break or past
 * verb between it and the day; "said Monday he would visit on Friday" is left alone.
 */
const REPORTED_MODAL = /\b(?:said|says|told\s+[\w ]{1,30}?|announced|promised|pledged|vowed)\s+(?:that\s+)?(?:he|she|they|it|we|i)\s+(?:would|will)\s+(?:\w+\s+){1,6}?(?:on\s+)?$/i;

function reportedFutureWeekday(sentence: string, expr: DateExpr, first: boolean): boolean {
  if (!first || !bareWeekday(expr)) return false;
  const before = sentence.slice(0, expr.start);
  if (!(before.includes(' would ') || before.includes(' will '))) return false;
  const modal = Math.max(before.lastIndexOf(' would '), before.lastIndexOf(' will '));
  return REPORTED_MODAL.test(before) && !/[,;:“”"]/.test(before.slice(modal)) && !hasPastVerb(before.slice(modal + 6));
}

/**
 * "Organisers have called for further demonstrations on Thursday", "are calling
 * for a strike on Monday": a call standing now (present or present perfect)
 * is for a day to come, so a bare weekday in it is the coming one. A call told
 * in the past ("called for protests on Monday") is left alone.
 */
const CALL_AHEAD = /\b(?:ha(?:s|ve)\s+(?:also\s+|now\s+)?called\s+for|(?:is|are)\s+(?:now\s+)?calling\s+for|calls?\s+for)\s+[^,;:.“”"]{0,60}?\bon\s+$/i;

function calledForWeekday(sentence: string, expr: DateExpr): boolean {
  return bareWeekday(expr) && sentence.includes('call') && CALL_AHEAD.test(sentence.slice(Math.max(0, expr.start - 90), expr.start));
}

/**
 * "The Republican National Convention opens on Monday in Milwaukee", "the trial begins
 * Tuesday": a present-tense verb of a schedule right before a bare weekday, in a
 * sentence told in the present up to it, is the coming day (as "takes effect Monday").
 * Only verbs that set a programme going or ending, not "says" or "meets" (present in headlines
 * of deeds done).
 */
const SCHEDULE_VERB_BEFORE =
  /\b(?:opens|reopens|begins|starts|ends|closes|resumes|convenes|expires|kicks\s+off|gets\s+under\s?way|takes\s+office|goes\s+on\s+trial)\s+(?:on\s+)?$/i;

function scheduledWeekday(sentence: string, expr: DateExpr): boolean {
  if (!bareWeekday(expr)) return false;
  const before = sentence.slice(0, expr.start);
  return SCHEDULE_VERB_BEFORE.test(before.slice(-32)) && !hasPastVerb(before);
}

/** Every date expression in the sentence, unresolved, in order. */
function expressions(sentence: string): DateExpr[] {
  if (isChinese(sentence)) return chineseExpressions(sentence);
  if (!MAY_HOLD_ENGLISH_DATE.test(sentence)) return [];
  const exprs = withoutEnglishDatesOfNothing(sentence, englishExpressions(sentence));
  for (const expr of exprs) {
    // "…have drawn protesters into the streets since December": a span since a day runs up to now, never ahead
    // (a cue before it, "His government's plans to…", governs something else).
    if (expr.open) {
      expr.ahead = false;
      continue;
    }
    expr.ahead =
      (expr.until === true && untilAhead(sentence.slice(0, expr.start))) ||
      aheadCue(sentence, expr.start, expr.end, false) ||
      deadline(sentence, expr.start, expr.end);
    if (!expr.ahead && reportedFutureWeekday(sentence, expr, expr === exprs[0])) expr.ahead = true;
    if (!expr.ahead && calledForWeekday(sentence, expr)) expr.ahead = true;
    if (!expr.ahead && scheduledWeekday(sentence, expr)) expr.ahead = true;
    if (!expr.ahead && yearlessDay(expr) && (presentSchedule(sentence, expr) || DURATION_BEFORE.test(sentence.slice(Math.max(0, expr.start - 40), expr.start + 16)))) expr.schedule = true;
    if (expr.ahead && (LATER_BEFORE.test(sentence.slice(Math.max(0, expr.start - 12), expr.start)) || (bareWeekday(expr) && pointsAhead(sentence.slice(0, expr.start))))) expr.laterSameDay = true;
  }
  return exprs;
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
