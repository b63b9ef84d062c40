import type { PreparedEvent, Span } from '../data/types.ts';
import { isShown, layoutLane } from './laneLayout.ts';
import type { Lane } from './lanes.ts';
import { centreOn, clampWindow, pad, type Limits, zoomWindow } from './window.ts';

/**
 * The window in which `ev` is drawn on its own and in view: the current one
 * if it already is; else, for a month or year longer than the view, the
 * whole of it; else the same span centred on it, zoomed in on it, halving
 * the span until it leaves its count (or the zoom limit is reached).
 */
export function revealWindow(lane: Lane, ev: PreparedEvent, w: Span, width: number, limits: Limits): Span {
  if (!ev.dated || width <= 0) return w;
  const shown = (win: Span) => isShown(layoutLane(lane, { window: win, width }), ev.id, width);
  if (shown(w)) return w;
  // A month or a year longer than the view: show all of it, with room around.
  if (ev.end - ev.start > (w[1] - w[0]) * 0.8) {
    const whole = clampWindow(pad([ev.start, ev.end], 0.25), limits);
    if (shown(whole)) return whole;
  }
  const mid = (ev.start + ev.end) / 2;
  let win = centreOn(w, mid, limits);
  for (let i = 0; i < 48 && !shown(win); i++) {
    const next = zoomWindow(win, 2, limits, mid);
    if (next[1] - next[0] >= win[1] - win[0]) break;
    win = next;
  }
  return win;
}
