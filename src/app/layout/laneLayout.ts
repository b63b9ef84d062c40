import type { PreparedEvent, Span } from '../data/types.ts';
import { DAY } from '../time/eventTime.ts';
import { binIntervalFor, binOf, binStart, type BinInterval } from './bins.ts';
import { firstStartingAt, type Lane } from './lanes.ts';

/** Pixel sizes the layout works to; the CSS draws marks to the same sizes. */
export const SIZES = {
  /** Narrowest column a mark or a count may have (a count is drawn a little narrower). */
  minColumn: 30,
  /** Radius of a point, plus its focus ring. */
  dot: 7,
  row: 24,
  bandRow: 20,
  /** Space between a mark and its label, and between a label and the next mark. */
  gap: 5,
  /** A label narrower than this is left out. */
  minLabel: 56,
  maxLabel: 240,
  clusterWidth: 28,
} as const;

export interface View {
  readonly window: Span;
  readonly width: number;
  /** The selected event: a count that holds it says so. */
  readonly selected?: PreparedEvent | null;
}

export interface MarkBox {
  readonly ev: PreparedEvent;
  readonly x: number;
  readonly row: number;
  /** Width available for a label, 0 when there is no room for one. */
  readonly label: number;
  /** Which side of the mark the label goes. */
  readonly side: 'left' | 'right';
}

/** Events of one day spread over columns: drawn as one group so they read as one day. */
export interface DayGroup {
  readonly key: string;
  readonly x0: number;
  readonly x1: number;
}

export interface BandBox {
  readonly ev: PreparedEvent;
  readonly x0: number;
  readonly x1: number;
  readonly row: number;
}

export interface ClusterBox {
  readonly key: string;
  readonly x: number;
  readonly count: number;
  readonly span: Span;
  /**
   * The selected event is one of its events. On a day busier than the rows can hold at the
   * deepest zoom, a link to one of its events lands on this count, which then shows it.
   */
  readonly selected: boolean;
}

export interface LaneLayout {
  readonly marks: MarkBox[];
  readonly bands: BandBox[];
  readonly clusters: ClusterBox[];
  readonly groups: DayGroup[];
}

interface Group {
  span: Span;
  count: number;
  /** Sum of the events' midpoints (from the group's start, to keep precision), for the column's place. */
  midSum: number;
  /** The events, kept only while the group may still be drawn as marks. */
  items: PreparedEvent[];
  selected: boolean;
}

// Bin of each item's midpoint, per lane and zoom level: panning at one level
// then costs a lookup per event instead of calendar arithmetic.
const binCache = new WeakMap<readonly PreparedEvent[], Map<BinInterval, Float64Array>>();

function binKeys(items: readonly PreparedEvent[], bin: BinInterval): Float64Array {
  let perLevel = binCache.get(items);
  if (!perLevel) binCache.set(items, (perLevel = new Map()));
  let keys = perLevel.get(bin);
  if (!keys) perLevel.set(bin, (keys = new Float64Array(items.length).fill(NaN)));
  return keys;
}

/**
 * Places the lane's events that fall in the window so that none overlaps:
 * bars and bands in their own rows; points grouped by calendar bins (by day
 * when zoomed in past days), stacked up to the lane's rows, spread over their
 * day in columns when the day is wide enough, and otherwise drawn as one
 * count that zooming in opens up. Cost is linear in the events in view, and
 * what is drawn is bounded by the width, not by the data.
 */
export function layoutLane(lane: Lane, view: View): LaneLayout {
  const [t0, t1] = view.window;
  const width = view.width;
  const k = width / (t1 - t0);
  const px = (t: number) => (t - t0) * k;
  const marks: MarkBox[] = [];
  const bands: BandBox[] = [];
  const clusters: ClusterBox[] = [];
  const dayGroups: DayGroup[] = [];
  if (!(width > 0) || !(t1 > t0)) return { marks, bands, clusters, groups: dayGroups };

  const bin = binIntervalFor(1 / k, SIZES.minColumn);
  const keys = binKeys(lane.items, bin);
  const groups = new Map<number, Group>();
  // A point's own day, apart from the bins: a range whose middle is a midnight has that
  // midnight's bin for its key, which is also the day's start, the key of that day's points.
  const days = new Map<number, Group>();
  const bandEnds: number[] = Array.from({ length: lane.bandRows }, () => -Infinity);
  // A group with more events than this becomes a count, so its events need not be kept:
  // at 100,000 events in view that saves keeping (and sorting) every one of them each frame.
  // (Spread over a day in columns, a day holds at most this many.)
  const keep = bin.withinDay ? lane.rows * Math.max(1, Math.floor((DAY * k) / SIZES.minColumn)) : lane.rows;
  // Events come in time order, so most share the previous one's group: skip the map then.
  let lastKey = NaN;
  let lastMap = groups;
  let last: Group | undefined;
  let lastMid = NaN;
  let lastMidKey = NaN;
  const addToGroup = (e: PreparedEvent, i: number) => {
    const own = bin.withinDay && e.shape === 'point';
    let key = own ? e.start : keys[i]!;
    if (Number.isNaN(key)) {
      // Neighbours often share a date: its bin is the one just worked out.
      const mid = (e.start + e.end) / 2;
      if (mid !== lastMid) lastMidKey = binStart(bin, (lastMid = mid));
      key = keys[i] = lastMidKey;
    }
    const map = own ? days : groups;
    let g = key === lastKey && map === lastMap ? last : map.get(key);
    if (!g) map.set(key, (g = { span: own ? [e.start, e.end] : binOf(bin, key), count: 0, midSum: 0, items: [], selected: false }));
    lastKey = key;
    lastMap = map;
    last = g;
    g.count++;
    g.midSum += (e.start + e.end) / 2 - g.span[0];
    if (g.count <= keep) g.items.push(e);
    if (e === view.selected) g.selected = true;
  };

  const from = firstStartingAt(lane.items, t0 - lane.maxLength);
  for (let i = from; i < lane.items.length; i++) {
    const e = lane.items[i]!;
    if (e.start >= t1) break;
    if (e.end <= t0) continue;
    const x0 = px(e.start);
    const x1 = px(e.end);
    if (e.shape !== 'point' && x1 - x0 >= SIZES.minColumn) {
      const row = bandEnds.findIndex((end) => end + 2 <= x0);
      if (row >= 0) {
        bandEnds[row] = x1;
        bands.push({ ev: e, x0: Math.max(x0, -8), x1: Math.min(x1, width + 8), row });
        continue;
      }
    }
    addToGroup(e, i);
  }

  const rows = lane.rows;
  const ordered = [...groups.values(), ...days.values()].sort((a, b) => a.span[0] - b.span[0]);
  // Right edge of the previous column, so a column never lands on its neighbour.
  let lastRight = -Infinity;
  for (const g of ordered) {
    const gx0 = px(g.span[0]);
    const gw = px(g.span[1]) - gx0;
    const cols = Math.ceil(g.count / rows);
    if (g.count > rows && bin.withinDay && g.count <= keep && gw / cols >= SIZES.minColumn) {
      const colWidth = gw / cols;
      g.items.sort((a, b) => a.order - b.order);
      g.items.forEach((ev, i) => {
        const x = gx0 + (Math.floor(i / rows) + 0.5) * colWidth;
        if (x > -SIZES.dot && x < width + SIZES.dot) marks.push({ ev, x, row: i % rows, label: 0, side: 'right' });
      });
      const pad = SIZES.dot + 3;
      dayGroups.push({ key: `${g.span[0]}`, x0: gx0 + colWidth / 2 - pad, x1: gx0 + gw - colWidth / 2 + pad });
      lastRight = gx0 + gw - colWidth / 2;
      continue;
    }
    // A column sits where its events are on average (a day's events on that
    // day), nudged right only when the previous column is too close.
    const x = Math.max(px(g.span[0] + g.midSum / g.count), lastRight + SIZES.minColumn);
    lastRight = x;
    if (x <= -SIZES.dot || x >= width + SIZES.dot) continue;
    if (g.count <= rows) {
      g.items.sort((a, b) => a.order - b.order);
      g.items.forEach((ev, row) => marks.push({ ev, x, row, label: 0, side: 'right' }));
    } else {
      // Its lane and both ends: a day and a bin at its midnight, or counts of the same month in two
      // lanes, would otherwise share a key, and with it the one place Tab stops at.
      clusters.push({ key: `${lane.category} ${g.span[0]} ${g.span[1]}`, x, count: g.count, span: g.span, selected: g.selected });
    }
  }
  return { marks: withLabels(marks, clusters, rows, width), bands, clusters, groups: dayGroups };
}

/**
 * Gives marks labels where there is room, row by row from the left: to the
 * right up to the next mark or count, or to the left back to what came
 * before when that side has more room (marks near the right edge).
 */
function withLabels(marks: MarkBox[], clusters: ClusterBox[], rows: number, width: number): MarkBox[] {
  const { dot, gap, minLabel, maxLabel, clusterWidth } = SIZES;
  type Obstacle = { x: number; half: number; mark: number };
  const perRow: Obstacle[][] = Array.from({ length: rows }, () => []);
  marks.forEach((m, i) => perRow[m.row]!.push({ x: m.x, half: dot, mark: i }));
  for (const c of clusters) for (const row of perRow) row.push({ x: c.x, half: clusterWidth / 2, mark: -1 });
  const out = marks.slice();
  for (const row of perRow) {
    row.sort((a, b) => a.x - b.x);
    let used = 0; // right end of what is already drawn in this row
    row.forEach((o, i) => {
      if (o.mark < 0) {
        used = o.x + o.half;
        return;
      }
      const next = row[i + 1];
      const rightEnd = Math.min(next ? next.x - next.half : width, width) - gap;
      const right = rightEnd - (o.x + dot + gap);
      const left = o.x - dot - gap - (used + gap);
      const m = out[o.mark]!;
      if (right >= minLabel && (right >= left || right >= maxLabel * 0.75)) {
        const label = Math.min(right, maxLabel);
        out[o.mark] = { ...m, label, side: 'right' };
        used = o.x + dot + gap + label;
      } else if (left >= minLabel) {
        out[o.mark] = { ...m, label: Math.min(left, maxLabel), side: 'left' };
        used = o.x + dot;
      } else {
        used = o.x + dot;
      }
    });
  }
  return out;
}

/** Whether an event is drawn on its own (not in a count) and inside the view with a margin. */
export function isShown(layout: LaneLayout, id: string, width: number, margin = SIZES.minColumn): boolean {
  for (const m of layout.marks) if (m.ev.id === id) return m.x >= margin && m.x <= width - margin;
  for (const b of layout.bands) if (b.ev.id === id) return b.x1 >= margin && b.x0 <= width - margin;
  return false;
}
