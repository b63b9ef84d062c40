/**
 * What a shared event link shows before any script runs: the tags chat apps
 * and social sites read for a link card (Open Graph, Twitter), a canonical
 * address, a <noscript> account of the event with its sources, and the
 * sitemap. Pure string functions, run at build time in Node only.
 *
 * Everything from the timeline is untrusted text (it comes from articles):
 * it goes through `escapeHtml` for text and attributes alike, and only
 * http(s) addresses ever become links.
 */
import { formatEventDate, formatPublished } from '../time/formatDate.ts';

/** The parts of an event and its documents a share page reads; all checked, since the file may be hand-edited. */
export interface ShareEvent {
  id?: unknown;
  title?: unknown;
  titleEn?: unknown;
  date?: unknown;
  source?: { quote?: unknown; document?: unknown };
  otherSources?: unknown;
  aliases?: unknown;
}

export interface ShareDocument {
  title: string;
  url: string;
  published: string | null;
  language: string;
}

export interface ShareContext {
  appName: string;
  /** The base path the app is built for, ending in '/'. */
  base: string;
  /** Site origin for absolute addresses (https://example.org), or null: relative ones. */
  site: string | null;
  documents: ReadonlyMap<string, ShareDocument>;
}

export const DEFAULT_CONTEXT: ShareContext = { appName: 'Threadline', base: '/', site: null, documents: new Map() };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The address if it is an absolute http(s) URL, else null (the app's rule, Node side). */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * THREADLINE_SITE read as a site origin. Only the origin counts: the path
 * comes from the base the app is built for (`vite build --base /sub/`).
 */
export function readSite(value: string | undefined): { site: string | null; warning: string | null } {
  if (!value) {
    return {
      site: null,
      warning:
        'THREADLINE_SITE is not set: event pages get relative canonical links, no og:url, and no sitemap.xml. ' +
        'Set it to the site origin (e.g. THREADLINE_SITE=https://example.org) for share cards with absolute links.',
    };
  }
  const url = httpUrl(value);
  if (!url) return { site: null, warning: `THREADLINE_SITE=${value} is not an http(s) address; ignored.` };
  const u = new URL(url);
  const warning = u.pathname !== '/' || u.search ? `THREADLINE_SITE: only the origin ${u.origin} is used; set the path with --base.` : null;
  return { site: u.origin, warning };
}

/** Base path made absolute: a relative base ('./') has no fixed address, so pages fall back to the root. */
const root = (base: string) => (base.startsWith('/') ? (base.endsWith('/') ? base : `${base}/`) : '/');

/** A page's address: absolute when the site is known, else from the root of the host. */
export function pageUrl(path: string, ctx: Pick<ShareContext, 'base' | 'site'>): string {
  const p = `${root(ctx.base)}${path}`;
  return ctx.site ? `${ctx.site}${p}` : p;
}

/** Cuts text to `max` characters (whole code points) with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : chars.join('');
}

interface SourceLine {
  quote: string;
  /** The article's id: two passages of one article are one source. */
  documentId: string;
  document: ShareDocument | null;
}

function sourcesOf(event: ShareEvent, ctx: ShareContext): SourceLine[] {
  const others = Array.isArray(event.otherSources) ? (event.otherSources as { source?: ShareEvent['source'] }[]) : [];
  return [event.source, ...others.map((o) => o?.source)]
    .filter((s): s is NonNullable<ShareEvent['source']> => typeof s === 'object' && s !== null && str(s.quote) !== '')
    .map((s) => ({ quote: str(s.quote), documentId: str(s.document), document: ctx.documents.get(str(s.document)) ?? null }));
}

const dateOf = (event: ShareEvent) => formatEventDate(event.date as Parameters<typeof formatEventDate>[0], 'en');

/** The card's text: English label, date and quote (and how many articles back it). */
export function shareDescription(event: ShareEvent, ctx: ShareContext = DEFAULT_CONTEXT): string {
  const label = str(event.titleEn) || str(event.title);
  const sources = sourcesOf(event, ctx);
  const head = [label, dateOf(event) ?? 'undated'].filter(Boolean).join(', ');
  const articles = new Set(sources.map((s) => s.documentId)).size;
  const count = articles > 1 ? ` (${articles} sources)` : '';
  const quote = sources[0]?.quote ?? '';
  return clip(quote ? `${head}${count}: “${quote}”` : `${head}${count}`, 200);
}

/** The <head> tags for an event's page: description, canonical, Open Graph, Twitter card. */
export function shareHead(event: ShareEvent, canonicalId: string, ctx: ShareContext = DEFAULT_CONTEXT): string {
  const label = str(event.titleEn) || str(event.title) || ctx.appName;
  const description = shareDescription(event, ctx);
  const url = pageUrl(`event/${canonicalId}`, ctx);
  const attr = escapeHtml;
  return [
    `<meta name="description" content="${attr(description)}" />`,
    `<link rel="canonical" href="${attr(url)}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="${attr(ctx.appName)}" />`,
    `<meta property="og:title" content="${attr(label)}" />`,
    `<meta property="og:description" content="${attr(description)}" />`,
    // og:url must be absolute; without a known site it is left out rather than wrong.
    ...(ctx.site ? [`<meta property="og:url" content="${attr(url)}" />`] : []),
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${attr(label)}" />`,
    `<meta name="twitter:description" content="${attr(description)}" />`,
  ].join('\n    ');
}

/** The event as plain HTML for readers without JavaScript: label, date, every quote and its article. */
export function noscriptHtml(event: ShareEvent, ctx: ShareContext = DEFAULT_CONTEXT): string {
  const label = str(event.titleEn) || str(event.title);
  const original = str(event.title);
  const d = event.date as { start?: unknown } | null;
  const date = dateOf(event);
  const time = date && typeof d?.start === 'string' ? `<time datetime="${escapeHtml(d.start)}">${escapeHtml(date)}</time>` : 'Undated';
  const sources = sourcesOf(event, ctx).map(({ quote, document }) => {
    const lang = document?.language === 'en' ? 'en' : 'zh';
    const link = httpUrl(document?.url);
    const title = escapeHtml(document?.title || 'Source article');
    const cite = link ? `<a href="${escapeHtml(link)}" rel="noopener noreferrer">${title}</a>` : title;
    const published = formatPublished(document?.published ?? null, 'en');
    const when = published ? `, published ${escapeHtml(published)}` : '';
    return `<li><blockquote lang="${lang}"><p>${escapeHtml(quote)}</p></blockquote><p>Source: <cite lang="${lang}">${cite}</cite>${when}</p></li>`;
  });
  return [
    '<noscript>',
    '<article class="noscript-event">',
    `<h1>${escapeHtml(label)}</h1>`,
    original && original !== label ? `<p lang="${/[\u3400-\u9fff]/.test(original) ? 'zh' : 'en'}">${escapeHtml(original)}</p>` : '',
    `<p>${time}</p>`,
    `<ol>${sources.join('')}</ol>`,
    `<p><a href="${escapeHtml(root(ctx.base))}">All events in ${escapeHtml(ctx.appName)}</a> (needs JavaScript)</p>`,
    '</article>',
    '</noscript>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** sitemap.xml (sitemaps.org 0.9): absolute addresses only, so it needs the site origin. */
export function sitemapXml(urls: readonly string[]): string {
  const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
