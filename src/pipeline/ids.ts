/**
 * Ids derived from content, never from positions, so adding or removing
 * other articles (or events) leaves every existing id, and every deep link,
 * unchanged.
 */
import type { DateValue } from '../lib/schema.ts';

/**
 * 64 bits from two 32-bit MurmurHash3-style mixes of the UTF-16 code units
 * of `parts` joined by NUL, as hex. Not for secrets: ids only need to be
 * stable and, across a hundred thousand events, not collide (48 bits make
 * that a one-in-50,000 chance). Written here because node:crypto costs a
 * hash object per id, which was a tenth of the pipeline's time on 30,000
 * events. The parts are read in place: joining them first would copy every
 * event's quote once more only to be read once.
 */
function hash(parts: readonly string[], length: number): string {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  let units = 0;
  for (let k = 0; k < parts.length; k++) {
    const text = parts[k]!;
    // From -1 for every part after the first: the NUL that joins it to the one before.
    for (let i = k === 0 ? 0 : -1; i < text.length; i++) {
      const c = i < 0 ? 0 : text.charCodeAt(i);
      a = Math.imul(a ^ c, 0xcc9e2d51);
      a = (a << 15) | (a >>> 17);
      b = Math.imul(b ^ c, 0x1b873593);
      b = (b << 13) | (b >>> 19);
      b = Math.imul(b, 5) + 0xe6546b64;
      units++;
    }
  }
  a = mix(a ^ units);
  b = mix(b ^ a);
  return (hex8(a) + hex8(b)).slice(0, length);
}

const HEX_DIGITS = '0123456789abcdef';

/**
 * `(n >>> 0).toString(16).padStart(8, '0')`: eight lower-case hex digits of
 * the 32 bits, read four at a time. Number#toString with a radix goes the
 * engine's slow way for every id of every event.
 */
export function hex8(n: number): string {
  let out = '';
  for (let shift = 28; shift >= 0; shift -= 4) out += HEX_DIGITS[(n >>> shift) & 15];
  return out;
}

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A document is its article URL; without one, its file name. */
export function documentId(url: string, file: string): string {
  return `d${hash([url ? normaliseUrl(url) : `file:${file}`], 9)}`;
}

// The same article is often linked with and without tracking query strings,
// a trailing slash or http/https.
function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}`.toLowerCase();
  } catch {
    return url.trim();
  }
}

export function sameArticleKey(url: string): string {
  return normaliseUrl(url);
}

/** An event is its document, its quote and its date. */
export function eventId(document: string, quote: string, date: DateValue | null, salt = ''): string {
  const when = date ? `${date.start}/${date.end ?? ''}` : 'undated';
  return hash([document, quote, when, salt], 12);
}
