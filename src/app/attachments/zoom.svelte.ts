import type { Attachment } from 'svelte/attachments';
import type { Span } from '../data/types.ts';
import { dragWindow, pinchWindow, wheelWindow, zoomAt } from '../layout/gestures.ts';
import { sameWindow } from '../layout/window.ts';
import type { Explorer } from '../state/explorer.svelte.ts';
import { prefersReducedMotion } from './motion.ts';

const TWEEN_MS = 280;
/** A wheel gesture ends this long after its last event (as in d3-zoom). */
const WHEEL_END_MS = 150;
/** A press that moves less than this (px) is still a click on what is under it. */
const CLICK_SLOP = 3;

interface Finger {
  /** Where it was when the current gesture (re)started, and where it is now (px from the plot's left). */
  x0: number;
  x: number;
}

/**
 * Turns wheel, drag, pinch and double-click on the plot into windows (the
 * maths is in layout/gestures.ts), written to the state once per frame.
 * When the window changes elsewhere (buttons, keys, the overview, a link),
 * the plot eases to it unless the reader asks for reduced motion.
 *
 * `onMotion` hears when the view starts and stops moving (a gesture, or an
 * easing), so what need not follow every frame can wait for it to settle.
 */
export function zoomSurface(ex: Explorer, onMotion: (moving: boolean) => void = () => {}): Attachment<HTMLElement> {
  return (node) => {
    // The window on screen: the last one written here, or the state's.
    let shown: Span | null = null;
    let written: Span | null = null;
    let frame = 0;
    // Wheels and trackpads can fire several events a frame; draw once per frame.
    let gestureFrame = 0;
    let pending: Span | null = null;
    let wheelEnd: ReturnType<typeof setTimeout> | undefined;
    const fingers = new Map<number, Finger>();
    let dragFrom: Span = [0, 1];
    let moved = false;
    let easing = false;
    let moving = false;
    const gesturing = () => fingers.size > 0 || wheelEnd !== undefined;
    const motion = () => {
      if (!gesturing()) gestureLeft = null;
      if (moving !== (gesturing() || easing)) onMotion((moving = gesturing() || easing));
    };

    const current = (): Span => pending ?? shown ?? ex.window;
    // Where the plot starts, read once per gesture: reading it lays the page out again whenever the
    // last frame changed it, which every frame of a gesture does; the plot does not move meanwhile.
    let gestureLeft: number | null = null;
    const left = () => (gesturing() ? (gestureLeft ??= node.getBoundingClientRect().left) : node.getBoundingClientRect().left);
    const width = () => ex.plotWidth || node.clientWidth || 1;

    function show(w: Span) {
      pending = w;
      gestureFrame ||= requestAnimationFrame(flush);
    }
    function flush() {
      gestureFrame = 0;
      if (!pending) return;
      shown = written = pending;
      pending = null;
      ex.showWindow(written, true);
      // The gesture ended while its last window waited for this frame: settle after it.
      motion();
    }
    function startGesture() {
      stopEasing();
      motion();
    }

    const wheel = (e: WheelEvent) => {
      const from = current();
      const next = wheelWindow(from, e.clientX - left(), width(), e, ex.limits);
      // At a limit the wheel is left to scroll the page, unless a gesture is under way.
      if (sameWindow(next, from) && wheelEnd === undefined) return;
      e.preventDefault();
      clearTimeout(wheelEnd);
      wheelEnd = setTimeout(() => {
        wheelEnd = undefined;
        if (!gestureFrame) motion();
      }, WHEEL_END_MS);
      startGesture();
      show(next);
    };

    /** A finger joined or left: what the remaining ones hold is measured from here. */
    const regrip = () => {
      dragFrom = current();
      for (const f of fingers.values()) f.x0 = f.x;
    };
    const down = (e: PointerEvent) => {
      if (e.button !== 0 || e.ctrlKey || fingers.size >= 2) return;
      if (fingers.size === 0) {
        moved = false;
        addEventListener('pointermove', move);
        addEventListener('pointerup', up);
        addEventListener('pointercancel', up);
      }
      const x = e.clientX - left();
      fingers.set(e.pointerId, { x0: x, x });
      regrip();
      startGesture();
    };
    const move = (e: PointerEvent) => {
      const f = fingers.get(e.pointerId);
      if (!f) return;
      f.x = e.clientX - left();
      if (!moved && Math.abs(f.x - f.x0) > CLICK_SLOP) {
        moved = true;
        // Captured once it is a drag (a press that stays put still clicks the mark under it):
        // the browser then sends the moves here without hit-testing the plot's buttons for each.
        try {
          node.setPointerCapture(e.pointerId);
        } catch {
          // A pointer the browser no longer tracks: its moves still reach the window's listeners.
        }
      }
      if (!moved) return;
      const [a, b] = fingers.values();
      show(b ? pinchWindow(dragFrom, a!.x0, b.x0, a!.x, b.x, width(), ex.limits) : dragWindow(dragFrom, a!.x - a!.x0, width(), ex.limits));
    };
    const up = (e: PointerEvent) => {
      if (!fingers.delete(e.pointerId)) return;
      regrip();
      if (fingers.size) return;
      removeEventListener('pointermove', move);
      removeEventListener('pointerup', up);
      removeEventListener('pointercancel', up);
      // A drag is not a click on the mark where it began or ended.
      if (moved) {
        addEventListener('click', swallow, true);
        setTimeout(() => removeEventListener('click', swallow, true));
      }
      if (!gestureFrame) motion();
    };
    const swallow = (e: Event) => {
      e.stopPropagation();
      e.preventDefault();
    };

    const doubleClick = (e: MouseEvent) => {
      if (e.ctrlKey) return;
      e.preventDefault();
      ex.goTo(zoomAt(ex.target, e.clientX - left(), width(), e.shiftKey ? 0.5 : 2, ex.limits));
    };

    node.addEventListener('wheel', wheel, { passive: false });
    node.addEventListener('pointerdown', down);
    node.addEventListener('dblclick', doubleClick);

    function stopEasing() {
      cancelAnimationFrame(frame);
      easing = false;
      motion();
    }

    function tween(from: Span, to: Span) {
      cancelAnimationFrame(frame);
      easing = true;
      motion();
      // Stay where we were until the first frame, so the target never flashes.
      shown = written = from;
      ex.showWindow(from, false);
      const start = performance.now();
      const [fm, fs] = [(from[0] + from[1]) / 2, from[1] - from[0]];
      const [tm, ts] = [(to[0] + to[1]) / 2, to[1] - to[0]];
      const step = (now: number) => {
        const u = Math.min(1, (now - start) / TWEEN_MS);
        const e = u * u * (3 - 2 * u);
        // Centre moves linearly, span geometrically, so zooms feel even.
        const mid = fm + (tm - fm) * e;
        const span = fs * Math.pow(ts / fs, e);
        shown = written = u < 1 ? [mid - span / 2, mid + span / 2] : to;
        ex.showWindow(written, false);
        if (u < 1) frame = requestAnimationFrame(step);
        else stopEasing();
      };
      frame = requestAnimationFrame(step);
    }

    $effect(() => {
      const w = ex.window;
      if (w === written) return;
      // Moved elsewhere: a gesture's waiting frame is out of date, and an easing starts from what is on screen.
      pending = null;
      const from = shown;
      shown = w;
      if (!from || sameWindow(from, w) || !ex.easeToWindow || prefersReducedMotion()) stopEasing();
      else tween(from, w);
    });

    return () => {
      clearTimeout(wheelEnd);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(gestureFrame);
      removeEventListener('pointermove', move);
      removeEventListener('pointerup', up);
      removeEventListener('pointercancel', up);
      node.removeEventListener('wheel', wheel);
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('dblclick', doubleClick);
    };
  };
}
