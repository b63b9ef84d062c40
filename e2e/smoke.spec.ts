import { expect, test } from '@playwright/test';

test('the page opens and lists the timeline', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Threadline' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Events' })).toBeAttached();
});
