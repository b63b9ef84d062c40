import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../pipeline/extract.ts';
import { headTags as tags } from '../../../tests/support/headTags.ts';
import { inlinedText } from './inlineData.ts';
import { eventPageHtml, indexForData, writeEventPages } from './eventPages.ts';

const index =
  '<!doctype html><html><head><meta name="description" content="The app." /><title>Threadline</title></head><body><div id="app"></div></body></html>';

describe('eventPageHtml', () => {
  it('puts the event in the title and the preview tags', () => {
    const html = eventPageHtml(index, {
      id: 'abc123',
      title: '王毅同拉夫罗夫通电话',
      titleEn: 'Wang Yi – Lavrov phone call',
      date: { start: '2022-01-10', precision: 'day' },
      source: { quote: '通电话。' },
    });
    const { meta, canonical, title } = tags(html);
    expect(title).toBe('Wang Yi – Lavrov phone call · Threadline');
    expect(meta.get('og:title')).toBe('Wang Yi – Lavrov phone call');
    expect(meta.get('description')).toBe('Wang Yi – Lavrov phone call, 10 Jan 2022: “通电话。”');
    expect(meta.get('twitter:description')).toBe(meta.get('description'));
    expect(canonical).toBe('/event/abc123');
    expect(html).toContain('<div id="app"></div>');
    expect(html.match(/name="description"/g)).toHaveLength(1);
  });

  it('keeps hostile text as text in the head and in the noscript account', () => {
    const html = eventPageHtml(index, {
      id: 'abc123',
      titleEn: '</title><script>alert(1)</script>',
      title: '<img src=x onerror=alert(2)>',
      date: { start: '2022-01-10', precision: 'day' },
      source: { quote: '"><script>alert(3)</script>', document: 'd' },
    });
    expect(html).not.toMatch(/<script>|<img|" onerror|"><script/);
    const { meta, title } = tags(html);
    expect(title).toBe('</title><script>alert(1)</script> · Threadline');
    expect(meta.get('description')).toContain('"><script>alert(3)</script>');
    expect(html).toContain('<p>&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;</p>');
  });
});

describe('writeEventPages on a timeline merged from three articles', () => {
  const timeline = extractCorpus([
    { name: 'seed.txt', bytes: readFileSync('seeds/000_b1eebe35896f2b82.txt') },
    { name: 'other.txt', bytes: readFileSync('tests/fixtures/articles/kazakhstan-other-outlet.txt') },
    { name: 'english.txt', bytes: readFileSync('tests/fixtures/articles/kazakhstan-english.txt') },
  ]);
  // The same phone call, as the three articles report it.
  const call = timeline.events.find((e) => e.actors.includes('wang-yi') && e.actors.includes('sergey-lavrov') && e.eventType === 'phone call')!;
  const build = (site: string | null, base = '/') => {
    const out = mkdtempSync(join(tmpdir(), 'tl-pages-'));
    writeFileSync(join(out, 'index.html'), index);
    const data = join(out, 'chosen.json');
    writeFileSync(data, JSON.stringify(timeline));
    return { out, result: writeEventPages(out, { dataFile: data, base, site }) };
  };
  const page = (out: string, id: string) => readFileSync(join(out, 'event', id, 'index.html'), 'utf8');

  it('has merged the call from three articles, with the ids it had in two of them', () => {
    expect(call.otherSources).toHaveLength(2);
    expect(call.aliases).toHaveLength(2);
  });

  it('writes a page per event with absolute share addresses under the base path', () => {
    const { out, result } = build('https://example.org', '/sub/');
    expect(result.pages).toBe(timeline.events.length);
    const { meta, canonical } = tags(page(out, call.id));
    const url = `https://example.org/sub/event/${call.id}`;
    expect(canonical).toBe(url);
    expect(meta.get('og:url')).toBe(url);
    expect(meta.get('og:type')).toBe('article');
    expect(meta.get('og:site_name')).toBe('Threadline');
    expect(meta.get('og:title')).toBe('Wang Yi – Lavrov phone call');
    expect(meta.get('twitter:card')).toBe('summary');
    expect(meta.get('twitter:title')).toBe('Wang Yi – Lavrov phone call');
    expect(meta.get('description')).toMatch(/^Wang Yi – Lavrov phone call, 10 Jan 2022 \(3 sources\): “China’s foreign minister Wang Yi/);
    expect(Array.from(meta.get('description')!).length).toBeLessThanOrEqual(200);
  });

  it('gives each page a noscript account: label, date, every quote and its article linked', () => {
    const { out } = build('https://example.org');
    const html = page(out, call.id);
    const noscript = html.slice(html.indexOf('<noscript>'), html.indexOf('</noscript>'));
    expect(noscript).toContain('<h1>Wang Yi – Lavrov phone call</h1>');
    expect(noscript).toContain('<time datetime="2022-01-10">10 Jan 2022</time>');
    expect(noscript).toContain('王毅10日同俄罗斯外长拉夫罗夫');
    expect(noscript.match(/<blockquote/g)).toHaveLength(3);
    for (const doc of timeline.documents) {
      expect(noscript).toContain(`<a href="${doc.url}" rel="noopener noreferrer">`);
    }
    expect(noscript).toContain('published 11 Jan 2022, 21:09 UTC');
  });

  it('writes the merged event at each old id too, its canonical link naming the merged event', () => {
    const { out, result } = build('https://example.org');
    expect(result.aliases).toBe(timeline.events.reduce((n, e) => n + (e.aliases?.length ?? 0), 0));
    for (const alias of call.aliases!) {
      const { canonical, meta } = tags(page(out, alias));
      expect(canonical).toBe(`https://example.org/event/${call.id}`);
      expect(meta.get('og:title')).toBe('Wang Yi – Lavrov phone call');
    }
  });

  it('lists the home page and every event (not the aliases) in sitemap.xml', () => {
    const { out } = build('https://example.org', '/sub/');
    const xml = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    expect(locs[0]).toBe('https://example.org/sub/');
    expect(locs).toHaveLength(timeline.events.length + 1);
    expect(locs).toContain(`https://example.org/sub/event/${call.id}`);
    expect(locs).not.toContain(`https://example.org/sub/event/${call.aliases![0]}`);
  });

  it('ships the timeline inside index.html, 404.html and every event page, read back as the same data', () => {
    const { out } = build(null);
    const inlined = (html: string) => JSON.parse(inlinedText(html)!);
    for (const html of [readFileSync(join(out, 'index.html'), 'utf8'), readFileSync(join(out, '404.html'), 'utf8'), page(out, call.id)]) {
      expect(inlined(html)).toEqual(JSON.parse(JSON.stringify(timeline)));
      expect(html).not.toContain('rel="preload"');
    }
  });

  it('without a site: relative canonical, no og:url, no sitemap', () => {
    const { out, result } = build(null);
    const { meta, canonical } = tags(page(out, call.id));
    expect(canonical).toBe(`/event/${call.id}`);
    expect(meta.has('og:url')).toBe(false);
    expect(result.sitemap).toBe(false);
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false);
  });
});

describe('writeEventPages on a damaged file', () => {
  it('writes a page per valid id, a 404 page, and ships the chosen data', () => {
    const out = mkdtempSync(join(tmpdir(), 'tl-pages-'));
    writeFileSync(join(out, 'index.html'), index);
    const src = join(out, 'chosen.json');
    writeFileSync(
      src,
      JSON.stringify({ events: [{ id: 'abc123', titleEn: 'A', aliases: ['../x', 'abc123', 7] }, { id: '../evil', titleEn: 'B' }] }),
    );
    mkdirSync(join(out, 'data'));
    const r = writeEventPages(out, { dataFile: src });
    expect(r).toEqual({ pages: 1, aliases: 0, skipped: 1, sitemap: false });
    expect(readFileSync(join(out, 'event', 'abc123', 'index.html'), 'utf8')).toContain('<title>A · Threadline</title>');
    expect(readFileSync(join(out, '404.html'), 'utf8')).toBe(readFileSync(join(out, 'index.html'), 'utf8'));
    expect(JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')).events).toHaveLength(2);
    expect(existsSync(join(out, 'evil'))).toBe(false);
    expect(existsSync(join(out, 'x'))).toBe(false);
  });
});

describe('indexForData: the stylesheet goes inside the page with the timeline', () => {
  const CSS = '.app{display:grid}';
  const built = `<head><meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self'" />` +
    `<link rel="stylesheet" crossorigin href="/sub/assets/style-X.css"></head><body><div id="app"></div></body>`;
  const out = mkdtempSync(join(tmpdir(), 'tl-styles-'));
  mkdirSync(join(out, 'assets'));
  writeFileSync(join(out, 'assets', 'style-X.css'), CSS);
  const small = JSON.stringify({ version: 1, events: [] });
  const big = JSON.stringify({ version: 1, events: [], pad: 'x'.repeat(200 * 1024) });

  it('inlines it with a small timeline, read from the build under its base path', () => {
    const html = indexForData(out, built, small, '/sub/');
    expect(inlinedText(html)).not.toBeNull();
    expect(html).toContain(`<style data-href="/sub/assets/style-X.css">${CSS}</style>`);
    expect(html).toMatch(/style-src 'self' 'sha256-[^']+'/);
  });

  it('links it with a timeline too big to inline, or none, also on a page it had inlined', () => {
    for (const json of [big, null]) {
      const html = indexForData(out, indexForData(out, built, small, '/sub/'), json, '/sub/');
      expect(inlinedText(html)).toBeNull();
      expect(html).toContain('<link rel="stylesheet" crossorigin href="/sub/assets/style-X.css">');
      expect(html).not.toContain('<style');
      expect(html).toContain(`style-src 'self'"`);
    }
  });
});
