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
import { aheadCue, isChinese, pointsAhead } from './future.ts';
import { resolveExpressions } from './mentions.ts';
import { normalise } from './numerals.ts';
import { mayHoldDate, scanAtoms } from './patterns.ts';
import { findRanges } from './ranges.ts';
import { countsFromStart, isStated, needsReference } from './resolve.ts';

export { dateFromUrl } from './url.ts';
export { pointsAhead };
export type { DateExpression };

function chineseExpressions(sentence: string): DateExpr[] {
  const text = normalise(sentence);
  if (!mayHoldDate(text)) return [];
  const atoms = scanAtoms(text);
  if (atoms.length === 0) return [];
  const exprs = findRanges(composeUnits(atoms, text), text);
  for (const expr of exprs) expr.ahead = expr.until === true || aheadCue(text, expr.start, expr.end, true);
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

function deadline(sentence: string, start: number, end: number): boolean {
  if (!DEADLINE_BEFORE.test(sentence.slice(Math.max(0, start - 4), start))) return false;
  if (start <= 4) return !PAST_PERFECT.test(sentence);
  const rest = sentence.slice(end);
  const stop = rest.search(CLAUSE_END);
  return !PAST_PERFECT.test(sentence.slice(0, end) + (stop >= 0 ? rest.slice(0, stop) : rest));
}

/** Every date expression in the sentence, unresolved, in order. */
function expressions(sentence: string): DateExpr[] {
  if (isChinese(sentence)) return chineseExpressions(sentence);
  if (!MAY_HOLD_ENGLISH_DATE.test(sentence)) return [];
  const exprs = englishExpressions(sentence);
  for (const expr of exprs) {
    expr.ahead = expr.until === true || aheadCue(sentence, expr.start, expr.end, false) || deadline(sentence, expr.start, expr.end);
    if (expr.ahead && LATER_BEFORE.test(sentence.slice(Math.max(0, expr.start - 12), expr.start))) expr.laterSameDay = true;
  }
  return exprs;
}

/** Every date expression in the sentence, in order, resolved against the context. */
export function findDates(sentence: string, ctx: DateContext): DateMention[] {
  const exprs = expressions(sentence);
  return exprs.length === 0 ? [] : resolveExpressions(sentence, exprs, ctx);
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
