import type { Span } from '../data/types.ts';
import { clampWindow, windowAt, zoomWindow, type Limits } from './window.ts';

/**
 * The windows that wheel, drag, pinch and double-click lead to, as pure maths
 * on the visible window. Positions are pixels from the plot's left edge;
 * `width` is the plot's width in pixels.
 *
 * Why not d3-zoom: it keeps a 2-D transform on the element and brings
 * d3-selection, d3-drag and d3-dispatch with it, about 8.5 KB gzip of the
 * app's 60 KB budget. The timeline only ever zooms along time, and the
 * window is already the one source of truth (state, address, overview), so
 * these few functions and one attachment (attachments/zoom.svelte.ts) do the
 * same job in about 1 KB, with no second copy of the view to keep in step.
 */

/** Pixels in one unit of a wheel's delta: pixels, lines, pages (d3-zoom's ratios). */
const wheelPixels = (deltaMode: number) => (deltaMode === 1 ? 25 : deltaMode ? 500 : 1);

/**
 * How much one wheel event zooms (>1 zooms in): d3-zoom's default, so a
 * mouse notch is 2^0.2 ≈ 1.15× and a pinch on a trackpad (which browsers
 * send as a wheel with ctrlKey) is ten times as quick.
 */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  return Math.pow(2, -deltaY * wheelPixels(deltaMode) * 0.002 * (ctrlKey ? 10 : 1));
}

/**
 * Where a wheel event at pixel `x` leads: turning it zooms around the
 * pointer; a sideways swipe (trackpads, tilting wheels) pans, as scrolling
 * sideways would.
 */
export function wheelWindow(w: Span, x: number, width: number, e: Pick<WheelEvent, 'deltaX' | 'deltaY' | 'deltaMode' | 'ctrlKey'>, limits: Limits): Span {
  if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) return dragWindow(w, -e.deltaX * wheelPixels(e.deltaMode), width, limits);
  return zoomAt(w, x, width, wheelFactor(e.deltaY, e.deltaMode, e.ctrlKey), limits);
}

/** The instant drawn at pixel `x`. */
export const instantAt = (w: Span, x: number, width: number): number => w[0] + (x / width) * (w[1] - w[0]);

/** Zoom by `factor` (>1 zooms in) keeping what is under pixel `x` where it is. */
export const zoomAt = (w: Span, x: number, width: number, factor: number, limits: Limits): Span =>
  zoomWindow(w, factor, limits, instantAt(w, x, width));

/** A drag by `dx` pixels from where it began in `from`: the instant grabbed follows the pointer. */
export function dragWindow(from: Span, dx: number, width: number, limits: Limits): Span {
  const shift = (dx / width) * (from[1] - from[0]);
  return clampWindow([from[0] - shift, from[1] - shift], limits);
}

/**
 * Two fingers that were at `a0` and `b0` in `from` and are now at `a1` and
 * `b1`: the span scales with the distance between them and the instant
 * midway between them follows their midpoint, so what was under each finger
 * stays under it (as far as the limits allow). Fingers closer than a pixel
 * only drag.
 */
export function pinchWindow(from: Span, a0: number, b0: number, a1: number, b1: number, width: number, limits: Limits): Span {
  const [m0, m1] = [(a0 + b0) / 2, (a1 + b1) / 2];
  const [d0, d1] = [Math.abs(b0 - a0), Math.abs(b1 - a1)];
  if (d0 < 1 || d1 < 1) return dragWindow(from, m1 - m0, width, limits);
  return windowAt(instantAt(from, m0, width), m1 / width, ((from[1] - from[0]) * d0) / d1, limits);
}
