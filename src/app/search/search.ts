import type { Actor, TimelineEvent } from '../../lib/schema.ts';
import type { ViewEvent } from '../../lib/viewSchema.ts';

/**
 * Search folds case, width (full-width ＡＢＣ and digits) and Latin accents,
 * so "lavrov", "LAVROV" and "Lavróv" all match; Chinese text is matched as
 * written, which is why actors carry both simplified and traditional names.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** Separates the fields of a key so a term never matches across two of them. */
const SEP = '\u0001';

/** Every name an actor goes by, normalised: computed once per actor, shared by its events. */
export function actorKey(a: Actor): string {
  const parts = [a.name, a.names['zh-Hans'], a.names['zh-Hant'], a.names.en, ...a.aliases];
  for (const r of a.roles ?? []) parts.push(`${r.zh} ${r.en}`);
  return parts.map(normalise).join(SEP);
}

/**
 * Everything a reader might type to find an event: titles, quote, trigger and
 * its actors' keys. A large timeline's first view has no quote or trigger yet
 * (lib/viewSchema.ts): its key is built again once they are in.
 */
export function searchKey(event: ViewEvent | TimelineEvent, actorKeyOf: (id: string) => string): string {
  const quote = 'quote' in event.source ? event.source.quote : '';
  const trigger = 'trigger' in event ? (event.trigger ?? '') : '';
  const parts = [event.title, event.titleEn, quote, trigger].map(normalise);
  for (const id of event.actors) {
    const k = actorKeyOf(id);
    if (k) parts.push(k);
  }
  return parts.join(SEP);
}

/** The terms of a query: space-separated, all of which must match. Empty for a blank query. */
export function queryTerms(query: string): string[] {
  return normalise(query.slice(0, 200))
    .split(' ')
    .filter((t) => t.length > 0);
}

export function matches(key: string, terms: readonly string[]): boolean {
  for (const t of terms) if (!key.includes(t)) return false;
  return true;
}
