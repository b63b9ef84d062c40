import { describe, expect, it } from 'vitest';
import { httpUrl, outletOf, quoteParts } from './text.ts';

describe('quoteParts', () => {
  const text = '甲说了一句话。乙回答了。';
  it.each([
    [{ quote: '乙回答了。', start: 7, end: 12 }, { before: '甲说了一句话。', quote: '乙回答了。', after: '' }],
    [{ quote: '乙回答了。', start: 0, end: 5 }, { before: '甲说了一句话。', quote: '乙回答了。', after: '' }],
    [{ quote: '甲说', start: 0, end: 2 }, { before: '', quote: '甲说', after: '了一句话。乙回答了。' }],
  ])('%j', (source, parts) => {
    expect(quoteParts(text, source)).toEqual(parts);
  });
  it('is null when the quote is not in the paragraph', () => {
    expect(quoteParts(text, { quote: '丙', start: 0, end: 1 })).toBeNull();
    expect(quoteParts(text, { quote: '', start: 0, end: 0 })).toBeNull();
  });
  it('keeps markup-looking text as text', () => {
    const p = quoteParts('a<b>c</b>d', { quote: '<b>c</b>', start: 1, end: 9 })!;
    expect(p.before + p.quote + p.after).toBe('a<b>c</b>d');
  });
});

describe('httpUrl', () => {
  it.each([
    ['https://www.rfa.org/a.html', 'https://www.rfa.org/a.html'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>', null],
    ['//evil.example/x', null],
    ['/relative', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (value, expected) => {
    expect(httpUrl(value)).toBe(expected);
  });
});

describe('outletOf', () => {
  it.each([
    ['https://www.rfa.org/mandarin/a.html', 'rfa.org'],
    ['http://www.news.cn/world/2022-01/12/c_1.htm', 'news.cn'],
    ['https://apnews.com/x', 'apnews.com'],
    ['javascript:alert(1)', ''],
    ['', ''],
  ])('%j → %j', (url, expected) => {
    expect(outletOf(url)).toBe(expected);
  });
});
