/**
 * Build step for deep links on static hosts. After `vite build`:
 * - if THREADLINE_DATA names a timeline file, ship it as data/timeline.json
 *   (tests and benchmarks build the app around a chosen data set this way);
 * - write event/<id>/index.html for every event, so a fresh load of
 *   <base>event/<id> finds a page on any static host, with the event's title
 *   and date in <title> and the share-preview meta tags;
 * - write 404.html, so hosts that serve it for unknown paths still start the
 *   app, which then says plainly that the event does not exist.
 * Runs in Node only (imported by vite.config.ts); never part of the app bundle.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { formatEventDate } from '../time/formatDate.ts';

interface EventLike {
  id?: unknown;
  title?: unknown;
  titleEn?: unknown;
  date?: unknown;
  source?: { quote?: unknown };
}

const ID = /^[a-z0-9]{1,64}$/;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** index.html with the event's title and a description for link previews. */
export function eventPageHtml(indexHtml: string, event: EventLike, appName = 'Threadline'): string {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const titleEn = str(event.titleEn) || str(event.title);
  const date = formatEventDate(event.date as Parameters<typeof formatEventDate>[0], 'en');
  const title = `${titleEn} · ${appName}`;
  const quote = str(event.source?.quote);
  const description = [date, str(event.title), quote.length > 160 ? `${quote.slice(0, 157)}…` : quote]
    .filter(Boolean)
    .join(' — ');
  const meta = [
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="${escapeHtml(appName)}" />`,
    `<meta property="og:title" content="${escapeHtml(titleEn)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
  return indexHtml
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>\n    ${meta}`);
}

export interface WriteResult {
  pages: number;
  skipped: number;
}

/** Writes the pages into a built `outDir`; returns how many were written and skipped. */
export function writeEventPages(outDir: string, dataFile = process.env.THREADLINE_DATA): WriteResult {
  const target = join(outDir, 'data', 'timeline.json');
  if (dataFile) {
    mkdirSync(join(outDir, 'data'), { recursive: true });
    copyFileSync(resolve(dataFile), target);
  }
  const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
  writeFileSync(join(outDir, '404.html'), indexHtml);
  if (!existsSync(target)) return { pages: 0, skipped: 0 };
  const data = JSON.parse(readFileSync(target, 'utf8')) as { events?: EventLike[] };
  let pages = 0;
  let skipped = 0;
  for (const event of Array.isArray(data.events) ? data.events : []) {
    if (typeof event.id !== 'string' || !ID.test(event.id)) {
      skipped++;
      continue;
    }
    const dir = join(outDir, 'event', event.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), eventPageHtml(indexHtml, event));
    pages++;
  }
  return { pages, skipped };
}

/** The Vite plugin: runs `writeEventPages` once the bundle is written. */
export function eventPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'threadline-event-pages',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const { pages, skipped } = writeEventPages(outDir);
      config.logger.info(`threadline: wrote ${pages} event pages and 404.html${skipped ? ` (${skipped} bad ids skipped)` : ''}`);
    },
  };
}
