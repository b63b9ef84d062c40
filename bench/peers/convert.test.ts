import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../src/lib/schema.ts';
import { generateEvents } from '../generateEvents.ts';
import { toTimelineJS } from './toTimelineJS.ts';
import { spanEnd, toVis } from './toVis.ts';

describe('spanEnd (exclusive end of the span a date names)', () => {
  it.each<[DateValue, string]>([
    [{ start: '2022-01-10', precision: 'day' }, '2022-01-11'],
    [{ start: '2021-12-31', precision: 'day' }, '2022-01-01'],
    [{ start: '2021-08', precision: 'month' }, '2021-09-01'],
    [{ start: '2021-12', precision: 'month' }, '2022-01-01'],
    [{ start: '2013', precision: 'year' }, '2014-01-01'],
    [{ start: '2022-01-02', end: '2022-01-05', precision: 'day' }, '2022-01-06'],
  ])('%j ends before %s', (date, end) => {
    expect(spanEnd(date)).toBe(end);
  });
});

describe('peer conversions', () => {
  const timeline = generateEvents(400);
  const dated = timeline.events.filter((e) => e.date);
  it('give vis-timeline every dated event, imprecise dates as ranges, titles escaped', () => {
    const { items, groups } = toVis(timeline);
    expect(items).toHaveLength(dated.length);
    const month = dated.find((e) => e.date!.precision === 'month')!;
    expect(items.find((i) => i.id === month.id)).toMatchObject({ type: 'range', start: `${month.date!.start}-01` });
    expect(groups.map((g) => g.id).sort()).toEqual([...new Set(dated.map((e) => e.category))].sort());
    expect(toVis({ ...timeline, events: [{ ...dated[0]!, titleEn: '<b>x</b>' }] }).items[0]!.content).toBe('&lt;b&gt;x&lt;/b&gt;');
  });
  it('give TimelineJS only the date fields the precision allows', () => {
    const { events } = toTimelineJS(timeline);
    expect(events).toHaveLength(dated.length);
    const year = dated.find((e) => e.date!.precision === 'year')!;
    expect(events.find((s) => s.unique_id === `e-${year.id}`)!.start_date).toEqual({ year: Number(year.date!.start) });
  });
});
