import { describe, expect, it } from 'vitest';
import type { PreparedEvent } from '../data/types.ts';
import { DAY, HOUR, prefixSpan } from '../time/eventTime.ts';
import { centreOn, clampWindow, denseWindow, fitWindow, limitsFor, zoomWindow } from './window.ts';

const ms = (iso: string) => Date.parse(iso);
let order = 0;
const ev = (start: string, end = start): PreparedEvent => {
  const a = prefixSpan(start)!;
  const b = prefixSpan(end)!;
  const precision = start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year';
  return { id: `e${order}`, order: order++, start: a[0], end: b[1], dated: true, precision } as PreparedEvent;
};
// The seed's shape: most events in ten January days, one in August 2021, one in 2013.
const seedLike = [
  ev('2013'),
  ev('2021-08'),
  ev('2022-01-01', '2022-01-10'),
  ev('2022-01-07'),
  ev('2022-01-08'),
  ev('2022-01-09'),
  ev('2022-01-09'),
  ...Array.from({ length: 9 }, () => ev('2022-01-10')),
  ev('2022-01-11'),
  ev('2022-01-11'),
];
const limits = limitsFor([ms('2013-01-01'), ms('2022-01-12')]);

describe('denseWindow', () => {
  it('opens on the ten January days, not on the decade', () => {
    const [a, b] = denseWindow(seedLike, limits);
    expect(a).toBeLessThanOrEqual(ms('2022-01-01'));
    expect(a).toBeGreaterThan(ms('2021-12-30'));
    expect(b).toBeGreaterThanOrEqual(ms('2022-01-12'));
    expect(b).toBeLessThan(ms('2022-01-14'));
  });
  it('opens on the busy weeks when thousands of events also spread over years', () => {
    const busy = Array.from({ length: 700 }, (_, i) => ev(`2022-01-${String(1 + (i % 21)).padStart(2, '0')}`));
    const spread = Array.from({ length: 300 }, (_, i) => ev(`${2012 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}-15`));
    const [a, b] = denseWindow([...spread, ...busy], limitsFor([ms('2012-01-01'), ms('2022-01-22')]));
    expect(a).toBeGreaterThan(ms('2021-12-20'));
    expect(b).toBeLessThan(ms('2022-02-05'));
    expect(b - a).toBeGreaterThan(20 * DAY);
  });

  it('gives a single event a day or so around it', () => {
    const [a, b] = denseWindow([ev('2022-01-10')], limitsFor([ms('2022-01-10'), ms('2022-01-11')]));
    expect(a).toBeLessThanOrEqual(ms('2022-01-10'));
    expect(b).toBeGreaterThanOrEqual(ms('2022-01-11'));
    expect(b - a).toBeLessThan(3 * DAY);
  });
  it('shows everything when nothing is dated', () => {
    expect(denseWindow([], limits)).toEqual(clampWindow(limits.outer, limits));
  });
});

describe('fitWindow', () => {
  it('holds every dated event', () => {
    const [a, b] = fitWindow(seedLike, limits);
    expect(a).toBeLessThan(ms('2013-01-01'));
    expect(b).toBeGreaterThan(ms('2022-01-12'));
  });
});

describe('clampWindow and zoomWindow', () => {
  it.each([
    ['too narrow', [0, 1000], HOUR],
    ['too wide', [-1e15, 1e15], limits.maxSpan],
    ['garbage', [NaN, NaN], limits.maxSpan],
    ['backwards', [10, 5], limits.maxSpan],
  ])('%s windows get a sensible span', (_, w, span) => {
    const c = clampWindow(w as [number, number], limits);
    expect(c[1] - c[0]).toBeCloseTo(span as number, -3);
    expect(c[0]).toBeGreaterThanOrEqual(limits.outer[0]);
    expect(c[1]).toBeLessThanOrEqual(limits.outer[1]);
  });
  it('keeps the instant under the pointer in place', () => {
    const w: [number, number] = [ms('2022-01-01'), ms('2022-01-11')];
    const at = ms('2022-01-03');
    const z = zoomWindow(w, 2, limits, at);
    expect(z[1] - z[0]).toBe(5 * DAY);
    expect((at - z[0]) / (z[1] - z[0])).toBeCloseTo(0.2);
  });
  it('stops at an hour and at the limits', () => {
    let w: readonly [number, number] = [ms('2022-01-01'), ms('2022-01-11')];
    for (let i = 0; i < 40; i++) w = zoomWindow(w, 2, limits);
    expect(w[1] - w[0]).toBe(HOUR);
    for (let i = 0; i < 80; i++) w = zoomWindow(w, 0.5, limits);
    expect(w).toEqual(limits.outer);
  });
  it('centres on an instant without leaving the limits', () => {
    const w = centreOn([0, 10 * DAY], limits.outer[1], limits);
    expect(w[1]).toBe(limits.outer[1]);
  });
});
