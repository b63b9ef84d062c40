/**
 * Numbers as Chinese news writes them: 275, 12,000, １０, 二千五百, 3000余,
 * 1.5万, 两百, 二〇二二 (digit by digit). Hand-written because the npm
 * converters handle either positional (二千五百) or digit-by-digit (二〇二二)
 * forms, not both, and none read mixed forms like 1.5万.
 */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that can make up a number, for building patterns. */
export const NUMERAL_CHARS = '0-9０-９.,零〇○一二两兩三四五六七八九十拾百佰千仟万萬亿億';

const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** The value of a numeral string, or null if it is not one. */
export function parseNumber(raw: string): number | null {
  const text = toAscii(raw.trim());
  if (!text) return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const mixed = /^(\d+(?:\.\d+)?)([万萬亿億])$/.exec(text);
  if (mixed) return Number(mixed[1]) * BIG_UNITS[mixed[2]!]!;
  /*
   * 5万2979, 1万5000, 3亿2000万: digits in groups of four under 万 and 亿, as
   * Chinese news writes large tolls; the group after 万 or 亿 is read as is
   * (1万500 is 10,500), and is at most four digits, or it is no such number.
   */
  const grouped = /^(?:(\d+)[亿億])?(?:(\d{1,4})[万萬])?(\d{1,4})?$/.exec(text);
  if (grouped && /[万萬亿億]./.test(text)) {
    const [, yi = '0', wan = '0', rest = '0'] = grouped;
    return Number(yi) * 1e8 + Number(wan) * 1e4 + Number(rest);
  }
  if (/^[零〇○一二两三四五六七八九]{2,}$/.test(text)) {
    return Number([...text].map((c) => DIGITS[c]).join(''));
  }
  return parseChinesePositional(text);
}

function parseChinesePositional(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else if (ch in BIG_UNITS) {
      // 万 alone (数万人, 上万人: an order of tens of thousands) is one 万, not none.
      const leading = total === 0 && section === 0 && digit === null;
      total += (leading ? 1 : section + (digit ?? 0)) * BIG_UNITS[ch]!;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}
