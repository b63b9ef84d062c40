import { expect, test } from '@playwright/test';
import { dotBoxes, drawn, expectedDate, loadTimeline, mark, markName, selectFromList, spanOf, timelineReady, visibleWindow } from './helpers.ts';

test.describe('the timeline', () => {
  test('draws every event of the opening window, named by its date and title', async ({ page, request }) => {
    const t = await loadTimeline(request);
    await page.goto('/');
    await timelineReady(page);
    const [w0, w1] = await visibleWindow(page);
    const inWindow = t.events.filter((e) => {
      const s = spanOf(e);
      return s && s[1] > w0 && s[0] < w1;
    });
    // It opens on the busy stretch: most dated events are in view.
    const dated = t.events.filter((e) => e.date);
    expect(inWindow.length).toBeGreaterThanOrEqual(Math.ceil(dated.length * 0.6));
    const { ids, counted } = await drawn(page);
    expect(new Set(ids).size + counted).toBe(inWindow.length);
    for (const e of inWindow.filter((e) => ids.includes(e.id) && expectedDate(e))) {
      await expect(mark(page, e.id)).toHaveAttribute('aria-label', markName(e));
    }
  });

  test('gives each precision its own shape: point, bar, band', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const kinds = {
      point: t.events.find((e) => e.date?.precision === 'day' && !e.date.end),
      range: t.events.find((e) => e.date?.precision === 'day' && e.date.end && e.date.end !== e.date.start),
      band: t.events.find((e) => e.date?.precision === 'month' || e.date?.precision === 'year'),
    };
    await page.goto('/');
    await timelineReady(page);
    for (const [shape, e] of Object.entries(kinds)) {
      if (!e) continue;
      await selectFromList(page, e.id);
      const m = mark(page, e.id);
      await expect(m).toBeVisible();
      await expect(m).toHaveAttribute('data-shape', shape);
      // Bars and bands span their time; a point is a dot whatever its label.
      const width = (await dotBoxes(m))[0]!.w;
      if (shape === 'point') expect(width).toBeLessThan(20);
      else expect(width).toBeGreaterThan(30);
    }
  });

  test('lists undated events apart, never on the axis', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const undated = t.events.filter((e) => !e.date);
    test.skip(undated.length === 0, 'no undated events in this data');
    await page.goto('/');
    await timelineReady(page);
    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    const section = page.getByRole('region', { name: /^Undated/ });
    for (const e of undated) {
      await expect(mark(page, e.id)).toHaveCount(0);
      await expect(section.locator(`[data-undated-id="${e.id}"]`)).toHaveText(e.titleEn);
    }
  });

  test('stacks or counts same-day events so none overlaps another', async ({ page }) => {
    await page.goto('/');
    await timelineReady(page);
    for (const fit of [false, true]) {
      if (fit) await page.getByRole('button', { name: 'Show all', exact: true }).click();
      const boxes = await dotBoxes(page.locator('.plot .mark, .plot .cluster'));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
          expect(overlap, `marks ${i} and ${j} overlap`).toBe(false);
        }
      }
    }
  });
});
