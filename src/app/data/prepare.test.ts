import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '../../lib/schema.ts';
import { prepareTimeline } from './prepare.ts';
import { readTimeline } from './readTimeline.ts';

const base: Omit<TimelineEvent, 'id' | 'date'> = {
  category: 'statement',
  title: 't',
  titleEn: 't',
  actors: [],
  dateEvidence: { text: null, rule: 'undated' },
  source: { document: 'd', paragraph: 'p1', quote: 'q', start: 0, end: 1 },
};
const ev = (id: string, date: TimelineEvent['date'], start = 0, paragraph = 'p1'): TimelineEvent => ({
  ...base,
  id,
  date,
  source: { ...base.source, paragraph, start },
});
const timeline = (events: TimelineEvent[]): Timeline => ({
  version: 1,
  documents: [
    {
      id: 'd',
      file: 'f',
      title: 'T',
      url: '',
      published: null,
      language: 'zh',
      paragraphs: [
        { id: 'p1', kind: 'paragraph', text: 'one' },
        { id: 'p2', kind: 'paragraph', text: 'two' },
      ],
    },
  ],
  actors: [],
  events,
  diagnostics: [],
});

describe('prepareTimeline', () => {
  it('orders by start, a day before the month holding it, same days in text order, undated last', () => {
    const m = prepareTimeline(
      timeline([
        ev('undated1', null),
        ev('month', { start: '2022-01', precision: 'month' }),
        ev('day10b', { start: '2022-01-10', precision: 'day' }, 5, 'p2'),
        ev('day10a', { start: '2022-01-10', precision: 'day' }, 9, 'p1'),
        ev('day01', { start: '2022-01-01', precision: 'day' }),
        ev('year', { start: '2013', precision: 'year' }),
      ]),
    );
    expect(m.events.map((e) => e.id)).toEqual(['year', 'day01', 'month', 'day10a', 'day10b', 'undated1']);
    expect(m.events.map((e) => e.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('gives each precision its shape', () => {
    const m = prepareTimeline(
      timeline([
        ev('a', { start: '2022-01-10', precision: 'day' }),
        ev('b', { start: '2022-01-01', end: '2022-01-10', precision: 'day' }),
        ev('c', { start: '2021-08', precision: 'month' }),
        ev('d', { start: '2013', precision: 'year' }),
        ev('e', null),
      ]),
    );
    const shape = (id: string) => m.byId.get(id)!.shape;
    expect([shape('a'), shape('b'), shape('c'), shape('d')]).toEqual(['point', 'range', 'band', 'band']);
    expect(m.byId.get('e')!.dated).toBe(false);
  });

  it('spans the dated events and groups them by paragraph', () => {
    const m = prepareTimeline(
      timeline([ev('a', { start: '2022-01-10', precision: 'day' }), ev('b', { start: '2013', precision: 'year' })]),
    );
    expect(m.extent).toEqual([Date.parse('2013-01-01'), Date.parse('2022-01-11')]);
    expect(m.eventsByParagraph.get('d/p1')!.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('handles the sample fixture', () => {
    const raw = JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8'));
    const read = readTimeline(raw)!;
    expect(read.dropped).toBe(0);
    const m = prepareTimeline(read.timeline);
    expect(m.events).toHaveLength(raw.events.length);
    expect(m.categories.length).toBeGreaterThan(3);
  });
});

describe('readTimeline', () => {
  it.each([null, 'x', 42, [], { version: 2, events: [] }, { version: 1 }])('refuses %j', (raw) => {
    expect(readTimeline(raw)).toBeNull();
  });
  it('leaves out events that lack what the app reads, and counts them', () => {
    const t = timeline([ev('good1', null)]);
    const raw = { ...t, events: [...t.events, { id: '<script>' }, { ...t.events[0], source: null }] };
    const read = readTimeline(raw)!;
    expect(read.timeline.events.map((e) => e.id)).toEqual(['good1']);
    expect(read.dropped).toBe(2);
  });
});
