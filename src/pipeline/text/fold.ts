/**
 * Folds traditional Chinese to simplified, one character at a time, so every
 * offset in the folded text is the offset in the original: lexicons and
 * gazetteers are written once in simplified and still match 於, 週, 葉.
 * OpenCC's phrase-level conversion is more accurate for display, but may
 * change lengths; matching only needs the character map.
 */
import * as OpenCC from 'opencc-js';

const toSimplifiedChar = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Folded code unit per BMP code unit, filled on first sight (0 = not seen yet).
const folded = new Uint16Array(0x10000);
// 囯 is an old variant of 国 that OpenCC leaves alone; news text still uses it.
const VARIANTS: Record<string, string> = { 囯: '国' };

function foldCode(code: number): number {
  let out = folded[code]!;
  if (out === 0) {
    const ch = String.fromCharCode(code);
    const converted = VARIANTS[ch] ?? toSimplifiedChar(ch);
    out = converted.length === 1 ? converted.charCodeAt(0) : code;
    folded[code] = out;
  }
  return out;
}

const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** Same length as `text`; Han characters folded to simplified. */
export function foldToSimplified(text: string): string {
  // Most text is already simplified: copy only from the first change on.
  let parts: string[] | null = null;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHan(code)) continue;
    const out = foldCode(code);
    if (out === code) continue;
    parts ??= [];
    parts.push(text.slice(copied, i), String.fromCharCode(out));
    copied = i + 1;
  }
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Traditional form for display names (phrase-level, so 托卡耶夫 → 托卡耶夫, 叶 → 葉). */
export function toTraditionalName(simplified: string): string {
  return toTraditional(simplified);
}
