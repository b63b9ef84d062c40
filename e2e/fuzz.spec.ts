import { expect, test, type Page } from '@playwright/test';
import { fuzzAddresses } from './fuzzAddresses.ts';
import { loadTimeline, visibleWindow } from './helpers.ts';
import { expectNothingRan, watch } from './security.ts';

// Opens generated addresses (e2e/fuzzAddresses.ts) and proves each leaves a
// working app: no uncaught error, no dialog, nothing ran, nothing loaded from
// elsewhere, and a timeline that draws and zooms. FUZZ_SEED=<n> tries another
// deterministic set; FUZZ_COUNT=<n> opens more.
const SEED = Number(process.env.FUZZ_SEED ?? 20220111);
const COUNT = Math.max(200, Number(process.env.FUZZ_COUNT ?? 200));
const CHUNKS = 8;
const POLL = { intervals: [20, 50, 100] };
const TABS = Number(process.env.FUZZ_TABS ?? 2);

/**
 * Loads an address. One the server refuses outright (Vite's preview answers
 * a garbled escape with an empty 404, which Chromium shows as its own error
 * page) is reached through history instead, the way Back would bring it.
 */
async function open(page: Page, origin: string, address: string) {
  // Joined as text: resolved as a URL, `//evil.example/` would leave the origin.
  const url = `${origin}${address}`;
  const path = address.split(/[?#]/)[0]!;
  const head = path.includes('%') ? await page.request.get(url, { maxRedirects: 0 }) : null;
  if (!head || head.status() < 400 || (await head.text()).includes('id="app"')) {
    await page.goto(url);
    return 'load';
  }
  await page.goto(`${origin}/`);
  await page.evaluate((a) => {
    history.pushState(null, '', `${location.origin}${a}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, address);
  return 'history';
}

async function expectUsableTimeline(page: Page) {
  const timeline = page.locator('section.timeline');
  await expect(timeline).toBeVisible();
  // Drawn marks or clusters, or the plain "nothing here" stop when filters or the window leave nothing to draw.
  await expect(page.locator('.plot [data-event-id], .plot [data-count], .plot .empty-stop').first()).toBeAttached();
  const [a, b] = await visibleWindow(page);
  expect(Number.isFinite(a) && Number.isFinite(b) && b > a, `window ${a}..${b}`).toBe(true);
  const zoomOut = timeline.locator('.zoom button').nth(0);
  const zoomIn = timeline.locator('.zoom button').nth(1);
  if (await zoomIn.isEnabled()) {
    await zoomIn.click();
    await expect.poll(async () => {
      const [c, d] = await visibleWindow(page);
      return d - c;
    }, POLL).toBeLessThan(b - a);
  } else {
    await zoomOut.click();
    await expect.poll(async () => {
      const [c, d] = await visibleWindow(page);
      return d - c;
    }, POLL).toBeGreaterThan(b - a);
  }
}

/** Opens each address in turn on one page, checking it before the next. */
async function run(page: Page, origin: string, addresses: readonly string[]) {
  const w = await watch(page, origin);
  for (const address of addresses) {
    const t0 = Date.now();
    const how = await open(page, origin, address);
    try {
      await expectUsableTimeline(page);
      await expectNothingRan(page, w, origin);
    } catch (error) {
      throw new Error(`address ${JSON.stringify(address.slice(0, 300))} (${how}): ${(error as Error).message}`);
    }
    if (process.env.FUZZ_TIMING) console.log(`${Date.now() - t0}\t${address.slice(0, 80)}`);
  }
}

test.describe('hostile addresses', () => {
  test.use({ reducedMotion: 'reduce' });

  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`addresses, part ${chunk + 1} of ${CHUNKS} (seed ${SEED})`, async ({ context, request, baseURL }) => {
      test.setTimeout(120_000);
      const t = await loadTimeline(request);
      const all = fuzzAddresses(SEED, COUNT, t.events.slice(0, 5).map((e) => e.id));
      expect(all.length).toBeGreaterThanOrEqual(200);
      const mine = all.filter((_, i) => i % CHUNKS === chunk);
      // Two tabs side by side keep the browser busy while the other waits on a load.
      const pages = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
      await Promise.all(pages.map((p, i) => run(p, baseURL!, mine.filter((_, j) => j % TABS === i))));
    });
  }
});
