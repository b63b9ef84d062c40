import type { Explorer } from '../state/explorer.svelte.ts';
import { formatUrl, parseUrl } from './urlState.ts';

/** Base path the app is served under, always ending in '/'. */
export const BASE = import.meta.env.BASE_URL.startsWith('/') ? import.meta.env.BASE_URL : '/';

/**
 * The absolute address of the current state, for the Copy link button: the
 * full app even when copied from an embed; `embed: true` gives the embed's own.
 */
export const shareUrl = (ex: Explorer, embed = false) =>
  new URL(formatUrl({ ...ex.urlState, embed }, BASE), location.origin).href;

/**
 * Keeps the address and the state in step: reads it once the data is in,
 * pushes a history entry when the selection changes (so Back and Forward walk
 * selections), replaces the entry for everything else (zoom, filters), at
 * most a few times a second because browsers throttle history calls, and
 * takes the address back on Back/Forward. Call during component set-up.
 */
export function syncUrl(ex: Explorer) {
  let entryEvent: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;

  const here = () => location.pathname + location.search;
  const read = () => parseUrl({ pathname: location.pathname, search: location.search, hash: location.hash }, BASE);

  $effect(() => {
    if (ex.status !== 'ready') return;
    const href = formatUrl(ex.urlState, BASE);
    if (!started) {
      started = true;
      const u = read();
      ex.applyUrl(u);
      entryEvent = ex.selectedId;
      // Canonical form: `#/event/<id>` becomes `/event/<id>`.
      const canonical = formatUrl(ex.urlState, BASE);
      if (location.hash || canonical !== here()) history.replaceState(null, '', canonical);
      return;
    }
    if (href === here()) return;
    clearTimeout(timer);
    if (ex.selectedId !== entryEvent) {
      entryEvent = ex.selectedId;
      history.pushState(null, '', href);
    } else {
      timer = setTimeout(() => {
        timer = undefined;
        history.replaceState(null, '', formatUrl(ex.urlState, BASE));
      }, 250);
    }
  });

  $effect(() => {
    const onPop = () => {
      clearTimeout(timer);
      const u = read();
      ex.applyUrl(u);
      entryEvent = ex.selectedId;
      // An old id of a merged event (an alias) names the event by its id now.
      const canonical = formatUrl(ex.urlState, BASE);
      if (u.event !== ex.selectedId && canonical !== here()) history.replaceState(null, '', canonical);
    };
    // Leaving the page (a link, a typed address) within the quarter second: write the address
    // now, or the entry Back returns to keeps a view from mid-zoom and loses the latest filters.
    const onLeave = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      const href = formatUrl(ex.urlState, BASE);
      if (href !== here()) history.replaceState(null, '', href);
    };
    addEventListener('popstate', onPop);
    addEventListener('pagehide', onLeave);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('pagehide', onLeave);
      clearTimeout(timer);
    };
  });
}
