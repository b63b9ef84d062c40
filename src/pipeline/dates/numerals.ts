/**
 * The one-for-one normalisation the date patterns run on (numbers are read
 * by the pipeline's shared `parseNumber`).
 *
 * The patterns are written once, in simplified characters with ASCII digits.
 * Rather than convert a sentence with opencc (phrase rules can change its
 * length), each traditional or full-width character that matters is swapped
 * for its simplified or ASCII twin one code unit for one, so an offset in the
 * normalised text is the same offset in the original sentence.
 */

export { parseNumber } from '../text/numerals.ts';

/** Traditional → simplified pairs for every character the patterns and cues use (checked against opencc in the tests). */
export const TRADITIONAL_PAIRS =
  '號号週周禮礼這这個个後后當当節节國国慶庆聖圣誕诞勞劳動动兒儿婦妇農农曆历歷历間间來来從从於于' +
  '開开將将會会計计劃划畫画預预屆届時时幾几兩两餘余數数說说稱称強强調调認认為为紹绍籲吁諾诺許许' +
  '聲声圓圆線线樓楼門门車车機机館馆選选碼码廳厅艙舱決决種种艦舰衛卫輕轻齡龄紀纪級级鑒鉴鑑鉴氣气' +
  '過过離离際际萬万進进續续臺台遊游對对與与繼继舉举訪访達达啟启實实邊边圍围歲岁長长轉转報报證证' +
  '闡阐發发標标聰聪簡简鮮鲜虛虚況况內内議议屆届憲宪滿满準准備备華华雙双陽阳晝昼點点鐘钟隊队' +
  '羈羁關关遲迟監监軟软順顺';

const FULL_WIDTH_DIGIT_ZERO = 0xff10;

/** Code unit → replacement code unit (0: keep). A table: a per-character regex test was the stage's slowest step. */
const REPLACEMENT: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
    table[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);
  }
  for (let digit = 0; digit <= 9; digit++) table[FULL_WIDTH_DIGIT_ZERO + digit] = 0x30 + digit;
  return table;
})();

/** The sentence with traditional and full-width characters swapped; same length. */
export function normalise(sentence: string): string {
  let i = 0;
  while (i < sentence.length && REPLACEMENT[sentence.charCodeAt(i)] === 0) i++;
  if (i === sentence.length) return sentence;
  let out = sentence.slice(0, i);
  for (; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    const replacement = REPLACEMENT[code]!;
    out += String.fromCharCode(replacement === 0 ? code : replacement);
  }
  return out;
}

/** A membership table over UTF-16 code units, for per-character tests in loops. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
