import { expect, test } from '@playwright/test';
import { loadTimeline, spanOf, timelineReady, visibleWindow } from './helpers.ts';

test.describe('keyboard', () => {
  test('Tab reaches the timeline; arrows walk events in time order; Enter selects; Escape closes', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const byId = new Map(t.events.map((e) => [e.id, e]));
    await page.goto('/');
    await timelineReady(page);
    await page.getByRole('searchbox').focus();

    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => !!document.activeElement?.closest('.plot [data-event-id]'));
    }
    expect(reached, 'Tab reaches a timeline mark').toBe(true);
    const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    // Focus is visible: the browser says so and the mark draws a ring.
    expect(await page.evaluate(() => document.activeElement!.matches(':focus-visible'))).toBe(true);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe('none');

    await page.keyboard.press('Home');
    // Home goes to the earliest event, panning there if need be.
    const earliest = Math.min(...t.events.filter((e) => e.date).map((e) => spanOf(e)![0]));
    await expect.poll(async () => {
      const id = await focusedId();
      return id !== null && spanOf(byId.get(id)!)![0] === earliest;
    }).toBe(true);
    const visited = [(await focusedId())!];
    const dated = t.events.filter((e) => e.date).length;
    for (let i = 1; i < Math.min(dated, 12); i++) {
      await page.keyboard.press('ArrowRight');
      const previous = visited[visited.length - 1];
      // Focus may pass through the page while the view moves; it ends on the next mark.
      await expect.poll(async () => [null, previous].includes(await focusedId())).toBe(false);
      visited.push((await focusedId())!);
    }
    const starts = visited.map((id) => spanOf(byId.get(id)!)![0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(visited).size).toBe(visited.length);

    await page.keyboard.press('ArrowLeft');
    await expect.poll(focusedId).toBe(visited[visited.length - 2]);

    const id = (await focusedId())!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/event/${id}(\\?|$)`));
    await expect(page.locator('#detail-title')).toHaveText(byId.get(id)!.titleEn);
    await page.keyboard.press('Escape');
    await expect(page.locator('#detail-title')).toHaveCount(0);
    expect(await focusedId()).toBe(id);
  });

  test('+ and − zoom the timeline', async ({ page }) => {
    await page.goto('/');
    await timelineReady(page);
    await page.locator('.plot [data-event-id][tabindex="0"]').focus();
    const span = async () => {
      const [a, b] = await visibleWindow(page);
      return b - a;
    };
    const before = await span();
    await page.keyboard.press('+');
    await expect.poll(span).toBeLessThan(before * 0.6);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(span).toBeGreaterThan(before * 1.6);
  });
});
