import type { Actor, Category, Precision, Timeline, TimelineEvent } from '../../lib/schema.ts';
import { CATEGORIES } from './categories.ts';
import { actorKey, searchKey } from '../search/search.ts';
import { dateSpan } from '../time/eventTime.ts';
import { paragraphKey, type Model, type ParagraphRef, type PreparedEvent, type Shape, type Span } from './types.ts';

function shapeOf(event: TimelineEvent): Shape {
  const d = event.date;
  if (!d || d.precision !== 'day') return 'band';
  return d.end && d.end !== d.start ? 'range' : 'point';
}

/**
 * One class for every event, rather than an object literal with a getter: a hundred thousand
 * of them are made at start-up, and one shape keeps the layout's loops over them fast.
 */
class Prepared implements PreparedEvent {
  readonly id: string;
  readonly dated: boolean;
  #key: string | undefined;
  constructor(
    readonly event: TimelineEvent,
    readonly category: Category,
    readonly precision: Precision | null,
    readonly shape: Shape,
    readonly order: number,
    readonly start: number,
    readonly end: number,
    readonly paragraphKey: string,
    private readonly actorKeyOf: (id: string) => string,
  ) {
    this.id = event.id;
    this.dated = precision !== null;
  }
  /** Built on first use (the first search), not before the first paint. */
  get searchKey(): string {
    return (this.#key ??= searchKey(this.event, this.actorKeyOf));
  }
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
  // Many events share a date (a busy day, "2022"): read each written date once.
  const spans = new Map<string, Span | null>();
  const spanOf = (date: TimelineEvent['date']) => {
    if (!date) return null;
    const key = date.end ? `${date.start}/${date.end}` : date.start;
    let span = spans.get(key);
    if (span === undefined) spans.set(key, (span = dateSpan(date)));
    return span;
  };
  // The sort compares numbers only: time, length, then place in the text (document, paragraph,
  // offset) and input order, each read once here rather than in every comparison.
  const n = timeline.events.length;
  const start = new Float64Array(n);
  const length = new Float64Array(n);
  const dated = new Uint8Array(n);
  const docAt = new Float64Array(n);
  const paraAt = new Float64Array(n);
  const posAt = new Float64Array(n);
  const keys: string[] = new Array(n);
  timeline.events.forEach((event, i) => {
    const span = spanOf(event.date);
    if (span) {
      dated[i] = 1;
      start[i] = span[0];
      length[i] = span[1] - span[0];
    }
    const key = (keys[i] = paragraphKey(event.source.document, event.source.paragraph));
    docAt[i] = docIndex.get(event.source.document) ?? 0;
    paraAt[i] = paragraphs.get(key)?.index ?? 0;
    posAt[i] = event.source.start;
  });
  // Time order: start, then shorter first (a day before the month holding it),
  // then the order of the text, so same-day events read as the article tells them.
  const byTime = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    if (dated[a] && dated[b]) {
      const d = start[a]! - start[b]! || length[a]! - length[b]!;
      if (d) return d;
    } else if (dated[a] !== dated[b]) {
      return dated[a] ? -1 : 1;
    }
    return docAt[a]! - docAt[b]! || paraAt[a]! - paraAt[b]! || posAt[a]! - posAt[b]! || a - b;
  });
  // Each actor's names are normalised once and shared by all its events.
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

  const events: PreparedEvent[] = byTime.map((i, order) => {
    const event = timeline.events[i]!;
    const isDated = dated[i] === 1;
    return new Prepared(
      event,
      (CATEGORIES as readonly string[]).includes(event.category) ? event.category : 'other',
      isDated ? event.date!.precision : null,
      shapeOf(event),
      order,
      isDated ? start[i]! : NaN,
      isDated ? start[i]! + length[i]! : NaN,
      keys[i]!,
      keyOf,
    );
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
    const actors = e.event.actors;
    for (let j = 0; j < actors.length; j++) {
      const a = actors[j]!;
      // An actor named twice in one event counts once.
      if (actors.indexOf(a) === j) actorCount.set(a, (actorCount.get(a) ?? 0) + 1);
    }
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
