import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Timeline } from '../src/lib/schema.ts';
import { generateTimeline } from './fixtures/generateTimeline.ts';
import { timelineReady } from './helpers.ts';
import { buildApp, serveStatic, type StaticSite } from './staticSite.ts';

// A small timeline ships inside the page; a large one stays a file the page
// fetches (src/app/build/inlineData.ts). Both must open the same way, also
// under a base path, where the fetch has to find data/ beside the app.
const RUN = process.env.PORT ?? '4173';
const OUT = `.tmp/e2e-large-${RUN}`;
const DATA = `.tmp/e2e-large-${RUN}-data.json`;
const BASE = '/big/';
const EVENTS = 1000;

let site: StaticSite;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const sample = JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')) as Timeline;
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(DATA, JSON.stringify(generateTimeline(EVENTS, sample)));
  buildApp({ outDir: OUT, dataFile: DATA, base: BASE });
  site = await serveStatic(OUT, BASE);
});

test.afterAll(async () => site?.close());

/** Opens `url` and returns the data-file and stylesheet requests the page made while opening. */
async function open(page: Page, url: string): Promise<string[]> {
  const requested: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('data/timeline.json')) requested.push(path);
    else if (path.endsWith('.css')) requested.push('stylesheet');
  });
  await page.goto(url);
  await timelineReady(page);
  return requested;
}

test('the seed opens from the page alone, without asking for its data file or its stylesheet', async ({ page }) => {
  expect(await open(page, '/')).toEqual([]);
  await expect(page.locator('.plot [data-event-id]').first()).toBeAttached();
  // Styled all the same: the app's layout applies.
  expect(await page.locator('.app').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
  await expect(page.getByRole('status').filter({ hasText: /\d+ events$/ })).toBeVisible();
});

test(`a ${EVENTS}-event timeline is fetched from beside the app under its base path, and opens complete`, async ({ page }) => {
  expect((await open(page, `${site.origin}${BASE}`)).sort()).toEqual([`${BASE}data/timeline.json`, 'stylesheet']);
  await expect(page.getByRole('status').filter({ hasText: `${EVENTS.toLocaleString('en-GB')} events` })).toBeVisible();
  await expect(page.locator('.plot [data-event-id], .plot .cluster[data-count]').first()).toBeAttached();
});

test(`an event's own page of the ${EVENTS}-event build opens that event`, async ({ page }) => {
  const timeline = JSON.parse(readFileSync(DATA, 'utf8')) as Timeline;
  const event = timeline.events.find((e) => e.date?.precision === 'day')!;
  await open(page, `${site.origin}${BASE}event/${event.id}`);
  await expect(page.locator('#detail-title')).toHaveText(event.titleEn);
});
