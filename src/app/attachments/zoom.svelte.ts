import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import type { Span } from '../data/types.ts';
import { timeScale, type TimeScale } from '../layout/timeScale.ts';
import type { Explorer } from '../state/explorer.svelte.ts';
import { prefersReducedMotion } from './motion.ts';

const TWEEN_MS = 280;

/**
 * The one place d3 touches the DOM: d3-zoom turns wheel, drag, pinch and
 * double-click on the plot into a transform, and only the resulting window
 * is written to the state. When the window changes elsewhere (buttons, keys,
 * the overview, a link), the transform is moved to match, eased unless the
 * reader asks for reduced motion.
 *
 * `onMotion` hears when the view starts and stops moving (a gesture, or an
 * easing), so what need not follow every frame can wait for it to settle.
 */
export function zoomSurface(ex: Explorer, onMotion: (moving: boolean) => void = () => {}): Attachment<HTMLElement> {
  return (node) => {
    const surface = select(node);
    let base: TimeScale = timeScale([0, 1], [0, 1]);
    let written: Span | null = null;
    let frame = 0;
    let lastWidth = 0;
    // Wheels and trackpads can fire several events a frame; draw once per frame.
    let gestureFrame = 0;
    let pending: Span | null = null;
    // Gestures can overlap (a wheel's end comes 150 ms after its last turn, a drag may begin sooner).
    let gestures = 0;
    let easing = false;
    let moving = false;
    const motion = () => {
      if (moving !== (gestures > 0 || easing)) onMotion((moving = gestures > 0 || easing));
    };
    // Should a gesture's end ever go missing, a second without input counts as the end.
    let stillness: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      clearTimeout(stillness);
      stillness = setTimeout(() => {
        gestures = 0;
        motion();
      }, 1000);
    };

    // duration(0): double-click zooms without a d3 transition (the bundle has none; see build/d3Lean.ts).
    const behaviour = zoom<HTMLElement, unknown>()
      .duration(0)
      .on('start', (e: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!e.sourceEvent) return;
        cancelAnimationFrame(frame);
        easing = false;
        gestures++;
        motion();
        watch();
      })
      .on('end', (e: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!e.sourceEvent) return;
        gestures = Math.max(0, gestures - 1);
        // The gesture's last window may still wait for its frame: settle after it.
        if (gestureFrame) requestAnimationFrame(motion);
        else motion();
      })
      .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
        const w = windowOf(e.transform);
        if (!e.sourceEvent) {
          written = w;
          ex.showWindow(w, false);
          return;
        }
        pending = w;
        watch();
        gestureFrame ||= requestAnimationFrame(() => {
          gestureFrame = 0;
          if (!pending) return;
          written = pending;
          pending = null;
          ex.showWindow(written, true);
        });
      });
    surface.call(behaviour);

    // The window is what the transformed base scale shows: invert the plot's two edges.
    const transformFor = (w: Span): ZoomTransform => {
      const k = (base.range[1] - base.range[0]) / (base(w[1]) - base(w[0]));
      return zoomIdentity.scale(k).translate(-base(w[0]), 0);
    };
    const windowOf = (t: ZoomTransform): Span => [base.invert(t.invertX(base.range[0])), base.invert(t.invertX(base.range[1]))];

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
      behaviour.transform(surface, transformFor(from));
      const start = performance.now();
      const [fm, fs] = [(from[0] + from[1]) / 2, from[1] - from[0]];
      const [tm, ts] = [(to[0] + to[1]) / 2, to[1] - to[0]];
      const step = (now: number) => {
        const u = Math.min(1, (now - start) / TWEEN_MS);
        const e = u * u * (3 - 2 * u);
        // Centre moves linearly, span geometrically, so zooms feel even.
        const mid = fm + (tm - fm) * e;
        const span = fs * Math.pow(ts / fs, e);
        behaviour.transform(surface, transformFor(u < 1 ? [mid - span / 2, mid + span / 2] : to));
        if (u < 1) frame = requestAnimationFrame(step);
        else stopEasing();
      };
      frame = requestAnimationFrame(step);
    }

    $effect(() => {
      const width = ex.plotWidth;
      const limits = ex.limits;
      const w = ex.window;
      if (width <= 0) return;
      const [o0, o1] = limits.outer;
      base = timeScale([o0, o1], [0, width]);
      behaviour
        // Only x matters; a fixed height avoids reading layout on every frame.
        .extent([[0, 0], [width, 1]])
        .scaleExtent([(o1 - o0) / limits.maxSpan, (o1 - o0) / limits.minSpan])
        .translateExtent([[0, -Infinity], [width, Infinity]]);
      const resized = width !== lastWidth;
      lastWidth = width;
      if (w === written && !resized) return;
      pending = null;
      const current = windowOf(zoomTransform(node));
      const far = Math.abs(current[1] - current[0] - (w[1] - w[0])) > 1 || Math.abs(current[0] - w[0]) > 1;
      if (resized || !far || !ex.easeToWindow || prefersReducedMotion()) {
        stopEasing();
        behaviour.transform(surface, transformFor(w));
      } else {
        tween(current, w);
      }
    });

    return () => {
      clearTimeout(stillness);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(gestureFrame);
      surface.on('.zoom', null);
    };
  };
}
