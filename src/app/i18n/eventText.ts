import type { Figure } from '../../lib/schema.ts';
import { orderWords } from '../../lib/figureWords.ts';
import type { PreparedEvent } from '../data/types.ts';
import { formatEventDate } from '../time/formatDate.ts';
import { formatCount, MESSAGES, type Lang } from './messages.ts';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A `lang` tag for a piece of text: Chinese when it holds Han characters (titles of English articles do not). */
export const textLang = (text: string) => (HAN.test(text) ? 'zh-Hans' : 'en');

const chinese = new WeakMap<PreparedEvent, string>();

/**
 * The article title a Chinese reader sees: an event merged from an English
 * article and Chinese ones takes the first Chinese report's title; an event
 * only English articles report keeps its English title.
 */
function chineseTitle(e: PreparedEvent): string {
  let title = chinese.get(e);
  if (title === undefined) {
    title = HAN.test(e.event.title) ? e.event.title : (e.event.otherSources?.find((o) => HAN.test(o.title))?.title ?? e.event.title);
    chinese.set(e, title);
  }
  return title;
}

/** The title a reader of `lang` sees first: the English label, or the article's own title. */
export const eventTitle = (e: PreparedEvent, lang: Lang) => (lang === 'zh' ? chineseTitle(e) : e.event.titleEn);

/** The title in the other language, shown under the first; '' when it would say the same. */
export function otherTitle(e: PreparedEvent, lang: Lang): string {
  const other = lang === 'zh' ? e.event.titleEn : chineseTitle(e);
  return other === eventTitle(e, lang) ? '' : other;
}

// Marks ask for their date on every zoom frame; formatting once per event and language is enough.
const cache: Record<Lang, WeakMap<PreparedEvent, string>> = { en: new WeakMap(), zh: new WeakMap() };

/** The event's date at its precision, or "Undated". */
export function eventDate(e: PreparedEvent, lang: Lang): string {
  let text = cache[lang].get(e);
  if (text === undefined) {
    text = formatEventDate(e.event.date, lang) ?? MESSAGES[lang].undated;
    cache[lang].set(e, text);
  }
  return text;
}

/** Accessible name of an event: its date, then its title. */
export const eventLabel = (e: PreparedEvent, lang: Lang) =>
  `${eventDate(e, lang)}${lang === 'zh' ? '：' : ': '}${eventTitle(e, lang)}`;

/** How many, for an English reader: "at least 164", "over 4,000", "dozens" (数十人), "thousands of" (troops). */
export function figureAmount(f: Figure): string {
  if (f.approx === 'several') return orderWords(f.value, f.what);
  return [MESSAGES.en.approx[f.approx ?? 'exact'], formatCount(f.value, 'en')].filter(Boolean).join(' ');
}
