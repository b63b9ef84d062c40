import { expect, test, type Page } from '@playwright/test';
import { dotBoxes, loadTimeline, mark, selectFromList, timelineReady } from './helpers.ts';

type Rgb = [number, number, number];

/**
 * The colour that fills most of a mark's box on the plot's canvas: the marks
 * are drawn there, the buttons over them are invisible. Rows 3 px in from the
 * box's edges, so edges, rings and most of a title's glyphs do not count.
 * With `dot`, the box is the one the button says its dot is drawn in.
 */
async function fillOf(page: Page, id: string, part: 'button' | 'dot' = 'button'): Promise<Rgb> {
  const [dot] = await dotBoxes(mark(page, id));
  return mark(page, id).evaluate((el, dot) => {
    const canvas = el.closest('.plot')!.querySelector('canvas')!;
    const c = canvas.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const b = dot ? { left: dot.x, right: dot.x + dot.w, top: dot.y, height: dot.h } : r;
    const scale = canvas.width / c.width;
    const x0 = Math.max(b.left, c.left) + 3;
    const x1 = Math.min(b.right, c.right) - 3;
    const pixels = canvas.getContext('2d')!.getImageData(Math.round((x0 - c.left) * scale), Math.round((b.top - c.top + 3) * scale), Math.round((x1 - x0) * scale), Math.round((b.height - 6) * scale)).data;
    const counts = new Map<string, number>();
    for (let i = 0; i < pixels.length; i += 4) {
      const key = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [top] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    return top.split(',').map(Number) as [number, number, number];
  }, part === 'dot' ? dot! : null);
}

/** A CSS colour as the page computes it, in 0-255 sRGB. */
async function cssColour(page: Page, css: string): Promise<Rgb> {
  return page.evaluate((value) => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = value;
    document.body.append(probe);
    const computed = getComputedStyle(probe).backgroundColor;
    probe.remove();
    // "rgb(r, g, b)" or, for color-mix, "color(srgb r g b)" with channels from 0 to 1.
    const srgb = computed.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/);
    if (srgb) return srgb.slice(1, 4).map((v) => Math.round(Number(v) * 255)) as [number, number, number];
    return computed.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
  }, css);
}

const near = (a: Rgb, b: Rgb) => a.every((v, i) => Math.abs(v - b[i]!) <= 2);

test.describe('the colours drawn on the plot', () => {
  test('a selected bar keeps its colour and its title, with a ring around it', async ({ page, request }) => {
    const t = await loadTimeline(request);
    const range = t.events.find((e) => e.date?.precision === 'day' && e.date.end && e.date.end !== e.date.start);
    expect(range, 'a multi-day event to test with').toBeTruthy();
    await page.goto('/');
    await timelineReady(page);
    await expect(mark(page, range!.id)).toBeVisible();
    const before = await fillOf(page, range!.id);
    expect(near(before, await cssColour(page, `var(--c-${range!.category})`))).toBe(true);
    await mark(page, range!.id).click();
    await expect(mark(page, range!.id)).toHaveAttribute('aria-current', 'true');
    expect(await fillOf(page, range!.id)).toEqual(before);
  });

  test("a titled point's dot is drawn in its lane's colour where its button says", async ({ page, request }) => {
    const t = await loadTimeline(request);
    await page.goto('/');
    await timelineReady(page);
    // A point whose button also covers its title, so the dot is only part of the box.
    const titled = await page
      .locator('.plot .mark[data-shape="point"]')
      .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width > 40).map((el) => el.getAttribute('data-event-id')!));
    expect(titled.length, 'points drawn with their titles').toBeGreaterThan(0);
    for (const id of titled.slice(0, 5)) {
      const e = t.events.find((e) => e.id === id)!;
      expect(near(await fillOf(page, id, 'dot'), await cssColour(page, `var(--c-${e.category})`)), id).toBe(true);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`a month or a year is a pale wash of its lane's colour (${scheme})`, async ({ page, request }) => {
      const t = await loadTimeline(request);
      const vague = t.events.find((e) => e.date?.precision === 'month' || e.date?.precision === 'year');
      expect(vague, 'a month- or year-dated event to test with').toBeTruthy();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await timelineReady(page);
      await selectFromList(page, vague!.id);
      await expect(mark(page, vague!.id)).toBeVisible();
      const expected = await cssColour(page, `color-mix(in srgb, var(--c-${vague!.category}) 16%, var(--surface))`);
      await expect.poll(() => fillOf(page, vague!.id).then((fill) => near(fill, expected))).toBe(true);
    });
  }

  test("the overview's selection is edged in the accent colour, and follows the page into dark", async ({ page }) => {
    await page.goto('/');
    await timelineReady(page);
    // The top edge's first row, halfway along the selection.
    const edge = () =>
      page.locator('.overview canvas').evaluate((c: HTMLCanvasElement): Rgb => {
        const ctx = c.getContext('2d')!;
        const row = ctx.getImageData(0, c.height >> 1, c.width, 1).data;
        const painted = [...Array(c.width).keys()].filter((x) => row[x * 4 + 3]! > 0);
        const [r, g, b] = ctx.getImageData((painted[0]! + painted.at(-1)!) >> 1, 0, 1, 1).data;
        return [r!, g!, b!];
      });
    expect(near(await edge(), await cssColour(page, 'var(--accent)'))).toBe(true);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await cssColour(page, 'var(--accent)');
    await expect.poll(async () => near(await edge(), dark)).toBe(true);
  });
});
