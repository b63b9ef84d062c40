import { expect, test, type Page } from '@playwright/test';
import { datedByStart, drawn, loadTimeline, mark, spanOf, timelineReady, visibleWindow } from './helpers.ts';

const span = async (page: Page) => {
  const [a, b] = await visibleWindow(page);
  return b - a;
};
const HOUR = 3_600_000;

test.describe('zoom and pan', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the wheel zooms and a drag pans', async ({ page }) => {
    await page.goto('/');
    await timelineReady(page);
    const box = (await page.locator('.plot').boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const before = await span(page);
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => span(page)).toBeLessThan(before * 0.8);

    const [a0] = await visibleWindow(page);
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 150, cy, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await visibleWindow(page))[0]).toBeGreaterThan(a0);
  });

  test('a double click zooms in where it is, a sideways swipe pans, a drag from a mark does not open it', async ({ page }) => {
    await page.goto('/');
    await timelineReady(page);
    const box = (await page.locator('.plot').boundingBox())!;
    const [a0, b0] = await visibleWindow(page);
    // On the axis, a quarter of the way along: no mark there to select.
    await page.mouse.dblclick(box.x + box.width / 4, box.y + 4);
    await expect.poll(() => span(page)).toBeCloseTo((b0 - a0) / 2, -5);
    const [a1, b1] = await visibleWindow(page);
    expect(Math.abs(a1 + (b1 - a1) / 4 - (a0 + (b0 - a0) / 4))).toBeLessThan((b0 - a0) / 100);

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(box.width / 5, 0);
    await expect.poll(async () => (await visibleWindow(page))[0]).toBeCloseTo(a1 + (b1 - a1) / 5, -5);
    expect(await span(page)).toBeCloseTo(b1 - a1, -5);

    const target = page.locator('.plot [data-event-id]').first();
    const m = (await target.boundingBox())!;
    const [a2] = await visibleWindow(page);
    await page.mouse.move(m.x + m.width / 2, m.y + m.height / 2);
    await page.mouse.down();
    await page.mouse.move(m.x + m.width / 2 - 60, m.y + m.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await visibleWindow(page))[0]).toBeGreaterThan(a2);
    await expect(page.locator('#detail-title')).toHaveCount(0);
    // The same press without moving is a click that opens it.
    const [x, y] = [m.x + m.width / 2 - 60, m.y + m.height / 2];
    await page.mouse.click(x, y);
    await expect(page.locator('#detail-title')).toBeVisible();
  });

  test('the wheel zooms the plot, not the page, until the zoom can go no further', async ({ page }) => {
    await page.goto('/');
    await timelineReady(page);
    const box = (await page.locator('.plot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await span(page);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => span(page)).toBeGreaterThan(before * 1.5);
    expect(await page.evaluate(() => scrollY)).toBe(0);

    const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
    for (let i = 0; i < 60 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
    await expect(zoomOut).toBeDisabled();
    // All the way out, turning the wheel the same way scrolls the page as usual.
    await page.waitForTimeout(300);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  test('buttons zoom in, out and show everything, within sensible limits', async ({ page, request }) => {
    const t = await loadTimeline(request);
    await page.goto('/');
    await timelineReady(page);
    const before = await span(page);
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(() => span(page)).toBeCloseTo(before / 2, -5);
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await expect.poll(() => span(page)).toBeCloseTo(before, -5);

    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    const dated = datedByStart(t);
    const first = spanOf(dated[0]!)![0];
    const last = Math.max(...dated.map((e) => spanOf(e)![1]));
    await expect.poll(async () => (await visibleWindow(page))[0]).toBeLessThanOrEqual(first);
    expect((await visibleWindow(page))[1]).toBeGreaterThanOrEqual(last);
    const { ids, counted } = await drawn(page);
    expect(new Set(ids).size + counted).toBe(dated.length);

    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    for (let i = 0; i < 40 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
    await expect(zoomIn).toBeDisabled();
    expect(await span(page)).toBeGreaterThanOrEqual(HOUR - 1);
    const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
    for (let i = 0; i < 60 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
    await expect(zoomOut).toBeDisabled();
    expect(await span(page)).toBeLessThan(200 * 365.25 * 24 * HOUR);
  });

  test('a count opens up when zoomed into', async ({ page }) => {
    await page.goto('/');
    await timelineReady(page);
    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    const cluster = page.locator('.plot [data-count]').first();
    test.skip((await cluster.count()) === 0, 'nothing is crowded enough to count in this data');
    const n = Number(await cluster.getAttribute('data-count'));
    const before = await span(page);
    await cluster.click();
    await expect.poll(() => span(page)).toBeLessThan(before / 2);
    // Zooming on opens every count: at most a day per column, spread over the day.
    for (let i = 0; i < 12 && (await page.locator('.plot [data-count]').count()) > 0; i++) {
      await page.locator('.plot [data-count]').first().click();
    }
    await expect(page.locator('.plot [data-count]')).toHaveCount(0);
    expect((await drawn(page)).ids.length).toBeGreaterThanOrEqual(n);
  });

  test('counts at the edges say how many events lie outside the view, and go to them', async ({ page, request }) => {
    const t = await loadTimeline(request);
    await page.goto('/');
    await timelineReady(page);
    const [w0, w1] = await visibleWindow(page);
    const earlier = t.events.filter((e) => spanOf(e) && spanOf(e)![1] <= w0);
    const later = t.events.filter((e) => spanOf(e) && spanOf(e)![0] >= w1);
    const earlierButton = page.getByRole('button', { name: /^Go to the .*earlier/ });
    if (earlier.length) await expect(earlierButton).toHaveText(`← ${earlier.length} earlier`);
    else await expect(earlierButton).toHaveCount(0);
    const laterButton = page.getByRole('button', { name: /^Go to the .*later/ });
    if (later.length) await expect(laterButton).toHaveText(`${later.length} later →`);
    else await expect(laterButton).toHaveCount(0);

    test.skip(earlier.length === 0, 'nothing before the opening window');
    const nearest = earlier.sort((a, b) => spanOf(b)![1] - spanOf(a)![1])[0]!;
    await earlierButton.click();
    await expect(mark(page, nearest.id)).toBeVisible();
  });

  test('the overview brush chooses the window', async ({ page }) => {
    await page.goto('/');
    await timelineReady(page);
    const overview = page.getByRole('group', { name: /Overview/ });
    const box = (await overview.boundingBox())!;
    const y = box.y + 15;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
    await page.mouse.up();
    // The window is now the brushed stretch: 20% to 50% of the overview's span.
    const d0 = Number(await overview.getAttribute('data-start'));
    const d1 = Number(await overview.getAttribute('data-end'));
    const [a, b] = await visibleWindow(page);
    const tolerance = (d1 - d0) * 0.02;
    expect(Math.abs(a - (d0 + (d1 - d0) * 0.2))).toBeLessThan(tolerance);
    expect(Math.abs(b - (d0 + (d1 - d0) * 0.5))).toBeLessThan(tolerance);
    // The selection is drawn over that stretch: the painted columns of the strip's middle row.
    const drawn = await overview.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const r = c.getBoundingClientRect();
      const k = c.width / r.width;
      const row = c.getContext('2d')!.getImageData(0, Math.round(c.height / 2), c.width, 1).data;
      const painted = [...Array(c.width).keys()].filter((x) => row[x * 4 + 3]! > 0);
      return { from: r.left + painted[0]! / k, to: r.left + (painted.at(-1)! + 1) / k };
    });
    expect(Math.abs(drawn.from - (box.x + box.width * 0.2))).toBeLessThan(box.width * 0.02);
    expect(Math.abs(drawn.to - (box.x + box.width * 0.5))).toBeLessThan(box.width * 0.02);
    // The pointer shows what a press would take: the selection, an edge, or a new stretch.
    const cursorAt = async (x: number) => {
      await page.mouse.move(x, y);
      return overview.locator('canvas').evaluate((c) => getComputedStyle(c).cursor);
    };
    expect(await cursorAt((drawn.from + drawn.to) / 2)).toBe('move');
    expect(await cursorAt(drawn.to)).toBe('ew-resize');
    expect(await cursorAt(box.x + box.width * 0.8)).toBe('crosshair');
  });

  test('a focused mark hides its ring while the view moves, and shows it again once it settles', async ({ page }) => {
    await page.goto('/');
    await timelineReady(page);
    await page.getByRole('searchbox').focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('.plot [data-event-id]'))) break;
    }
    const ring = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
    const shown = await ring();
    expect(shown).not.toBe('rgba(0, 0, 0, 0)');
    const id = await page.evaluate(() => document.activeElement!.getAttribute('data-event-id'));
    // A wheel turned a little over the focused mark: the gesture lasts until the wheel has been
    // still for a moment, so read the ring in the frame after it, inside the page.
    const during = await page.evaluate(async () => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      const at = { clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 };
      el.closest('.plot')!.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -20, bubbles: true, cancelable: true }));
      await new Promise(requestAnimationFrame);
      return getComputedStyle(el).outlineColor;
    });
    // Held in place while the marks are drawn elsewhere: no ring left behind.
    expect(during).toBe('rgba(0, 0, 0, 0)');
    await expect.poll(ring).toBe(shown);
    expect(await page.evaluate(() => document.activeElement!.getAttribute('data-event-id'))).toBe(id);
  });
});
