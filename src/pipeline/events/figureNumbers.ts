/**
 * What the count finders share: a found figure, the qualifiers before a count
 * (至少, "at least"), and English numbers as news writes them (53, 46,000,
 * "1.9 million", "Forty-five", "a hundred", "dozens").
 */
import type { Category, Figure } from '../../lib/schema.ts';
import { parseNumber } from '../text/numerals.ts';

export interface FoundFigure extends Figure {
  category: Category;
  start: number;
  end: number;
}

export type Approx = NonNullable<Figure['approx']>;

export const QUALIFIERS: Record<string, Approx> = {
  至少: 'at-least', 最少: 'at-least', 不少于: 'at-least', 超过: 'more-than', 逾: 'more-than', 多达: 'at-least',
  高达: 'at-least', 近: 'nearly', 将近: 'nearly', 接近: 'nearly', 约: 'about', 大约: 'about',
  'at least': 'at-least', 'more than': 'more-than', over: 'more-than', nearly: 'nearly', almost: 'nearly',
  about: 'about', around: 'about', some: 'about',
};

/** The English qualifiers above as one capturing group, for the count patterns: "at least", "more than"… */
export const EN_QUALIFIER = `(${Object.keys(QUALIFIERS).filter((k) => /^[a-z ]+$/.test(k)).join('|')})`;

/*
 * English counts where digits would stand: "Two people were killed", "killed twenty-one
 * soldiers" (one to ninety-nine, as news spells them out), and "1.9 million people"
 * (a decimal only with million or billion: "1.9 people" is no count).
 */
const EN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const EN_WORD_VALUE: Record<string, number> = Object.fromEntries([
  ...EN_UNITS.map((w, i) => [w, i + 1]),
  ...EN_TEENS.map((w, i) => [w, i + 10]),
  ...EN_TENS.map((w, i) => [w, (i + 2) * 10]),
]);
export const EN_WORD_NUMBER = `(?:${EN_TENS.join('|')})(?:-(?:${EN_UNITS.join('|')}))?|${[...EN_TEENS, ...EN_UNITS].join('|')}`;
// Not after a dot either: "1.9 people" must not read as 9.
// "a million people", "half a million": the article as the number.
export const EN_NUMBER = `(?<![-\\w.])(\\d+(?:\\.\\d+)?\\s+(?:million|billion)|(?:half\\s+)?an?\\s+(?:hundred|thousand|million|billion)\\b(?!\\s+(?:thousand|million|billion))|\\d{1,3}(?:,\\d{3})+|\\d+|${EN_WORD_NUMBER})`;
/** Any number word at all: most sentences have none, and then the word forms cannot match. */
export const MAY_WORD_NUMBER = new RegExp(`\\b(?:${[...EN_UNITS, ...EN_TEENS, ...EN_TENS, 'hundred', 'thousand', 'million', 'billion'].join('|')})\\b`, 'i');
export const EN_SCALE: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1e6, billion: 1e9 };

/** The value of a count EN_NUMBER read: 53, 46,000, 1.9 million, Forty-five. */
export function parseEnglishNumber(raw: string): number | null {
  const word = raw.toLowerCase();
  const article = /^(half\s+)?an?\s+(hundred|thousand|million|billion)$/.exec(word);
  if (article) return EN_SCALE[article[2]!]! / (article[1] ? 2 : 1);
  if (/^[a-z]/.test(word)) return word.split('-').reduce((sum, w) => sum + (EN_WORD_VALUE[w] ?? NaN), 0) || null;
  const scaled = /^(\d+(?:\.\d+)?)\s+(million|billion)$/.exec(word);
  if (scaled) return Math.round(Number(scaled[1]) * (scaled[2] === 'million' ? 1e6 : 1e9));
  return parseNumber(raw);
}

export const EN_ORDER_VALUE: Record<string, number> = {
  dozens: 10, scores: 10, hundreds: 100, thousands: 1_000, 'tens of thousands': 10_000,
  'hundreds of thousands': 100_000, millions: 1_000_000,
};
