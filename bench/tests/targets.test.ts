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

  it("gives each round's own ratio beside the medians', so a swing between segments shows", () => {
    // Rounds: (322 - 8) / (19 - 8) = 28.5, (121 - 11) / (14 - 11) = 36.7, (37 - 9) / (12 - 9) = 9.3.
    const run = (subject: ZoomResult['subject'], steps: number[]) => ({
      ...zoomed(subject, [...steps].sort((a, b) => a - b)[1]!),
      segments: steps.map((busyPerStep) => ({ ...zoomed(subject, busyPerStep).summary!, seconds: 20, cycles: 13, steps: 180 })),
    });
    const row = zoomWorkTarget(run('threadline', [19, 14, 12]), run('vis-timeline', [322, 121, 37]), run('floor', [8, 11, 9]));
    // Medians: (121 - 9) / (14 - 9) = 22.4.
    expect(row.verdict).toBe('met (22.4× faster) (8.6× counting the floor); by round 28.5×, 36.7×, 9.3×');
    // A round where ours did no work above the floor has no ratio.
    const flat = zoomWorkTarget(run('threadline', [19, 14, 8]), run('vis-timeline', [322, 121, 37]), run('floor', [8, 11, 9]));
    expect(flat.verdict).toMatch(/by round 28\.5×, 36\.7×, —$/);
  });

  it('says what is missing instead of guessing', () => {
    expect(zoomWorkTarget(zoomed('threadline', 20), zoomed('vis-timeline', 110), undefined).verdict).toMatch(/no floor run/);
    expect(zoomWorkTarget(zoomed('threadline', 20), undefined, zoomed('floor', 10)).verdict).toMatch(/one side missing/);
  });
});
