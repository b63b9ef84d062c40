import type { Category } from '../../lib/schema.ts';
import { CATEGORIES } from './categories.ts';
import { matches, queryTerms } from '../search/search.ts';
import type { PreparedEvent } from './types.ts';

export interface Filters {
  /** Categories shown; all of them when nothing is filtered. */
  readonly categories: ReadonlySet<Category>;
  readonly actor: string | null;
  readonly document: string | null;
  readonly query: string;
}

export const NO_FILTERS: Filters = { categories: new Set(CATEGORIES), actor: null, document: null, query: '' };

export function isFiltered(f: Filters): boolean {
  return f.categories.size < CATEGORIES.length || f.actor !== null || f.document !== null || f.query.trim() !== '';
}

/** The events that pass every filter, in the order given (time order). */
export function filterEvents(events: readonly PreparedEvent[], f: Filters): PreparedEvent[] {
  const terms = queryTerms(f.query);
  const allCategories = f.categories.size >= CATEGORIES.length;
  return events.filter(
    (e) =>
      (allCategories || f.categories.has(e.category)) &&
      (f.actor === null || e.event.actors.includes(f.actor)) &&
      (f.document === null || e.event.source.document === f.document) &&
      (terms.length === 0 || matches(e.searchKey, terms)),
  );
}

/** Index of the first event whose `order` is at least `order` (binary search; events in time order). */
export function indexByOrder(events: readonly PreparedEvent[], order: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.order < order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The events before and after `order` in a filtered list, whether or not that event is in it. */
export function neighbours(events: readonly PreparedEvent[], order: number) {
  const i = indexByOrder(events, order);
  const here = events[i]?.order === order;
  return { previous: events[i - 1] ?? null, next: events[here ? i + 1 : i] ?? null };
}
