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
    private readonly actorKeyOf: (id: string) => string,
  ) {
    this.id = event.id;
    this.dated = precision !== null;
  }
  #paragraphKey: string | undefined;
  get paragraphKey(): string {
    return (this.#paragraphKey ??= paragraphKey(this.event.source.document, this.event.source.paragraph));
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
  const docIndex = new Map(timeline.documents.map((d, i) => [d.id, i]));
  // A paragraph's place in its document, for the sort: each document's paragraphs are indexed when
  // the sort first needs one of them (no key is built per event: at 100,000 events that took 100 ms).
  const paragraphIndex = new Map<string, Map<string, number>>();
  const paragraphAt = (document: string, paragraph: string) => {
    let index = paragraphIndex.get(document);
    if (!index) {
      index = new Map(documentsById.get(document)?.paragraphs.map((p, i) => [p.id, i]) ?? []);
      paragraphIndex.set(document, index);
    }
    return index.get(paragraph) ?? 0;
  };
  // Many events share a date (a busy day, "2022"): read each written date once.
  const spans = new Map<string, Span | null>();
  const spanOf = (date: TimelineEvent['date']) => {
    if (!date) return null;
    const key = date.end ? `${date.start}/${date.end}` : date.start;
    let span = spans.get(key);
    if (span === undefined) spans.set(key, (span = dateSpan(date)));
    return span;
  };
  // The sort compares numbers: time and length, read once here; then, for events of one time, the
  // place in the text (document, paragraph, offset) and input order, each read when first compared.
  const n = timeline.events.length;
  const start = new Float64Array(n);
  const length = new Float64Array(n);
  const dated = new Uint8Array(n);
  timeline.events.forEach((event, i) => {
    const span = spanOf(event.date);
    if (span) {
      dated[i] = 1;
      start[i] = span[0];
      length[i] = span[1] - span[0];
    }
  });
  const docAt = new Float64Array(n).fill(-1);
  const paraAt = new Float64Array(n).fill(-1);
  const docOf = (i: number) => {
    if (docAt[i]! < 0) docAt[i] = docIndex.get(timeline.events[i]!.source.document) ?? 0;
    return docAt[i]!;
  };
  const paraOf = (i: number) => {
    if (paraAt[i]! < 0) {
      const { document, paragraph } = timeline.events[i]!.source;
      paraAt[i] = paragraphAt(document, paragraph);
    }
    return paraAt[i]!;
  };
  // Time order: start, then shorter first (a day before the month holding it),
  // then the order of the text, so same-day events read as the article tells them.
  const byTime = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    if (dated[a] && dated[b]) {
      const d = start[a]! - start[b]! || length[a]! - length[b]!;
      if (d) return d;
    } else if (dated[a] !== dated[b]) {
      return dated[a] ? -1 : 1;
    }
    const ea = timeline.events[a]!.source;
    const eb = timeline.events[b]!.source;
    return docOf(a) - docOf(b) || paraOf(a) - paraOf(b) || ea.start - eb.start || a - b;
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
      keyOf,
    );
  });
  const byId = new Map<string, PreparedEvent>();
  const actorCount = new Map<string, number>();
  const present = new Set<Category>();
  let min = Infinity;
  let max = -Infinity;
  // From the last back, so where two events share an id the earlier one is kept.
  for (let i = events.length - 1; i >= 0; i--) byId.set(events[i]!.id, events[i]!);
  for (const e of events) {
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

  // Paragraphs by key and events by paragraph serve the reader and the details: built on first use,
  // not before the first paint.
  let paragraphs: Map<string, ParagraphRef> | undefined;
  let eventsByParagraph: Map<string, PreparedEvent[]> | undefined;
  return {
    events,
    byId,
    actors,
    documents: timeline.documents,
    documentsById,
    get paragraphs() {
      if (!paragraphs) {
        paragraphs = new Map();
        for (const document of timeline.documents) {
          document.paragraphs.forEach((paragraph, index) =>
            paragraphs!.set(paragraphKey(document.id, paragraph.id), { document, paragraph, index }),
          );
        }
      }
      return paragraphs;
    },
    get eventsByParagraph() {
      if (!eventsByParagraph) {
        eventsByParagraph = new Map();
        for (const e of events) {
          const list = eventsByParagraph.get(e.paragraphKey);
          if (list) list.push(e);
          else eventsByParagraph.set(e.paragraphKey, [e]);
        }
      }
      return eventsByParagraph;
    },
    categories: CATEGORIES.filter((c) => present.has(c)),
    actorCounts,
    extent: min <= max ? [min, max] : null,
  };
}
