import type { Actor, Category, Timeline, TimelineEvent } from '../../lib/schema.ts';
import { CATEGORIES } from './categories.ts';
import { actorKey, searchKey } from '../search/search.ts';
import { dateSpan } from '../time/eventTime.ts';
import { paragraphKey, type Model, type ParagraphRef, type PreparedEvent, type Shape } from './types.ts';

function shapeOf(event: TimelineEvent): Shape {
  const d = event.date;
  if (!d || d.precision !== 'day') return 'band';
  return d.end && d.end !== d.start ? 'range' : 'point';
}

/**
 * Indexes a timeline for the app: one pass to read dates and build search
 * keys, one sort into time order. Everything later (filters, layout, keyboard
 * order, prev/next) works from these arrays and never sorts again.
 */
export function prepareTimeline(timeline: Timeline): Model {
  const actors = new Map<string, Actor>(timeline.actors.map((a) => [a.id, a]));
  const documentsById = new Map(timeline.documents.map((d) => [d.id, d]));
  const paragraphs = new Map<string, ParagraphRef>();
  for (const document of timeline.documents) {
    document.paragraphs.forEach((paragraph, index) =>
      paragraphs.set(paragraphKey(document.id, paragraph.id), { document, paragraph, index }),
    );
  }
  const docIndex = new Map(timeline.documents.map((d, i) => [d.id, i]));
  const placeInText = (e: TimelineEvent) => {
    const p = paragraphs.get(paragraphKey(e.source.document, e.source.paragraph));
    return [docIndex.get(e.source.document) ?? 0, p?.index ?? 0, e.source.start] as const;
  };

  const drafts = timeline.events.map((event, input) => {
    const span = dateSpan(event.date);
    return { event, span, text: placeInText(event), input };
  });
  // Time order: start, then shorter first (a day before the month holding it),
  // then the order of the text, so same-day events read as the article tells them.
  drafts.sort((a, b) => {
    if (a.span && b.span) {
      const d = a.span[0] - b.span[0] || a.span[1] - a.span[0] - (b.span[1] - b.span[0]);
      if (d) return d;
    } else if (a.span || b.span) {
      return a.span ? -1 : 1;
    }
    return a.text[0] - b.text[0] || a.text[1] - b.text[1] || a.text[2] - b.text[2] || a.input - b.input;
  });

  // Search keys are built on first use (the first search), not before the first paint;
  // each actor's names are normalised once and shared by all its events.
  const actorKeys = new Map<string, string>();
  const keyOf = (id: string) => {
    let k = actorKeys.get(id);
    if (k === undefined) {
      const a = actors.get(id);
      k = a ? actorKey(a) : '';
      actorKeys.set(id, k);
    }
    return k;
  };

  const events: PreparedEvent[] = drafts.map(({ event, span }, order) => {
    let key: string | undefined;
    return {
      id: event.id,
      event,
      category: (CATEGORIES as readonly string[]).includes(event.category) ? event.category : 'other',
      precision: span ? event.date!.precision : null,
      shape: shapeOf(event),
      order,
      start: span ? span[0] : NaN,
      end: span ? span[1] : NaN,
      dated: span !== null,
      get searchKey() {
        return (key ??= searchKey(event, keyOf));
      },
      paragraphKey: paragraphKey(event.source.document, event.source.paragraph),
    };
  });

  const byId = new Map<string, PreparedEvent>();
  const eventsByParagraph = new Map<string, PreparedEvent[]>();
  const actorCount = new Map<string, number>();
  const present = new Set<Category>();
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    if (!byId.has(e.id)) byId.set(e.id, e);
    const list = eventsByParagraph.get(e.paragraphKey);
    if (list) list.push(e);
    else eventsByParagraph.set(e.paragraphKey, [e]);
    for (const a of new Set(e.event.actors)) actorCount.set(a, (actorCount.get(a) ?? 0) + 1);
    present.add(e.category);
    if (e.dated) {
      min = Math.min(min, e.start);
      max = Math.max(max, e.end);
    }
  }
  const actorCounts = [...actorCount]
    .flatMap(([id, count]) => {
      const actor = actors.get(id);
      return actor ? [{ actor, count }] : [];
    })
    .sort((a, b) => b.count - a.count || (a.actor.name < b.actor.name ? -1 : a.actor.name > b.actor.name ? 1 : 0));
  // (Plain comparison: the first localeCompare loads collation data, ~30 ms at start-up.)

  return {
    events,
    byId,
    actors,
    documents: timeline.documents,
    documentsById,
    paragraphs,
    eventsByParagraph,
    categories: CATEGORIES.filter((c) => present.has(c)),
    actorCounts,
    extent: min <= max ? [min, max] : null,
  };
}
