import { expect, test } from '@playwright/test';
import { loadTimeline, mark, spanOf, timelineReady, visibleWindow } from './helpers.ts';

const count = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: /events/ });
const listed = (page: import('@playwright/test').Page) =>
  page.locator('[data-item-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')!));

test.describe('filters and search', () => {
  test('the legend shows and hides a category, and the page counts the matches', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const cat = t.events.find((e) => e.date)!.category;
    const hidden = t.events.filter((e) => e.category === cat);
    await page.goto('/');
    await timelineReady(page);
    const toggle = page.getByRole('group', { name: 'Categories' }).locator(`.cat-${cat}`);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(count(page)).toHaveText(`${t.events.length - hidden.length} of ${t.events.length} events`);
    for (const e of hidden) await expect(mark(page, e.id)).toHaveCount(0);
    expect((await listed(page)).some((id) => hidden.some((e) => e.id === id))).toBe(false);
    await expect(page).toHaveURL(/[?&]cat=/);

    await page.reload();
    await expect(page.locator(`.legend .cat-${cat}`)).toHaveAttribute('aria-pressed', 'false');
    await page.locator(`.legend .cat-${cat}`).click();
    await expect(count(page)).toHaveText(`${t.events.length} events`);
  });

  test('actor and article filters keep only their events', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const tally = new Map<string, number>();
    for (const e of t.events) for (const a of new Set(e.actors)) tally.set(a, (tally.get(a) ?? 0) + 1);
    const [actor] = [...tally].sort((a, b) => b[1] - a[1])[1] ?? [...tally][0]!;
    const withActor = t.events.filter((e) => e.actors.includes(actor)).map((e) => e.id);
    await page.goto('/');
    await timelineReady(page);
    await page.getByLabel('Actor').selectOption(actor);
    await expect(count(page)).toHaveText(`${withActor.length} of ${t.events.length} events`);
    expect((await listed(page)).sort()).toEqual([...withActor].sort());
    await expect(page).toHaveURL(new RegExp(`actor=${actor}`));
    // A link with the filter opens with it chosen in the menu; clearing empties the menu too.
    await page.reload();
    await expect(page.getByLabel('Actor')).toHaveValue(actor);
    await expect(count(page)).toHaveText(`${withActor.length} of ${t.events.length} events`);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByLabel('Actor')).toHaveValue('');
    const doc = t.documents[0]!;
    await page.getByLabel('Article').selectOption(doc.id);
    const inDoc = t.events.filter((e) => e.source.document === doc.id);
    await expect(count(page)).toHaveText(inDoc.length === t.events.length ? `${t.events.length} events` : `${inDoc.length} of ${t.events.length} events`);
  });

  test('“only events in the visible window” narrows the list to what the timeline shows', async ({ page, request }) => {
    const t = await loadTimeline(request);
    await page.goto('/');
    await timelineReady(page);
    const [a, b] = await visibleWindow(page);
    const inView = t.events.filter((e) => spanOf(e) && spanOf(e)![1] > a && spanOf(e)![0] < b).map((e) => e.id);
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.length).toBeLessThan(t.events.length);
    const box = page.getByLabel('Only events in the visible window');
    await box.check();
    await expect.poll(async () => (await listed(page)).sort()).toEqual([...inView].sort());
    await box.uncheck();
    await expect.poll(async () => (await listed(page)).length).toBe(t.events.length);
  });

  test('search finds events by English label, actor name in English or Chinese, and quote', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const call = t.events.find((e) => e.actors.length > 0 && e.date)!;
    const actor = t.actors.find((a) => call.actors.includes(a.id) && a.kind === 'person') ?? t.actors.find((a) => call.actors.includes(a.id))!;
    const quotePart = [...call.source.quote].slice(2, 10).join('');
    const queries = [actor.names.en, actor.names['zh-Hans'], actor.names['zh-Hant'], quotePart, call.titleEn.split(' ').slice(0, 3).join(' ')];
    await page.goto('/');
    await timelineReady(page);
    const box = page.getByRole('searchbox', { name: 'Search events' });
    for (const q of queries) {
      await box.fill(q);
      await expect(page.locator(`[data-item-id="${call.id}"]`)).toBeVisible();
      await expect(count(page)).toHaveText(/ of \d+ events$|^\d+ events$/);
    }
    await box.fill('zzzz no such thing qqq');
    await expect(count(page)).toHaveText(`0 of ${t.events.length} events`);
    await expect(page.getByText('No events match these filters.').first()).toBeVisible();
    await box.fill(actor.names.en);
    // The address follows typing after a short pause: wait for this query, not an earlier one.
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(actor.names.en);
    await page.reload();
    await expect(box).toHaveValue(actor.names.en);
  });
});
