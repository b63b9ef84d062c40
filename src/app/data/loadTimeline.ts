import type { Timeline } from '../../lib/schema.ts';
import { readTimeline } from './readTimeline.ts';

/** Fetches the timeline JSON from beside the app (same origin, under the base path). */
export async function loadTimeline(base: string): Promise<Timeline> {
  const res = await fetch(`${base}data/timeline.json`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const read = readTimeline(await res.json());
  if (!read) throw new Error('not a timeline file');
  if (read.dropped > 0) console.warn(`Threadline: left out ${read.dropped} malformed entries`);
  return read.timeline;
}
