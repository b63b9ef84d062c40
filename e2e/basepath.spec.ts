import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { diplomaticCall, loadTimeline } from './helpers.ts';

// Builds the app under /sub/ and serves it the way a plain static host does:
// files only, directories by their index.html, 404.html for anything else.
// No single-page fallback, so /event/<id> works only because the build wrote it.
const OUT = '.tmp/e2e-base';
const BASE = '/sub/';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

let server: Server;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  // Build around the data the main server is serving, whichever it is.
  const dataFile = '.tmp/e2e-base-data.json';
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(dataFile, JSON.stringify(await loadTimeline(request)));
  execFileSync('npx', ['vite', 'build', '--base', BASE, '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, THREADLINE_DATA: dataFile },
    stdio: 'pipe',
  });
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(BASE)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(OUT, path.slice(BASE.length)));
    if (!file.startsWith(normalize(OUT))) file = join(OUT, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const body = readFileSync(found ? file : join(OUT, '404.html'));
    const type = found ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'text/html';
    res.writeHead(found ? 200 : 404, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

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
