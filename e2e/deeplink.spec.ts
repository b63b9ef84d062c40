import { expect, test } from '@playwright/test';
import { diplomaticCall, loadTimeline, mark, timelineReady, visibleWindow } from './helpers.ts';

test.describe('deep links', () => {
  test('a fresh load of /event/<id> shows that event', async ({ page, request }) => {
    const call = diplomaticCall(await loadTimeline(request));
    const res = await page.goto(`/event/${call.id}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
    await expect(mark(page, call.id)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveTitle(new RegExp(call.titleEn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  test('a link to a quotation the article folded into its report opens the report, both passages under one source', async ({ page, request }) => {
    // The seed reports Ned Price's remark (¶6), then quotes it (¶7): one event, the quotation's id an alias.
    const t = await loadTimeline(request);
    const report = t.events.find((e) => e.otherSources?.length && e.otherSources.every((o) => o.source.document === e.source.document));
    expect(report, 'an event with a restatement').toBeDefined();
    const quotationId = report!.aliases![0]!;
    await page.goto(`/event/${quotationId}`);
    await expect(page.locator('#detail-title')).toHaveText(report!.titleEn);
    await expect(page.getByRole('heading', { name: 'Source', exact: true })).toBeVisible();
    const passages = page.locator('.detail figure.source');
    await expect(passages).toHaveCount(2);
    await expect(passages.nth(1)).toContainText(report!.otherSources![0]!.source.quote);
  });

  test('the #/event/<id> form is accepted and becomes the plain address', async ({ page, request }) => {
    const call = diplomaticCall(await loadTimeline(request));
    await page.goto(`/#/event/${call.id}`);
    await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
    await expect(page).toHaveURL(new RegExp(`/event/${call.id}(\\?|$)`));
  });

  test('a link to a missing event says so and leaves the timeline usable', async ({ page, request }) => {
    const call = diplomaticCall(await loadTimeline(request));
    await page.goto('/event/zz9zz9zz9z');
    await expect(page.getByRole('alert')).toContainText('There is no event “zz9zz9zz9z” in this timeline.');
    await timelineReady(page);
    await mark(page, call.id).click();
    await expect(page).toHaveURL(new RegExp(`/event/${call.id}(\\?|$)`));
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('#detail-title')).toHaveText(call.titleEn);
  });

  test('the window, filters and view in the address are restored', async ({ page }) => {
    const from = Date.UTC(2022, 0, 9);
    const to = Date.UTC(2022, 0, 11, 6);
    await page.goto('/?from=2022-01-09&to=2022-01-11T06:00Z&cat=diplomacy,statement&view=reader');
    await expect(page.locator('.reader')).toBeVisible();
    await expect
      .poll(async () => {
        const [a, b] = await visibleWindow(page);
        return Math.abs(a - from) < 60_000 && Math.abs(b - to) < 60_000;
      })
      .toBe(true);
    const legend = page.getByRole('group', { name: 'Categories' });
    await expect(legend.locator('.cat-diplomacy')).toHaveAttribute('aria-pressed', 'true');
    await expect(legend.locator('.cat-unrest')).toHaveAttribute('aria-pressed', 'false');
  });

  const hostile = [
    '/event/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/#/event/%E0%A4%A',
    '/event/../../etc/passwd',
    '/event/',
    '/event/a/b/c',
    '/?from=abc&to=&cat=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&actor=../../x&doc=%00&q=%3Cb%3E&view=admin&lang=xx',
    '/?from=2022-01-10&to=2021-01-01',
    '/?from=-999999-01-01&to=999999-01-01',
    `/?q=${'x'.repeat(3000)}`,
    '/#/event/%3Cimg%20src=x%20onerror=alert(1)%3E',
    '/#%%%%',
    '/%2e%2e/%2e%2e/',
  ];
  for (const url of hostile) {
    test(`a hostile or garbled address never breaks the page: ${url.slice(0, 60)}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(url);
      await expect(page.getByRole('heading', { name: 'Threadline', exact: true })).toBeVisible();
      await expect(page.locator('.list, .reader').first()).toBeVisible();
      await expect(page.locator('img')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('leaving the page right after a change keeps it in the address Back returns to', async ({ page, request }) => {
    const call = diplomaticCall(await loadTimeline(request));
    await page.goto('/');
    await timelineReady(page);
    await page.getByRole('searchbox').fill('Wang');
    await page.getByRole('button', { name: /中文/ }).click();
    // At once, well inside the quarter second the address waits for a pause in changes.
    await page.goto(`/event/${call.id}`);
    await expect(page.locator('#detail-title')).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/[?&]q=Wang(&|$)/);
    await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
    await expect(page.getByRole('searchbox')).toHaveValue('Wang');
    await expect(page.getByRole('heading', { name: '时间线', exact: true })).toBeVisible();
  });

  test('garbled addresses reached by Back and Forward never break the page either', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
    // Paths a server would refuse before the page loaded can still arrive through history.
    for (const path of ['/event/%E0%A4%A', '/event/%', '/%E0%A4%A?from=%E0%A4%A', '/event/%00']) {
      await page.evaluate((p) => {
        history.pushState(null, '', p);
        dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await expect(page.getByRole('heading', { name: 'Threadline', exact: true })).toBeVisible();
    }
    await expect(page.getByRole('alert')).toContainText('This link does not point to an event.');
    expect(errors).toEqual([]);
  });

  test('an address naming no event in any readable form says so', async ({ page }) => {
    await page.goto('/event/%3Cscript%3E');
    await expect(page.getByRole('alert')).toContainText('This link does not point to an event.');
  });
});
