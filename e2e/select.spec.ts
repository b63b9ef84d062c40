import { expect, test } from '@playwright/test';
import { diplomaticCall, expectedDate, loadTimeline, mark, paragraphOf, selectFromList, spanOf, timelineReady } from './helpers.ts';

test.describe('selecting an event', () => {
  test('opens its details with the quote highlighted in its paragraph, and moves the address', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const call = diplomaticCall(t);
    const { doc, paragraph } = paragraphOf(t, call);
    await page.goto('/');
    await timelineReady(page);
    await mark(page, call.id).click();

    await expect(page).toHaveURL(new RegExp(`/event/${call.id}(\\?|$)`));
    const detail = page.getByRole('complementary', { name: 'Event details' });
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(call.titleEn);
    await expect(detail.locator('.other')).toContainText(call.title);
    await expect(detail.locator('.date')).toHaveText(expectedDate(call)!);
    for (const id of call.actors) {
      const actor = t.actors.find((a) => a.id === id);
      if (actor) await expect(detail.locator('.actors')).toContainText(actor.names.en);
    }

    // The highlight is the quote, verbatim, inside the paragraph shown in full.
    const passage = detail.locator('.passage');
    await expect(passage).toHaveText(paragraph.text);
    const marked = await passage.locator('mark').textContent();
    expect(marked).toBe(call.source.quote);
    expect(paragraph.text.slice(call.source.start, call.source.end)).toBe(marked);

    const headline = detail.getByRole('link', { name: doc.title });
    await expect(headline).toHaveAttribute('href', new URL(doc.url).href);
    await expect(headline).toHaveAttribute('rel', /noopener/);
    await expect(headline).toHaveAttribute('target', '_blank');
    await expect(detail).toContainText('Published');
    if (call.dateEvidence.text) await expect(detail.locator('.evidence')).toContainText(call.dateEvidence.text);
    await expect(mark(page, call.id)).toHaveAttribute('aria-current', 'true');
  });

  test('the address opens the same event in a new page', async ({ page, context, request }) => {
    const call = diplomaticCall(await loadTimeline(request));
    await page.goto('/');
    await timelineReady(page);
    await mark(page, call.id).click();
    await expect(page).toHaveURL(/\/event\//);
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.locator('#detail-title')).toHaveText(call.titleEn);
    await expect(mark(other, call.id)).toHaveAttribute('aria-current', 'true');
  });

  test('previous and next walk through events in time order', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const call = diplomaticCall(t);
    await page.goto(`/event/${call.id}`);
    await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
    const start = (id: string) => spanOf(t.events.find((e) => e.id === id)!)?.[0] ?? Infinity;
    const idInUrl = () => new URL(page.url()).pathname.split('/').pop()!;

    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(page).not.toHaveURL(new RegExp(`/event/${call.id}(\\?|$)`));
    const next = idInUrl();
    expect(start(next)).toBeGreaterThanOrEqual(start(call.id));
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(page).toHaveURL(new RegExp(`/event/${call.id}(\\?|$)`));
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(page).not.toHaveURL(new RegExp(`/event/${call.id}(\\?|$)`));
    expect(start(idInUrl())).toBeLessThanOrEqual(start(call.id));
  });

  test('Copy link copies the event address and says so', async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const call = diplomaticCall(await loadTimeline(request));
    await page.goto(`/event/${call.id}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(`/event/${call.id}`);
  });

  test('Back and Forward walk the selection history', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const [a, b] = t.events.filter((e) => e.date).slice(0, 2);
    await page.goto('/');
    await timelineReady(page);
    await selectFromList(page, a!.id);
    await selectFromList(page, b!.id);
    await expect(page.locator('#detail-title')).toHaveText(b!.titleEn);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/event/${a!.id}(\\?|$)`));
    await expect(page.locator('#detail-title')).toHaveText(a!.titleEn);
    await page.goBack();
    await expect(page.locator('#detail-title')).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goForward();
    await expect(page.locator('#detail-title')).toHaveText(a!.titleEn);
  });

  test('Escape closes the details', async ({ page, request }) => {
    const call = diplomaticCall(await loadTimeline(request));
    await page.goto(`/event/${call.id}`);
    await expect(page.locator('#detail-title')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#detail-title')).toHaveCount(0);
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(\?.*)?$/);
  });
});
