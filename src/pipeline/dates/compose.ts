/**
 * Joins Chinese date atoms that stand side by side into one expression
 * (2022 年 + 1 月 + 9 日, 去年 + 8月, 今年 + 春节) and reads the words that
 * qualify it right after (左右, 前后 → APPROX; 以前/之前 → BEFORE; 以后/之后 → AFTER).
 */
import type { TimexMod } from '../../lib/schema.ts';
import type { DateSpec } from './expr.ts';
import type { Atom, CalendarFields } from './patterns.ts';

export interface Unit {
  start: number;
  end: number;
  spec: DateSpec;
  mod?: TimexMod;
}

type CalendarAtom = Extract<Atom, { kind: 'calendar' }>;

const ONLY_SPACES = /^[ \t\u00a0\u3000]*$/;

/** A year may be tied to what it dates by 的: 5年前的9月28日, 去年的春节 (the year sets the date's year). */
const YEAR_LINK = /^[ \t\u00a0\u3000]*的[ \t\u00a0\u3000]*$/;

function adjacent(text: string, last: CalendarAtom, start: number): boolean {
  const between = text.slice(last.end, start);
  return ONLY_SPACES.test(between) || (last.unit === 'year' && YEAR_LINK.test(between));
}

/** Whether `next` can extend `current`: year → month → day, or year → holiday. */
function extend(current: CalendarAtom, next: Atom): CalendarAtom | Extract<Atom, { kind: 'holiday' }> | null {
  const f = current.fields;
  if (f.part !== undefined || f.day !== undefined) return null;
  if (next.kind === 'holiday') {
    if (current.unit !== 'year') return null;
    const spec: Extract<DateSpec, { kind: 'holiday' }> = { kind: 'holiday', holiday: next.spec.holiday };
    if (f.year) spec.year = f.year;
    return { kind: 'holiday', start: current.start, end: next.end, spec };
  }
  if (next.kind !== 'calendar') return null;
  const g = next.fields;
  if (current.unit === 'year' && next.unit === 'month' && g.month && 'abs' in g.month) {
    const fields = { year: f.year, month: g.month, part: g.part };
    const joined: CalendarAtom = { kind: 'calendar', start: current.start, end: next.end, unit: 'month', fields };
    if (next.weak) joined.weak = true;
    return joined;
  }
  if (current.unit === 'month' && next.unit === 'day' && g.day !== undefined) {
    // Joined, a weak month or day is backed by its neighbour.
    const fields = { year: f.year, month: f.month, day: g.day };
    return { kind: 'calendar', start: current.start, end: next.end, unit: 'day', fields };
  }
  return null;
}

function calendarSpec(fields: CalendarFields): DateSpec {
  const spec: Extract<DateSpec, { kind: 'calendar' }> = { kind: 'calendar' };
  if (fields.year) spec.year = fields.year;
  if (fields.month) spec.month = fields.month;
  if (fields.day !== undefined) spec.day = fields.day;
  if (fields.part) spec.part = fields.part;
  return spec;
}

const QUALIFIER = /^[ \t\u00a0\u3000]*(左右|前后|以前|之前|以后|之后)/;
const QUALIFIER_MOD: Record<string, TimexMod> = {
  左右: 'APPROX', 前后: 'APPROX', 以前: 'BEFORE', 之前: 'BEFORE', 以后: 'AFTER', 之后: 'AFTER',
};

function qualify(unit: Unit, text: string): Unit {
  if (unit.spec.kind === 'shift' || unit.spec.kind === 'anchor') return unit;
  // 下周初, 本周初: the first days of the week, like 月初 of a month.
  if (unit.spec.kind === 'week' && !unit.spec.weekend && unit.spec.side === undefined && text[unit.end] === '初') {
    return { start: unit.start, end: unit.end + 1, spec: unit.spec, mod: 'START' };
  }
  const match = QUALIFIER.exec(text.slice(unit.end, unit.end + 8));
  if (!match) return unit;
  return { start: unit.start, end: unit.end + match[0].length, spec: unit.spec, mod: QUALIFIER_MOD[match[1]!]! };
}

/**
 * 今天週日上午, 昨天周六: a relative day and the weekday that names it, side
 * by side, are one expression (the relative day's), written with both words.
 */
function dayThenWeekday(text: string, last: Atom, next: Atom): boolean {
  return (
    last.kind === 'other' && last.spec.kind === 'shift' && last.spec.unit === 'day' &&
    next.kind === 'other' && next.spec.kind === 'weekday' && next.spec.week === null &&
    ONLY_SPACES.test(text.slice(last.end, next.start))
  );
}


/** Atoms in sentence order → expressions, each with its qualifier. */
export function composeUnits(atoms: readonly Atom[], text: string): Unit[] {
  const chained: Atom[] = [];
  for (const atom of atoms) {
    const last = chained[chained.length - 1];
    const joined = last?.kind === 'calendar' && adjacent(text, last, atom.start) ? extend(last, atom) : null;
    if (joined) chained[chained.length - 1] = joined;
    else if (last && dayThenWeekday(text, last, atom)) chained[chained.length - 1] = { ...last, end: atom.end };
    else chained.push(atom);
  }
  const units: Unit[] = [];
  for (const atom of chained) {
    if (atom.kind === 'calendar' && atom.weak) continue;
    const spec = atom.kind === 'calendar' ? calendarSpec(atom.fields) : atom.spec;
    units.push(qualify({ start: atom.start, end: atom.end, spec }, text));
  }
  return units;
}
