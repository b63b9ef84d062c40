import { describe, expect, it } from 'vitest';
import type { Span } from '../data/types.ts';
import { DAY, HOUR } from '../time/eventTime.ts';
import { dragWindow, instantAt, pinchWindow, wheelFactor, wheelWindow, zoomAt } from './gestures.ts';
import { limitsFor } from './window.ts';

const T0 = Date.UTC(2022, 0, 1);
// Outer bounds 2021-12-02 … 2022-02-10 (30 days of room around ten days).
const limits = limitsFor([T0, T0 + 10 * DAY]);
const WIDTH = 1000;
const tenDays: Span = [T0, T0 + 10 * DAY];
const span = (w: Span) => w[1] - w[0];

describe('wheelFactor', () => {
  it.each([
    ['a mouse notch down (pixels) zooms out', 100, 0, false, 2 ** -0.2],
    ['a mouse notch up zooms in', -100, 0, false, 2 ** 0.2],
    ['lines count 25 times a pixel', 3, 1, false, 2 ** -0.15],
    ['pages count 500 times a pixel', 1, 2, false, 0.5],
    ['a trackpad pinch (ctrlKey) is ten times as quick', -10, 0, true, 2 ** 0.2],
    ['no delta, no zoom', 0, 0, false, 1],
  ])('%s', (_, deltaY, mode, ctrl, factor) => {
    expect(wheelFactor(deltaY, mode, ctrl)).toBeCloseTo(factor, 10);
  });
});

describe('wheelWindow', () => {
  const wheel = (deltaX: number, deltaY: number, deltaMode = 0) => wheelWindow(tenDays, 250, WIDTH, { deltaX, deltaY, deltaMode, ctrlKey: false }, limits);
  it.each([
    ['turning the wheel towards you zooms in around the pointer', 0, -500, 0, [T0 + 1.25 * DAY, T0 + 6.25 * DAY]],
    ['turning it away zooms out', 0, 500, 0, [T0 - 2.5 * DAY, T0 + 17.5 * DAY]],
    ['a sideways swipe to the right pans later by as many pixels', 100, 0, 0, [T0 + DAY, T0 + 11 * DAY]],
    ['a sideways swipe to the left pans earlier', -200, 30, 0, [T0 - 2 * DAY, T0 + 8 * DAY]],
    ['sideways lines are 25 pixels', 4, 0, 1, [T0 + DAY, T0 + 11 * DAY]],
  ])('%s', (_, dx, dy, mode, expected) => {
    const w = wheel(dx, dy, mode);
    expect(w[0]).toBeCloseTo(expected[0]!, -1);
    expect(w[1]).toBeCloseTo(expected[1]!, -1);
  });
});

describe('zoomAt', () => {
  it.each([
    ['at the left edge', 0],
    ['a fifth of the way', 200],
    ['in the middle', 500],
    ['at the right edge', 1000],
  ])('keeps the instant under the pointer %s where it is', (_, x) => {
    const at = instantAt(tenDays, x, WIDTH);
    const z = zoomAt(tenDays, x, WIDTH, 2, limits);
    expect(span(z)).toBe(5 * DAY);
    expect(instantAt(z, x, WIDTH)).toBeCloseTo(at, -1);
  });
  it('stops at an hour, still around the pointer', () => {
    const at = instantAt(tenDays, 300, WIDTH);
    const z = zoomAt(tenDays, 300, WIDTH, 1e6, limits);
    expect(span(z)).toBe(HOUR);
    expect(instantAt(z, 300, WIDTH)).toBeCloseTo(at, -1);
  });
  it('stops at the outer bounds when zooming out', () => {
    expect(zoomAt(tenDays, 100, WIDTH, 1e-6, limits)).toEqual(limits.outer);
  });
});

describe('dragWindow', () => {
  it.each([
    ['left by a tenth of the plot shows a day later', -100, DAY],
    ['right by a fifth shows two days earlier', 200, -2 * DAY],
    ['not at all', 0, 0],
  ])('dragging %s', (_, dx, shift) => {
    const w = dragWindow(tenDays, dx, WIDTH, limits);
    expect(w[0] - tenDays[0]).toBeCloseTo(shift, -1);
    expect(span(w)).toBe(10 * DAY);
  });
  it('cannot drag past the outer bounds', () => {
    expect(dragWindow(tenDays, 1e6, WIDTH, limits)[0]).toBe(limits.outer[0]);
    expect(dragWindow(tenDays, -1e6, WIDTH, limits)[1]).toBe(limits.outer[1]);
  });
});

describe('pinchWindow', () => {
  it.each([
    ['spread apart, it zooms in', [400, 600], [300, 700], 5 * DAY],
    ['close and move together, it zooms out and follows them', [200, 600], [500, 700], 20 * DAY],
  ])('keeps what was under each finger under it: as the fingers %s', (_, [a0, b0], [a1, b1], expected) => {
    const [ta, tb] = [instantAt(tenDays, a0!, WIDTH), instantAt(tenDays, b0!, WIDTH)];
    const w = pinchWindow(tenDays, a0!, b0!, a1!, b1!, WIDTH, limits);
    expect(span(w)).toBeCloseTo(expected as number, -1);
    expect(instantAt(w, a1!, WIDTH)).toBeCloseTo(ta, -1);
    expect(instantAt(w, b1!, WIDTH)).toBeCloseTo(tb, -1);
  });
  it('fingers on one spot only drag', () => {
    const w = pinchWindow(tenDays, 500, 500, 400, 400, WIDTH, limits);
    expect(w).toEqual(dragWindow(tenDays, -100, WIDTH, limits));
  });
  it('stays within the limits', () => {
    const w = pinchWindow(tenDays, 499, 501, 0, 1000, WIDTH, limits);
    expect(span(w)).toBe(HOUR);
    expect(pinchWindow(tenDays, 0, 1000, 499, 501, WIDTH, limits)).toEqual(limits.outer);
  });
});
