import type { PreparedEvent, Span } from '../data/types.ts';
import { DAY } from '../time/eventTime.ts';
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
    // A day too busy for its rows is spread over columns in the order of its events, so at
    // this zoom the event may sit hours from the day's middle: centre on its column instead.
    const column = columnTime(lane, ev, win, width);
    if (column !== null) {
      const there = centreOn(win, column, limits);
      if (shown(there)) return there;
    }
    const next = zoomWindow(win, 2, limits, mid);
    if (next[1] - next[0] >= win[1] - win[0]) break;
    win = next;
  }
  return win;
}

/**
 * The time at which `ev` is drawn at the zoom of `w`, when it is drawn at all: laid out over
 * the days around it at the same scale, so its day's columns all fall inside the layout.
 */
function columnTime(lane: Lane, ev: PreparedEvent, w: Span, width: number): number | null {
  const k = width / (w[1] - w[0]);
  const around: Span = [ev.start - DAY, ev.end + DAY];
  const mark = layoutLane(lane, { window: around, width: (around[1] - around[0]) * k }).marks.find((m) => m.ev === ev);
  return mark ? around[0] + mark.x / k : null;
}
