/**
 * A wire story's dateline (新华社努尔苏丹1月11日电（记者…）, "NIAMEY, July 31
 * (Reuters) -") says where and when the story was filed: its agency is not
 * an actor of the events, and its date is not theirs.
 */
// 新华社努尔苏丹1月11日电（记者…）; CNA puts it in brackets, reporters first,
// without the month: （中央社記者林宜萱台北5日電）. An outlet's tag: 【明報專訊】, 〔記者陳彥廷／台北報導〕;
// Caixin's tag with its reporters: 【财新网】（记者 周思远 杨柳）.
// What follows the day: 电 (filed), 专电 (by its own reporter), and in brackets also
// 综合外电报道, 综合报道 (compiled from wires and reports) and 报道, with their
// traditional forms. Unbracketed, 据路透社11日报道 is a sentence's source, no dateline.
const FILED = '(?:[专專]?[电電])';
const FILED_IN_BRACKETS = '(?:[专專][电電]|(?:[综綜]合)?(?:外[电電])?(?:[报報](?:道|[导導])|[电電]))';
const DAY = '[0-9０-９一二三四五六七八九十]{1,3}';
const ZH = new RegExp(
  '^(?:' +
    [
      `[（(][^，。（）()]{0,30}?(?:社|报|報|台|臺|网|網|通讯|通訊)[^，。（）()]{0,24}?(?:${DAY}月)?${DAY}日${FILED_IN_BRACKETS}[）)]`,
      `[^，。]{0,20}?(?:社|报|報|台|臺|网|網|通讯|通訊)[^，。（]{0,16}?${DAY}月${DAY}日${FILED}(?:[（(][^）)]*[）)])?`,
      '【[^】]{1,12}(?:专讯|專訊|讯|訊|网|網|社|报|報)】(?:[（(][记記]者[^（）()，。]{1,30}[）)])?',
      '[（(][记記]者[\\s\\u3000]+[^（）()，。]{2,30}[）)]',
      '〔[^〕]{1,30}(?:报导|報導|报道|報道)〕',
    ].join('|') +
    ')',
);
// PLACE[, REGION][, Month D] (Agency) - : the place in capitals, as wires
// write it (AP leaves the date out: "DHAKA, Bangladesh (AP) —"); a roundup
// filed from several places leaves the place out: "April 20 (Reuters) - ".
const EN = /^(?:[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?(?:,\s*(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s*\([A-Z][A-Za-z .&-]{0,30}\)\s*[-–—]+\s*/;

// AFP and others also write the place in title case ("Noumea (AFP) -"): then only a wire's name in the
// brackets makes it a dateline, since any sentence may open with a name and a bracket.
const EN_TITLE_CASE = /^[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?\s*\((?:AFP|Reuters|AP|Bloomberg|dpa|DPA|Xinhua|Kyodo|Yonhap|UPI|TASS|Anadolu|EFE|ANSA)\)\s*[-–—]+\s*/;

/** How many characters at the start of `sentence` are a dateline (0: none). */
export function datelineLength(sentence: string): number {
  return ((mayOpenZhDateline(sentence) ? ZH.exec(sentence) : null) ?? EN.exec(sentence) ?? EN_TITLE_CASE.exec(sentence))?.[0].length ?? 0;
}

const ZH_OPENERS = '（(【〔';
const ZH_FILED_DAY = /日[专專]?[电電]/;

/**
 * Could ZH match? Every sentence meets it, and its unbracketed form (up to
 * twenty characters of anything, an outlet, sixteen more) is tried at length
 * on a sentence that is no dateline. Each of its forms opens with a bracket
 * (（, (, 【, 〔) or, unbracketed, holds a day and its 电 (1月11日电, 11日專電):
 * without either it cannot match.
 */
export function mayOpenZhDateline(sentence: string): boolean {
  return (sentence.length > 0 && ZH_OPENERS.includes(sentence[0]!)) || ZH_FILED_DAY.test(sentence);
}

/** For dateline.test.ts: the pattern the test above gates. */
export const ZH_DATELINE = ZH;
