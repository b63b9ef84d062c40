import type { Actor, Category, Precision, TimelineEvent } from '../../lib/schema.ts';
import type { ViewEvent } from '../../lib/viewSchema.ts';
import { CATEGORIES } from './categories.ts';
import { actorKey, searchKey } from '../search/search.ts';
import { timeOrder } from './timeOrder.ts';
import { paragraphKey, type AppTimeline, type Model, type ParagraphRef, type PreparedEvent, type Shape } from './types.ts';

function shapeOf(event: ViewEvent): Shape {
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
  /** The key was built without the event's details (not loaded yet): build it again once they are. */
  #keyPartial = false;
  constructor(
    readonly event: ViewEvent,
    readonly index: number,
    readonly category: Category,
    readonly precision: Precision | null,
    readonly shape: Shape,
    readonly order: number,
    readonly start: number,
    readonly end: number,
    private readonly actorKeyOf: (id: string) => string,
    private readonly detailsOf: (index: number) => TimelineEvent | undefined,
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
    if (this.#key === undefined || this.#keyPartial) {
      const full = this.detailsOf(this.index);
      if (this.#key === undefined || full) {
        this.#key = searchKey(full ?? this.event, this.actorKeyOf);
        this.#keyPartial = !full;
      }
    }
    return this.#key;
  }
}

/**
 * Indexes a timeline for the app: one pass to read dates and build search
 * keys, one sort into time order. Everything later (filters, layout, keyboard
 * order, prev/next) works from these arrays and never sorts again.
 */
export function prepareTimeline(timeline: AppTimeline, detailsOf: (index: number) => TimelineEvent | undefined = () => undefined): Model {
  const actors = new Map<string, Actor>(timeline.actors.map((a) => [a.id, a]));
  const documentsById = new Map(timeline.documents.map((d) => [d.id, d]));
  // A first view (it has `parts`) comes in time order from the build.
  const { byTime, start, length, dated } = timeOrder(timeline.events, timeline.documents, 'parts' in timeline);
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
      i,
      (CATEGORIES as readonly string[]).includes(event.category) ? event.category : 'other',
      isDated ? event.date!.precision : null,
      shapeOf(event),
      order,
      isDated ? start[i]! : NaN,
      isDated ? start[i]! + length[i]! : NaN,
      keyOf,
      detailsOf,
    );
  });
  let byId: Map<string, PreparedEvent> | undefined;
  const actorCount = new Map<string, number>();
  const present = new Set<Category>();
  let min = Infinity;
  let max = -Infinity;
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
    // Built on first use (a selection, a link to an event): 100,000 ids take 50 ms to index.
    get byId() {
      if (!byId) {
        byId = new Map();
        // From the last back, so where two events share an id the earlier one is kept.
        for (let i = events.length - 1; i >= 0; i--) byId.set(events[i]!.id, events[i]!);
      }
      return byId;
    },
    actors,
    documents: timeline.documents,
    documentsById,
    get paragraphs() {
      if (!paragraphs) {
        paragraphs = new Map();
        timeline.documents.forEach((document, documentIndex) =>
          document.paragraphs.forEach((paragraph, index) =>
            paragraphs!.set(paragraphKey(document.id, paragraph.id), { document, paragraph, index, documentIndex }),
          ),
        );
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
