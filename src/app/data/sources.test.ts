import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../pipeline/extract.ts';
import { datePrefixValue, disagreementRows, numberedSources } from './sources.ts';

// The seed and a test article from another outlet: they give the CSTO force as 二千三百人 and 2030人.
const timeline = extractCorpus([
  { name: 'seed.txt', bytes: readFileSync('seeds/000_b1eebe35896f2b82.txt') },
  { name: 'other.txt', bytes: readFileSync('tests/fixtures/articles/kazakhstan-other-outlet.txt') },
]);
const documents = new Map(timeline.documents.map((d) => [d.id, d]));
const troops = timeline.events.find((e) => e.disagreements?.some((d) => d.field === 'figure'))!;

describe('numberedSources', () => {
  it('numbers the event’s own source 1, then each other article’s report', () => {
    const list = numberedSources(troops);
    expect(list.map((s) => s.n)).toEqual([1, 2]);
    expect(list[0]!.eventId).toBe(troops.id);
    expect(list[1]!.eventId).toBe(troops.otherSources![0]!.eventId);
    expect(new Set(list.map((s) => s.source.document)).size).toBe(2);
  });

  it('gives a single-source event one entry', () => {
    const single = timeline.events.find((e) => !e.otherSources)!;
    expect(numberedSources(single)).toHaveLength(1);
  });
});

describe('disagreementRows', () => {
  it('puts each source’s figure beside its number and outlet', () => {
    const [row] = disagreementRows(troops, documents);
    expect(row!.field).toBe('figure');
    const byText = new Map(row!.values.map((v) => [v.text, v]));
    expect(byText.get('二千三百人')).toMatchObject({ value: '2,300 peacekeepers', outlet: 'rfa.org', language: 'zh' });
    expect(byText.get('2030人')).toMatchObject({ value: '2,030 peacekeepers', outlet: 'news.cn', language: 'zh' });
    expect(row!.values.map((v) => v.n).sort()).toEqual([1, 2]);
  });
});

describe('datePrefixValue', () => {
  it.each([
    ['2022-01-10', { start: '2022-01-10', precision: 'day' }],
    ['2021-08', { start: '2021-08', precision: 'month' }],
    ['2013', { start: '2013', precision: 'year' }],
    ['10 Jan', null],
  ])('%s', (value, expected) => {
    expect(datePrefixValue(value)).toEqual(expected);
  });
});
