import { describe, expect, it } from 'vitest';
import type { Category, Timeline, TimelineEvent } from '../../lib/schema.ts';
import { filterEvents, isFiltered, neighbours, NO_FILTERS } from './filter.ts';
import { prepareTimeline } from './prepare.ts';

const ev = (id: string, day: number, category: Category, actors: string[], document = 'd1'): TimelineEvent => ({
  id,
  date: { start: `2022-01-${String(day).padStart(2, '0')}`, precision: 'day' },
  category,
  title: id,
  titleEn: `${id} title`,
  actors,
  dateEvidence: { text: null, rule: 'stated' },
  source: { document, paragraph: 'p', quote: `quote of ${id}`, start: 0, end: 1 },
});
const t: Timeline = {
  version: 1,
  documents: [],
  actors: [],
  diagnostics: [],
  events: [
    ev('call', 10, 'diplomacy', ['wang-yi', 'lavrov']),
    ev('riot', 5, 'unrest', ['kazakhstan']),
    ev('speech', 11, 'statement', ['wang-yi'], 'd2'),
  ],
};
const { events } = prepareTimeline(t);
const ids = (f: Partial<typeof NO_FILTERS>) => filterEvents(events, { ...NO_FILTERS, ...f }).map((e) => e.id);

describe('filterEvents', () => {
  it.each([
    [{}, ['riot', 'call', 'speech']],
    [{ categories: new Set<Category>(['unrest', 'statement']) }, ['riot', 'speech']],
    [{ actor: 'wang-yi' }, ['call', 'speech']],
    [{ document: 'd2' }, ['speech']],
    [{ query: 'quote of call' }, ['call']],
    [{ query: 'title' }, ['riot', 'call', 'speech']],
    [{ actor: 'wang-yi', categories: new Set<Category>(['diplomacy']) }, ['call']],
    [{ query: 'nothing like this' }, []],
  ])('%o keeps %j in time order', (f, expected) => {
    expect(ids(f)).toEqual(expected);
  });

  it('knows when anything is filtered', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, query: ' x ' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, categories: new Set() })).toBe(true);
  });
});

describe('neighbours', () => {
  it('walks the filtered list, even from an event outside it', () => {
    const list = filterEvents(events, { ...NO_FILTERS, categories: new Set<Category>(['unrest', 'statement']) });
    const call = events.find((e) => e.id === 'call')!;
    const riot = events.find((e) => e.id === 'riot')!;
    expect(neighbours(list, call.order)).toMatchObject({ previous: { id: 'riot' }, next: { id: 'speech' } });
    expect(neighbours(list, riot.order)).toMatchObject({ previous: null, next: { id: 'speech' } });
  });
});
