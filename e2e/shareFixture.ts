import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Timeline, TimelineEvent } from '../src/lib/schema.ts';
import { extractSeeds, serveStatic, type StaticSite } from './staticSite.ts';
export { headTags } from '../tests/support/headTags.ts';

/**
 * The app built for the share, export and embed tests: the seeds plus two
 * test articles on the same events (another outlet in Chinese, and RFA in
 * English), so events are merged from several sources and disagree on a
 * figure; one hand-made hostile event on top, to check the share pages keep
 * text as text. Built under /sub/ with THREADLINE_SITE set to the server's
 * own origin, and served like a plain static host (no fallback but 404.html).
 */
export const BASE = '/sub/';
const ROOT = '.tmp/e2e-share';
const OUT = `${ROOT}/dist`;

export const HOSTILE_ID = 'hostile0001';
export const HOSTILE_QUOTE = '"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

export interface ShareSite {
  site: StaticSite;
  /** Origin and base: `http://127.0.0.1:<port>/sub/`. */
  root: string;
  timeline: Timeline;
  outDir: string;
}

function addHostile(t: Timeline): Timeline {
  const text = `甲说：${HOSTILE_QUOTE}`;
  const event: TimelineEvent = {
    id: HOSTILE_ID,
    date: { start: '2022-01-03', precision: 'day' },
    category: 'other',
    title: '</title><script>window.__pwned=3</script>',
    titleEn: `Hostile "label" <b>bold</b> & </title><script>window.__pwned=4</script>`,
    actors: [],
    dateEvidence: { text: null, rule: 'stated' },
    source: { document: 'hostiledoc', paragraph: 'p1', quote: HOSTILE_QUOTE, start: 3, end: text.length },
  };
  return {
    ...t,
    documents: [
      ...t.documents,
      {
        id: 'hostiledoc',
        file: 'hostile.txt',
        title: '<img src=x onerror="window.__pwned=5">',
        url: 'javascript:window.__pwned=6',
        published: '2022-01-03T00:00:00.000Z',
        language: 'zh',
        paragraphs: [{ id: 'p1', kind: 'paragraph', text }],
      },
    ],
    events: [...t.events, event],
  };
}

export async function startShareSite(): Promise<ShareSite> {
  const seeds = `${ROOT}/seeds`;
  mkdirSync(seeds, { recursive: true });
  for (const f of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) copyFileSync(join('seeds', f), join(seeds, f));
  for (const f of ['kazakhstan-other-outlet.txt', 'kazakhstan-english.txt']) {
    copyFileSync(join('tests/fixtures/articles', f), join(seeds, f));
  }
  const extracted = `${ROOT}/extracted.json`;
  extractSeeds(seeds, extracted);
  const timeline = addHostile(JSON.parse(readFileSync(extracted, 'utf8')) as Timeline);
  const data = `${ROOT}/timeline.json`;
  writeFileSync(data, JSON.stringify(timeline));
  // The server reads files on each request, so it can start before the build that needs its address.
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, '404.html'), 'building');
  const site = await serveStatic(OUT, BASE);
  execFileSync('npx', ['vite', 'build', '--base', BASE, '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, THREADLINE_DATA: data, THREADLINE_SITE: site.origin },
    stdio: 'pipe',
  });
  return { site, root: `${site.origin}${BASE}`, timeline, outDir: OUT };
}

/** The Wang Yi – Lavrov call, which all three articles report. */
export const phoneCall = (t: Timeline) =>
  t.events.find((e) => e.actors.includes('wang-yi') && e.actors.includes('sergey-lavrov') && e.eventType === 'phone call')!;

/** The event whose sources give different figures (2,300 and 2,030 peacekeepers). */
export const disputed = (t: Timeline) => t.events.find((e) => e.disagreements?.some((d) => d.field === 'figure'))!;

