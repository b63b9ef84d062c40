import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlinedText } from '../src/app/build/inlineData.ts';
import type { TimelineEvent } from '../src/lib/schema.ts';
import { expectedDate } from './helpers.ts';
import { disputed, headTags, HOSTILE_ID, HOSTILE_QUOTE, phoneCall, startShareSite, type ShareSite } from './shareFixture.ts';

// Share cards, merged sources, English articles, export, print and embed, on
// a build of the seeds and two test articles about the same events (see
// shareFixture.ts), under /sub/ on a plain static host.
let s: ShareSite;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  s = await startShareSite();
});

test.afterAll(async () => s?.site.close());

/** CSP violations and uncaught errors the page reports. */
async function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  return problems;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('share pages', () => {
  test('each event page carries its own title, description, canonical URL, Open Graph and Twitter tags', async ({ request }) => {
    const call = phoneCall(s.timeline);
    const res = await request.get(`${s.root}event/${call.id}`);
    expect(res.status()).toBe(200);
    const { meta, canonical, title } = headTags(await res.text());
    const url = `${s.root}event/${call.id}`;
    expect(title).toBe(`${call.titleEn} · Threadline`);
    expect(canonical).toBe(url);
    expect(meta.get('og:url')).toBe(url);
    expect(meta.get('og:type')).toBe('article');
    expect(meta.get('og:site_name')).toBe('Threadline');
    expect(meta.get('og:title')).toBe(call.titleEn);
    expect(meta.get('twitter:card')).toBe('summary');
    expect(meta.get('twitter:title')).toBe(call.titleEn);
    // The English label, the date, and the quote.
    const description = meta.get('description')!;
    expect(description.startsWith(`${call.titleEn}, ${expectedDate(call)} (3 sources): “${call.source.quote.slice(0, 40)}`)).toBe(true);
    expect(meta.get('og:description')).toBe(description);
    expect(meta.get('twitter:description')).toBe(description);
  });

  test('hostile text stays text in the tags and the noscript account, and nothing runs', async ({ request, browser }) => {
    const served = await (await request.get(`${s.root}event/${HOSTILE_ID}`)).text();
    // The timeline inlined as data holds the hostile strings as JSON text, with every "<" escaped;
    // the markup around it must hold none of them.
    const data = inlinedText(served);
    expect(JSON.parse(data!).events.some((e: TimelineEvent) => e.id === HOSTILE_ID)).toBe(true);
    const html = served.replace(data!, '');
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('javascript:');
    const { meta, title } = headTags(html);
    expect(title).toContain('</title><script>window.__pwned=4</script>');
    expect(meta.get('description')).toContain(HOSTILE_QUOTE);
    for (const js of [true, false]) {
      const ctx = await browser.newContext({ javaScriptEnabled: js });
      const page = await ctx.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
      await page.goto(`${s.root}event/${HOSTILE_ID}`);
      if (js) await expect(page.locator('#detail-title')).toContainText('Hostile "label" <b>bold</b>');
      else await expect(page.getByRole('heading', { level: 1 })).toContainText('Hostile "label" <b>bold</b>');
      await expect(page.locator('blockquote').first()).toContainText(HOSTILE_QUOTE);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBeNull();
      expect(dialogs).toEqual([]);
      await ctx.close();
    }
  });

  test('without JavaScript the page shows the event, its date, every quote and its source linked', async ({ browser }) => {
    const call = phoneCall(s.timeline);
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${s.root}event/${call.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(call.titleEn);
    await expect(page.locator('time')).toHaveText(expectedDate(call)!);
    await expect(page.locator('time')).toHaveAttribute('datetime', call.date!.start);
    const quotes = [call.source.quote, ...call.otherSources!.map((o) => o.source.quote)];
    await expect(page.locator('blockquote')).toHaveText(quotes);
    for (const doc of s.timeline.documents.filter((d) => d.id !== 'hostiledoc')) {
      await expect(page.getByRole('link', { name: doc.title })).toHaveAttribute('href', doc.url);
    }
    await ctx.close();
  });

  test('sitemap.xml lists the home page and every event page', async ({ request }) => {
    const xml = await (await request.get(`${s.root}sitemap.xml`)).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([s.root, ...s.timeline.events.map((e) => `${s.root}event/${e.id}`)]);
  });

  test('an id the event had in one article opens the merged event, as a page and in the app', async ({ page, request }) => {
    const call = phoneCall(s.timeline);
    for (const alias of call.aliases!) {
      const res = await request.get(`${s.root}event/${alias}`);
      expect(res.status()).toBe(200);
      expect(headTags(await res.text()).canonical).toBe(`${s.root}event/${call.id}`);
    }
    await page.goto(`${s.root}event/${call.aliases![0]}`);
    await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
    await expect(page).toHaveURL(new RegExp(`^${escapeRe(s.root)}event/${call.id}(\\?|$)`));
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('several sources in the details', () => {
  test('lists every source: its quote marked in its paragraph, its article linked, when it was published', async ({ page }) => {
    const call = phoneCall(s.timeline);
    await page.goto(`${s.root}event/${call.id}`);
    await expect(page.getByRole('heading', { name: '3 sources' })).toBeVisible();
    const figures = page.locator('.detail figure.source');
    await expect(figures).toHaveCount(3);
    const sources = [call.source, ...call.otherSources!.map((o) => o.source)];
    for (const [i, src] of sources.entries()) {
      const doc = s.timeline.documents.find((d) => d.id === src.document)!;
      const fig = figures.nth(i);
      await expect(fig.locator('mark')).toHaveText(src.quote);
      await expect(fig.getByRole('link', { name: doc.title })).toHaveAttribute('href', doc.url);
      await expect(fig.locator('figcaption')).toContainText(new Date(doc.published!).getUTCFullYear().toString());
    }
  });

  test('where sources disagree, shows each source’s figure side by side', async ({ page }) => {
    const e = disputed(s.timeline);
    await page.goto(`${s.root}event/${e.id}`);
    const box = page.getByRole('region', { name: 'Sources differ' });
    await expect(box).toBeVisible();
    await expect(box).toContainText('2,300 peacekeepers');
    await expect(box).toContainText('二千三百人');
    await expect(box).toContainText('2,030 peacekeepers');
    await expect(box).toContainText('rfa.org');
    await expect(box).toContainText('news.cn');
  });
});

test.describe('English articles', () => {
  const englishFirst = () => {
    const en = s.timeline.documents.find((d) => d.language === 'en')!;
    return s.timeline.events.find((e) => e.source.document === en.id && e.otherSources?.length && e.actors.includes('kassym-jomart-tokayev'))!;
  };

  test('an event an English article reports first reads in English, with the Chinese title beside it and the same actors', async ({ page }) => {
    const e = englishFirst();
    await page.goto(`${s.root}event/${e.id}`);
    await expect(page.locator('#detail-title')).toHaveText(e.titleEn);
    await expect(page.locator('#detail-title')).toHaveAttribute('lang', 'en');
    const other = page.locator('.detail .other');
    await expect(other).toHaveAttribute('lang', 'zh-Hans');
    await expect(other).toContainText(/[\u4e00-\u9fff]/);
    // Tokayev as the English article names him and as the Chinese ones do: one actor.
    await expect(page.locator('.actors li').filter({ hasText: 'Kassym-Jomart Tokayev' })).toHaveCount(1);
    await expect(page.locator('.actors li').filter({ hasText: 'Kassym-Jomart Tokayev' })).toContainText('托卡耶夫');
    await expect(page.locator('.detail .date')).toHaveText(expectedDate(e)!);
    // Its row in the list tags each title with its own language, for screen readers and fonts.
    const row = page.locator(`[data-item-id="${e.id}"]`);
    await expect(row.locator('.title')).toHaveAttribute('lang', 'en');
    await expect(row.locator('.orig')).toHaveAttribute('lang', 'zh-Hans');
    await expect(row.locator('.orig')).toContainText(/[\u4e00-\u9fff]/);
  });

  test('in Chinese, the same event takes a Chinese article’s title', async ({ page }) => {
    const e = englishFirst();
    await page.goto(`${s.root}event/${e.id}?lang=zh`);
    const zhTitle = e.otherSources!.find((o) => /[\u4e00-\u9fff]/.test(o.title))!.title;
    await expect(page.locator('#detail-title')).toHaveText(zhTitle);
    await expect(page.locator('#detail-title')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('.detail .other')).toHaveText(new RegExp(escapeRe(e.titleEn)));
    const row = page.locator(`[data-item-id="${e.id}"]`);
    await expect(row.locator('.title')).toHaveText(zhTitle);
    await expect(row.locator('.title')).toHaveAttribute('lang', 'zh-Hans');
    await expect(row.locator('.orig')).toHaveText(e.titleEn);
    await expect(row.locator('.orig')).toHaveAttribute('lang', 'en');
  });
});

test.describe('export', () => {
  const diplomacy = () => s.timeline.events.filter((e) => e.category === 'diplomacy');

  for (const format of ['csv', 'json', 'ics'] as const) {
    test(`downloads the events shown as ${format}, under the page's CSP`, async ({ page }) => {
      const problems = await watchPage(page);
      await page.goto(`${s.root}?cat=diplomacy`);
      await page.getByRole('button', { name: 'Share & export' }).click();
      const panel = page.getByRole('group', { name: 'Share and export' });
      await expect(panel).toContainText(`Download the ${diplomacy().length} events shown`);
      const [download] = await Promise.all([page.waitForEvent('download'), panel.locator(`[data-export="${format}"]`).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^threadline-\\d{4}-\\d{2}-\\d{2}-${diplomacy().length}-events\\.${format}$`));
      const text = readFileSync(await download.path(), 'utf8');
      const ids = (list: TimelineEvent[]) => list.map((e) => e.id).sort();
      if (format === 'json') {
        const data = JSON.parse(text) as { events: { id: string; sources: { quote: string }[] }[] };
        expect(data.events.map((e) => e.id).sort()).toEqual(ids(diplomacy()));
        const call = phoneCall(s.timeline);
        expect(data.events.find((e) => e.id === call.id)!.sources.map((x) => x.quote)).toContain(call.source.quote);
      } else if (format === 'csv') {
        expect(text.split('\r\n').filter(Boolean)).toHaveLength(diplomacy().length + 1);
        for (const e of diplomacy()) expect(text).toContain(e.id);
      } else {
        expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(diplomacy().filter((e) => e.date).length);
      }
      await expect(panel.getByRole('status').first()).toContainText('Saved threadline-');
      expect(problems).toEqual([]);
    });
  }

  test('Escape closes the panel and leaves the selected event selected', async ({ page }) => {
    const call = phoneCall(s.timeline);
    await page.goto(`${s.root}event/${call.id}`);
    await page.getByRole('button', { name: 'Share & export' }).click();
    await page.getByRole('button', { name: 'JSON' }).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('group', { name: 'Share and export' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share & export' })).toBeFocused();
    await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
  });
});

test.describe('print', () => {
  test('prints the events shown as a chronology: date, event, quote, source, with citations', async ({ page }) => {
    await page.goto(`${s.root}?cat=diplomacy`);
    await expect(page.locator('[data-item-id]').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const chronology = page.getByRole('region', { name: 'Threadline · Chronology' });
    await expect(chronology).toBeVisible();
    await expect(page.locator('.app')).toBeHidden();
    const diplomacy = s.timeline.events.filter((e) => e.category === 'diplomacy');
    await expect(chronology.locator('.entry')).toHaveCount(diplomacy.length);
    const call = phoneCall(s.timeline);
    const entry = chronology.locator(`[data-print-event="${call.id}"]`);
    await expect(entry).toContainText(expectedDate(call)!);
    await expect(entry).toContainText(call.titleEn);
    await expect(entry).toContainText(call.source.quote);
    for (const o of call.otherSources!) await expect(entry).toContainText(o.source.quote);
    for (const doc of s.timeline.documents.filter((d) => d.id !== 'hostiledoc')) {
      await expect(chronology).toContainText(doc.title);
      await expect(chronology).toContainText(doc.url);
    }
    expect(await page.getByRole('button').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent).length)).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    await expect(chronology).toBeHidden();
    await expect(page.locator('.app')).toBeVisible();
  });

  test('the Print button puts the chronology in place, then opens the print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => {
        (window as { __printed?: number }).__printed = document.querySelectorAll('.chronology .entry').length;
      };
    });
    await page.goto(`${s.root}?cat=military`);
    await page.getByRole('button', { name: 'Share & export' }).click();
    await page.getByRole('button', { name: 'Print chronology' }).click();
    const military = s.timeline.events.filter((e) => e.category === 'military').length;
    await expect.poll(() => page.evaluate(() => (window as { __printed?: number }).__printed)).toBe(military);
  });
});

test.describe('embed', () => {
  test('?embed=1 hides the page chrome and keeps timeline, details and selection', async ({ page }) => {
    const call = phoneCall(s.timeline);
    await page.goto(`${s.root}event/${call.id}?embed=1`);
    await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0);
    await expect(page.locator('.plot')).toBeVisible();
    // The way out leads to the same view in the full app.
    const out = page.getByRole('link', { name: /Open in Threadline/ });
    await expect(out).toHaveAttribute('href', new RegExp(`^${escapeRe(s.root)}event/${call.id}(\\?|$)`));
    await expect(out).not.toHaveAttribute('href', /embed/);
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(page).toHaveURL(new RegExp(`^${escapeRe(s.root)}event/(?!${call.id})[a-z0-9]+\\?([^#]*&)?embed=1$`));
  });

  test('the Embed button copies an iframe snippet that works in another page, deep link and selection included', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const call = phoneCall(s.timeline);
    await page.goto(`${s.root}event/${call.id}`);
    await page.getByRole('button', { name: 'Share & export' }).click();
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(page.getByText('Embed code copied')).toBeVisible();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await page.locator('#share-panel textarea').inputValue());
    expect(snippet).toMatch(
      new RegExp(`^<iframe src="${escapeRe(s.root)}event/${call.id}\\?([^"]*&amp;)?embed=1" title="Threadline timeline: ${escapeRe(call.titleEn)}"`),
    );

    // A page on the same server that embeds the view with that very snippet.
    writeFileSync(join(s.outDir, 'host.html'), `<!doctype html><title>Host</title><h1>A blog post</h1>${snippet}`);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${s.root}host.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('#detail-title')).toHaveText(call.titleEn);
    await expect(frame.getByRole('banner')).toHaveCount(0);
    const other = s.timeline.events.find((e) => e.category === 'diplomacy' && e.id !== call.id && e.date?.precision === 'day')!;
    await frame.locator(`[data-item-id="${other.id}"]`).click();
    await expect(frame.locator('#detail-title')).toHaveText(other.titleEn);
    const inner = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => inner.url()).toMatch(new RegExp(`^${escapeRe(s.root)}event/${other.id}\\?([^#]*&)?embed=1$`));
    await expect(page).toHaveURL(`${s.root}host.html`);
  });
});
