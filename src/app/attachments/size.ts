import type { Attachment } from 'svelte/attachments';

/**
 * Reports an element's content-box size, first as soon as the update that
 * created it has finished, then whenever ResizeObserver sees it change.
 *
 * The first report is read from layout in a microtask: after Svelte has
 * built this update's DOM (a read during the build would lay the page out
 * half-made, and again later), before the browser paints. Waiting for
 * ResizeObserver instead costs a frame: the page is laid out and painted
 * without what depends on the size (the timeline's marks), then again with
 * it. Alternating openings of the seed, 15 each: first mark 393 ms against
 * 446, and 435 against 525. The browser lays the page out before painting
 * anyway, so the read adds no layout; ResizeObserver's first report then
 * repeats the same size.
 */
export function observeSize(onSize: (width: number, height: number) => void): Attachment<HTMLElement> {
  return (node) => {
    let observed = false;
    queueMicrotask(() => {
      if (observed || !node.isConnected) return;
      const style = getComputedStyle(node);
      const width = node.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const height = node.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      if (width > 0) onSize(width, Math.max(0, height));
    });
    const ro = new ResizeObserver(([entry]) => {
      observed = true;
      const box = entry?.contentBoxSize?.[0];
      if (box) onSize(box.inlineSize, box.blockSize);
      else if (entry) onSize(entry.contentRect.width, entry.contentRect.height);
    });
    ro.observe(node);
    return () => ro.disconnect();
  };
}
