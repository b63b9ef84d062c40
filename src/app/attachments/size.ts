import type { Attachment } from 'svelte/attachments';

/**
 * Reports an element's content-box size whenever it changes. Unlike
 * `bind:clientWidth`, it never reads layout while the page is being built
 * (each such read forces the browser to lay out the whole page early):
 * ResizeObserver delivers the first size once layout has happened anyway.
 */
export function observeSize(onSize: (width: number, height: number) => void): Attachment<HTMLElement> {
  return (node) => {
    const ro = new ResizeObserver(([entry]) => {
      const box = entry?.contentBoxSize?.[0];
      if (box) onSize(box.inlineSize, box.blockSize);
      else if (entry) onSize(entry.contentRect.width, entry.contentRect.height);
    });
    ro.observe(node);
    return () => ro.disconnect();
  };
}
