/**
 * Counts a sentence reports (至少50人死亡, 近三千人被拘留, 部队约有一千二百人,
 * "at least 50 people were killed"), so a label can carry them and sources
 * that disagree on a figure can be shown side by side.
 */
import type { Category, Figure } from '../../lib/schema.ts';
import { NUMERAL_CHARS, parseNumber } from '../text/numerals.ts';
import { foldText } from '../text/fold.ts';

export interface FoundFigure extends Figure {
  category: Category;
  start: number;
  end: number;
}

type Approx = NonNullable<Figure['approx']>;

const QUALIFIERS: Record<string, Approx> = {
  至少: 'at-least', 最少: 'at-least', 不少于: 'at-least', 超过: 'more-than', 逾: 'more-than', 多达: 'at-least',
  高达: 'at-least', 近: 'nearly', 将近: 'nearly', 接近: 'nearly', 约: 'about', 大约: 'about',
  'at least': 'at-least', 'more than': 'more-than', over: 'more-than', nearly: 'nearly', almost: 'nearly',
  about: 'about', around: 'about', some: 'about',
};

// What is counted, by the word after the count (…人丧生) or before it (维和人员…人).
const OUTCOMES: [RegExp, string, Category][] = [
  [/^(?:丧生|死亡|遇难|身亡|罹难|被杀|killed|dead|died)/, 'dead', 'unrest'],
  [/^(?:受伤|伤|injured|wounded)/, 'injured', 'unrest'],
  [/^(?:被捕|被拘|被逮捕|遭逮捕|被拘留|被抓|arrested|detained)/, 'arrested', 'unrest'],
  [/^(?:失踪|missing)/, 'missing', 'unrest'],
];
const COUNTED_NOUNS: [RegExp, string, Category][] = [
  [/(?:维和人员|维和部队|peacekeepers)/, 'peacekeepers', 'military'],
  [/(?:部队|士兵|军人|兵力|troops|soldiers)/, 'troops', 'military'],
  [/(?:抗议者|示威者|protesters)/, 'protesters', 'unrest'],
];

const NUM = `[${NUMERAL_CHARS}]+`;
const ZH_COUNT = new RegExp(
  `(${Object.keys(QUALIFIERS).filter((q) => /[^\x00-\x7f]/.test(q)).join('|')})?(${NUM})(余|多)?(?:人|名)`,
  'g',
);
const EN_COUNT = /\b(at least|more than|over|nearly|almost|about|around|some)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s+(?:people\s+|persons\s+)?(?:(?:were|have been|had been|are)\s+)?(killed|dead|died|injured|wounded|arrested|detained|missing|peacekeepers|troops|soldiers|protesters)\b/gi;

// Most sentences count nobody: a cheap look for a numeral before 人/名 first.
const MAY_COUNT = /[0-9０-９零〇一二两三四五六七八九十百千万亿][余多]?[人名]/;

export function findFigures(text: string): FoundFigure[] {
  const figures: FoundFigure[] = [];
  const folded = MAY_COUNT.test(text) ? foldText(text) : '';
  for (const m of folded.matchAll(ZH_COUNT)) {
    const value = parseNumber(m[2]!.replace(/,$/, ''));
    if (value === null || value === 0) continue;
    const end = m.index + m[0].length;
    const counted = classifyCount(folded.slice(end, end + 4), folded.slice(Math.max(0, m.index - 12), m.index));
    if (!counted) continue;
    const approx: Approx = m[3] ? 'more-than' : m[1] ? QUALIFIERS[m[1]]! : 'exact';
    figures.push({ value, text: text.slice(m.index, end), what: counted[0], category: counted[1], approx, start: m.index, end });
  }
  for (const m of text.matchAll(EN_COUNT)) {
    const value = parseNumber(m[2]!);
    const counted = classifyCount(m[3]!.toLowerCase(), m[3]!.toLowerCase());
    if (value === null || !counted) continue;
    const approx: Approx = m[1] ? QUALIFIERS[m[1].toLowerCase()]! : 'exact';
    figures.push({ value, text: m[0].trim(), what: counted[0], category: counted[1], approx, start: m.index, end: m.index + m[0].length });
  }
  return figures.sort((a, b) => a.start - b.start);
}

function classifyCount(after: string, before: string): [string, Category] | null {
  for (const [re, what, category] of OUTCOMES) if (re.test(after)) return [what, category];
  for (const [re, what, category] of COUNTED_NOUNS) if (re.test(before)) return [what, category];
  return null;
}

/** "164 dead", "10,000 arrested", "2,300 peacekeepers" with "at least"/"nearly" where written. */
export function describeFigure(f: Figure): string {
  const prefix: Record<Approx, string> = {
    'at-least': 'at least ', 'more-than': 'over ', nearly: 'nearly ', about: 'about ', exact: '',
  };
  return `${prefix[f.approx ?? 'exact']}${f.value.toLocaleString('en-US')} ${f.what}`;
}

/** The figure as the contract stores it (without category and offsets). */
export function toFigure({ value, text, what, approx }: FoundFigure): Figure {
  return { value, text, what, ...(approx ? { approx } : {}) };
}
