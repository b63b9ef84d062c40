/**
 * What the benchmark watches inside the page, installed before any page
 * script runs (addInitScript), the same way for Threadline and the peers:
 * - the first event mark: the first element matching the subject's mark
 *   selector (MutationObserver), or the app's `threadline:first-mark`
 *   performance mark when it draws on a canvas; "painted" is the first task
 *   after the next animation frame;
 * - long tasks (PerformanceObserver 'longtask');
 * - the first input (Event Timing 'first-input': start, delay, next paint);
 * - frame times while recording (requestAnimationFrame timestamps).
 * All times are ms since navigation start (performance.now()).
 *
 * The in-page part is plain JavaScript text, not a TypeScript function:
 * tsx compiles with keepNames, whose `__name` helper does not exist in the page.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface ProbeState {
  firstMarkDom: number | null;
  firstMarkPaint: number | null;
  appMarks: Record<string, number>;
  longTasks: [start: number, duration: number][];
  firstInput: { start: number; processingStart: number; duration: number; name: string } | null;
  frames: number[];
  recording: boolean;
  startFrames(): void;
  stopFrames(): number[];
}

declare global {
  interface Window {
    __bench?: ProbeState;
  }
}

export interface ProbeOptions {
  markSelector: string;
  /** A performance mark the app may set when it draws its first mark. */
  markName: string;
}

const PROBE = String.raw`
(function (options) {
  var state = {
    firstMarkDom: null, firstMarkPaint: null, appMarks: {}, longTasks: [],
    firstInput: null, frames: [], recording: false,
  };
  window.__bench = state;
  function observe(type, onEntry) {
    try {
      new PerformanceObserver(function (list) { list.getEntries().forEach(onEntry); }).observe({ type: type, buffered: true });
    } catch (e) { /* an entry type this browser lacks: that figure stays empty */ }
  }
  function seen(at) {
    if (state.firstMarkDom !== null) return;
    state.firstMarkDom = at;
    requestAnimationFrame(function () {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () { state.firstMarkPaint = performance.now(); };
      channel.port2.postMessage(0);
    });
  }
  observe('longtask', function (e) { state.longTasks.push([e.startTime, e.duration]); });
  observe('mark', function (e) {
    if (e.name.indexOf('threadline:') !== 0) return;
    if (!(e.name in state.appMarks)) state.appMarks[e.name] = e.startTime;
    if (e.name === options.markName) seen(e.startTime);
  });
  observe('first-input', function (e) {
    if (!state.firstInput) state.firstInput = { start: e.startTime, processingStart: e.processingStart, duration: e.duration, name: e.name };
  });
  var watcher = new MutationObserver(function () {
    if (state.firstMarkDom !== null) return watcher.disconnect();
    if (document.querySelector(options.markSelector)) { watcher.disconnect(); seen(performance.now()); }
  });
  watcher.observe(document, { childList: true, subtree: true });
  state.startFrames = function () {
    state.frames = [];
    state.recording = true;
    function tick(t) { if (!state.recording) return; state.frames.push(t); requestAnimationFrame(tick); }
    requestAnimationFrame(tick);
  };
  state.stopFrames = function () { state.recording = false; return state.frames; };
})`;

export async function attachProbe(context: BrowserContext, options: ProbeOptions): Promise<void> {
  await context.addInitScript({ content: `${PROBE}(${JSON.stringify(options)});` });
}

export async function readProbe(page: Page) {
  return page.evaluate(() => {
    const s = window.__bench!;
    return { firstMarkDom: s.firstMarkDom, firstMarkPaint: s.firstMarkPaint, appMarks: s.appMarks, longTasks: s.longTasks, firstInput: s.firstInput };
  });
}

export const startFrames = (page: Page) => page.evaluate(() => window.__bench!.startFrames());

export const probeNow = (page: Page) => page.evaluate(() => performance.now());

/** Stops recording; returns frame timestamps and the long tasks that started since `since`. */
export function stopFrames(page: Page, since: number) {
  return page.evaluate(
    (from) => ({
      frames: window.__bench!.stopFrames(),
      longTasks: window.__bench!.longTasks.filter((t) => t[0] >= from),
      now: performance.now(),
    }),
    since,
  );
}

/**
 * The renderer main thread's busy time (CDP Performance metric TaskDuration: every
 * task it ran, script, style, layout and paint alike), read before and after a
 * stretch of input. Frame intervals come in whole vsync periods, so two pages that
 * both keep up both show 16.7 ms; the work each frame took tells them apart.
 */
export async function watchMainThread(page: Page): Promise<{ read(): Promise<number>; close(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    async read() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    },
    close: () => cdp.detach().catch(() => undefined),
  };
}

/** Used JS heap in MB after a forced garbage collection (CDP), so runs compare. */
export async function heapUsedMB(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    return used === undefined ? null : used / 2 ** 20;
  } catch {
    return null;
  }
}

/** ms since navigation start from which the page has had no long task for `quietMs`. */
export async function waitForQuiet(page: Page, quietMs: number, timeoutMs: number): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await page.evaluate(() => ({
      busyUntil: Math.max(window.__bench!.firstMarkPaint ?? 0, ...window.__bench!.longTasks.map((t) => t[0] + t[1])),
      now: performance.now(),
    }));
    const quietFor = status.now - status.busyUntil;
    if (quietFor >= quietMs) return status.busyUntil;
    await page.waitForTimeout(Math.max(50, quietMs - quietFor));
  }
  return null;
}
