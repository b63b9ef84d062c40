import type { PreparedEvent, Span } from '../data/types.ts';

/**
 * The events the reader sees now, for export and print: after filters and
 * search, and within the visible window when the list is limited to it (the
 * same rule as the list's "Only events in the visible window").
 */
export function shownEvents(filtered: readonly PreparedEvent[], listInView: boolean, window: Span): PreparedEvent[] {
  return listInView ? filtered.filter((e) => e.dated && e.end > window[0] && e.start < window[1]) : [...filtered];
}
