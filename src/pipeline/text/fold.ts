/**
 * Folding: one form of a text that simplified, traditional and Latin
 * spellings share, so a single matcher built from simplified names finds
 * 托卡葉夫, 法囯 and TOKAYEV as well.
 *
 * The folded text always has exactly the length of the original (UTF-16
 * code units), so an offset found in it is the same offset in the original.
 */
import * as OpenCC from 'opencc-js';

/** Traditional (Taiwan standard) → simplified; used one character at a time (see foldText). */
const traditionalToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
/**
 * Simplified → traditional (Taiwan forms), character by character: made from
 * OpenCC's character table only, because its phrase table takes about a
 * second to load and learned names are transliterations, not phrases.
 */
let simplifiedToTraditional: ((text: string) => string) | null = null;

/** Variant characters OpenCC leaves alone but news text uses (法囯 for 法国). */
const VARIANTS: Record<string, string> = {
  囯: '国', 圀: '国', 囶: '国', 啇: '商',
  // Name dots: Chinese writes foreign names with any of these between the parts.
  '・': '·', '•': '·', '‧': '·', '∙': '·', '･': '·',
  // Hyphens and apostrophes in Latin names.
  '－': '-', '‐': '-', '‑': '-', '’': "'", 'ʼ': "'",
};

/** code unit → folded code unit; 0 = not computed yet. Filled lazily. */
const table = new Uint16Array(65536);

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

function foldUnit(c: number): number {
  const cached = table[c]!;
  if (cached !== 0) return cached;
  const ch = String.fromCharCode(c);
  let out = c;
  const variant = VARIANTS[ch];
  if (variant) out = variant.charCodeAt(0);
  // Full-width brackets, digits and letters; other full-width punctuation (，：) stays.
  else if (c === 0xff08 || c === 0xff09 || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
    out = foldUnit(c - 0xfee0);
  else if (c < 0x80) out = c >= 65 && c <= 90 ? c + 32 : c;
  else if (isHan(c)) {
    const simplified = traditionalToSimplified(ch);
    if (simplified.length === 1) out = simplified.charCodeAt(0);
  } else if (c < 0xd800 || c > 0xdfff) {
    const lower = ch.toLowerCase();
    if (lower.length === 1) out = lower.charCodeAt(0);
  }
  table[c] = out === 0 ? c : out;
  return table[c]!;
}

/**
 * Fold a text: traditional → simplified, variants → standard, Latin → lower
 * case, full-width letters → ASCII, every name dot → `·`. Same length as the input.
 *
 * Traditional characters are converted one by one with OpenCC's own
 * character table (cached here), not phrase by phrase: phrase conversion
 * measured 0.3–0.8 µs per character, which over a traditional corpus
 * (every paragraph learned, every sentence searched) alone would cost
 * seconds, and the characters where context matters (乾, 著, 於) do not
 * occur in the names matched here. One character per character also keeps
 * every offset exact by construction.
 */
export function foldText(text: string): string {
  // The actor, trigger and figure stages fold the same sentence one after another.
  if (text === lastText) return lastFolded;
  lastText = text;
  lastFolded = fold(text);
  return lastFolded;
}

let lastText = '';
let lastFolded = '';

/**
 * The folded form of a piece cut from a longer text (`whole.slice(start,
 * end)`), given the whole's folded form: folding works one code unit at a
 * time, so it is the same cut of `foldedWhole`. It also becomes foldText's
 * memo, so the stages that fold the piece next get it without refolding:
 * extraction folds each paragraph once, not again sentence by sentence.
 */
export function foldPiece(piece: string, whole: string, foldedWhole: string, start: number, end: number): string {
  // Not a cut of `whole` after all (a caller's spans changed): fold it the long way.
  if (end - start !== piece.length || foldedWhole.length !== whole.length) return foldText(piece);
  lastText = piece;
  lastFolded = foldedWhole === whole ? piece : foldedWhole.slice(start, end);
  return lastFolded;
}

function fold(text: string): string {
  const n = text.length;
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = table[c]!;
    if (f === 0) f = foldUnit(c);
    buffer[i] = f;
    if (f !== c) changed = true;
  }
  // Most simplified sentences fold to themselves: no new string.
  return changed ? decode(buffer, n) : text;
}

/** Reused between calls: folding runs on every sentence. */
let buffer = new Uint16Array(1024);

function decode(units: Uint16Array, n: number): string {
  let s = '';
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let i = 0; i < n; i += 8192) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return s;
}

/** Traditional (Taiwan) form of a simplified name, for `names['zh-Hant']`. */
export function toTraditional(simplified: string): string {
  const characters = OpenCC.Locale.from.cn?.[0]?.[1];
  simplifiedToTraditional ??= characters
    ? OpenCC.ConverterFactory([characters], ...(OpenCC.Locale.to.tw ?? []))
    : OpenCC.Converter({ from: 'cn', to: 'tw' });
  return simplifiedToTraditional(simplified);
}

export { isHan };
