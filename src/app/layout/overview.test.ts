import { describe, expect, it } from 'vitest';
import type { PreparedEvent } from '../data/types.ts';
import { prefixSpan } from '../time/eventTime.ts';
import { edgeIndex, histogram, histogramPath, outside } from './overview.ts';

const ms = (iso: string) => Date.parse(iso);
let n = 0;
const ev = (start: string, end = start) =>
  ({ id: `e${n}`, order: n++, start: prefixSpan(start)![0], end: prefixSpan(end)![1], dated: true }) as PreparedEvent;

const events = [ev('2013'), ev('2021-08'), ev('2022-01-01', '2022-01-10'), ev('2022-01-10'), ev('2022-01-11')];

describe('outside', () => {
  it('counts events wholly before and after the window, with the nearest of each', () => {
    const o = outside(edgeIndex(events), [ms('2022-01-05'), ms('2022-01-11')]);
    expect(o).toMatchObject({ earlier: 2, later: 1 });
    expect(o.lastBefore!.id).toBe(events[1]!.id);
    expect(o.firstAfter!.id).toBe(events[4]!.id);
  });
  it('counts nothing outside a window holding everything', () => {
    expect(outside(edgeIndex(events), [ms('2000-01-01'), ms('2030-01-01')])).toMatchObject({ earlier: 0, later: 0 });
  });
});

describe('histogram', () => {
  it('bins events by their midpoints', () => {
    const h = histogram(events, [ms('2013-01-01'), ms('2023-01-01')], 10);
    expect(h.reduce((a, b) => a + b)).toBe(5);
    expect(h[0]).toBe(1);
    expect(h[8]).toBe(1);
    expect(h[9]).toBe(3);
  });
  it('is empty for a degenerate domain', () => {
    expect(histogram(events, [5, 5], 10)).toEqual(new Array(10).fill(0));
  });
});

describe('histogramPath', () => {
  // A strip 34 px tall: columns grow to 30 px (height - 4), by the square root of their share of the largest.
  it.each([
    { counts: [], d: '' },
    { counts: [0, 0], d: '' },
    // The largest column is full height; one event beside four is half as tall (sqrt(1/4)).
    { counts: [0, 1, 4], d: 'M3,19h2v15h-2zM6,4h2v30h-2z' },
    // One event beside 900 would be 1 px: it is kept 5 px tall so it shows.
    { counts: [900, 1], d: 'M0,4h2v30h-2zM3,29h2v5h-2z' },
    // Heights keep a tenth of a pixel: sqrt(1/2) * 30 = 21.21…
    { counts: [2, 1], d: 'M0,4h2v30h-2zM3,12.8h2v21.2h-2z' },
  ])('$counts → $d', ({ counts, d }) => {
    expect(histogramPath(counts, 3, 34)).toBe(d);
  });
});
