import type { DateValue, Precision } from '../../lib/schema.ts';
import { MESSAGES, type Lang } from '../i18n/messages.ts';
import { DAY, prefixSpan } from './eventTime.ts';

type Style = 'full' | 'monthDay' | 'day' | 'month' | 'year' | 'time' | 'hour' | 'monthOnly' | 'dayOfMonth';

/** What `Intl.DateTimeFormat` offers and the axis uses: `format(ms)`. */
export interface DateFormatter {
  format(time: number | Date): string;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

interface Parts {
  y: number;
  m: number;
  d: number;
  hm: string;
}

/** Years before 1 CE get their era: Intl's numeric year writes 44 BC as a bare "44". */
const yearEn = (y: number) => (y > 0 ? `${y}` : `${1 - y} BC`);
const yearZh = (y: number) => (y > 0 ? `${y}年` : `公元前${1 - y}年`);

// Written by hand rather than with Intl.DateTimeFormat: the first Intl formatter loads the
// locale's ICU data, 50-60 ms on the critical path of the first paint (measured in Chromium
// on the seed, where everything else before the first mark takes about 250 ms). Two locales
// and nine fixed patterns, all in UTC, are easy to get exactly right, and they match what
// Chromium's en-GB and zh-Hans-CN formats write (and name the era of BC years, which they don't).
const PATTERNS: Record<Lang, Record<Style, (p: Parts) => string>> = {
  en: {
    full: (p) => `${p.d} ${MONTHS_EN[p.m]} ${yearEn(p.y)}`,
    monthDay: (p) => `${p.d} ${MONTHS_EN[p.m]}`,
    day: (p) => `${p.d}`,
    month: (p) => `${MONTHS_EN[p.m]} ${yearEn(p.y)}`,
    year: (p) => yearEn(p.y),
    time: (p) => `${p.d} ${MONTHS_EN[p.m]} ${yearEn(p.y)}, ${p.hm}`,
    hour: (p) => p.hm,
    monthOnly: (p) => MONTHS_EN[p.m]!,
    dayOfMonth: (p) => `${p.d} ${MONTHS_EN[p.m]}`,
  },
  zh: {
    full: (p) => `${yearZh(p.y)}${p.m + 1}月${p.d}日`,
    monthDay: (p) => `${p.m + 1}月${p.d}日`,
    day: (p) => `${p.d}日`,
    month: (p) => `${yearZh(p.y)}${p.m + 1}月`,
    year: (p) => yearZh(p.y),
    time: (p) => `${yearZh(p.y)}${p.m + 1}月${p.d}日 ${p.hm}`,
    hour: (p) => p.hm,
    monthOnly: (p) => `${p.m + 1}月`,
    dayOfMonth: (p) => `${p.m + 1}月${p.d}日`,
  },
};

function parts(time: number | Date): Parts {
  const t = typeof time === 'number' ? new Date(time) : time;
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), hm: `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}` };
}

/** A formatter for one language and style, in UTC. */
export function formatter(lang: Lang, style: Style): DateFormatter {
  const pattern = PATTERNS[lang][style];
  return { format: (time) => pattern(parts(time)) };
}

const fmt = (lang: Lang, style: Style, ms: number) => formatter(lang, style).format(ms);

/** A day range written the way each language shortens it: "1–10 Jan 2022", "2022年1月1日至10日". */
export function formatDayRange(startMs: number, lastDayMs: number, lang: Lang): string {
  const a = new Date(startMs);
  const b = new Date(lastDayMs);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  if (lang === 'zh') {
    if (sameMonth) return `${fmt(lang, 'full', startMs)}至${fmt(lang, 'day', lastDayMs)}`;
    if (sameYear) return `${fmt(lang, 'full', startMs)}至${fmt(lang, 'monthDay', lastDayMs)}`;
    return `${fmt(lang, 'full', startMs)}至${fmt(lang, 'full', lastDayMs)}`;
  }
  if (sameMonth) return `${fmt(lang, 'day', startMs)}–${fmt(lang, 'full', lastDayMs)}`;
  if (sameYear) return `${fmt(lang, 'monthDay', startMs)} – ${fmt(lang, 'full', lastDayMs)}`;
  return `${fmt(lang, 'full', startMs)} – ${fmt(lang, 'full', lastDayMs)}`;
}

const STYLE_OF: Record<Precision, Style> = { day: 'full', month: 'month', year: 'year' };

/** One date prefix at its precision: "10 Jan 2022", "Aug 2021", "2013". */
function formatPrefix(value: string, precision: Precision, lang: Lang): string | null {
  const span = prefixSpan(value);
  if (!span) return null;
  const own: Precision = value.length <= 5 ? 'year' : value.length <= 8 ? 'month' : 'day';
  // Never claim more precision than the text gives.
  const coarser = ['day', 'month', 'year'].indexOf(precision) > ['day', 'month', 'year'].indexOf(own) ? precision : own;
  return fmt(lang, STYLE_OF[coarser], span[0]);
}

/** An event's date written at its precision, with its modifier; null when unreadable. */
export function formatEventDate(date: DateValue | null, lang: Lang): string | null {
  if (!date) return null;
  const first = formatPrefix(date.start, date.precision, lang);
  if (first === null) return null;
  let text = first;
  if (date.end && date.end !== date.start) {
    const a = prefixSpan(date.start);
    const b = prefixSpan(date.end);
    if (a && b && b[0] > a[0]) {
      text =
        date.precision === 'day' && date.start.length === 10 && date.end.length === 10
          ? formatDayRange(a[0], b[0], lang)
          : `${first}${lang === 'zh' ? '至' : ' – '}${formatPrefix(date.end, date.precision, lang) ?? ''}`;
    }
  }
  const m = MESSAGES[lang];
  if (date.mod) text = m.mods[date.mod](text);
  if (date.future) text = m.expected(text);
  return text;
}

/** A publication instant: "11 Jan 2022, 21:09 UTC". */
export function formatPublished(iso: string | null, lang: Lang): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return `${fmt(lang, 'time', ms)} UTC`;
}

/** An ISO day (or instant) as a day: used for date-evidence anchors. */
export function formatAnchor(iso: string, lang: Lang): string {
  const span = prefixSpan(iso.slice(0, 10));
  return span ? fmt(lang, 'full', span[0]) : iso;
}

// Count marks are labelled on every zoom frame; the same bins come back again and again.
const spanCache = new Map<string, string>();

/** A stretch of time [t0, t1) in words, for cluster and window labels, at the coarsest unit that is exact. */
export function formatSpan(t0: number, t1: number, lang: Lang): string {
  const key = `${lang}${t0}/${t1}`;
  let text = spanCache.get(key);
  if (text === undefined) {
    if (spanCache.size > 4000) spanCache.clear();
    text = spanText(t0, t1, lang);
    spanCache.set(key, text);
  }
  return text;
}

function spanText(t0: number, t1: number, lang: Lang): string {
  const to = lang === 'zh' ? '至' : '–';
  const a = new Date(t0);
  const z = new Date(t1 - 1);
  const atMonthStart = (d: Date) => d.getUTCDate() === 1 && d.getTime() % DAY === 0;
  if (atMonthStart(a) && atMonthStart(new Date(t1))) {
    if (a.getUTCMonth() === 0 && new Date(t1).getUTCMonth() === 0) {
      const y0 = fmt(lang, 'year', t0);
      return a.getUTCFullYear() === z.getUTCFullYear() ? y0 : `${y0}${to}${fmt(lang, 'year', t1 - 1)}`;
    }
    const m0 = fmt(lang, 'month', t0);
    const sameMonth = a.getUTCFullYear() === z.getUTCFullYear() && a.getUTCMonth() === z.getUTCMonth();
    return sameMonth ? m0 : `${m0}${lang === 'zh' ? '至' : ' – '}${fmt(lang, 'month', t1 - 1)}`;
  }
  if (t1 - t0 < DAY) return `${fmt(lang, 'full', t0)} ${fmt(lang, 'hour', t0)}${to}${fmt(lang, 'hour', t1)}`;
  const firstDay = Math.floor(t0 / DAY) * DAY;
  const lastDay = Math.floor((t1 - 1) / DAY) * DAY;
  return lastDay <= firstDay ? fmt(lang, 'full', t0) : formatDayRange(firstDay, lastDay, lang);
}
