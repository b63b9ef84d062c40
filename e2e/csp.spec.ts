import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { diplomaticCall, loadTimeline, selectFromList, timelineReady } from './helpers.ts';
import { expectNothingRan, watch } from './security.ts';

// The policy every built page carries. `frame-ancestors` is ignored in a
// <meta> policy, so nothing here relies on it.
const REQUIRED: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'img-src': "'self'",
  'connect-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

async function pageHtml(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBeLessThan(500);
  return res.text();
}

function policyOf(html: string): Map<string, string> {
  const metas = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g) ?? [];
  expect(metas, 'exactly one CSP meta').toHaveLength(1);
  const content = /content="([^"]*)"/.exec(metas[0]!)![1]!;
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources.join(' ')]),
  );
}

test('the built page, every event page and 404.html carry a same-origin-only policy', async ({ request }) => {
  const t = await loadTimeline(request);
  const paths = ['/', '/404.html', ...t.events.map((e) => `/event/${e.id}/`)];
  for (const path of paths) {
    const html = await pageHtml(request, path);
    const policy = policyOf(html);
    for (const [name, value] of Object.entries(REQUIRED)) expect(policy.get(name), `${path}: ${name}`).toBe(value);
    // Styles from the app's files, or the app's one stylesheet inlined with the timeline and allowed by its hash alone.
    const styles = [...html.matchAll(/<style data-href="[^"]+">([^<]*)<\/style>/g)].map((m) => m[1]!);
    expect(styles.length, `${path}: inline stylesheets`).toBeLessThanOrEqual(1);
    const hashes = styles.map((css) => ` 'sha256-${createHash('sha256').update(css).digest('base64')}'`).join('');
    expect(policy.get('style-src'), `${path}: style-src`).toBe(`'self'${hashes}`);
    // Whatever else a later feature adds, nothing may open the door again.
    for (const [name, value] of policy)
      expect(value, `${path}: ${name}`).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|data:|blob:|https?:|\*/);
    // Nothing else the policy would have to allow inline: scripts come from files only, no style attributes.
    expect(html, path).not.toMatch(/<script(?![^>]*\b(src=|type="application\/(ld\+)?json"))[^>]*>/);
    expect(html.replace(/<style data-href="[^"]+">[^<]*<\/style>/, ''), path).not.toMatch(/<style\b|\sstyle=/);
    expect(html, path).not.toMatch(/\son[a-z]+=/i);
  }
});

test('the app runs under that policy without a single violation', async ({ page, request, baseURL }) => {
  const call = diplomaticCall(await loadTimeline(request));
  const w = await watch(page, baseURL!);
  await page.goto('/');
  await timelineReady(page);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Show all', exact: true }).click();
  // Zoomed all the way out its day may be a cluster: select it as a reader of the list would.
  await selectFromList(page, call.id);
  await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
  await page.getByRole('button', { name: 'Read in the article', exact: true }).click();
  await expect(page.locator('.reader mark')).toBeVisible();
  await page.getByRole('searchbox').fill('a');
  await page.getByRole('button', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { name: '时间线', exact: true })).toBeVisible();
  await page.goto(`/event/${call.id}`);
  await expect(page.locator('#detail-title')).toBeVisible();
  await page.goBack();
  await timelineReady(page);
  await expectNothingRan(page, w, baseURL!);
});
