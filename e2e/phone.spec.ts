import { expect, test, type Page } from '@playwright/test';
import { diplomaticCall, loadTimeline, selectFromList, timelineReady, visibleWindow } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Touch gestures through the DevTools protocol: Playwright's touchscreen only taps. */
async function touch(page: Page, frames: { x: number; y: number }[][]) {
  const cdp = await page.context().newCDPSession(page);
  const points = (f: { x: number; y: number }[]) => f.map((p, id) => ({ x: p.x, y: p.y, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(frames[0]!) });
  for (const f of frames.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(f) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('on a phone', () => {
  test('the list is the main view and nothing scrolls sideways', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
    await expect(page.locator('.plot')).toBeHidden();
    expect(await noSidewaysScroll(page)).toBe(true);
    for (const view of ['Timeline', 'Articles', 'List']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      expect(await noSidewaysScroll(page), `${view} fits the width`).toBe(true);
    }
  });

  test('details open as a sheet at the bottom of the screen', async ({ page, request }) => {
    const call = diplomaticCall(await loadTimeline(request));
    await page.goto('/');
    await selectFromList(page, call.id);
    const sheet = page.getByRole('complementary', { name: 'Event details' });
    await expect(sheet.locator('#detail-title')).toHaveText(call.titleEn);
    const box = (await sheet.boundingBox())!;
    expect(Math.round(box.y + box.height)).toBe(844);
    expect(box.width).toBe(390);
    expect(await noSidewaysScroll(page)).toBe(true);
    await sheet.getByRole('button', { name: 'Close' }).click();
    await expect(sheet.locator('#detail-title')).toHaveCount(0);
  });

  test('the timeline pans with a drag and zooms with a pinch', async ({ page }) => {
    await page.goto('/?view=timeline');
    await timelineReady(page);
    const box = (await page.locator('.plot').boundingBox())!;
    const y = box.y + 120;
    const cx = box.x + box.width / 2;
    const [a0, b0] = await visibleWindow(page);

    const drag = Array.from({ length: 8 }, (_, i) => [{ x: cx + 60 - i * 15, y }]);
    await touch(page, drag);
    await expect.poll(async () => (await visibleWindow(page))[0]).toBeGreaterThan(a0);

    const [a1, b1] = await visibleWindow(page);
    const pinch = Array.from({ length: 8 }, (_, i) => [
      { x: cx - 20 - i * 12, y },
      { x: cx + 20 + i * 12, y },
    ]);
    await touch(page, pinch);
    await expect.poll(async () => {
      const [a, b] = await visibleWindow(page);
      return b - a;
    }).toBeLessThan((b1 - a1) * 0.7);
    expect(b0 - a0).toBeGreaterThan(0);
    expect(await noSidewaysScroll(page)).toBe(true);
  });
});
