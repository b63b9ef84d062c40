import type { Shape } from '../data/types.ts';
import { SIZES, type ClusterBox, type MarkBox } from './laneLayout.ts';
import type { Lane } from './lanes.ts';

/**
 * Where things sit inside a lane, in px from the lane's top edge (its rule
 * included). The canvas draws to these boxes and the invisible buttons over
 * it take the same boxes, so what is seen is what is clicked and focused.
 */
export interface LaneFrame {
  /** Top of the first bar row. */
  readonly bandsTop: number;
  /** Top and height of the point rows. */
  readonly pointsTop: number;
  readonly pointsHeight: number;
}

/** The rule above each lane. */
export const LANE_RULE = 1;
export const BAND_HEIGHT = 16;
/** Dots are 14 px; a collapsed range keeps a bar's shape, a little wider. */
export const dotWidth = (shape: Shape) => (shape === 'range' ? 18 : 14);
export const DOT_HEIGHT = 14;

export function laneFrame(lane: Pick<Lane, 'bandRows' | 'rows'>, padTop: number): LaneFrame {
  const bandsTop = LANE_RULE + padTop;
  const pointsTop = bandsTop + lane.bandRows * SIZES.bandRow;
  return { bandsTop, pointsTop, pointsHeight: lane.rows * SIZES.row };
}

export const bandY = (f: LaneFrame, row: number) => f.bandsTop + row * SIZES.bandRow;
export const rowCentre = (f: LaneFrame, row: number) => f.pointsTop + row * SIZES.row + SIZES.row / 2;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A mark's dot, its label's box (when it has one) and the whole clickable box. */
export interface MarkGeometry {
  readonly dot: Box;
  readonly label: Box | null;
  readonly hit: Box;
}

export function markGeometry(f: LaneFrame, m: MarkBox): MarkGeometry {
  const w = dotWidth(m.ev.shape);
  const cy = rowCentre(f, m.row);
  const dot = { x: m.x - w / 2, y: cy - DOT_HEIGHT / 2, w, h: DOT_HEIGHT };
  const top = cy - SIZES.row / 2;
  if (m.label <= 0) return { dot, label: null, hit: { x: dot.x, y: top, w, h: SIZES.row } };
  const label =
    m.side === 'right'
      ? { x: dot.x + w + SIZES.gap, y: top, w: m.label, h: SIZES.row }
      : { x: dot.x - SIZES.gap - m.label, y: top, w: m.label, h: SIZES.row };
  const x0 = Math.min(dot.x, label.x);
  return { dot, label, hit: { x: x0, y: top, w: w + SIZES.gap + m.label, h: SIZES.row } };
}

/**
 * A count is a column whose height grows with the square root of its count,
 * on one scale for all lanes, with a floor so one event still reads as a
 * column with a number in it. A count at the very edge is drawn whole; its
 * label names its time, so the nudge misleads no one.
 */
export function clusterGeometry(f: LaneFrame, c: ClusterBox, maxCount: number, width: number): Box {
  const inner = f.pointsHeight - 2;
  const share = Math.max(Math.min(1, 22 / f.pointsHeight), Math.sqrt(c.count / Math.max(1, maxCount)));
  const half = SIZES.clusterWidth / 2;
  const x = Math.min(Math.max(c.x, half), width - half) - half;
  return { x, y: f.pointsTop + 1 + inner * (1 - share), w: SIZES.clusterWidth, h: inner * share };
}
