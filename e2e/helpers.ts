import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { DOT_HEIGHT } from '../src/app/layout/markGeometry.ts';
import type { Timeline, TimelineEvent } from '../src/lib/schema.ts';

/** The timeline the server is serving: tests derive what to expect from it, not from fixed ids. */
export async function loadTimeline(request: APIRequestContext, base = '/'): Promise<Timeline> {
  const res = await request.get(`${base}data/timeline.json`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Timeline;
}

export const firstEvent = (t: Timeline, pred: (e: TimelineEvent) => boolean) => t.events.find(pred) ?? null;

/** The event a reader would look for first: a phone call between two named people (Wang Yi and Lavrov in the seed). */
export function diplomaticCall(t: Timeline): TimelineEvent {
  const e =
    firstEvent(
      t,
      (e) =>
        e.category === 'diplomacy' &&
        e.date?.precision === 'day' &&
        e.actors.some((a) => a.includes('wang-yi')) &&
        e.actors.some((a) => a.includes('lavrov')),
    ) ??
    firstEvent(t, (e) => e.category === 'diplomacy' && e.date?.precision === 'day') ??
    firstEvent(t, (e) => e.date?.precision === 'day');
  expect(e, 'a day-dated event to test with').not.toBeNull();
  return e!;
}

export function paragraphOf(t: Timeline, e: TimelineEvent) {
  const doc = t.documents.find((d) => d.id === e.source.document)!;
  return { doc, paragraph: doc.paragraphs.find((p) => p.id === e.source.paragraph)! };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The date as the brief writes it at each precision ("10 Jan 2022", "Aug 2021",
 * "2013", "1–10 Jan 2022"), written out independently of the app's Intl code.
 */
export function expectedDate(e: TimelineEvent): string | null {
  const d = e.date;
  if (!d || d.mod || d.future) return null;
  const [y, m, day] = d.start.split('-').map(Number) as [number, number?, number?];
  const month = (n: number) => (n === 9 ? 'Sep' : MONTHS[n - 1]!);
  if (d.precision === 'year') return `${y}`;
  if (d.precision === 'month') return `${month(m!)} ${y}`;
  if (d.end && d.end !== d.start) {
    const [y2, m2, d2] = d.end.split('-').map(Number) as [number, number, number];
    if (y2 === y && m2 === m) return `${day}–${d2} ${month(m2)} ${y}`;
    return null;
  }
  return `${day} ${month(m!)} ${y}`;
}

/** The visible window the timeline reports, in ms. */
export async function visibleWindow(page: Page): Promise<[number, number]> {
  const plot = page.locator('.plot');
  const a = Number(await plot.getAttribute('data-window-start'));
  const b = Number(await plot.getAttribute('data-window-end'));
  return [a, b];
}

/** Marks drawn on the timeline, by event id. */
export const mark = (page: Page, id: string) => page.locator(`.plot [data-event-id="${id}"]`);

/**
 * Where the canvas draws each element's dot, in page pixels: a mark's button
 * covers its dot and its title, and says where along it the dot is and how
 * wide (`data-dot`, "x width"); the dot is DOT_HEIGHT tall, centred in the
 * button's row. Any other element counts whole. canvasColours.spec checks that
 * the dot is drawn there.
 */
export function dotBoxes(elements: Locator) {
  return elements.evaluateAll(
    (els, dotHeight) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const dot = el.getAttribute('data-dot');
        if (!dot) return { x: r.x, y: r.y, w: r.width, h: r.height };
        const [x, w] = dot.split(' ').map(Number);
        return { x: r.x + x!, y: r.y + (r.height - dotHeight) / 2, w: w!, h: dotHeight };
      }),
    DOT_HEIGHT,
  );
}

/** Wait until the timeline has drawn (or counted) at least one event. */
export async function timelineReady(page: Page) {
  await expect(page.locator('.plot [data-event-id], .plot [data-count]').first()).toBeAttached();
}

/** [start, end) in ms of an event's date, written out independently of the app. */
export function spanOf(e: TimelineEvent): [number, number] | null {
  const d = e.date;
  if (!d) return null;
  const bounds = (v: string): [number, number] => {
    const [y, m, day] = v.split('-').map(Number) as [number, number?, number?];
    if (day !== undefined) return [Date.UTC(y, m! - 1, day), Date.UTC(y, m! - 1, day + 1)];
    if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
    return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  };
  const a = bounds(d.start);
  const b = d.end ? bounds(d.end) : a;
  return [a[0], Math.max(a[1], b[1])];
}

/** Dated events in time order (by start; ties in any order). */
export const datedByStart = (t: Timeline) =>
  t.events.filter((e) => spanOf(e)).sort((a, b) => spanOf(a)![0] - spanOf(b)![0]);

/** The accessible name a mark must have: its date at its precision, then its English title. */
export const markName = (e: TimelineEvent) => `${expectedDate(e)}: ${e.titleEn}`;

/** Ids of the marks drawn now, and how many events the counts hold. */
export async function drawn(page: Page) {
  const ids = await page.locator('.plot [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
  const counted = await page
    .locator('.plot [data-count]')
    .evaluateAll((els) => els.reduce((s, e) => s + Number(e.getAttribute('data-count')), 0));
  return { ids, counted };
}

/** Selects an event the way a reader would without the timeline: from the list. */
export async function selectFromList(page: Page, id: string) {
  await page.locator(`[data-item-id="${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/event/${id}(\\?|$)`));
}
