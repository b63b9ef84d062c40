import type { Timeline } from '../../lib/schema.ts';
import { readTimeline } from './readTimeline.ts';

/** The element a build puts a small timeline in (see build/inlineData.ts). */
export const INLINE_DATA_ID = 'timeline-data';

/**
 * The timeline from the page itself when the build inlined it, else fetched
 * from beside the app (same origin, under the base path).
 */
export async function loadTimeline(base: string, doc: Pick<Document, 'getElementById'> = document): Promise<Timeline> {
  const inline = doc.getElementById(INLINE_DATA_ID)?.textContent;
  let raw: unknown;
  if (inline) raw = JSON.parse(inline);
  else {
    const res = await fetch(`${base}data/timeline.json`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    raw = await res.json();
  }
  const read = readTimeline(raw);
  if (!read) throw new Error('not a timeline file');
  if (read.dropped > 0) console.warn(`Threadline: left out ${read.dropped} malformed entries`);
  return read.timeline;
}
