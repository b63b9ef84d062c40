import type { Attachment } from 'svelte/attachments';
import type { Span } from '../data/types.ts';
import { dragTo, grabAt, type Grab } from '../layout/brush.ts';
import type { TimeScale } from '../layout/timeScale.ts';
import { clampWindow } from '../layout/window.ts';
import type { Explorer } from '../state/explorer.svelte.ts';

/** Where the window is on the overview: at least a sliver, even when it is a speck on the whole span. */
export function brushSelection(x: TimeScale, w: Span): [number, number] {
  const [r0, r1] = x.range;
  const a = Math.max(r0, Math.min(x(w[0]), r1 - 3));
  return [a, Math.min(r1, Math.max(x(w[1]), a + 3))];
}

/**
 * The overview strip's brush (see layout/brush.ts): dragging makes, moves
 * or resizes the selection, which sets the visible window; a click outside
 * it centres the window there. Pointer capture keeps a drag going outside
 * the strip; moves are applied once per frame. The pointer shows what a
 * press would take: an edge, the selection, or a new stretch.
 */
export function overviewBrush(ex: Explorer, scale: () => TimeScale): Attachment<HTMLElement> {
  return (node) => {
    let drag: { grab: Grab; from: number; left: number; start: [number, number]; moved: boolean } | null = null;
    let pending: Span | null = null;
    let frame = 0;
    const apply = () => {
      cancelAnimationFrame(frame);
      frame = 0;
      if (pending) ex.showWindow(pending, true);
      pending = null;
    };
    const down = (e: PointerEvent) => {
      if (e.button !== 0) return;
      const left = node.getBoundingClientRect().left;
      const from = e.clientX - left;
      const start = brushSelection(scale(), ex.window);
      drag = { grab: grabAt(from, start), from, left, start, moved: false };
      node.setPointerCapture(e.pointerId);
      e.preventDefault();
    };
    const move = (e: PointerEvent) => {
      if (!drag) {
        // What a press here would take hold of, as the pointer shows it.
        const grab = grabAt(e.clientX - node.getBoundingClientRect().left, brushSelection(scale(), ex.window));
        node.style.cursor = grab === 'new' ? '' : grab === 'move' ? 'move' : 'ew-resize';
        return;
      }
      const to = e.clientX - drag.left;
      if (!drag.moved && Math.abs(to - drag.from) < 2) return;
      drag.moved = true;
      const x = scale();
      const [a, b] = dragTo(drag.grab, drag.start, drag.from, to, x.range[0], x.range[1]);
      if (b - a < 1) return;
      pending = clampWindow([x.invert(a), x.invert(b)], ex.limits);
      frame ||= requestAnimationFrame(apply);
    };
    const up = () => {
      if (!drag) return;
      if (drag.moved) apply();
      else if (drag.grab === 'new') ex.centreOn(scale().invert(drag.from));
      drag = null;
    };
    const cancel = () => {
      drag = null;
    };
    node.addEventListener('pointerdown', down);
    node.addEventListener('pointermove', move);
    node.addEventListener('pointerup', up);
    node.addEventListener('pointercancel', cancel);
    return () => {
      cancelAnimationFrame(frame);
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', cancel);
    };
  };
}
