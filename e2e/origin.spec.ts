import { expect, test } from '@playwright/test';
import { diplomaticCall, loadTimeline, paragraphOf, timelineReady } from './helpers.ts';

test('the page makes no request to any other origin', async ({ page, request, baseURL }) => {
  const t = await loadTimeline(request);
  const call = diplomaticCall(t);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${baseURL}/`) && !url.startsWith('data:')) foreign.push(url);
  });
  await page.goto('/');
  await timelineReady(page);
  await page.getByRole('button', { name: 'Show all', exact: true }).click();
  await page.goto(`/event/${call.id}`);
  await expect(page.locator('#detail-title')).toBeVisible();
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(page.locator('.reader mark')).toBeVisible();
  // The article has figures (pictures on its own site): the reader shows their captions as text instead.
  const caption = paragraphOf(t, call).doc.paragraphs.find((p) => p.kind === 'caption');
  expect(caption, 'an article with a figure to test with').toBeDefined();
  await expect(page.locator('.reader .kind-caption', { hasText: caption!.text })).toBeVisible();
  await page.getByRole('button', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { name: '时间线', exact: true })).toBeVisible();
  expect(foreign).toEqual([]);
  // The article's own pictures are not hot-linked: the reader shows captions only.
  await expect(page.locator('img')).toHaveCount(0);
});
