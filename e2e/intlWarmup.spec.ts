import { expect, test } from '@playwright/test';
import { timelineReady } from './helpers.ts';

// public/intl-warmup.js starts a worker while the bundle downloads, so ICU's
// data is loaded off the main thread before the app formats its first date.
test('the page warms Intl in a worker of its own origin, without an error', async ({ page, baseURL }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  await timelineReady(page);
  expect(workers[0]).toBe(new URL('/intl-warmup-worker.js', baseURL).href);
  expect(errors).toEqual([]);
  // Dates on the page are still written by the app's own formatters.
  await expect(page.locator('[data-window-start]')).toHaveAttribute('aria-label', /\b\d{1,2} [A-Z][a-z]{2} \d{4}\b/);
});
