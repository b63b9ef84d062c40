import type { PreparedEvent } from '../data/types.ts';
import { formatEventDate } from '../time/formatDate.ts';
import { MESSAGES, type Lang } from './messages.ts';

/** The title a reader of `lang` sees first: the English label, or the article's own title. */
export const eventTitle = (e: PreparedEvent, lang: Lang) => (lang === 'zh' ? e.event.title : e.event.titleEn);

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
