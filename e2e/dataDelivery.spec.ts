import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Timeline, TimelineEvent } from '../src/lib/schema.ts';
import { generateTimeline } from './fixtures/generateTimeline.ts';
import { timelineReady } from './helpers.ts';
import { buildApp, serveStatic, type StaticSite } from './staticSite.ts';

// A small timeline ships inside the page; a large one is split by the build
// into a first view the page fetches and parts it loads later (quotes, date
// evidence, articles' text: src/app/build/splitData.ts). Both must open and
// answer the same way, also under a base path, where the fetches have to
// find data/ beside the app.
const RUN = process.env.PORT ?? '4173';
const OUT = `.tmp/e2e-large-${RUN}`;
const DATA = `.tmp/e2e-large-${RUN}-data.json`;
const BASE = '/big/';
const EVENTS = 1000;

let site: StaticSite;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const sample = JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')) as Timeline;
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(DATA, JSON.stringify(generateTimeline(EVENTS, sample)));
  buildApp({ outDir: OUT, dataFile: DATA, base: BASE });
  site = await serveStatic(OUT, BASE);
});

test.afterAll(async () => site?.close());

/** Opens `url` and returns the first-view data and stylesheet requests the page made while opening. */
async function open(page: Page, url: string): Promise<string[]> {
  const requested: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/data\/(timeline|view)\.json$/.test(path)) requested.push(path);
    else if (path.endsWith('.css')) requested.push('stylesheet');
  });
  await page.goto(url);
  await timelineReady(page);
  return requested;
}

test('the seed opens from the page alone, without asking for its data file or its stylesheet', async ({ page }) => {
  expect(await open(page, '/')).toEqual([]);
  await expect(page.locator('.plot [data-event-id]').first()).toBeAttached();
  // Styled all the same: the app's layout applies.
  expect(await page.locator('.app').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
  await expect(page.getByRole('status').filter({ hasText: /\d+ events$/ })).toBeVisible();
});

test(`a ${EVENTS}-event timeline's first view is fetched from beside the app under its base path, and opens complete`, async ({ page }) => {
  // The first view only: never the whole timeline file.
  expect((await open(page, `${site.origin}${BASE}`)).sort()).toEqual([`${BASE}data/view.json`, 'stylesheet']);
  await expect(page.getByRole('status').filter({ hasText: `${EVENTS.toLocaleString('en-GB')} events` })).toBeVisible();
  await expect(page.locator('.plot [data-event-id], .plot .cluster[data-count]').first()).toBeAttached();
});

test(`an event's own page of the ${EVENTS}-event build opens that event`, async ({ page }) => {
  const timeline = JSON.parse(readFileSync(DATA, 'utf8')) as Timeline;
  const event = timeline.events.find((e) => e.date?.precision === 'day')!;
  await open(page, `${site.origin}${BASE}event/${event.id}`);
  await expect(page.locator('#detail-title')).toHaveText(event.titleEn);
  // Its quote and how it was dated come from a details part, loaded for it.
  const detail = page.locator('aside.detail');
  await expect(detail.locator('.source mark').first()).toHaveText(event.source.quote);
  await expect(detail.locator('.source .passage').first()).toContainText(paragraphText(timeline, event));
  if (event.dateEvidence.text) await expect(detail).toContainText(event.dateEvidence.text);
});

const timelineData = () => JSON.parse(readFileSync(DATA, 'utf8')) as Timeline;
const paragraphText = (t: Timeline, e: TimelineEvent) =>
  t.documents.find((d) => d.id === e.source.document)!.paragraphs.find((p) => p.id === e.source.paragraph)!.text;

test(`the reader shows an article of the ${EVENTS}-event build in full, from its text part`, async ({ page }) => {
  const t = timelineData();
  const doc = t.documents.at(-1)!;
  await open(page, `${site.origin}${BASE}?doc=${doc.id}`);
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  const paras = page.locator('.reader [data-paragraph]');
  await expect(paras).toHaveCount(doc.paragraphs.length);
  for (const [i, p] of doc.paragraphs.entries()) await expect(paras.nth(i).locator('p').first()).toContainText(p.text);
});

test(`search in the ${EVENTS}-event build finds events by words only their quotes hold`, async ({ page }) => {
  const t = timelineData();
  // A run of characters from a quote that no title, label or actor name holds.
  const named = [...t.events.flatMap((e) => [e.title, e.titleEn]), ...t.actors.flatMap((a) => [a.name, ...Object.values(a.names), ...a.aliases, ...(a.roles ?? []).flatMap((r) => [r.zh, r.en])])].join('\n').toLowerCase();
  let term = '';
  for (const e of t.events) {
    const chars = [...e.source.quote];
    for (let i = 0; i + 4 <= chars.length && !term; i++) {
      const run = chars.slice(i, i + 4).join('');
      if (!/\s/.test(run) && !named.includes(run.toLowerCase())) term = run;
    }
    if (term) break;
  }
  expect(term, 'a quote-only search term').not.toBe('');
  const expected = t.events.filter((e) => e.source.quote.includes(term) || e.trigger?.includes(term)).length;
  await open(page, `${site.origin}${BASE}`);
  await page.getByRole('searchbox', { name: 'Search events' }).fill(term);
  await expect(page.getByRole('status').filter({ hasText: `${expected.toLocaleString('en-GB')} of ${EVENTS.toLocaleString('en-GB')} events` })).toBeVisible();
});

test(`an export of the ${EVENTS}-event build carries every event's quote`, async ({ page }) => {
  const t = timelineData();
  const diplomacy = t.events.filter((e) => e.category === 'diplomacy');
  await open(page, `${site.origin}${BASE}?cat=diplomacy`);
  await page.getByRole('button', { name: 'Share & export' }).click();
  const panel = page.getByRole('group', { name: 'Share and export' });
  const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-export="json"]').click()]);
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { events: { id: string; sources: { quote: string }[] }[] };
  expect(data.events).toHaveLength(diplomacy.length);
  const quotes = new Map(data.events.map((e) => [e.id, e.sources[0]!.quote]));
  for (const e of diplomacy) expect(quotes.get(e.id)).toBe(e.source.quote);
});
