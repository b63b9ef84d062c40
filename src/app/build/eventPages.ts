/**
 * Build step for deep links and share cards on static hosts. After `vite build`:
 * - if THREADLINE_DATA names a timeline file, ship it as data/timeline.json
 *   (tests and benchmarks build the app around a chosen data set this way);
 * - put a small timeline inside index.html, or else split a large one into
 *   the first view's file and its parts (splitData.ts) and preload that file
 *   (see inlineData.ts), and with a small one the stylesheet too
 *   (inlineStyles.ts), before any page is made from index.html;
 * - write event/<id>/index.html for every event, so a fresh load of
 *   <base>event/<id> finds a page on any static host, with the event's own
 *   title, share-card tags and a <noscript> account (see sharePage.ts);
 * - write the same page at event/<alias>/ for every id a merged event had in
 *   another article, its canonical link naming the merged event: old links
 *   keep working without JavaScript, and the app moves the address on;
 * - write sitemap.xml (home and every event) when THREADLINE_SITE gives the
 *   site's origin, since sitemaps take absolute addresses only;
 * - write 404.html, so hosts that serve it for unknown paths still start the
 *   app, which then says plainly that the event does not exist.
 * Runs in Node only (imported by vite.config.ts); never part of the app bundle.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { inlinedText, withTimelineData } from './inlineData.ts';
import { writeSplitData } from './splitData.ts';
import { stylesheetHref, withStyles } from './inlineStyles.ts';
import {
  DEFAULT_CONTEXT,
  escapeHtml,
  noscriptHtml,
  pageUrl,
  readSite,
  shareHead,
  sitemapXml,
  type ShareContext,
  type ShareDocument,
  type ShareEvent,
} from './sharePage.ts';

const ID = /^[a-z0-9]{1,64}$/;

/**
 * index.html made into an event's page: its title, share tags and canonical
 * link in <head>, its <noscript> account after the app's mount point.
 * `canonicalId` differs from the event's id on an alias's page.
 */
export function eventPageHtml(indexHtml: string, event: ShareEvent, ctx: ShareContext = DEFAULT_CONTEXT, canonicalId?: string): string {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const label = str(event.titleEn) || str(event.title);
  const id = canonicalId ?? str(event.id);
  const title = label ? `${label} · ${ctx.appName}` : ctx.appName;
  return indexHtml
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>\n    ${shareHead(event, id, ctx)}`)
    .replace(/<div id="app"><\/div>/, (app) => `${app}\n${noscriptHtml(event, ctx)}`);
}

export interface WriteResult {
  pages: number;
  aliases: number;
  skipped: number;
  sitemap: boolean;
}

export interface WriteOptions {
  dataFile?: string;
  base?: string;
  site?: string | null;
}

function documentsOf(data: { documents?: unknown }): Map<string, ShareDocument> {
  const docs = new Map<string, ShareDocument>();
  for (const d of Array.isArray(data.documents) ? (data.documents as Record<string, unknown>[]) : []) {
    if (typeof d?.id !== 'string') continue;
    docs.set(d.id, {
      title: typeof d.title === 'string' ? d.title : '',
      url: typeof d.url === 'string' ? d.url : '',
      published: typeof d.published === 'string' ? d.published : null,
      language: typeof d.language === 'string' ? d.language : 'zh',
    });
  }
  return docs;
}

/**
 * A build's index.html for a data set (JSON text, or null for none): the
 * timeline inside it when small, and then its stylesheet too, read from
 * `outDir`; otherwise both as files. Applies again to a page it made.
 */
export function indexForData(outDir: string, html: string, json: string | null, base = '/', split = false): string {
  const page = withTimelineData(html, json, base, split);
  const href = stylesheetHref(page);
  const file = href?.startsWith(base) ? join(outDir, href.slice(base.length)) : null;
  const css = inlinedText(page) !== null && file && existsSync(file) ? readFileSync(file, 'utf8') : null;
  return withStyles(page, css);
}

/** Writes the pages into a built `outDir`; returns how many were written and skipped. */
export function writeEventPages(outDir: string, opts: WriteOptions = {}): WriteResult {
  const dataFile = opts.dataFile ?? process.env.THREADLINE_DATA;
  const target = join(outDir, 'data', 'timeline.json');
  if (dataFile) {
    mkdirSync(join(outDir, 'data'), { recursive: true });
    copyFileSync(resolve(dataFile), target);
  }
  const json = existsSync(target) ? readFileSync(target, 'utf8') : null;
  const split = writeSplitData(join(outDir, 'data'), json);
  const indexHtml = indexForData(outDir, readFileSync(join(outDir, 'index.html'), 'utf8'), json, opts.base, split);
  writeFileSync(join(outDir, 'index.html'), indexHtml);
  writeFileSync(join(outDir, '404.html'), indexHtml);
  const result: WriteResult = { pages: 0, aliases: 0, skipped: 0, sitemap: false };
  if (json === null) return result;
  const data = JSON.parse(json) as { events?: ShareEvent[]; documents?: unknown };
  const ctx: ShareContext = { ...DEFAULT_CONTEXT, base: opts.base ?? '/', site: opts.site ?? null, documents: documentsOf(data) };
  const events = (Array.isArray(data.events) ? data.events : []).filter((e) => {
    const ok = typeof e?.id === 'string' && ID.test(e.id);
    if (!ok) result.skipped++;
    return ok;
  });
  const write = (id: string, html: string) => {
    const dir = join(outDir, 'event', id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
  };
  const ids = new Set(events.map((e) => e.id as string));
  for (const event of events) {
    const id = event.id as string;
    write(id, eventPageHtml(indexHtml, event, ctx));
    result.pages++;
    for (const alias of Array.isArray(event.aliases) ? event.aliases : []) {
      // An alias never takes over a page another event owns.
      if (typeof alias !== 'string' || !ID.test(alias) || ids.has(alias)) continue;
      ids.add(alias);
      write(alias, eventPageHtml(indexHtml, event, ctx, id));
      result.aliases++;
    }
  }
  if (ctx.site) {
    const urls = [pageUrl('', ctx), ...events.map((e) => pageUrl(`event/${e.id as string}`, ctx))];
    writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(urls));
    result.sitemap = true;
  }
  return result;
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
      const { site, warning } = readSite(process.env.THREADLINE_SITE);
      if (warning) config.logger.warn(`threadline: ${warning}`);
      const r = writeEventPages(outDir, { base: config.base, site });
      config.logger.info(
        `threadline: wrote ${r.pages} event pages, ${r.aliases} alias pages, 404.html` +
          `${r.sitemap ? ', sitemap.xml' : ''}${r.skipped ? ` (${r.skipped} bad ids skipped)` : ''}`,
      );
    },
  };
}
