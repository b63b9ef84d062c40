/**
 * A small timeline ships inside index.html (and every page made from it) as a
 * JSON data block, so the app reads it in the same task that starts it. With a
 * fetch, even a preloaded one, Chromium first lays out and paints the empty
 * page and only then hands the response over: 40-75 ms and an extra frame
 * before the first mark, about a sixth of the seed's opening time here.
 * A large timeline stays a separate file, fetched while the script loads:
 * copying megabytes into every event page would cost more than it saves,
 * and that file is cached once for all pages.
 */
import { INLINE_DATA_ID } from '../data/loadTimeline.ts';

/** Largest data file (bytes of JSON text) inlined; the seed is about 35 KB. */
export const INLINE_LIMIT = 128 * 1024;

const PRELOAD = /[ \t]*<link rel="preload" href="[^"]*data\/(?:timeline|view)\.json"[^>]*>\n?/g;
const BLOCK = new RegExp(`[ \\t]*<script type="application/json" id="${INLINE_DATA_ID}">[^<]*</script>\\n?`, 'g');

/**
 * The JSON as a data block's text: compact, and with every "<" escaped, so
 * untrusted article text can never close the element or open a comment.
 * Only strings can hold "<" in JSON, and "\u003c" means the same there.
 * Null when the text is not JSON: the app then fetches the file and reports it.
 */
export function dataBlockText(json: string): string | null {
  try {
    return JSON.stringify(JSON.parse(json)).replace(/</g, '\\u003c');
  } catch {
    return null;
  }
}

/** The text of the data block `html` carries (escaped JSON), or null when it carries none. */
export function inlinedText(html: string): string | null {
  const block = new RegExp(`<script type="application/json" id="${INLINE_DATA_ID}">([^<]*)</script>`).exec(html);
  return block ? block[1]! : null;
}

/**
 * `html` (index.html as built) carrying `json`: inlined when it is valid and
 * at most INLINE_LIMIT bytes, else (or when there is no data) with the preload
 * of the file the app reads first: `<base>data/view.json` when the build
 * `split` the timeline (splitData.ts), else `<base>data/timeline.json`.
 * Whatever the page carried before is replaced, so it can be applied again
 * for another data set.
 */
export function withTimelineData(html: string, json: string | null, base = '/', split = false): string {
  const bare = html.replace(BLOCK, '').replace(PRELOAD, '');
  const text = json !== null && Buffer.byteLength(json) <= INLINE_LIMIT ? dataBlockText(json) : null;
  if (text !== null) {
    return bare.replace('</body>', () => `  <script type="application/json" id="${INLINE_DATA_ID}">${text}</script>\n  </body>`);
  }
  const preload = `    <link rel="preload" href="${base}data/${split ? 'view' : 'timeline'}.json" as="fetch" crossorigin="anonymous" />\n`;
  return bare.replace(/[ \t]*<\/head>/, (head) => preload + head);
}
