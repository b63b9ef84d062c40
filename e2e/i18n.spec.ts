import { expect, test } from '@playwright/test';
import { diplomaticCall, loadTimeline, mark, timelineReady } from './helpers.ts';

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('follows the browser language, with dates written the Chinese way', async ({ page, request }) => {
    const call = diplomaticCall(await loadTimeline(request));
    const [y, m, d] = call.date!.start.split('-').map(Number);
    await page.goto('/');
    await timelineReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
    await expect(page.getByRole('heading', { name: '时间线', exact: true })).toBeVisible();
    await expect(mark(page, call.id)).toHaveAttribute('aria-label', `${y}年${m}月${d}日：${call.title}`);
    await expect(page.getByRole('searchbox', { name: '搜索事件' })).toBeVisible();
  });

  test('the switch turns the page to English and the link keeps the choice', async ({ page, request }) => {
    const call = diplomaticCall(await loadTimeline(request));
    await page.goto(`/event/${call.id}`);
    await expect(page.locator('#detail-title')).toHaveText(call.title);
    await page.getByRole('button', { name: /English|英文/ }).click();
    await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page).toHaveURL(/lang=en/);
    await page.reload();
    await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
  });
});
