/** The HTML snippet that embeds a view of the timeline in another page. */

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An <iframe> for `src` (the view's address with `embed=1`), titled for
 * screen readers, full width and a fixed height the host page can change.
 */
export function embedSnippet(src: string, title: string, height = 640): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:1px solid #ccc;border-radius:6px" loading="lazy"></iframe>`;
}
