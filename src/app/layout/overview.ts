import type { PreparedEvent, Span } from '../data/types.ts';

/** Events per column across the domain, by each event's midpoint: the overview strip's histogram. */
export function histogram(events: readonly PreparedEvent[], domain: Span, columns: number): number[] {
  const counts = new Array<number>(Math.max(0, Math.floor(columns))).fill(0);
  const [d0, d1] = domain;
  if (counts.length === 0 || !(d1 > d0)) return counts;
  const k = counts.length / (d1 - d0);
  for (const e of events) {
    if (!e.dated) continue;
    const i = Math.floor(((e.start + e.end) / 2 - d0) * k);
    if (i >= 0 && i < counts.length) counts[i]!++;
  }
  return counts;
}

/**
 * The histogram's columns as one SVG path, a closed rectangle per non-empty
 * column (`column` px apart, 1 px of gap), standing on the strip's floor at
 * `height`. Square-root heights keep one lone event visible beside a crowded
 * day; `minimum` keeps it at least that tall. One path instead of an element
 * per column: a strip a thousand columns wide then costs one node to make.
 */
export function histogramPath(counts: readonly number[], column: number, height: number, minimum = 5): string {
  let max = 1;
  for (const n of counts) if (n > max) max = n;
  let d = '';
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i]!;
    if (n <= 0) continue;
    const h = Math.max(minimum, Math.round((Math.sqrt(n) / Math.sqrt(max)) * (height - 4) * 10) / 10);
    d += `M${i * column},${height - h}h${column - 1}v${h}h${1 - column}z`;
  }
  return d;
}

/** Dated events sorted by start and by end, so counts outside a window are two binary searches. */
export interface EdgeIndex {
  readonly byStart: readonly PreparedEvent[];
  readonly byEnd: readonly PreparedEvent[];
}

export function edgeIndex(events: readonly PreparedEvent[]): EdgeIndex {
  const dated = events.filter((e) => e.dated);
  // Events come in time order already (by start, then order), so by start needs no sort as a rule;
  // by end is nearly that order too, which the (adaptive) sort finds quickly.
  const inOrder = dated.every((e, i) => i === 0 || dated[i - 1]!.start < e.start || (dated[i - 1]!.start === e.start && dated[i - 1]!.order < e.order));
  const byStart = inOrder ? dated : [...dated].sort((a, b) => a.start - b.start || a.order - b.order);
  return { byStart, byEnd: [...dated].sort((a, b) => a.end - b.end || a.order - b.order) };
}

function firstAtLeast(list: readonly PreparedEvent[], key: 'start' | 'end', t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![key] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many events end before the window and start after it, and the nearest of each. */
export function outside(idx: EdgeIndex, w: Span) {
  const before = firstAtLeast(idx.byEnd, 'end', w[0] + 1);
  const after = firstAtLeast(idx.byStart, 'start', w[1]);
  return {
    earlier: before,
    later: idx.byStart.length - after,
    lastBefore: idx.byEnd[before - 1] ?? null,
    firstAfter: idx.byStart[after] ?? null,
  };
}
