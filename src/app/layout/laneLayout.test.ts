import { describe, expect, it } from 'vitest';
import type { PreparedEvent, Shape } from '../data/types.ts';
import { DAY, prefixSpan } from '../time/eventTime.ts';
import { isShown, layoutLane, SIZES } from './laneLayout.ts';
import { buildLanes, laneShapes, type Lane } from './lanes.ts';
import { revealWindow } from './reveal.ts';
import { limitsFor } from './window.ts';

const ms = (iso: string) => Date.parse(iso);
let n = 0;
function ev(start: string, end = start): PreparedEvent {
  const [a] = prefixSpan(start)!;
  const [, b] = prefixSpan(end)!;
  const shape: Shape = start.length < 10 ? 'band' : end !== start ? 'range' : 'point';
  const id = `e${n}`;
  return { id, order: n++, start: a, end: b, dated: true, shape, category: 'statement', precision: 'day' } as PreparedEvent;
}
function lane(events: PreparedEvent[]): Lane {
  const sorted = [...events].sort((x, y) => x.start - y.start || x.order - y.order);
  return buildLanes(sorted, ['statement'], laneShapes(sorted))[0]!;
}
const jan = (d: number) => `2022-01-${String(d).padStart(2, '0')}`;
const tenDays = { window: [ms('2022-01-01'), ms('2022-01-11')] as const, width: 1000 };

/** No two marks in a row may overlap, nor a mark and a count. */
function assertNoOverlap(l: ReturnType<typeof layoutLane>) {
  const byRow = new Map<number, number[]>();
  for (const m of l.marks) byRow.set(m.row, [...(byRow.get(m.row) ?? []), m.x]);
  for (const xs of byRow.values()) {
    xs.sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(SIZES.minColumn - 1e-9);
  }
  for (const c of l.clusters) for (const m of l.marks) expect(Math.abs(c.x - m.x)).toBeGreaterThanOrEqual(SIZES.minColumn - 1e-9);
}

describe('layoutLane', () => {
  it('stacks events of one day in rows at the middle of the day', () => {
    const l = layoutLane(lane([ev(jan(10)), ev(jan(10)), ev(jan(10))]), tenDays);
    expect(l.marks.map((m) => m.row)).toEqual([0, 1, 2]);
    expect(new Set(l.marks.map((m) => m.x))).toEqual(new Set([950]));
    expect(l.clusters).toEqual([]);
  });

  it('spreads a busy day into columns when the day is wide enough', () => {
    const day = Array.from({ length: 9 }, () => ev(jan(10)));
    const l = layoutLane(lane([...day, ev(jan(9))]), tenDays); // 100 px a day, three rows
    expect(l.marks.filter((m) => m.ev.start === ms(jan(10)))).toHaveLength(9);
    expect(l.clusters).toEqual([]);
    assertNoOverlap(l);
  });

  it('counts a day it cannot spread, and opens it when zoomed in', () => {
    const day = Array.from({ length: 20 }, () => ev(jan(10)));
    const ln = lane(day);
    const l = layoutLane(ln, tenDays);
    expect(l.marks).toEqual([]);
    expect(l.clusters).toMatchObject([{ count: 20 }]);
    const zoomed = layoutLane(ln, { window: [ms(jan(10)), ms(jan(11))], width: 1000 });
    expect(zoomed.marks).toHaveLength(20);
    assertNoOverlap(zoomed);
  });

  it("spreads a busy day even when a range's middle falls on that day's midnight", () => {
    // Three two-day ranges (two bar rows at most) centred on 10 Jan 00:00: the third is a point
    // in a count whose key was the day's own; the day then took that bin's few minutes for its span.
    const ranges = [ev(jan(9), jan(10)), ev(jan(9), jan(10)), ev(jan(9), jan(10))];
    const day = Array.from({ length: 20 }, () => ev(jan(10)));
    const l = layoutLane(lane([...ranges, ...day]), { window: [ms(jan(10)), ms(jan(11))], width: 1000 });
    expect(l.marks.filter((m) => day.includes(m.ev))).toHaveLength(20);
    assertNoOverlap(l);
  });

  it('keys a day and a bin that start at the same midnight apart (one Tab stop each)', () => {
    const ranges = Array.from({ length: 10 }, () => ev(jan(9), jan(10)));
    const day = Array.from({ length: 20 }, () => ev(jan(10)));
    const l = layoutLane(lane([...ranges, ...day]), tenDays);
    const atMidnight = l.clusters.filter((c) => c.span[0] === ms(jan(10)));
    expect(atMidnight).toHaveLength(2);
    expect(atMidnight[0]!.key).not.toBe(atMidnight[1]!.key);
  });

  it('says which count holds the selected event, and none when it is drawn on its own', () => {
    const day = Array.from({ length: 20 }, () => ev(jan(10)));
    const other = Array.from({ length: 20 }, () => ev(jan(5)));
    const ln = lane([...other, ...day]);
    const picked = day[7]!;
    const l = layoutLane(ln, { ...tenDays, selected: picked });
    expect(l.clusters.map((c) => [c.count, c.selected])).toEqual([
      [20, false],
      [20, true],
    ]);
    expect(layoutLane(ln, tenDays).clusters.every((c) => !c.selected)).toBe(true);
    const zoomed = layoutLane(ln, { window: [ms(jan(10)), ms(jan(11))], width: 1000, selected: picked });
    expect(zoomed.clusters).toEqual([]);
    expect(zoomed.marks.some((m) => m.ev === picked)).toBe(true);
  });

  it('draws ranges and months as bars when they are wide enough, points when not', () => {
    const range = ev(jan(1), jan(10));
    const month = ev('2021-08');
    const ln = lane([range, month, ev(jan(5))]);
    const l = layoutLane(ln, tenDays);
    expect(l.bands.map((b) => b.ev.id)).toEqual([range.id]);
    expect(l.bands[0]).toMatchObject({ x0: 0, x1: 1000 });
    const decade = layoutLane(ln, { window: [ms('2013-01-01'), ms('2023-01-01')], width: 1000 });
    expect(decade.bands).toEqual([]);
    expect(decade.marks.length + decade.clusters.reduce((s, c) => s + c.count, 0)).toBe(3);
  });

  it('leaves out events outside the window but keeps bands that began before it', () => {
    const l = layoutLane(lane([ev('2021-12-01', jan(20)), ev('2021-12-25'), ev(jan(20))]), tenDays);
    expect(l.bands).toHaveLength(1);
    expect(l.marks).toEqual([]);
  });

  it('gives a label only the room up to the next mark in its row', () => {
    // Marks at 150, 550 and 750 px.
    const l = layoutLane(lane([ev(jan(2)), ev(jan(6)), ev(jan(8))]), tenDays);
    const [a, b, c] = [...l.marks].sort((x, y) => x.x - y.x);
    expect(a).toMatchObject({ side: 'right', label: SIZES.maxLabel });
    expect(b).toMatchObject({ side: 'right' });
    expect(b!.x + SIZES.dot + SIZES.gap + b!.label).toBeLessThanOrEqual(c!.x - SIZES.dot);
    expect(c).toMatchObject({ side: 'right' });
    expect(c!.x + SIZES.dot + SIZES.gap + c!.label).toBeLessThanOrEqual(1000);
  });

  it('puts the label on the left of a mark near the right edge', () => {
    const l = layoutLane(lane([ev(jan(10))]), tenDays);
    expect(l.marks[0]).toMatchObject({ side: 'left', label: SIZES.maxLabel });
  });

  it('never lets two labels in a row overlap', () => {
    const l = layoutLane(lane([ev(jan(3)), ev(jan(5)), ev(jan(6)), ev(jan(10))]), tenDays);
    const spans = l.marks
      .filter((m) => m.label > 0)
      .map((m) => (m.side === 'right' ? [m.x - SIZES.dot, m.x + SIZES.dot + SIZES.gap + m.label] : [m.x - SIZES.dot - SIZES.gap - m.label, m.x + SIZES.dot]))
      .sort((a, b) => a[0]! - b[0]!);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]!);
  });

  it('marks a day spread over columns as one group', () => {
    const l = layoutLane(lane(Array.from({ length: 5 }, () => ev(jan(10)))), tenDays);
    expect(l.groups).toHaveLength(1);
    const xs = l.marks.map((m) => m.x);
    expect(l.groups[0]!.x0).toBeLessThan(Math.min(...xs));
    expect(l.groups[0]!.x1).toBeGreaterThan(Math.max(...xs));
  });

  it('draws a bounded number of things however many events there are', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ev(jan(1 + (i % 20))));
    const ln = lane(many);
    const l = layoutLane(ln, { window: [ms('2022-01-01'), ms('2022-01-21')], width: 1000 });
    expect(l.marks.length + l.clusters.length).toBeLessThan(200);
    expect(l.marks.length + l.clusters.reduce((s, c) => s + c.count, 0)).toBe(10_000);
    assertNoOverlap(l);
  });
});

describe('revealWindow', () => {
  it('leaves the window alone when the event is already shown', () => {
    const e = ev(jan(5));
    const ln = lane([e]);
    const w = revealWindow(ln, e, tenDays.window, 1000, limitsFor([ms(jan(1)), ms(jan(11))]));
    expect(w).toEqual(tenDays.window);
  });

  it('pans to an event out of view and zooms into its count', () => {
    const crowd = Array.from({ length: 30 }, () => ev('2022-03-03'));
    const ln = lane([ev(jan(5)), ...crowd]);
    const target = crowd[17]!;
    const limits = limitsFor([ms(jan(1)), ms('2022-03-04')]);
    const w = revealWindow(ln, target, tenDays.window, 1000, limits);
    expect(isShown(layoutLane(ln, { window: w, width: 1000 }), target.id, 1000)).toBe(true);
    expect(w[1] - w[0]).toBeLessThan(10 * DAY);
  });

  it("finds an event's own column on a day too busy to show whole, away from the day's middle", () => {
    // Spread over its day in columns by order, the sixth of 240 events sits early in the day:
    // a window centred on the day's middle never shows it, however far it zooms.
    const crowd = Array.from({ length: 240 }, () => ev('2022-03-03'));
    const ln = lane([ev(jan(5)), ...crowd]);
    const limits = limitsFor([ms(jan(1)), ms('2022-03-04')]);
    for (const target of [crowd[5]!, crowd[230]!]) {
      const w = revealWindow(ln, target, tenDays.window, 1000, limits);
      expect(isShown(layoutLane(ln, { window: w, width: 1000 }), target.id, 1000)).toBe(true);
    }
  });
});

describe('revealWindow for long events', () => {
  it('shows the whole of a year that is longer than the view', () => {
    const year = ev('2013');
    const ln = lane([year, ev(jan(5))]);
    const limits = limitsFor([ms('2013-01-01'), ms('2022-01-12')]);
    const w = revealWindow(ln, year, tenDays.window, 1000, limits);
    expect(w[0]).toBeLessThan(ms('2013-01-01'));
    expect(w[1]).toBeGreaterThan(ms('2014-01-01'));
    expect(w[1] - w[0]).toBeLessThan(2 * 365 * DAY);
  });
});

describe('layoutLane when zoomed out', () => {
  it('keeps a column near its events, not at the middle of a long bin', () => {
    const ln = lane([ev('2022-01-10'), ev('2022-01-10')]);
    const decade = { window: [ms('2012-06-01'), ms('2022-06-01')] as const, width: 740 };
    const l = layoutLane(ln, decade);
    const expected = ((ms('2022-01-10T12:00Z') - decade.window[0]) / (decade.window[1] - decade.window[0])) * 740;
    expect(l.marks[0]!.x).toBeCloseTo(expected, 0);
  });
});

describe('layoutLane with many events', () => {
  const many = (count: number, day: string) => Array.from({ length: count }, () => ev(day));
  it('counts every event of a crowded bin', () => {
    const ln = lane([...many(3000, jan(10)), ...many(2000, '2022-03-02'), ev('2021-12-30')]);
    const year = { window: [ms('2021-06-01'), ms('2022-06-01')] as const, width: 800 };
    const l = layoutLane(ln, year);
    expect(l.marks.length + l.clusters.reduce((s, c) => s + c.count, 0)).toBe(5001);
    expect(l.clusters.map((c) => c.count).sort((a, b) => a - b)).toEqual([2000, 3000]);
    assertNoOverlap(l);
  });
  it('still spreads a crowded day over columns when the day is wider than the view', () => {
    const ln = lane(many(400, jan(10)));
    // Two hours of a day that holds 400 events: 100 columns of four, each 288 px wide.
    const l = layoutLane(ln, { window: [ms('2022-01-10T11:00Z'), ms('2022-01-10T13:00Z')], width: 1200 });
    expect(l.clusters).toEqual([]);
    expect(l.marks.length).toBeGreaterThan(0);
    assertNoOverlap(l);
  });
});
