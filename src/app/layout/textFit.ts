/**
 * Cuts text to a width with an ellipsis, as CSS `text-overflow: ellipsis`
 * does, for text drawn on a canvas. Labels change width on every zoom frame,
 * and measuring each candidate cut with measureText would cost more than the
 * frame; with kerning off (the canvas is told so), a string is as wide as
 * its characters, so each character is measured once per font and the cut
 * is found by adding widths up.
 */
export type Measure = (text: string) => number;

export interface TextFitter {
  /** Width of `text` in the current font. */
  width(text: string): number;
  /** `text` itself when it fits in `max`, else its longest prefix that fits with an ellipsis, else ''. */
  fit(text: string, max: number): string;
}

const ELLIPSIS = '…';

export function textFitter(measure: Measure): TextFitter {
  const chars = new Map<string, number>();
  const whole = new Map<string, number>();
  const charWidth = (c: string) => {
    let w = chars.get(c);
    if (w === undefined) chars.set(c, (w = measure(c)));
    return w;
  };
  const width = (text: string) => {
    let w = whole.get(text);
    if (w === undefined) {
      w = 0;
      for (const c of text) w += charWidth(c);
      // Labels repeat from frame to frame; the cache only needs to hold what is on screen lately.
      if (whole.size > 5000) whole.clear();
      whole.set(text, w);
    }
    return w;
  };
  return {
    width,
    fit(text, max) {
      if (width(text) <= max) return text;
      const budget = max - charWidth(ELLIPSIS);
      if (budget <= 0) return '';
      let used = 0;
      let end = 0;
      for (const c of text) {
        const w = charWidth(c);
        if (used + w > budget) break;
        used += w;
        end += c.length;
      }
      return end === 0 ? '' : text.slice(0, end).trimEnd() + ELLIPSIS;
    },
  };
}
