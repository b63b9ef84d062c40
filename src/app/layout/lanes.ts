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
  // Plain records per category rather than maps looked up per event: this runs over every event at load.
  type Tally = { busiest: number; overlap: number; runStart: number; run: number; openEnds: number[] };
  const tallies = new Map<Category, Tally>();
  let last: Tally | undefined;
  let lastCategory: Category | undefined;
  for (const e of events) {
    if (!e.dated) continue;
    let t = e.category === lastCategory ? last : tallies.get(e.category);
    if (!t) tallies.set(e.category, (t = { busiest: 0, overlap: 0, runStart: NaN, run: 0, openEnds: [] }));
    last = t;
    lastCategory = e.category;
    if (e.shape === 'point') {
      t.run = t.runStart === e.start ? t.run + 1 : 1;
      t.runStart = e.start;
      if (t.run > t.busiest) t.busiest = t.run;
    } else if (t.overlap < MAX_BAND_ROWS) {
      // Once a category needs every bar row it may have, more overlap changes nothing: stop
      // counting (a year band under thousands of others made this quadratic at 100,000 events).
      const ends = t.openEnds.filter((end) => end > e.start);
      ends.push(e.end);
      t.openEnds = ends;
      if (ends.length > t.overlap) t.overlap = ends.length;
    }
  }
  const shapes = new Map<Category, LaneShape>();
  for (const [c, t] of tallies) {
    shapes.set(c, {
      rows: Math.min(Math.max(t.busiest, 1), MAX_ROWS),
      bandRows: Math.min(t.overlap, MAX_BAND_ROWS),
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
