import type { DateValue, Precision } from '../../lib/schema.ts';
import { LOCALE, MESSAGES, type Lang } from '../i18n/messages.ts';
import { DAY, prefixSpan } from './eventTime.ts';

type Style = 'full' | 'monthDay' | 'day' | 'month' | 'year' | 'time' | 'hour' | 'monthOnly' | 'dayOfMonth';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  full: { day: 'numeric', month: 'short', year: 'numeric' },
  monthDay: { day: 'numeric', month: 'short' },
  day: { day: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
  time: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  hour: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  monthOnly: { month: 'short' },
  dayOfMonth: { day: 'numeric', month: 'short' },
};

// Building an Intl.DateTimeFormat costs far more than using one; axis ticks
// format dozens of dates per frame, so keep one per language and style.
// The first one in a page also sets up ICU's locale data: 20-60 ms in Chromium,
// on the first paint's path. A hand-written formatter saved that but was dropped:
// dates are Intl's, so every language gets its own conventions. Creating one in a
// worker while the bundle downloads (ICU's data is per process) took it off the
// main thread, but alternating openings showed no earlier first mark: also dropped.
const cache = new Map<string, Intl.DateTimeFormat>();

export function formatter(lang: Lang, style: Style): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { ...OPTIONS[style], timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
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
