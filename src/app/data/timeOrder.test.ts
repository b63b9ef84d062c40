import { describe, expect, it } from 'vitest';
import type { ViewDocument, ViewEvent } from '../../lib/viewSchema.ts';
import { timeOrder } from './timeOrder.ts';

const doc = (id: string, paragraphs: string[]): ViewDocument => ({
  id,
  file: `${id}.txt`,
  title: id,
  url: '',
  published: null,
  language: 'zh',
  paragraphs: paragraphs.map((p) => ({ id: p, kind: 'paragraph' })),
});
const documents = [doc('a', ['p1', 'p2']), doc('b', ['p1'])];
const ev = (id: string, date: string | null, document = 'a', paragraph = 'p1', start = 0): ViewEvent => ({
  id,
  date: date === null ? null : { start: date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year' },
  category: 'other',
  title: id,
  titleEn: id,
  actors: [],
  source: { document, paragraph, start, end: start + 1 },
});
const ids = (events: ViewEvent[], order: number[]) => order.map((i) => events[i]!.id);

describe('timeOrder', () => {
  it.each([
    ['by start', [ev('b', '2022-01-10'), ev('a', '2022-01-09')], ['a', 'b']],
    ['a day before the month that holds it', [ev('month', '2022-01'), ev('day', '2022-01-01')], ['day', 'month']],
    ['one day\'s events in the order of the text: article, paragraph, offset', [
      ev('b1', '2022-01-10', 'b'), ev('a2', '2022-01-10', 'a', 'p2'), ev('a1late', '2022-01-10', 'a', 'p1', 9), ev('a1', '2022-01-10', 'a', 'p1', 2),
    ], ['a1', 'a1late', 'a2', 'b1']],
    ['undated last, in the order of the text', [ev('u2', null, 'b'), ev('d', '2013'), ev('u1', null, 'a', 'p2')], ['d', 'u1', 'u2']],
  ])('%s', (_, events, expected) => {
    expect(ids(events, timeOrder(events, documents).byTime)).toEqual(expected);
  });

  it('takes a first view the build ordered as it is, without reading its articles', () => {
    const events = [ev('y', '2013'), ev('d1', '2022-01-10', 'b'), ev('d2', '2022-01-10', 'a'), ev('u', null)];
    // Same day, b before a: only the build's full order says so; the articles are not consulted.
    expect(ids(events, timeOrder(events, [], true).byTime)).toEqual(['y', 'd1', 'd2', 'u']);
  });

  it('sorts a first view that is not in time order all the same', () => {
    const events = [ev('late', '2022-02-01'), ev('early', '2022-01-01'), ev('u', null)];
    expect(ids(events, timeOrder(events, documents, true).byTime)).toEqual(['early', 'late', 'u']);
    const undatedFirst = [ev('u', null), ev('d', '2022-01-01')];
    expect(ids(undatedFirst, timeOrder(undatedFirst, documents, true).byTime)).toEqual(['d', 'u']);
  });
});
