/**
 * The stylesheet inside the page, for pages that also carry their timeline
 * (see inlineData.ts): such a page then waits for no other file before its
 * first paint. Module scripts wait for pending stylesheets, so the linked
 * file held the app's start back; in alternating openings of the seed the
 * inline copy brought the first mark 31-35 ms sooner. Big timelines keep the
 * linked file, which the browser caches once for all their pages.
 *
 * The policy stays strict: `style-src` gains the SHA-256 of exactly this
 * stylesheet, so no other inline style (nor any style attribute) applies.
 * The <style> element keeps the file's address, so a page can be turned
 * back into one that links it (the benchmark serves one build's page with
 * other data sets).
 */
import { createHash } from 'node:crypto';

const LINK = /[ \t]*<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/;
const INLINE = /([ \t]*)<style data-href="([^"]+)">[\s\S]*?<\/style>/;
const STYLE_SRC = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*?style-src 'self')( 'sha256-[A-Za-z0-9+/=]+')?/;

/** The address of the page's stylesheet, linked or inlined; null when it has none. */
export function stylesheetHref(html: string): string | null {
  return LINK.exec(html)?.[1] ?? INLINE.exec(html)?.[2] ?? null;
}

/**
 * `html` with its stylesheet inlined as `css`, allowed by hash in its
 * policy; with `css` null, linked again. Unchanged when there is nothing to
 * do, or when `css` holds "</style" (it would end the element early).
 */
export function withStyles(html: string, css: string | null): string {
  if (css === null) {
    const inline = INLINE.exec(html);
    if (!inline) return html;
    return html
      .replace(STYLE_SRC, (_, head: string) => head)
      .replace(inline[0], () => `${inline[1]}<link rel="stylesheet" crossorigin href="${inline[2]}">`);
  }
  const link = LINK.exec(html);
  if (!link || !STYLE_SRC.test(html) || /<\/style/i.test(css)) return html;
  const hash = createHash('sha256').update(css).digest('base64');
  const indent = /^[ \t]*/.exec(link[0])![0];
  return html
    .replace(STYLE_SRC, (_, head: string) => `${head} 'sha256-${hash}'`)
    .replace(link[0], () => `${indent}<style data-href="${link[1]}">${css}</style>`);
}
