import type { PreparedEvent } from '../data/types.ts';
import { eventLabel } from './eventText.ts';
import type { Lang } from './messages.ts';

/**
 * How many articles report the event: its own and the others merged into it.
 * A passage of its own article that quotes what it reported (a restatement)
 * is one more passage, not one more article.
 */
export function sourceCount(e: PreparedEvent): number {
  const others = e.event.otherSources;
  if (!others) return 1;
  // Marks ask on every frame they are drawn: counted once per event.
  let n = counted.get(e);
  if (n === undefined) counted.set(e, (n = new Set([e.event.source.document, ...others.map((o) => o.source.document)]).size));
  return n;
}
const counted = new WeakMap<PreparedEvent, number>();

// Worded as the details panel words it; kept here so marks and list do not depend on its messages.
const SOURCES: Record<Lang, (n: number) => string> = {
  en: (n) => `${n} sources`,
  zh: (n) => `${n} 个出处`,
};

/** The sources, in words, when there is more than one ("3 sources"); '' otherwise. */
export function sourcesNote(e: PreparedEvent, lang: Lang): string {
  const n = sourceCount(e);
  return n > 1 ? SOURCES[lang](n) : '';
}

/** Accessible name of a mark: its date and title, then how many sources back it when more than one. */
export function markLabel(e: PreparedEvent, lang: Lang): string {
  const note = sourcesNote(e, lang);
  return note ? `${eventLabel(e, lang)} · ${note}` : eventLabel(e, lang);
}
