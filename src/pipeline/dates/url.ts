/**
 * Dates a related article from its address.
 *
 * RFA writes MMDDYYYY followed by the time of day (4–9 digits, e.g.
 * `cl-01112022133717.html`, `cl-010720220928327.html`); other sites put
 * `/2022/01/10/`, the Guardian's `/2022/feb/24/` (month by name),
 * `2022-01-10`, Xinhua's `/2022-01/06/`, People's Daily's `/2022/0324/`, China News
 * Service's `/2022/03-27/` or `20220110` in the path, CNA
 * `20220803` plus a 2–6 digit serial (`202208030047.aspx`), Yonhap a letter
 * prefix, `20221117` and a 6–9 digit serial (`AEN20221117001651325`). Month and day are
 * checked, so an article id that merely looks like a date is not taken.
 */
import type { DateValue } from '../../lib/schema.ts';
import { dayNumber, formatDay, isValidDay } from './calendar.ts';

interface UrlPattern {
  regex: RegExp;
  /** Capture group indexes of year, month and (optional) day. */
  order: readonly [number, number, number | null];
  /** The month is written as a name (jan, feb…), not a number. */
  named?: boolean;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
/** 1–12 for an English month name, its three-letter abbreviation or "sept", else 0. */
function monthByName(name: string): number {
  const word = name.toLowerCase();
  const index = MONTHS.findIndex((month) => month.startsWith(word.slice(0, 3))) + 1;
  if (index === 0) return 0;
  return word.length === 3 || word === 'sept' || word === MONTHS[index - 1] ? index : 0;
}

const PATTERNS: readonly UrlPattern[] = [
  { regex: /(?<=[-_/])(\d{2})(\d{2})(\d{4})\d{4,9}(?=\.html?\b)/, order: [3, 1, 2] },
  { regex: /(?<![0-9])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![0-9])/, order: [1, 2, 3] },
  { regex: /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[?#.])/, order: [1, 2, 3] },
  // The Guardian: /world/2022/feb/24/slug.
  { regex: /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?=\/|$|[?#.])/i, order: [1, 2, 3], named: true },
  { regex: /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})(?=\/)/, order: [1, 2, 3] },
  // People's Daily /n1/2022/0324/…, China News Service /sh/2022/03-27/….
  { regex: /\/((?:19|20)\d{2})\/(\d{2})-?(\d{2})(?=\/)/, order: [1, 2, 3] },
  { regex: /(?<![0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?![0-9])/, order: [1, 2, 3] },
  // CNA (Taiwan) writes YYYYMMDD and a serial: /news/aipl/202208030047.aspx.
  // The year is held to 1990 on: a bare serial is less safe than a separated date.
  { regex: /(?<![0-9])((?:199|20\d)\d)(\d{2})(\d{2})\d{2,6}(?=\.aspx\b|\.html?\b|\/|$)/, order: [1, 2, 3] },
  // Yonhap: a letter prefix, YYYYMMDD and a 6–9 digit serial as the whole last
  // segment (/view/AEN20221117001651325). The letters and the end of the path
  // keep a long numeric id (/item/2022111700165132512) from being read as a date.
  { regex: /(?<=\/[A-Za-z]{1,5})((?:199|20\d)\d)(\d{2})(\d{2})\d{6,9}(?=\/?(?:$|[?#])|\.html?\b|\.aspx\b)/, order: [1, 2, 3] },
  { regex: /\/((?:19|20)\d{2})\/(\d{1,2})(?=\/)/, order: [1, 2, null] },
];

/** The path and query of an address (the host may hold digits of its own). */
function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

export function dateFromUrl(url: string): { value: DateValue; text: string } | null {
  const path = pathOf(url);
  for (const { regex, order, named } of PATTERNS) {
    const match = regex.exec(path);
    if (!match) continue;
    const y = Number(match[order[0]]);
    const m = named ? monthByName(match[order[1]]!) : Number(match[order[1]]);
    if (order[2] === null) {
      if (m < 1 || m > 12) continue;
      const start = formatDay(dayNumber(y, m, 1), 'month');
      return { value: { start, precision: 'month', timex: start }, text: match[0] };
    }
    const d = Number(match[order[2]]);
    if (!isValidDay(y, m, d)) continue;
    const start = formatDay(dayNumber(y, m, d), 'day');
    return { value: { start, precision: 'day', timex: start }, text: match[0] };
  }
  return null;
}
