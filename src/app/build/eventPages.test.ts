import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, eventPageHtml, writeEventPages } from './eventPages.ts';

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
    expect(html).toContain('<title>Wang Yi – Lavrov phone call · Threadline</title>');
    expect(html).toContain('<meta property="og:title" content="Wang Yi – Lavrov phone call" />');
    expect(html).toContain('10 Jan 2022 — 王毅同拉夫罗夫通电话 — 通电话。');
    expect(html).toContain('<div id="app"></div>');
    expect(html.match(/name="description"/g)).toHaveLength(1);
  });

  it('escapes whatever the text holds', () => {
    const html = eventPageHtml(index, { titleEn: '</title><script>alert(1)</script>', source: { quote: '" onload="x' } });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('" onload="x');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('writeEventPages', () => {
  it('writes a page per valid id, a 404 page, and ships the chosen data', () => {
    const out = mkdtempSync(join(tmpdir(), 'tl-pages-'));
    writeFileSync(join(out, 'index.html'), index);
    const src = join(out, 'chosen.json');
    writeFileSync(src, JSON.stringify({ events: [{ id: 'abc123', titleEn: 'A' }, { id: '../evil', titleEn: 'B' }] }));
    mkdirSync(join(out, 'data'));
    const r = writeEventPages(out, src);
    expect(r).toEqual({ pages: 1, skipped: 1 });
    expect(readFileSync(join(out, 'event', 'abc123', 'index.html'), 'utf8')).toContain('<title>A · Threadline</title>');
    expect(readFileSync(join(out, '404.html'), 'utf8')).toBe(index);
    expect(JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')).events).toHaveLength(2);
    expect(existsSync(join(out, 'evil'))).toBe(false);
  });
});
