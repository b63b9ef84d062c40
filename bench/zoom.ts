/**
 * Zoom and pan: the same scripted wheel-and-drag cycles on every subject,
 * in segments that alternate between subjects (ours, vis, TimelineJS, ours…),
 * recording requestAnimationFrame intervals and long tasks while the input
 * plays, and the JS heap after load and after all the zooming.
 */
import type { Page } from '@playwright/test';
import { heapUsedMB, probeNow, startFrames, stopFrames, watchMainThread } from './lib/probe.ts';
import { openSubject, plotBox, type Opened } from './lib/session.ts';
import { max, median, medianOrNull, percentile } from './lib/stats.ts';
import type { Dataset, Subject, SubjectId } from './lib/subjects.ts';
import type { ServeDataset } from './open.ts';

export interface FrameStats {
  frames: number;
  p50: number | null;
  p95: number | null;
  worst: number | null;
  /** Share of frames longer than one 60 Hz interval (plus 1 ms of timer slack). */
  slowShare: number | null;
  longTasks: number;
  longestTaskMs: number | null;
  /** Main-thread busy time per frame drawn (ms): the work behind each frame, below the vsync quantum. */
  busyPerFrame: number | null;
  /** Main-thread busy time per input step (a wheel notch or a drag), ms: the work one step of input costs. */
  busyPerStep: number | null;
}

export interface ZoomResult {
  dataset: string;
  events: number;
  subject: SubjectId;
  segments: (FrameStats & { seconds: number; cycles: number; steps: number })[];
  /** Median of the segments' p50 and p95; worst frame and longest task over all. */
  summary: FrameStats | null;
  zoomSeconds: number;
  heapAfterLoadMB: number | null;
  heapAfterZoomMB: number | null;
  loadMs: number | null;
  skipped?: string;
}

export interface ZoomOptions {
  segments: number;
  segmentMs: number;
  loadTimeoutMs: number;
  /** `dataset|subject` pairs not to attempt, with why (e.g. they timed out opening). */
  skip?: Map<string, string>;
  log: (line: string) => void;
}

const FRAME_BUDGET = 1000 / 60 + 1;

export function frameStats(timestamps: number[], longTasks: [number, number][], busyMs: number | null = null, steps = 0): FrameStats {
  const deltas = timestamps.slice(1).map((t, i) => t - timestamps[i]!);
  const n = deltas.length;
  return {
    frames: n,
    p50: n ? percentile(deltas, 50) : null,
    p95: n ? percentile(deltas, 95) : null,
    worst: n ? max(deltas) : null,
    slowShare: n ? deltas.filter((d) => d > FRAME_BUDGET).length / n : null,
    longTasks: longTasks.length,
    longestTaskMs: longTasks.length ? max(longTasks.map((t) => t[1])) : null,
    busyPerFrame: n && busyMs !== null ? busyMs / n : null,
    busyPerStep: steps && busyMs !== null ? busyMs / steps : null,
  };
}

const pause = (page: Page, ms: number) => page.waitForTimeout(ms);

/**
 * One cycle: zoom in, drag left, zoom out, drag right; about 1.5 s of input
 * on a page that keeps up. Stops between steps once `deadline` has passed, so
 * a slow subject cannot stretch a segment far beyond its time. Returns the
 * steps played (wheel notches, button clicks and drags): a slow subject plays
 * fewer in a segment, so work is compared per step, not per second or cycle.
 */
async function cycle(page: Page, subject: Subject, box: { x: number; y: number; width: number; height: number }, deadline: number) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  let steps = 0;
  const zoom = async (direction: 'in' | 'out') => {
    for (let i = 0; i < 6 && Date.now() < deadline; i++) {
      if (subject.zoom === 'wheel') {
        await page.mouse.move(cx, cy);
        await page.mouse.wheel(0, direction === 'in' ? -120 : 120);
      } else if (subject.zoom !== 'none') {
        const button = await page.$(subject.zoom[direction]);
        const b = await button?.boundingBox();
        if (b) await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
      }
      steps++;
      await pause(page, 40);
    }
  };
  const drag = async (from: number, to: number) => {
    if (Date.now() >= deadline) return;
    await page.mouse.move(cx + from, cy);
    await page.mouse.down();
    await page.mouse.move(cx + to, cy, { steps: 12 });
    await page.mouse.up();
    steps++;
    await pause(page, 40);
  };
  const reach = Math.min(200, box.width / 3);
  await zoom('in');
  await drag(reach, -reach);
  await zoom('out');
  await drag(-reach, reach);
  return steps;
}

async function segment(opened: Opened, subject: Subject, ms: number) {
  const { page } = opened;
  const box = await plotBox(page, subject.plotSelectors);
  if (!box) throw new Error(`no plot area found (${subject.plotSelectors.join(', ')})`);
  const mainThread = await watchMainThread(page);
  try {
    const since = await probeNow(page);
    const busyBefore = await mainThread.read();
    await startFrames(page);
    const started = Date.now();
    let cycles = 0;
    let steps = 0;
    while (Date.now() - started < ms) {
      steps += await cycle(page, subject, box, started + ms);
      cycles++;
    }
    const { frames, longTasks } = await stopFrames(page, since);
    const busy = (await mainThread.read()) - busyBefore;
    return { ...frameStats(frames, longTasks, busy, steps), seconds: (Date.now() - started) / 1000, cycles, steps };
  } finally {
    await mainThread.close();
  }
}

function summarise(segments: ZoomResult['segments']): FrameStats | null {
  const measured = segments.filter((s) => s.frames > 0);
  if (!measured.length) return null;
  const tasks = measured.map((s) => s.longestTaskMs).filter((t): t is number => t !== null);
  return {
    frames: measured.reduce((sum, s) => sum + s.frames, 0),
    p50: median(measured.map((s) => s.p50!)),
    p95: median(measured.map((s) => s.p95!)),
    worst: max(measured.map((s) => s.worst!)),
    slowShare: median(measured.map((s) => s.slowShare!)),
    longTasks: measured.reduce((sum, s) => sum + s.longTasks, 0),
    longestTaskMs: tasks.length ? max(tasks) : null,
    busyPerFrame: medianOrNull(measured.map((s) => s.busyPerFrame)),
    busyPerStep: medianOrNull(measured.map((s) => s.busyPerStep ?? null)),
  };
}

export async function benchZoom(datasets: Dataset[], subjects: Subject[], serve: ServeDataset, options: ZoomOptions): Promise<ZoomResult[]> {
  const results: ZoomResult[] = [];
  const gaveUp = new Map<SubjectId, string>();
  for (const dataset of datasets) {
    const server = await serve(dataset);
    const open: { subject: Subject; opened: Opened; row: ZoomResult }[] = [];
    try {
      for (const subject of subjects.filter((s) => s.zoom !== 'none')) {
        const row: ZoomResult = {
          dataset: dataset.name,
          events: dataset.events,
          subject: subject.id,
          segments: [],
          summary: null,
          zoomSeconds: 0,
          heapAfterLoadMB: null,
          heapAfterZoomMB: null,
          loadMs: null,
        };
        results.push(row);
        if (subject.maxEvents !== undefined && dataset.events > subject.maxEvents) {
          row.skipped = `not attempted above ${subject.maxEvents} events`;
          continue;
        }
        const known = gaveUp.get(subject.id) ?? options.skip?.get(`${dataset.name}|${subject.id}`);
        if (known) {
          row.skipped = known;
          continue;
        }
        const outcome = await openSubject(subject, server.url, subject.path(dataset), options.loadTimeoutMs);
        if (!outcome.ok) {
          row.skipped = `did not load within ${options.loadTimeoutMs / 1000} s (${outcome.error})`;
          if (outcome.timedOut) gaveUp.set(subject.id, `not attempted: did not load within ${options.loadTimeoutMs / 1000} s at ${dataset.name}`);
          options.log(`zoom ${dataset.name} ${subject.id}: ${row.skipped}`);
          continue;
        }
        row.loadMs = outcome.opened.interactiveMs ?? outcome.opened.firstMarkMs;
        row.heapAfterLoadMB = outcome.opened.heapAfterLoadMB;
        open.push({ subject, opened: outcome.opened, row });
      }
      // Alternate: every subject does segment 1, then every subject segment 2, …
      for (let s = 0; s < options.segments; s++) {
        for (const { subject, opened, row } of open) {
          if (row.skipped) continue;
          try {
            const result = await segment(opened, subject, options.segmentMs);
            row.segments.push(result);
            row.zoomSeconds += result.seconds;
            options.log(
              `zoom ${dataset.name} ${subject.id} segment ${s + 1}: p95 ${result.p95?.toFixed(1)} ms, main thread ${result.busyPerFrame?.toFixed(1)} ms/frame, ${result.busyPerStep?.toFixed(0)} ms/step, worst ${result.worst?.toFixed(0)} ms, ${result.longTasks} long tasks`,
            );
          } catch (error) {
            row.skipped = `zoom failed: ${(error as Error).message.split('\n')[0]}`;
            options.log(`zoom ${dataset.name} ${subject.id}: ${row.skipped}`);
          }
        }
      }
      for (const { opened, row } of open) {
        row.summary = summarise(row.segments);
        row.heapAfterZoomMB = row.skipped ? null : await heapUsedMB(opened.page);
      }
    } finally {
      for (const { opened } of open) await opened.browser.close().catch(() => undefined);
      await server.close();
    }
  }
  return results;
}
