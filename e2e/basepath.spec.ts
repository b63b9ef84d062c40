import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { diplomaticCall, loadTimeline } from './helpers.ts';
import { buildApp, serveStatic, type StaticSite } from './staticSite.ts';

// Builds the app under /sub/ and serves it the way a plain static host does:
// files only, directories by their index.html, 404.html for anything else.
// No single-page fallback, so /event/<id> works only because the build wrote it.
const OUT = '.tmp/e2e-base';
const BASE = '/sub/';

let site: StaticSite;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  // Build around the data the main server is serving, whichever it is.
  const dataFile = '.tmp/e2e-base-data.json';
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(dataFile, JSON.stringify(await loadTimeline(request)));
  buildApp({ outDir: OUT, dataFile, base: BASE });
  site = await serveStatic(OUT, BASE);
  origin = site.origin;
});

test.afterAll(async () => site?.close());

test('a build under a base path opens, and a fresh load of an event link works on a static host', async ({ page, request }) => {
  const call = diplomaticCall(await loadTimeline(request));
  const res = await page.goto(`${origin}${BASE}event/${call.id}`);
  expect(res?.status()).toBe(200);
  await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}event/[a-z0-9]+`));
  await page.goto(`${origin}${BASE}`);
  await expect(page.locator('.plot [data-event-id]').first()).toBeAttached();
});

test('an unknown event under a base path is answered by 404.html and said plainly', async ({ page }) => {
  const res = await page.goto(`${origin}${BASE}event/nosuchevent0`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('alert')).toContainText('There is no event “nosuchevent0”');
  await expect(page.locator('.plot [data-event-id]').first()).toBeAttached();
});
