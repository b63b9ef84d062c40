/**
 * Resolves the expressions of one sentence, in order, into DateMentions.
 *
 * Earlier mentions in the same sentence serve as references for later ones
 * (王毅10日抵达，次日会见… → 次日 is the 11th), before the context's
 * reference. An open range ("since X") ends at the nearest earlier mention
 * after X, else the context's reference if after X (not for a range that
 * runs on, see DateExpr.runsOn), else publication day; with none of those it
 * is written as X with mod AFTER.
 */
import type { DateValue, TimexMod } from '../../lib/schema.ts';
import type { DateContext, DateMention } from '../types.ts';
import { coarser, daySpan, formatDay, parseIsoPrefix, utcDay, type Span } from './calendar.ts';
import type { DateExpr, DateSpec } from './expr.ts';
import { resolveSpec, type Env, type Resolution, type Rule } from './resolve.ts';

interface Resolved {
  from: Resolution;
  to?: Resolution;
  mod?: TimexMod;
}

/** The whole stretch a resolved mention covers, as a reference for what follows. */
function coverage(r: Resolved): Span {
  const last = r.to ? r.to.span.last : r.from.span.last;
  const precision = r.to ? coarser(r.from.span.precision, r.to.span.precision) : r.from.span.precision;
  return { first: r.from.span.first, last, precision };
}

/**
 * What a later expression may count from, nearest first: the earlier
 * mentions from the last back, then the context's reference. A plain loop
 * rather than map().reverse(): an empty map result has another hidden class
 * (it cannot take ctxRef without changing it again), and each class met late
 * throws away the compiled resolveExpressions.
 */
function referencesFor(earlier: readonly Resolved[], ctxNamed: Span | null, ctxRef: Span | null): Span[] {
  const references: Span[] = [];
  for (let i = earlier.length - 1; i >= 0; i--) references.push(coverage(earlier[i]!));
  if (ctxNamed) references.push(ctxNamed);
  if (ctxRef) references.push(ctxRef);
  return references;
}

/**
 * A reference date may bring the year or month the text named since that day
 * (特區政府曾於2003年推出…。當年7月1日…): 同年, 当年, 同月 and 一年后 count from
 * it first; 当天, 次日 still need a day, which it is not.
 */
export type ReferenceDate = DateValue & { named?: DateValue };

function spanOfValue(value: DateValue): Span | null {
  const start = parseIsoPrefix(value.start);
  if (!start) return null;
  const end = value.end ? parseIsoPrefix(value.end) : null;
  return end ? { first: start.first, last: end.last, precision: start.precision } : start;
}

function publicationEnd(pubDay: number): Resolution {
  return { span: daySpan(pubDay), rule: 'publication', anchor: pubDay, timex: formatDay(pubDay, 'day') };
}

/** `runsOn`: the context's reference (an earlier sentence's date) may not end the range. */
function openEnd(
  from: Resolution, earlier: readonly Resolved[], ctxRef: Span | null, pubDay: number | null, runsOn: boolean,
): Resolution | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const candidate = earlier[i]!;
    const end = candidate.to ?? candidate.from;
    if (end.span.first > from.span.first) return end;
  }
  if (!runsOn && ctxRef && ctxRef.first > from.span.first) {
    const span: Span = { first: ctxRef.last, last: ctxRef.last, precision: ctxRef.precision };
    return { span, rule: 'anchored', anchor: ctxRef.first, timex: formatDay(span.first, span.precision) };
  }
  return pubDay !== null && pubDay > from.span.first ? publicationEnd(pubDay) : null;
}

/** How far back a schedule's day may lie before the coming one is meant, and how far ahead that may be. */
const SCHEDULE_BACK = 31;
const SCHEDULE_AHEAD = 183;

function resolveExpr(expr: DateExpr, env: Env, earlier: readonly Resolved[], ctxRef: Span | null): Resolved | null {
  let from = resolveSpec(expr.spec, env);
  if (!from) return null;
  if (expr.schedule && env.pubDay !== null && from.span.first < env.pubDay - SCHEDULE_BACK) {
    const coming = resolveSpec(expr.spec, { ...env, ahead: true });
    if (coming && coming.span.first <= env.pubDay + SCHEDULE_AHEAD) {
      from = coming;
      expr.ahead = true;
    }
  }
  const resolved: Resolved = { from };
  if (expr.mod) resolved.mod = expr.mod;
  if (expr.to === 'now') {
    if (env.pubDay !== null && env.pubDay >= from.span.first) resolved.to = publicationEnd(env.pubDay);
  } else if (expr.to) {
    const to = resolveSpec(expr.to, env, from);
    if (to && to.span.last >= from.span.first) resolved.to = to;
  } else if (expr.open) {
    const to = openEnd(from, earlier, ctxRef, env.pubDay, expr.runsOn === true);
    if (to) resolved.to = to;
    else resolved.mod = 'AFTER';
  }
  return resolved;
}

/** A range counted from publication or a reference is no longer merely stated. */
function ruleOf(r: Resolved): { rule: Rule; anchor?: number } {
  const rule = r.from.rule === 'stated' && r.to ? r.to.rule : r.from.rule;
  const anchor = r.from.anchor ?? r.to?.anchor;
  return anchor === undefined ? { rule } : { rule, anchor };
}

/** The day a range end is written as (a week ends on its Sunday, a month or year on its first day). */
const rangeEndDay = (to: Resolution): number => (to.days ? to.span.last : to.span.first);

/**
 * Whether a week runs on past publication: only when the text looks ahead
 * (本周晚些时候, "later this week", 将于本周). 本周发生骚乱 in a Tuesday's paper
 * tells of the days so far.
 */
function weekRunsOn(from: Resolution, expr: DateExpr, pubDay: number): boolean {
  return from.span.last > pubDay && (expr.ahead || from.forward === true);
}

/**
 * The day a week is written to end on: one that does not run on stops at
 * publication, so nothing is dated past publication unless the text looks ahead.
 */
function weekEnd(from: Resolution, expr: DateExpr, pubDay: number | null): number {
  const last = from.span.last;
  return pubDay !== null && last > pubDay && !weekRunsOn(from, expr, pubDay) ? pubDay : last;
}

/** The days a month's end (月底, "the end of the month") spans: its last third. */
const MONTH_END_DAYS = 10;

function toValue(r: Resolved, expr: DateExpr, pubDay: number | null): DateValue {
  const { from, to } = r;
  const value: DateValue = { start: formatDay(from.span.first, from.span.precision), precision: from.span.precision };
  if (to) {
    const endDay = rangeEndDay(to);
    value.end = formatDay(endDay, to.span.precision);
    value.precision = coarser(from.span.precision, to.span.precision);
  } else {
    if (from.days) value.end = formatDay(weekEnd(from, expr, pubDay), 'day');
    value.timex = from.timex;
  }
  // A closed range shows its own extent: the part of its start (1月上旬至中旬) does not qualify the whole.
  const closed = expr.to !== undefined && expr.to !== 'now';
  const mod = r.mod ?? (closed ? undefined : from.mod);
  if (mod) value.mod = mod;
  const first = from.span.first;
  if (pubDay !== null && first > pubDay && (expr.ahead || from.forward || first > pubDay + 1)) value.future = true;
  if (pubDay !== null && !to && first === pubDay && from.span.precision === 'day' && expr.laterSameDay) value.future = true;
  // "Expected to close by the end of 2023" in a March paper: the end of a period publication falls in lies ahead.
  // So is 将于本月底前 in a mid-month paper: the month's end still to come.
  if (pubDay !== null && !to && expr.ahead && mod === 'END' && first <= pubDay && (from.span.last > pubDay + 31 || (from.span.precision === 'month' && from.span.last - MONTH_END_DAYS >= pubDay))) value.future = true;
  // 將於本月內展開, "will be held later this year": a month or year publication falls in, told ahead, lies ahead
  // (its days still to come). Told without a cue (本月推行的…) it may be what was done so far.
  if (pubDay !== null && !to && expr.ahead && !mod && first <= pubDay && from.span.last > pubDay && (from.span.precision === 'month' || from.span.precision === 'year')) value.future = true;
  // A week still running after publication (本周, this week) points ahead by its end, like a range.
  if (pubDay !== null && !to && from.days && weekRunsOn(from, expr, pubDay)) value.future = true;
  // A range still running after publication (drills from the 4th to the 7th,
  // reported on the 5th) points ahead by its end, judged like a start: the day
  // after publication may still be the writer's own day in a zone ahead of UTC.
  if (pubDay !== null && to) {
    const last = rangeEndDay(to);
    if (last > pubDay && (expr.ahead || to.forward || last > pubDay + 1)) value.future = true;
  }
  return value;
}

/** A month and day, or a holiday, with no year: which year it falls in is the resolver's guess. */
function yearless(spec: DateSpec): boolean {
  if (spec.kind === 'holiday') return spec.year === undefined;
  return spec.kind === 'calendar' && spec.year === undefined && spec.month !== undefined && 'abs' in spec.month;
}

/**
 * "10月1日至7日国庆节假期休市，A股将于10月8日恢复交易": a yearless date
 * before an ahead one in the same sentence, that read ahead too falls between
 * publication and it, belongs to the same stretch still to come, not to last year.
 */
function pullAhead(exprs: readonly DateExpr[], pubDay: number): void {
  let last = -1;
  for (let i = exprs.length - 1; i > 0; i--) if (exprs[i]!.ahead) { last = i; break; }
  if (last < 0) return;
  const aheadEnv: Env = { pubDay, references: [], ahead: true };
  const target = resolveSpec(exprs[last]!.spec, aheadEnv);
  if (!target || target.span.first <= pubDay) return;
  for (let j = 0; j < last; j++) {
    const expr = exprs[j]!;
    if (expr.ahead || !yearless(expr.spec) || expr.to === 'now') continue;
    const from = resolveSpec(expr.spec, aheadEnv);
    if (!from || from.span.first < pubDay) continue;
    const to = expr.to ? resolveSpec(expr.to, aheadEnv, from) : null;
    if ((to ?? from).span.last <= target.span.first) expr.ahead = true;
  }
}

/** Resolves a sentence's expressions; those that cannot be dated are left out. */
export function resolveExpressions(sentence: string, exprs: readonly DateExpr[], ctx: DateContext): DateMention[] {
  const pubDay = ctx.published ? utcDay(ctx.published) : null;
  if (pubDay !== null && exprs.length > 1) pullAhead(exprs, pubDay);
  const ctxRef = ctx.reference ? spanOfValue(ctx.reference) : null;
  const named = (ctx.reference as ReferenceDate | null)?.named;
  const ctxNamed = named ? spanOfValue(named) : null;
  const earlier: Resolved[] = [];
  const mentions: DateMention[] = [];
  for (const expr of exprs) {
    const sentenceOnly = expr.spec.kind === 'anchor' && expr.spec.sentenceOnly;
    const skip = expr.spec.kind === 'anchor' ? expr.spec.skip ?? 0 : 0;
    const pool = skip > 0 ? earlier.slice(0, Math.max(0, earlier.length - skip)) : earlier;
    const references = referencesFor(pool, sentenceOnly ? null : ctxNamed, sentenceOnly ? null : ctxRef);
    const resolved = resolveExpr(expr, { pubDay, references, ahead: expr.ahead }, pool, ctxRef);
    if (!resolved) continue;
    earlier.push(resolved);
    const { rule, anchor } = ruleOf(resolved);
    // `anchor` is always there, undefined when there is none: one hidden class for every mention
    // (one added afterwards made two, and compiled code meeting the other one late was thrown away).
    mentions.push({
      text: sentence.slice(expr.start, expr.end),
      start: expr.start,
      end: expr.end,
      value: toValue(resolved, expr, pubDay),
      rule,
      anchor: anchor !== undefined && rule !== 'stated' ? formatDay(anchor, 'day') : undefined,
    });
  }
  return mentions;
}
