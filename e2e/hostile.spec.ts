import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Timeline } from '../src/lib/schema.ts';
import { timelineReady } from './helpers.ts';
import { bodyLook, expectNothingRan, expectPageInert, watch } from './security.ts';
import { buildApp, extractSeeds, serveStatic, type StaticSite } from './staticSite.ts';

// The app built, the way a user would build it, from the seeds in
// tests/fixtures/hostile/ (see the README there): scripts, handlers,
// javascript:/data:/vbscript: links, frames, objects, <style>, SVG scripts,
// <base>, meta refresh, remote images, markup hidden in attributes and in
// the title line, and text that only looks like markup.
// Named by the main server's port, so runs side by side (each on its own PORT) never share a folder.
const RUN = process.env.PORT ?? '4173';
const OUT = `.tmp/e2e-hostile-${RUN}`;
const DATA = `.tmp/e2e-hostile-${RUN}-data/timeline.json`;

let site: StaticSite;
let timeline: Timeline;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  extractSeeds('tests/fixtures/hostile', DATA);
  buildApp({ outDir: OUT, dataFile: DATA });
  timeline = JSON.parse(readFileSync(DATA, 'utf8')) as Timeline;
  site = await serveStatic(OUT);
});

test.afterAll(async () => site?.close());

const docTitled = (fragment: string) => {
  const doc = timeline.documents.find((d) => d.title.includes(fragment));
  expect(doc, `an article titled …${fragment}…`).toBeDefined();
  return doc!;
};

test('the hostile seeds give the page hostile text to show', () => {
  // Without this the other tests could pass on an empty page.
  expect(timeline.events.length).toBeGreaterThanOrEqual(10);
  expect(timeline.events.some((e) => e.title.includes('<script>alert(1)</script>'))).toBe(true);
  expect(docTitled('冬奥会首枚金牌产生').title).toBe('"><script>window.__pwned=1</script> 冬奥会首枚金牌产生');
  expect(docTitled('运动员抵达北京冬奥村').url).toBe('');
});

test('selecting every hostile event from the list runs nothing and changes nothing', async ({ page, baseURL }) => {
  // The app's own look, from the main server, before any seed content is in play.
  await page.goto(`${baseURL}/`);
  await timelineReady(page);
  const look = await bodyLook(page);

  const w = await watch(page, site.origin);
  await page.goto(`${site.origin}/`);
  await timelineReady(page);
  for (const e of timeline.events) {
    await page.locator(`[data-item-id="${e.id}"]`).click();
    await expect(page.locator('#detail-title')).toHaveText(e.titleEn);
    await expectPageInert(page, site.origin);
  }
  expect(await bodyLook(page)).toEqual(look);
  // In Chinese the native titles show, markup-looking text and all, as text.
  await page.getByRole('button', { name: /中文/ }).click();
  const protest = timeline.events.find((e) => e.title.includes('<script>'))!;
  await page.locator(`[data-item-id="${protest.id}"]`).click();
  await expect(page.locator('#detail-title')).toHaveText(protest.title);
  await expect(page.locator('#detail-title')).toContainText('<script>alert(1)</script>');
  await expect(page).toHaveTitle(`${protest.title} · Threadline 时间线`);
  await expectPageInert(page, site.origin);
  await expectNothingRan(page, w, site.origin);
});

test('every hostile event, opened fresh from its own page and read in its article, runs nothing', async ({ page }) => {
  const w = await watch(page, site.origin);
  for (const e of timeline.events) {
    const res = await page.goto(`${site.origin}/event/${e.id}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('#detail-title')).toHaveText(e.titleEn);
    await page.getByRole('button', { name: 'Read in the article', exact: true }).click();
    await expect(page.locator('.reader mark').first()).toBeVisible();
    await expectPageInert(page, site.origin);
    await expectNothingRan(page, w, site.origin);
  }
});

test('text that looks like markup shows as text, in the reader and the event’s page', async ({ page }) => {
  const w = await watch(page, site.origin);
  const doc = docTitled('冬奥会首枚金牌产生');
  await page.goto(`${site.origin}/?view=reader&doc=${doc.id}`);
  const reader = page.locator('.reader');
  // Written as &lt;…&gt; in the seed, in a title line, an alt attribute and paragraphs.
  await expect(reader.locator('#reader-title')).toHaveText('"><script>window.__pwned=1</script> 冬奥会首枚金牌产生');
  await expect(reader.getByText('2月6日，示威者在伦敦举起写着<script>alert(1)</script>的标语抗议，警方逮捕了20人。')).toBeVisible();
  await expect(reader.getByText('<img src=x onerror=alert(1)> 与 <b>粗体</b> 只是文字。')).toBeVisible();
  await expect(reader.getByText('"><script>window.__pwned=1</script>越野滑雪比赛现场。')).toBeVisible();
  // The figures' remote pictures are not hot-linked: captions only.
  await expect(reader.getByText('选手冲过终点。')).toBeVisible();
  await expect(page.locator('img, picture, source')).toHaveCount(0);
  await expectPageInert(page, site.origin);
  await expectNothingRan(page, w, site.origin);
  // The built event pages carry the same text escaped in their <title>, preview tags and no-script text.
  const protest = timeline.events.find((e) => e.title.includes('<script>'))!;
  expect(readFileSync(`${OUT}/event/${protest.id}/index.html`, 'utf8')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  for (const e of timeline.events) {
    const html = readFileSync(`${OUT}/event/${e.id}/index.html`, 'utf8');
    // The app's own module script only, from a file (a JSON data block would not run).
    const scripts = [...html.matchAll(/<script\b(?![^>]*type="application\/(ld\+)?json")[^>]*>/g)].map((m) => /\ssrc="([^"]+)"/.exec(m[0])?.[1] ?? 'inline');
    expect(scripts, e.id).toEqual([expect.stringMatching(/^\/assets\/index-[\w-]+\.js$/)]);
    // The app's own stylesheet, inlined by the build (inlineStyles.ts), is the one <style> allowed: the file's very text.
    const unstyled = html.replace(/<style data-href="(\/assets\/style-[\w-]+\.css)">([^<]*)<\/style>/, (_, href: string, css: string) => {
      expect(css, e.id).toBe(readFileSync(`${OUT}${href}`, 'utf8'));
      return '';
    });
    expect(unstyled, e.id).not.toMatch(/<(style|img|iframe|frame|object|embed|svg|base|form)\b|http-equiv="refresh"/i);
    expect(html, e.id).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html, e.id).not.toMatch(/(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  }
});

test('only http(s) links survive, and they open safely; an article with a javascript: address has no link', async ({ page }) => {
  const w = await watch(page, site.origin);
  const links = docTitled('多国外交官缺席冬奥会开幕式');
  await page.goto(`${site.origin}/?view=reader&doc=${links.id}`);
  const reader = page.locator('.reader');
  // The seed's two good related links and the article's own address; the nine bad ones keep their headline, unlinked.
  await expect(reader.locator('#reader-title')).toHaveText(links.title);
  await expect
    .poll(async () => (await reader.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort())
    .toEqual(
      [
        'http://example.com/news/2022/02/02/venue.html',
        'https://example.com/news/2022/02/03/torch.html',
        'https://example.com/news/2022/02/05/boycott.html',
      ].sort(),
    );
  for (const name of ['脚本链接一', '脚本链接四', '脚本链接六', '数据链接', 'VB链接', '反斜杠链接']) {
    const related = reader.locator('.kind-related', { hasText: name });
    await expect(related).toBeVisible();
    await expect(related.locator('a')).toHaveCount(0);
  }
  await expectPageInert(page, site.origin);

  const bad = docTitled('运动员抵达北京冬奥村');
  await page.goto(`${site.origin}/?view=reader&doc=${bad.id}`);
  await expect(reader.locator('#reader-title')).toHaveText('运动员抵达北京冬奥村');
  await expect(reader.locator('a')).toHaveCount(0);
  await expectPageInert(page, site.origin);
  await expectNothingRan(page, w, site.origin);
});

test('a seed <style> and <base> change nothing: the look and the links are the app’s own', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}/?view=reader`);
  await timelineReady(page);
  const look = await bodyLook(page);
  const w = await watch(page, site.origin);
  const doc = docTitled('北京举行冬奥会开幕式');
  await page.goto(`${site.origin}/?view=reader&doc=${doc.id}`);
  await expect(page.locator('.reader #reader-title')).toHaveText('北京举行冬奥会开幕式');
  // Text the <style>, <script>, <iframe> and <svg> elements held never reaches the page.
  await expect(page.locator('.reader article')).not.toContainText(/pwned|evil\.example|background: rgb/);
  expect(await bodyLook(page)).toEqual(look);
  await expectPageInert(page, site.origin);
  await expectNothingRan(page, w, site.origin);
});
