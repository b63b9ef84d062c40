import { describe, expect, it } from 'vitest';
import type { PreparedEvent } from '../data/types.ts';
import { prefixSpan } from '../time/eventTime.ts';
import { edgeIndex, histogram, outside } from './overview.ts';

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
