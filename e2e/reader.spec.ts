import { expect, test } from '@playwright/test';
import { diplomaticCall, dotBoxes, drawn, loadTimeline, mark, paragraphOf, timelineReady } from './helpers.ts';

test.describe('the reader view', () => {
  test('shows the whole article, paragraph by paragraph, with markers on paragraphs that carry events', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const call = diplomaticCall(t);
    const { doc } = paragraphOf(t, call);
    await page.goto(`/?doc=${doc.id}`);
    await page.getByRole('button', { name: 'Articles', exact: true }).click();
    const reader = page.locator('.reader');
    await expect(reader.getByRole('heading', { name: doc.title })).toBeVisible();
    const paras = reader.locator('[data-paragraph]');
    await expect(paras).toHaveCount(doc.paragraphs.length);
    for (const [i, p] of doc.paragraphs.entries()) {
      const shown = paras.nth(i);
      await expect(shown.locator('p').first()).toContainText(p.text);
      const here = t.events.filter((e) => e.source.document === doc.id && e.source.paragraph === p.id);
      await expect(shown.locator('[data-marker-id]')).toHaveCount(here.length);
    }
    // Related-article links are links only when http(s), and open apart from the app.
    for (const a of await reader.locator('a').all()) {
      expect(await a.getAttribute('href')).toMatch(/^https?:\/\//);
      await expect(a).toHaveAttribute('rel', /noopener/);
    }
  });

  test('choosing a marker selects the event, pans the timeline to it and highlights the quote', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const call = diplomaticCall(t);
    const { paragraph } = paragraphOf(t, call);
    await page.goto('/?view=reader');
    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    await page.locator(`[data-marker-id="${call.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/event/${call.id}(\\?|$)`));
    const m = mark(page, call.id);
    await expect(m).toHaveAttribute('aria-current', 'true');
    const plot = (await page.locator('.plot').boundingBox())!;
    const [box] = await dotBoxes(m);
    expect(box!.x).toBeGreaterThanOrEqual(plot.x);
    expect(box!.x + box!.w).toBeLessThanOrEqual(plot.x + plot.width);
    const para = page.locator('.reader .current');
    await expect(para.locator('mark')).toHaveText(call.source.quote);
    expect(paragraph.text).toContain(await para.locator('mark').textContent());
  });

  test('selecting an event on the timeline scrolls the reader to its paragraph', async ({ page, request }) => {
    const t = await loadTimeline(request);
    await page.goto('/?view=reader');
    await timelineReady(page);
    const { ids } = await drawn(page);
    const place = (id: string) => {
      const e = t.events.find((x) => x.id === id)!;
      return paragraphOf(t, e).doc.paragraphs.findIndex((p) => p.id === e.source.paragraph);
    };
    const late = ids.sort((a, b) => place(b) - place(a))[0]!;
    const target = page.locator(`.reader [data-paragraph$="/${t.events.find((e) => e.id === late)!.source.paragraph}"]`);
    await mark(page, late).click();
    await expect(page).toHaveURL(new RegExp(`/event/${late}(\\?|$)`));
    await expect(target).toHaveClass(/current/);
    // The reader scrolls within itself (the page stays put, so the timeline stays in view).
    const insideScroller = () =>
      target.locator('mark').evaluate((el) => {
        const box = el.getBoundingClientRect();
        const view = el.closest('.scroller')!.getBoundingClientRect();
        return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
      });
    await expect.poll(insideScroller).toBe(true);
  });
});
