/**
 * One subject opened on one data set in a fresh browser: navigation, the
 * first event mark, the first click answered, the page settling, the heap.
 * A fresh browser per opening keeps runs independent, and lets a timed-out
 * page (a main thread stuck for minutes) be ended by closing its browser.
 */
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from './chromium.ts';
import { attachProbe, heapUsedMB, readProbe, waitForQuiet } from './probe.ts';
import type { Subject } from './subjects.ts';

export const VIEWPORT = { width: 1280, height: 800 };
const QUIET_MS = 500;

export interface Opened {
  browser: Browser;
  page: Page;
  /** ms from navigation start. */
  firstMarkMs: number;
  clickAnsweredMs: number | null;
  inputDelayMs: number | null;
  interactiveMs: number | null;
  heapAfterLoadMB: number | null;
  appMarks: Record<string, number>;
}

export type OpenOutcome = { ok: true; opened: Opened } | { ok: false; timedOut: boolean; error: string };

/** The first visible element of `selectors`; its centre is where we click, wheel and drag. */
export async function plotBox(page: Page, selectors: string[]) {
  for (const selector of selectors) {
    for (const handle of await page.$$(selector)) {
      const box = await handle.boundingBox();
      if (box && box.width * box.height > 10_000) return { selector, ...box };
    }
  }
  return null;
}

export async function openSubject(subject: Subject, baseUrl: string, path: string, timeoutMs: number): Promise<OpenOutcome> {
  const browser = await launchChromium();
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    // Offline and fair: only the local server answers (TimelineJS would call its CDN for fonts).
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    await attachProbe(context, { markSelector: subject.markSelector, markName: 'threadline:first-mark' });
    const page = await context.newPage();
    // Start the renderer on a blank page of the same origin first: a user's browser is
    // already running, and process start-up would otherwise add 100-300 ms of noise.
    await page.goto(`${baseUrl}/bench-peers/blank.html`, { timeout: left() });
    await page.goto(baseUrl + path, { waitUntil: 'commit', timeout: left() });
    await page.waitForFunction(() => window.__bench?.firstMarkPaint != null, null, { polling: 'raf', timeout: left() });
    // A user clicks the plot as soon as a mark shows: when does the page answer (next paint)?
    const box = await plotBox(page, subject.plotSelectors);
    if (box) await page.mouse.click(box.x + box.width * 0.5, box.y + Math.min(box.height - 5, 20));
    await page
      .waitForFunction(() => window.__bench?.firstInput != null, null, { polling: 100, timeout: Math.min(left(), 10_000) })
      .catch(() => undefined);
    const interactiveMs = await waitForQuiet(page, QUIET_MS, left());
    const probe = await readProbe(page);
    const input = probe.firstInput;
    return {
      ok: true,
      opened: {
        browser,
        page,
        firstMarkMs: probe.firstMarkPaint!,
        clickAnsweredMs: input ? input.start + input.duration : null,
        inputDelayMs: input ? input.processingStart - input.start : null,
        interactiveMs,
        heapAfterLoadMB: await heapUsedMB(page),
        appMarks: probe.appMarks,
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    return { ok: false, timedOut: /timeout|exceeded/i.test(message), error: message };
  }
}
