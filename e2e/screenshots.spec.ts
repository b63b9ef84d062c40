import { expect, test, type Page } from '@playwright/test';
import { diplomaticCall, loadTimeline } from './helpers.ts';

// Not a test of behaviour: renders every state at desktop and phone sizes, in
// both themes, to .tmp/shots/ for people to look at (`npm run shots`).

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const size of sizes) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${size.name} ${scheme}`, async ({ browser, request }) => {
      const t = await loadTimeline(request);
      const call = diplomaticCall(t);
      const band = t.events.find((e) => e.date?.precision === 'year' || e.date?.precision === 'month');
      const ctx = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
        hasTouch: size.name === 'phone',
        isMobile: size.name === 'phone',
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
      });
      const page = await ctx.newPage();
      const shot = (state: string) =>
        page.screenshot({ path: `.tmp/shots/${size.name}-${scheme}-${state}.png`, fullPage: size.name === 'desktop' });
      const settle = (p: Page) => p.waitForFunction(() => document.fonts.status === 'loaded');

      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Events', exact: true })).toBeVisible();
      await settle(page);
      await shot('home');

      if (size.name === 'phone') await page.getByRole('button', { name: 'Timeline', exact: true }).click();
      await page.goto(`/event/${call.id}`);
      await expect(page.locator('#detail-title')).toBeVisible();
      await shot('selected');

      await page.getByRole('button', { name: 'Read in the article' }).click();
      await expect(page.locator('.reader mark')).toBeVisible();
      await shot('reader');

      await page.goto('/?view=timeline');
      await page.getByRole('button', { name: 'Show all', exact: true }).click();
      await shot('fit');

      if (band) {
        await page.goto(`/event/${band.id}?view=timeline`);
        await expect(page.locator('#detail-title')).toBeVisible();
        await shot('band');
      }

      await page.goto('/event/zzzzzzzzzz');
      await expect(page.getByRole('alert')).toBeVisible();
      await shot('missing');

      await page.goto('/?lang=zh&view=timeline');
      await expect(page.getByRole('heading', { name: '时间线', exact: true })).toBeVisible();
      await shot('zh');
      await ctx.close();
    });
  }
}
