/**
 * Turns a date spec into days, counting from the publication day or a
 * reference date.
 *
 * A bare day or month (10日, 8月, 1月9日) is the latest such date on or before
 * publication day + 1 (the +1 tolerates writers in time zones ahead of UTC),
 * or, when a future cue governs it, the earliest on or after publication day.
 * A range end that lacks a year or month (至5日) is the earliest such date on
 * or after the range start.
 */
import type { TimexMod } from '../../lib/schema.ts';
import {
  addMonths, daySpan, formatDay, isoWeekday, isoWeekLabel, isValidDay, mondayOf, monthSpan, toYmd,
  yearSpan, dayNumber, type Span,
} from './calendar.ts';
import type { DateSpec, FieldRef, Side } from './expr.ts';
import { holidayDay } from './lexicon.ts';

export interface Env {
  /** Publication day (UTC), or null when unknown. */
  pubDay: number | null;
  /** Dates anchors count from, nearest first: earlier in the sentence, then the context's reference. */
  references: readonly Span[];
  /** A future cue governs the expression. */
  ahead: boolean;
}

export type Rule = 'stated' | 'publication' | 'anchored';

export interface Resolution {
  span: Span;
  rule: Rule;
  /** Day number counted from, for `publication` and `anchored`. */
  anchor?: number;
  /** A relative word that points past publication (明天, 下周, next year). */
  forward?: boolean;
  /** Written with a start and an end day: a week, a weekend, the rest of a month ("later this month"). */
  days?: boolean;
  timex: string;
  mod?: TimexMod;
}

/** A resolution before its TIMEX value is written. */
type Found = Omit<Resolution, 'timex'>;

/** Which occurrence of a partly given date to take. */
type Direction = { latest: number } | { earliest: number };

type Basis = { direction: Direction; rule: Rule; anchor?: number };

/** How far to look for a bare date: a 29 February can be eight years back. */
const YEARS_TO_SEARCH = 8;
const MONTHS_TO_SEARCH = 24;

function fits(span: Span, direction: Direction): boolean {
  return 'latest' in direction ? span.first <= direction.latest : span.last >= direction.earliest;
}

function pivotOf(direction: Direction): number {
  return 'latest' in direction ? direction.latest : direction.earliest;
}

function searchYears(build: (y: number) => Span | null, direction: Direction): Span | null {
  const pivot = toYmd(pivotOf(direction)).y;
  const step = 'latest' in direction ? -1 : 1;
  for (let k = 0; k <= YEARS_TO_SEARCH; k++) {
    const span = build(pivot + step * k);
    if (span && fits(span, direction)) return span;
  }
  return null;
}

function searchMonths(day: number, direction: Direction): Span | null {
  const pivot = toYmd(pivotOf(direction));
  const step = 'latest' in direction ? -1 : 1;
  for (let k = 0; k <= MONTHS_TO_SEARCH; k++) {
    const { y, m } = addMonths(pivot, step * k);
    if (!isValidDay(y, m, day)) continue;
    const span = daySpan(dayNumber(y, m, day));
    if (fits(span, direction)) return span;
  }
  return null;
}

/**
 * Where a partly given date is counted from: the range start, or publication
 * (+1 day looking back; a strict English "last"/"next" skips the current unit).
 */
function basisFor(env: Env, after: Resolution | undefined, strictLimit?: (pub: number) => Direction): Basis | null {
  if (after) {
    const basis: Basis = { direction: { earliest: after.span.first }, rule: after.rule };
    if (after.anchor !== undefined) basis.anchor = after.anchor;
    return basis;
  }
  if (env.pubDay === null) return null;
  const pub = env.pubDay;
  const direction = strictLimit ? strictLimit(pub) : env.ahead ? { earliest: pub } : { latest: pub + 1 };
  return { direction, rule: 'publication', anchor: pub };
}

function reference(env: Env, usable: (s: Span) => boolean): Span | null {
  return env.references.find(usable) ?? null;
}

interface FixedField {
  y: number;
  m: number;
  rule: Rule;
  anchor?: number;
  forward: boolean;
}

/** A year (or month) given outright, counted from publication, or the reference's own. */
function fixField(ref: FieldRef, env: Env, unit: 'year' | 'month'): FixedField | null {
  if ('abs' in ref) return { y: ref.abs, m: 1, rule: 'stated', forward: false };
  if ('rel' in ref) {
    if (env.pubDay === null) return null;
    const pub = toYmd(env.pubDay);
    const ym = unit === 'year' ? { y: pub.y + ref.rel, m: 1 } : addMonths(pub, ref.rel);
    return { y: ym.y, m: ym.m, rule: 'publication', anchor: env.pubDay, forward: ref.rel > 0 };
  }
  const span = ref.fallback && env.ahead ? null : reference(env, (s) => unit === 'year' || s.precision !== 'year');
  if (!span) return ref.fallback ? fixField({ rel: ref.shift ?? 0 }, env, unit) : null;
  const given = toYmd(span.first);
  const shift = ref.shift ?? 0;
  const { y, m } = unit === 'year' ? { y: given.y + shift, m: given.m } : addMonths(given, shift);
  return { y, m, rule: 'anchored', anchor: span.first, forward: false };
}

function calendarSpan(y: number, m: number | undefined, d: number | undefined): Span | null {
  if (m === undefined) return yearSpan(y);
  if (d === undefined) return m >= 1 && m <= 12 ? monthSpan(y, m) : null;
  return isValidDay(y, m, d) ? daySpan(dayNumber(y, m, d)) : null;
}

function withRule(span: Span | null, rule: Rule, anchor: number | undefined, forward = false): Found | null {
  if (!span) return null;
  const result: Found = { span, rule, forward };
  if (anchor !== undefined) result.anchor = anchor;
  return result;
}

type CalendarSpec = Extract<DateSpec, { kind: 'calendar' }>;

function resolveCalendar(c: CalendarSpec, env: Env, after?: Resolution): Found | null {
  const month = c.month && 'abs' in c.month ? c.month.abs : undefined;
  if (c.year) {
    const year = fixField(c.year, env, 'year');
    if (!year || (c.month && month === undefined)) return null;
    return withRule(calendarSpan(year.y, month, c.day), year.rule, year.anchor, year.forward);
  }
  if (c.month && month === undefined) {
    const fixed = fixField(c.month, env, 'month');
    if (!fixed) return null;
    return withRule(calendarSpan(fixed.y, fixed.m, c.day), fixed.rule, fixed.anchor, fixed.forward);
  }
  const strict = c.strict && month !== undefined ? strictMonth(c.strict) : undefined;
  const basis = basisFor(env, after, strict);
  if (!basis) return null;
  const span =
    month !== undefined
      ? withWeekday(searchYears((y) => calendarSpan(y, month, c.day), basis.direction), month, c, env.pubDay)
      : c.day !== undefined
        ? searchMonths(c.day, basis.direction)
        : null;
  return withRule(span, basis.rule, basis.anchor);
}

/**
 * "Friday 28 October" with no year: the year in which 28 October is a Friday,
 * of the one found and the years either side, the nearest publication. A
 * weekday that fits none of them is left unheeded.
 */
function withWeekday(found: Span | null, month: number, c: CalendarSpec, pubDay: number | null): Span | null {
  if (!found || c.weekday === undefined || c.day === undefined || isoWeekday(found.first) === c.weekday) return found;
  const y = toYmd(found.first).y;
  const pivot = pubDay ?? found.first;
  let best: Span | null = null;
  for (const year of [y - 1, y + 1]) {
    const span = calendarSpan(year, month, c.day);
    if (!span || isoWeekday(span.first) !== c.weekday) continue;
    if (!best || Math.abs(span.first - pivot) < Math.abs(best.first - pivot)) best = span;
  }
  return best ?? found;
}

/** English "last August" skips the current month; "next August" too. */
function strictMonth(strict: -1 | 1): (pub: number) => Direction {
  return (pub) => {
    const { y, m } = toYmd(pub);
    const current = monthSpan(y, m);
    return strict < 0 ? { latest: current.first - 1 } : { earliest: current.last + 1 };
  };
}

function resolveHoliday(spec: Extract<DateSpec, { kind: 'holiday' }>, env: Env, after?: Resolution): Found | null {
  const onYear = (y: number): Span | null => {
    const day = holidayDay(spec.holiday, y);
    return day === null ? null : daySpan(day);
  };
  if (spec.year) {
    const year = fixField(spec.year, env, 'year');
    return year ? withRule(onYear(year.y), year.rule, year.anchor, year.forward) : null;
  }
  const basis = basisFor(env, after);
  return basis ? withRule(searchYears(onYear, basis.direction), basis.rule, basis.anchor) : null;
}

const latestWeekday = (day: number, weekday: number): number => day - ((isoWeekday(day) - weekday + 7) % 7);
const earliestWeekday = (day: number, weekday: number): number => day + ((weekday - isoWeekday(day) + 7) % 7);

function resolveWeekday(spec: Extract<DateSpec, { kind: 'weekday' }>, env: Env, after?: Resolution): Found | null {
  if (spec.anchored !== undefined) {
    const ref = reference(env, (s) => s.precision === 'day');
    if (!ref) return null;
    const day = spec.anchored > 0 ? earliestWeekday(ref.last + 1, spec.weekday) : latestWeekday(ref.first - 1, spec.weekday);
    return { span: daySpan(day), rule: 'anchored', anchor: ref.first };
  }
  if (after && spec.week === null && spec.strict === undefined) {
    const day = earliestWeekday(after.span.first, spec.weekday);
    return withRule(daySpan(day), after.rule, after.anchor);
  }
  const pub = env.pubDay;
  if (pub === null) return null;
  let day: number;
  if (spec.week !== null) day = mondayOf(pub) + 7 * spec.week + spec.weekday - 1;
  else if (spec.strict === -1) day = latestWeekday(pub - 1, spec.weekday);
  else if (spec.strict === 1) day = earliestWeekday(pub + 1, spec.weekday);
  else day = env.ahead ? earliestWeekday(pub, spec.weekday) : latestWeekday(pub, spec.weekday);
  const explicit = spec.week !== null || spec.strict === 1;
  return { span: daySpan(day), rule: 'publication', anchor: pub, forward: explicit && day > pub };
}

function resolveOther(spec: DateSpec, env: Env): Resolution | null {
  const pub = env.pubDay;
  if (spec.kind === 'week') {
    if (pub === null) return null;
    // "Over the weekend" in a Monday paper is the one just past; told ahead, the coming one.
    const week = spec.nearest && !env.ahead && isoWeekday(pub) < 6 ? -1 : spec.week;
    const monday = mondayOf(pub) + 7 * week;
    let first = spec.weekend ? monday + 5 : monday;
    let last = monday + 6;
    // Publication splits the week it falls in: what came before it, what is still to come.
    const splits = pub >= first && pub < last;
    if (splits && spec.side === 'earlier') last = pub;
    if (splits && spec.side === 'later') first = pub + 1;
    const label = isoWeekLabel(monday);
    return {
      span: { first, last, precision: 'day' },
      // A weekend of this week still wholly to come (本週末 in a Friday paper) lies ahead as a whole.
      rule: 'publication', anchor: pub, forward: week > 0 || spec.side === 'later' || first > pub, days: true,
      timex: spec.weekend ? `${label}-WE` : label,
    };
  }
  if (spec.kind === 'shift') {
    if (pub === null) return null;
    const day = pub + spec.n * (spec.unit === 'week' ? 7 : 1);
    const timex = formatDay(day, 'day');
    const result: Resolution = { span: daySpan(day), rule: 'publication', anchor: pub, forward: spec.n > 0, timex };
    if (spec.unit === 'week') result.mod = 'APPROX';
    return result;
  }
  if (spec.kind === 'anchor') {
    const ref = reference(env, (s) => s.precision === 'day');
    if (ref) {
      // A stretch that runs up to publication ("held since July 26") has no day
      // after it yet: "the next day" counts from its start.
      const upToNow = pub !== null && ref.last === pub && ref.first < ref.last;
      const day = spec.n > 0 && !upToNow ? ref.last + spec.n : ref.first + spec.n;
      return { span: daySpan(day), rule: 'anchored', anchor: ref.first, timex: formatDay(day, 'day') };
    }
    if (!spec.publicationFallback || pub === null) return null;
    const shift = spec.fallbackShift ?? spec.n;
    const day = pub + shift;
    return { span: daySpan(day), rule: 'publication', anchor: pub, forward: shift > 0, timex: formatDay(day, 'day') };
  }
  return null;
}

/** Resolves a spec; `after` makes it a range end counted from the range start. */
export function resolveSpec(spec: DateSpec, env: Env, after?: Resolution): Resolution | null {
  let base: Found | null;
  switch (spec.kind) {
    case 'calendar':
      base = resolveCalendar(spec, env, after);
      break;
    case 'holiday':
      base = resolveHoliday(spec, env, after);
      break;
    case 'weekday':
      base = resolveWeekday(spec, env, after);
      break;
    default:
      return resolveOther(spec, env);
  }
  if (!base) return null;
  const result = base as Resolution;
  result.timex = formatDay(base.span.first, base.span.precision);
  if (spec.kind === 'calendar' && spec.part) result.mod = spec.part;
  if (spec.kind === 'calendar' && spec.side && env.pubDay !== null) splitAtPublication(result, spec.side, env.pubDay);
  return result;
}

/**
 * "Earlier this month", "later this year": publication splits the period it
 * falls in, and only one side of it is meant, written day to day (the TIMEX
 * value stays the whole period's). "Later" points ahead.
 */
function splitAtPublication(result: Resolution, side: Side, pub: number): void {
  const { first, last } = result.span;
  if (side === 'earlier' && first < pub && pub <= last) result.span = { first, last: pub, precision: 'day' };
  else if (side === 'later' && first <= pub && pub < last) result.span = { first: pub + 1, last, precision: 'day' };
  else return;
  result.days = true;
  if (side === 'later') result.forward = true;
}

/** Whether a spec can be resolved with no context at all (stated in full). */
export function isStated(spec: DateSpec): boolean {
  if (spec.kind === 'calendar') return spec.year !== undefined && 'abs' in spec.year;
  if (spec.kind === 'holiday') return spec.year !== undefined && 'abs' in spec.year;
  return false;
}

/** Whether a spec needs a reference date (当天, 次日, 同年). */
export function needsReference(spec: DateSpec): boolean {
  if (spec.kind === 'anchor') return true;
  if (spec.kind === 'weekday') return spec.anchored !== undefined;
  if (spec.kind === 'calendar' || spec.kind === 'holiday') {
    const fields = [spec.year, spec.kind === 'calendar' ? spec.month : undefined];
    return fields.some((f) => f !== undefined && 'same' in f && !f.fallback);
  }
  return false;
}

/** Whether a range end is dated from its start alone (至5日, 至10月, 至周五), needing no publication date. */
export function countsFromStart(spec: DateSpec): boolean {
  const given = (f: FieldRef | undefined): boolean => f === undefined || 'abs' in f;
  if (spec.kind === 'calendar') return given(spec.year) && given(spec.month) && !spec.strict;
  if (spec.kind === 'holiday') return given(spec.year);
  return spec.kind === 'weekday' && spec.week === null && spec.strict === undefined && spec.anchored === undefined;
}
