import { Details } from '../state/details.svelte.ts';
import { readTimeline } from './readTimeline.ts';
import type { AppTimeline } from './types.ts';

/** The element a build puts a small timeline in (see build/inlineData.ts). */
export const INLINE_DATA_ID = 'timeline-data';

export interface LoadedTimeline {
  timeline: AppTimeline;
  details: Details;
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

/**
 * The timeline from the page itself when the build inlined it; else the first
 * view of a large one (data/view.json, its parts loaded later: see
 * lib/viewSchema.ts); else, where no build split it (the dev server, a file
 * copied by hand), the whole data/timeline.json. Same origin, under the base path.
 */
export async function loadTimeline(base: string, doc: Pick<Document, 'getElementById'> = document): Promise<LoadedTimeline> {
  const inline = doc.getElementById(INLINE_DATA_ID)?.textContent;
  let raw: unknown;
  if (inline) raw = JSON.parse(inline);
  else {
    const res = await fetch(`${base}data/view.json`);
    // Without a first view, a host answers 404 or (the dev server, single-page hosts) with its page.
    const isView = res.ok && !res.headers.get('content-type')?.includes('html');
    raw = isView ? await res.json() : await fetchJson(`${base}data/timeline.json`);
  }
  let read = readTimeline(raw);
  // A damaged first view would pair events with other events' details: read the whole file instead.
  if (read?.kind === 'view' && read.dropped > 0) read = readTimeline(await fetchJson(`${base}data/timeline.json`));
  if (!read) throw new Error('not a timeline file');
  if (read.dropped > 0) console.warn(`Threadline: left out ${read.dropped} malformed entries`);
  if (read.kind === 'whole') return { timeline: read.timeline, details: Details.whole(read.timeline) };
  const part = (kind: 'details' | 'text', k: number) => fetchJson(`${base}data/${kind}/${k}.json`);
  return { timeline: read.timeline, details: new Details(read.timeline, part) };
}
