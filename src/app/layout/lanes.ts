import type { Category } from '../../lib/schema.ts';
import type { PreparedEvent } from '../data/types.ts';

/** Rows a lane gives to points and to bars/bands, fixed per data load so lanes never jump while zooming. */
export interface LaneShape {
  readonly rows: number;
  readonly bandRows: number;
}

export interface Lane extends LaneShape {
  readonly category: Category;
  /** Dated events of the lane, in time order (by start). */
  readonly items: readonly PreparedEvent[];
  /** The longest event, so a window search can find bands that began before it. */
  readonly maxLength: number;
}

export const MAX_ROWS = 4;
export const MAX_BAND_ROWS = 2;

/**
 * How many rows each category needs: as many as its busiest day has points
 * (at most four; more become columns or a count), and as many bar rows as
 * its ranges and bands overlap (at most two).
 */
export function laneShapes(events: readonly PreparedEvent[]): Map<Category, LaneShape> {
  const busiest = new Map<Category, number>();
  const overlap = new Map<Category, number>();
  const run = new Map<Category, { start: number; n: number }>();
  const openEnds = new Map<Category, number[]>();
  for (const e of events) {
    if (!e.dated) continue;
    if (e.shape === 'point') {
      const r = run.get(e.category);
      const n = r && r.start === e.start ? r.n + 1 : 1;
      run.set(e.category, { start: e.start, n });
      busiest.set(e.category, Math.max(busiest.get(e.category) ?? 0, n));
    } else {
      const ends = (openEnds.get(e.category) ?? []).filter((end) => end > e.start);
      ends.push(e.end);
      openEnds.set(e.category, ends);
      overlap.set(e.category, Math.max(overlap.get(e.category) ?? 0, ends.length));
    }
  }
  const shapes = new Map<Category, LaneShape>();
  for (const c of new Set([...busiest.keys(), ...overlap.keys()])) {
    shapes.set(c, {
      rows: Math.min(Math.max(busiest.get(c) ?? 1, 1), MAX_ROWS),
      bandRows: Math.min(overlap.get(c) ?? 0, MAX_BAND_ROWS),
    });
  }
  return shapes;
}

/** One lane per category, in the given order, holding the dated events passed in. */
export function buildLanes(
  events: readonly PreparedEvent[],
  categories: readonly Category[],
  shapes: ReadonlyMap<Category, LaneShape>,
): Lane[] {
  const items = new Map<Category, PreparedEvent[]>(categories.map((c) => [c, []]));
  for (const e of events) if (e.dated) items.get(e.category)?.push(e);
  return categories.map((category) => {
    const list = items.get(category)!;
    let maxLength = 0;
    for (const e of list) maxLength = Math.max(maxLength, e.end - e.start);
    return { category, items: list, maxLength, ...(shapes.get(category) ?? { rows: 1, bandRows: 0 }) };
  });
}

/** Index of the first item with start >= t (items sorted by start). */
export function firstStartingAt(items: readonly PreparedEvent[], t: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
