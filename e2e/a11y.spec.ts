import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { diplomaticCall, loadTimeline, timelineReady } from './helpers.ts';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme}`, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });

    test('no serious or critical axe violations in any state', async ({ page, request }) => {
      const call = diplomaticCall(await loadTimeline(request));
      await page.goto('/');
      await timelineReady(page);
      expect(await seriousViolations(page), 'home').toEqual([]);

      await page.goto(`/event/${call.id}`);
      await expect(page.locator('#detail-title')).toBeVisible();
      expect(await seriousViolations(page), 'event selected').toEqual([]);

      await page.getByRole('button', { name: 'Articles', exact: true }).click();
      await expect(page.locator('.reader mark')).toBeVisible();
      expect(await seriousViolations(page), 'reader').toEqual([]);

      await page.getByRole('button', { name: 'Show all', exact: true }).click();
      await page.locator('.legend button').first().click();
      expect(await seriousViolations(page), 'zoomed out and filtered').toEqual([]);

      await page.goto('/event/zzzzzzzzzz?lang=zh');
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await seriousViolations(page), 'missing event, Chinese').toEqual([]);
    });

    test('no serious or critical axe violations on a phone', async ({ browser, request }) => {
      const call = diplomaticCall(await loadTimeline(request));
      const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme, reducedMotion: 'reduce' });
      const page = await ctx.newPage();
      await page.goto('/');
      await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
      expect(await seriousViolations(page), 'phone list').toEqual([]);
      await page.goto(`/event/${call.id}?view=timeline`);
      await expect(page.locator('#detail-title')).toBeVisible();
      expect(await seriousViolations(page), 'phone timeline with sheet').toEqual([]);
      await ctx.close();
    });
  });
}
