import { describe, expect, it } from 'vitest';
import { clip, httpUrl, pageUrl, readSite, shareDescription } from './sharePage.ts';

describe('readSite (THREADLINE_SITE)', () => {
  it.each<[string | undefined, string | null, RegExp | null]>([
    ['https://example.org', 'https://example.org', null],
    ['https://example.org/', 'https://example.org', null],
    ['http://127.0.0.1:4186', 'http://127.0.0.1:4186', null],
    ['https://example.org/sub/', 'https://example.org', /only the origin/],
    ['javascript:alert(1)', null, /not an http\(s\) address/],
    ['example.org', null, /not an http\(s\) address/],
    [undefined, null, /THREADLINE_SITE is not set/],
  ])('%s → %s', (value, site, warning) => {
    const r = readSite(value);
    expect(r.site).toBe(site);
    if (warning) expect(r.warning).toMatch(warning);
    else expect(r.warning).toBeNull();
  });
});

describe('pageUrl', () => {
  it.each([
    ['event/abc', '/', null, '/event/abc'],
    ['event/abc', '/sub/', 'https://example.org', 'https://example.org/sub/event/abc'],
    ['', '/sub', 'https://example.org', 'https://example.org/sub/'],
    ['event/abc', './', null, '/event/abc'],
  ])('%s under %s at %s', (path, base, site, expected) => {
    expect(pageUrl(path, { base, site })).toBe(expected);
  });
});

describe('clip', () => {
  it('keeps short text, cuts long text on whole characters with an ellipsis', () => {
    expect(clip('  a\n b ', 10)).toBe('a b');
    expect(clip('哈萨克斯坦全国哀悼', 5)).toBe('哈萨克斯…');
    expect(clip('😀'.repeat(6), 4)).toBe('😀😀😀…');
  });
});

describe('httpUrl', () => {
  it('lets only http(s) addresses become links', () => {
    expect(httpUrl('https://www.rfa.org/x')).toBe('https://www.rfa.org/x');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,x')).toBeNull();
    expect(httpUrl('')).toBeNull();
    expect(httpUrl(7)).toBeNull();
  });
});

describe('shareDescription', () => {
  const event = (others: string[]) => ({
    titleEn: 'Ned Price statement',
    date: { start: '2022-01-11', precision: 'day' },
    source: { quote: '普莱斯11日表示，美国希望集安组织力量离开。', document: 'd1' },
    otherSources: others.map((document) => ({ source: { quote: '“集安组织力量应离开。”', document } })),
  });
  it.each([
    [[], ''],
    [['d2'], ' (2 sources)'],
    [['d2', 'd3'], ' (3 sources)'],
    // The article quoting what it reported is one more passage, not one more source.
    [['d1'], ''],
    [['d1', 'd2'], ' (2 sources)'],
  ])('other passages from %j: "%s"', (others, count) => {
    expect(shareDescription(event(others))).toBe(`Ned Price statement, 11 Jan 2022${count}: “普莱斯11日表示，美国希望集安组织力量离开。”`);
  });
});
