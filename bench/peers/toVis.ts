/**
 * The timeline JSON as vis-timeline items: one item per dated event, grouped
 * by category. A day is a box at that day; a month, a year or a range is a
 * range item over that span, which is how a vis-timeline user would show an
 * imprecise date. Undated events have no place on a time axis and are left out.
 */
import type { DateValue, Timeline } from '../../src/lib/schema.ts';
import { CATEGORIES } from '../../src/lib/schema.ts';

export interface VisItem {
  id: string;
  content: string;
  title: string;
  start: string;
  end?: string;
  type: 'box' | 'range';
  group: string;
}

export interface VisGroup {
  id: string;
  content: string;
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day after the span a date names, as YYYY-MM-DD (exclusive end). */
export function spanEnd(date: DateValue): string {
  const last = date.end ?? date.start;
  const [y, m, d] = last.split('-').map(Number) as [number, number?, number?];
  const next =
    date.precision === 'year' || m === undefined
      ? new Date(Date.UTC(y + 1, 0, 1))
      : date.precision === 'month' || d === undefined
        ? new Date(Date.UTC(y, m, 1))
        : new Date(Date.UTC(y, m - 1, d + 1));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** YYYY, YYYY-MM, YYYY-MM-DD → the first day, as YYYY-MM-DD. */
export const firstDay = (prefix: string) => (prefix + '-01-01').slice(0, 10);

export function toVis(timeline: Timeline): { items: VisItem[]; groups: VisGroup[] } {
  const items: VisItem[] = [];
  for (const event of timeline.events) {
    if (!event.date) continue;
    const span = event.date.precision !== 'day' || event.date.end !== undefined;
    items.push({
      id: event.id,
      content: escapeHtml(event.titleEn),
      title: escapeHtml(event.title),
      start: firstDay(event.date.start),
      ...(span ? { end: spanEnd(event.date) } : {}),
      type: span ? 'range' : 'box',
      group: event.category,
    });
  }
  const used = new Set(items.map((i) => i.group));
  return { items, groups: CATEGORIES.filter((c) => used.has(c)).map((c) => ({ id: c, content: c })) };
}
