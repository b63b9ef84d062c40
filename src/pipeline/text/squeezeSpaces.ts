/**
 * `text.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim()` in one
 * pass: runs of white space become one space, none before , . ; : ! ?, none
 * at either end. Every event title passes here; three passes of regular
 * expressions, and two strings thrown away, were a hot line of a warm run.
 */
export function squeezeSpaces(text: string): string {
  let out = '';
  let from = 0; // start of the text not yet copied
  let i = 0;
  while (i < text.length) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    out += text.slice(from, i);
    // A run at either end goes (trim); one before a mark goes too; any other becomes a space.
    if (out.length > 0 && end < text.length && !BEFORE_NO_SPACE.includes(text[end]!)) out += ' ';
    from = i = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

const BEFORE_NO_SPACE = ',.;:!?';

/** White space as `\s` reads it (and `trim` strips it): Unicode spaces, line ends, the BOM. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
