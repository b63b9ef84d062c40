import { describe, expect, it } from 'vitest';
import { zoomWorkTarget } from '../lib/targets.ts';
import type { ZoomResult } from '../zoom.ts';

const zoomed = (subject: ZoomResult['subject'], busyPerStep: number | null, busyPerFrame = 3): ZoomResult => ({
  dataset: '10k',
  events: 10_000,
  subject,
  segments: [],
  summary: { frames: 1200, p50: 16.7, p95: 16.7, worst: 33.3, slowShare: 0, longTasks: 0, longestTaskMs: null, busyPerFrame, busyPerStep },
  zoomSeconds: 60,
  heapAfterLoadMB: null,
  heapAfterZoomMB: null,
  loadMs: null,
});

describe('zoomWorkTarget: main-thread work per input step, above the floor', () => {
  it.each([
    // ours, vis, floor → verdict
    // (110 - 10) / (20 - 10) = 10; 110 / 20 = 5.5
    [20, 110, 10, 'met (10.0× faster) (5.5× counting the floor)'],
    // exactly 5× counts as met: (110 - 10) / (30 - 10) = 5
    [30, 110, 10, 'met (5.0× faster) (3.7× counting the floor)'],
    [40, 110, 10, 'missed: 3.3× (needs 5×) (2.8× counting the floor)'],
    [9, 110, 10, 'not measurable: no work above the floor'],
  ])('ours %d ms, vis-timeline %d ms, floor %d ms per step: %s', (ours, vis, floor, verdict) => {
    const row = zoomWorkTarget(zoomed('threadline', ours), zoomed('vis-timeline', vis), zoomed('floor', floor));
    expect(row.verdict).toBe(verdict);
  });

  it('names both figures for each side, and the floor', () => {
    const row = zoomWorkTarget(zoomed('threadline', 20, 2.8), zoomed('vis-timeline', 110, 4.7), zoomed('floor', 10));
    expect(row.measured).toBe('10.0 ms per input step above the floor (20.0 ms in all; 2.8 ms per frame)');
    expect(row.peer).toBe('vis-timeline 100 ms per input step above the floor (110 ms in all; 4.7 ms per frame); floor 10.0 ms');
  });

  it('says what is missing instead of guessing', () => {
    expect(zoomWorkTarget(zoomed('threadline', 20), zoomed('vis-timeline', 110), undefined).verdict).toMatch(/no floor run/);
    expect(zoomWorkTarget(zoomed('threadline', 20), undefined, zoomed('floor', 10)).verdict).toMatch(/one side missing/);
  });
});
