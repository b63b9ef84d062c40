import { brushX, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import type { Attachment } from 'svelte/attachments';
import type { TimeScale } from '../layout/timeScale.ts';
import type { Explorer } from '../state/explorer.svelte.ts';
import { clampWindow } from '../layout/window.ts';

/**
 * d3-brush on the overview strip: dragging or resizing the brush sets the
 * visible window; a click outside it centres the window there. The brush
 * follows the window when it changes elsewhere; moves made here carry no
 * source event, which is how the two directions tell each other apart.
 */
export function overviewBrush(ex: Explorer, scale: () => TimeScale, height: number): Attachment<SVGGElement> {
  return (node) => {
    const g = select(node);
    const brush = brushX<unknown>().on('brush end', (e: D3BrushEvent<unknown>) => {
      if (!e.sourceEvent) return;
      const x = scale();
      if (e.selection) {
        const [a, b] = e.selection as [number, number];
        if (b - a >= 1) ex.showWindow(clampWindow([x.invert(a), x.invert(b)], ex.limits), true);
      } else if (e.type === 'end') {
        // A click without a drag clears a d3 brush; here it means "show this time".
        ex.centreOn(x.invert(pointer(e.sourceEvent, node)[0]));
      }
    });
    g.call(brush);

    let extent = '';
    $effect(() => {
      const x = scale();
      const [r0, r1] = x.range;
      // Re-apply the brush only when its size changes, not on every zoom frame.
      if (extent !== `${r0},${r1}`) {
        extent = `${r0},${r1}`;
        brush.extent([[r0, 0], [r1, height]]);
        g.call(brush);
      }
      const [a, b] = ex.window;
      // Keep a sliver visible even when the window is a speck on the whole span.
      const x0 = Math.max(r0, Math.min(x(a), r1 - 3));
      const x1 = Math.min(r1, Math.max(x(b), x0 + 3));
      brush.move(g, [x0, x1]);
    });

    return () => {
      g.on('.brush', null);
    };
  };
}
