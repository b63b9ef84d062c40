import { describe, expect, it } from 'vitest';
import type { PreparedEvent, Shape } from '../data/types.ts';
import { SIZES, type ClusterBox, type MarkBox } from './laneLayout.ts';
import { clusterGeometry, laneFrame, markGeometry } from './markGeometry.ts';

const ev = (shape: Shape) => ({ id: 'e', shape }) as PreparedEvent;
const mark = (over: Partial<MarkBox> & { shape?: Shape }): MarkBox => ({ ev: ev(over.shape ?? 'point'), x: 200, row: 0, label: 0, side: 'right', ...over });
// One bar row and four point rows, 8 px of room at the top, below a 1 px rule.
const frame = laneFrame({ bandRows: 1, rows: 4 }, 8);

describe('laneFrame', () => {
  it('puts bars under the rule and room, and points under the bars', () => {
    expect(frame).toEqual({ bandsTop: 9, pointsTop: 9 + SIZES.bandRow, pointsHeight: 4 * SIZES.row });
  });
});

describe('markGeometry', () => {
  it('centres the dot on its time in its row, 14 px round, 18 px for a range', () => {
    const g = markGeometry(frame, mark({ row: 1 }));
    expect(g.dot).toEqual({ x: 193, y: frame.pointsTop + SIZES.row * 1.5 - 7, w: 14, h: 14 });
    expect(markGeometry(frame, mark({ shape: 'range' })).dot.w).toBe(18);
  });
  it('takes a label to the right into the clickable box', () => {
    const g = markGeometry(frame, mark({ label: 100 }));
    expect(g.label!.x).toBe(207 + SIZES.gap);
    expect(g.hit).toMatchObject({ x: 193, w: 14 + SIZES.gap + 100 });
  });
  it('takes a label to the left into the clickable box, ending at the dot', () => {
    const g = markGeometry(frame, mark({ label: 100, side: 'left' }));
    expect(g.label!.x + g.label!.w).toBe(193 - SIZES.gap);
    expect(g.hit.x + g.hit.w).toBe(207);
  });
  it('makes only the dot clickable when there is no label', () => {
    expect(markGeometry(frame, mark({})).hit).toMatchObject({ x: 193, w: 14, h: SIZES.row });
  });
});

describe('clusterGeometry', () => {
  const cluster = (x: number, count: number): ClusterBox => ({ key: 'k', x, count, span: [0, 1], selected: false });
  const inner = frame.pointsHeight - 2;
  it('grows with the square root of the count, up to the lane', () => {
    expect(clusterGeometry(frame, cluster(300, 100), 100, 1000).h).toBeCloseTo(inner);
    expect(clusterGeometry(frame, cluster(300, 25), 100, 1000).h).toBeCloseTo(inner / 2);
  });
  it('never shrinks below a column that holds its number', () => {
    expect(clusterGeometry(frame, cluster(300, 1), 10_000, 1000).h).toBeCloseTo(inner * (22 / frame.pointsHeight));
  });
  it('is drawn whole at the edges', () => {
    expect(clusterGeometry(frame, cluster(2, 5), 5, 1000).x).toBe(0);
    expect(clusterGeometry(frame, cluster(999, 5), 5, 1000).x).toBe(1000 - SIZES.clusterWidth);
  });
});
