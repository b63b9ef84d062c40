import { describe, expect, it } from 'vitest';
import { documentId, eventId, hex8, sameArticleKey } from './ids.ts';
import { EventSchema } from '../lib/schema.ts';

const day = { start: '2022-01-10', precision: 'day' as const };

describe('ids', () => {
  it('are the same for the same content, every time', () => {
    expect(eventId('d1', '王毅10日同拉夫罗夫通电话。', day)).toBe(eventId('d1', '王毅10日同拉夫罗夫通电话。', day));
  });
  it('change with the document, the quote or the date', () => {
    const base = eventId('d1', 'q', day);
    expect(eventId('d2', 'q', day)).not.toBe(base);
    expect(eventId('d1', 'q2', day)).not.toBe(base);
    expect(eventId('d1', 'q', { ...day, start: '2022-01-11' })).not.toBe(base);
    expect(eventId('d1', 'q', null)).not.toBe(base);
  });
  it('fit the URL-safe pattern the contract promises', () => {
    const pattern = new RegExp(EventSchema.properties.id.pattern!);
    expect(eventId('d1', 'q', day)).toMatch(pattern);
  });
  it('treat one article under different URL spellings as one document', () => {
    const a = 'https://www.rfa.org/mandarin/a/cl-01112022133717.html?utm_source=x';
    const b = 'http://rfa.org/mandarin/a/cl-01112022133717.html';
    expect(sameArticleKey(a)).toBe(sameArticleKey(b));
    expect(documentId(a, 'x.txt')).toBe(documentId(b, 'y.txt'));
  });
  it('fall back to the file name without a URL', () => {
    expect(documentId('', 'a.txt')).not.toBe(documentId('', 'b.txt'));
  });
});

// Ids are links people keep: the values themselves must never change.
describe('id values', () => {
  const dates = { day, range: { start: '2022-01-10', end: '2022-01-12', precision: 'day' as const }, null: null };
  it.each([
    ['d1', '王毅10日同拉夫罗夫通电话。', 'day', '', 'fd6f41b606c6'],
    ['d1', 'q', 'range', '', '2056b7439374'],
    ['d2', '', 'null', '', '9de64236978c'],
    ['d1', 'q', 'day', 'title', 'a549d033bc9a'],
    ['d1', '𠮷 emoji 😀', 'null', 'x', 'b7e210c0b2ab'],
  ] as const)('eventId(%s, %s, %s, %s) is %s', (document, quote, date, salt, id) => {
    expect(eventId(document, quote, dates[date], salt)).toBe(id);
  });
  it.each([
    ['https://www.rfa.org/mandarin/a/cl-01112022133717.html', 'x.txt', 'd43f5558ec'],
    ['', 'a.txt', 'd6ab14cc30'],
  ])('documentId(%s, %s) is %s', (url, file, id) => {
    expect(documentId(url, file)).toBe(id);
  });
});

describe('id collisions', () => {
  it('do not happen across 200,000 similar quotes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(eventId('d1', `王毅${i}日同拉夫罗夫通电话。`, day));
    expect(seen.size).toBe(200_000);
  });
});

describe('hex8', () => {
  it.each([0, 1, 15, 16, 255, 0xabcdef, 0x7fffffff, -1, -0x80000000, 0x80000000, 0xffffffff, 0x12345678, -123456789, 3.7])('%d', (n) => {
    expect(hex8(n)).toBe((n >>> 0).toString(16).padStart(8, '0'));
  });
});
