/**
 * Writes a large timeline's first view and parts beside its file
 * (data/view.json, data/details/k.json, data/text/k.json; see
 * lib/viewSchema.ts for why), so the app never has to parse the whole file
 * before the first mark. A small timeline is inlined instead (inlineData.ts).
 * Runs in Node at build time only.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Timeline } from '../../lib/schema.ts';
import { INLINE_LIMIT } from './inlineData.ts';
import { splitTimeline } from './splitTimeline.ts';

/** What a split writes in data/, removed first so a smaller data set leaves no stale part behind. */
const WRITTEN = ['view.json', 'details', 'text'];

/**
 * Splits `json` (the timeline file's text) into `dataDir` when it is too
 * large to inline; true when it did. A file that is not a timeline is left
 * whole: the app then reads data/timeline.json and reports what is wrong.
 */
export function writeSplitData(dataDir: string, json: string | null): boolean {
  for (const name of WRITTEN) rmSync(join(dataDir, name), { recursive: true, force: true });
  if (json === null || Buffer.byteLength(json) <= INLINE_LIMIT) return false;
  let split: ReturnType<typeof splitTimeline>;
  try {
    const data = JSON.parse(json) as Timeline;
    if (data?.version !== 1 || !Array.isArray(data.events) || !Array.isArray(data.documents)) return false;
    split = splitTimeline(data);
  } catch {
    return false;
  }
  mkdirSync(join(dataDir, 'details'), { recursive: true });
  mkdirSync(join(dataDir, 'text'), { recursive: true });
  writeFileSync(join(dataDir, 'view.json'), JSON.stringify(split.view));
  split.details.forEach((part, k) => writeFileSync(join(dataDir, 'details', `${k}.json`), JSON.stringify(part)));
  split.texts.forEach((part, k) => writeFileSync(join(dataDir, 'text', `${k}.json`), JSON.stringify(part)));
  return true;
}
