import { describe, expect, it } from 'vitest';
import { generateArticles, loadSources } from './generateCorpus.ts';
import { parseSourceArticle } from './lib/sourceArticles.ts';

describe('generateArticles', () => {
  const articles = generateArticles(60);
  it('writes readable seed files with unique names and URLs', () => {
    const parsed = articles.map((a) => parseSourceArticle(a.name, a.text));
    expect(parsed.every(Boolean)).toBe(true);
    expect(new Set(articles.map((a) => a.name)).size).toBe(60);
    expect(new Set(parsed.map((p) => p!.url)).size).toBe(60);
  });
  it('varies lengths around the seed size', () => {
    const { seedBytes } = loadSources();
    const sizes = articles.map((a) => Buffer.byteLength(a.text));
    const mean = sizes.reduce((s, n) => s + n, 0) / sizes.length;
    expect(mean / seedBytes).toBeGreaterThan(0.7);
    expect(mean / seedBytes).toBeLessThan(1.3);
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeGreaterThan(2);
  });
  it('dates the URL like the publication line', () => {
    for (const a of articles.slice(0, 10)) {
      const epoch = Number(/<!--(\d+)-->/.exec(a.text)![1]);
      const d = new Date(epoch);
      const stamp = `${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}${d.getUTCFullYear()}`;
      expect(a.text.split('\n')[1]).toContain(`/cl-${stamp}`);
    }
  });
  it('makes article i the same whatever N is', () => {
    expect(generateArticles(3)).toEqual(articles.slice(0, 3));
  });
});
