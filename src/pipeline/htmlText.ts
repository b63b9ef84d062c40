/** Small text helpers shared by the header and body parsers. */

/**
 * Elements whose content is never article text. Dropped whole, children and
 * all, so a script's source or an SVG's labels cannot leak into paragraphs.
 */
export const DROPPED = new Set(
  ('script style template noscript iframe object embed applet frame frameset noframes noembed svg math ' +
    'meta base link title textarea select option optgroup button input datalist audio video canvas source track ' +
    'param map rt rp')
    .split(' '),
);

/** Dropped elements that would run or load something in a browser: worth a warning. */
export const ACTIVE_CONTENT = new Set(['script', 'iframe', 'object', 'embed', 'applet', 'frame', 'frameset']);

const ASCII_WHITESPACE_RUN = /[ \t\n\r\f]+/g;
/** Control characters carry no text and can hide tricks; dropped from paragraph text. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/**
 * Runs of ASCII whitespace become one space and the ends are trimmed (which
 * also removes the ideographic-space indent of Chinese paragraphs); every
 * other character, full-width punctuation and single inner spaces included,
 * is kept exactly.
 */
export function normalizeText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(ASCII_WHITESPACE_RUN, ' ').trim();
}

/** `title="1"`, file names, addresses and generic words are not captions. */
export function isJunkCaption(text: string): boolean {
  if ([...text].length < 2) return true;
  if (/^[\p{N}\p{P}\p{S}\s]*$/u.test(text)) return true;
  if (/^(?:https?:)?\/\//i.test(text) || /\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)$/i.test(text)) return true;
  return /^(?:image|img|photo|picture|pic|zoom|icon|图片|图像|照片|圖片|圖像|相片)$/iu.test(text);
}

/** Maps offsets in `text` to 1-based file lines, given the file line of offset 0. */
export function lineLocator(text: string, firstLine: number): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return firstLine + lo;
  };
}

/** The first `max` characters (code points) of `text`, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (count === max) return `${text.slice(0, i).trimEnd()}…`;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
    count++;
  }
  return text;
}
