/**
 * The timeline JSON as a TimelineJS 3 document: one slide per dated event,
 * with the date fields it was given (TimelineJS shows as much of the date as
 * is filled in), the English title as headline, the Chinese title and quote
 * as text, and the category as group. Undated events cannot be slides.
 */
import type { DateValue, Timeline } from '../../src/lib/schema.ts';
import { escapeHtml } from './toVis.ts';

interface TLDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TLSlide {
  unique_id: string;
  start_date: TLDate;
  end_date?: TLDate;
  text: { headline: string; text: string };
  group: string;
}

function tlDate(prefix: string, precision: DateValue['precision']): TLDate {
  const [year, month, day] = prefix.split('-').map(Number) as [number, number?, number?];
  return {
    year,
    ...(precision !== 'year' && month ? { month } : {}),
    ...(precision === 'day' && day ? { day } : {}),
  };
}

export function toTimelineJS(timeline: Timeline): { events: TLSlide[] } {
  const events: TLSlide[] = [];
  for (const event of timeline.events) {
    if (!event.date) continue;
    events.push({
      unique_id: `e-${event.id}`,
      start_date: tlDate(event.date.start, event.date.precision),
      ...(event.date.end ? { end_date: tlDate(event.date.end, event.date.precision) } : {}),
      text: { headline: escapeHtml(event.titleEn), text: `<p>${escapeHtml(event.title)}</p><p>${escapeHtml(event.source.quote)}</p>` },
      group: event.category,
    });
  }
  return { events };
}
