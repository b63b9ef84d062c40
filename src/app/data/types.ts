import type { Actor, Category, Precision } from '../../lib/schema.ts';
import type { ViewDocument, ViewEvent } from '../../lib/viewSchema.ts';

/**
 * What the app draws from: a timeline file (lib/schema.ts) read whole, or a
 * large one's first view (lib/viewSchema.ts). Details and text come from
 * state/details.svelte.ts either way.
 */
export interface AppTimeline {
  readonly documents: readonly ViewDocument[];
  readonly actors: readonly Actor[];
  readonly events: readonly ViewEvent[];
}

export type ViewParagraph = ViewDocument['paragraphs'][number];

/** [start, end) in ms since 1970 UTC. */
export type Span = readonly [number, number];

/** How a mark shows its precision: a point (day), a bar (range of days) or a soft band (month, year). */
export type Shape = 'point' | 'range' | 'band';

/** An event with everything the app needs precomputed once per data load. */
export interface PreparedEvent {
  readonly id: string;
  /** What the first view has of it; the rest through `Details.of(index)`. */
  readonly event: ViewEvent;
  /** Its place in the file as read: what `Details` knows it by. */
  readonly index: number;
  readonly category: Category;
  readonly precision: Precision | null;
  readonly shape: Shape;
  /** Position in time order over the whole timeline (undated last). */
  readonly order: number;
  /** [start, end) in ms; NaN for undated events. */
  readonly start: number;
  readonly end: number;
  readonly dated: boolean;
  /** Normalised text for search: titles, actor names and aliases, quote (built on first read). */
  readonly searchKey: string;
  /** `document/paragraph` key of the source paragraph. */
  readonly paragraphKey: string;
}

export interface ParagraphRef {
  readonly document: ViewDocument;
  readonly paragraph: ViewParagraph;
  readonly index: number;
  /** The document's place in the file as read (`Details.texts`). */
  readonly documentIndex: number;
}

/** The loaded timeline, indexed. Built once by `prepareTimeline`; never mutated. */
export interface Model {
  /** Every event in time order: dated by start, then undated in document order. */
  readonly events: readonly PreparedEvent[];
  readonly byId: ReadonlyMap<string, PreparedEvent>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly documents: readonly ViewDocument[];
  readonly documentsById: ReadonlyMap<string, ViewDocument>;
  readonly paragraphs: ReadonlyMap<string, ParagraphRef>;
  /** Events per `document/paragraph` key, in time order. */
  readonly eventsByParagraph: ReadonlyMap<string, readonly PreparedEvent[]>;
  /** Categories that occur in the data, in the contract's order. */
  readonly categories: readonly Category[];
  /** Actors that occur in events, most frequent first, with their event counts. */
  readonly actorCounts: readonly { readonly actor: Actor; readonly count: number }[];
  /** Earliest start and latest end over dated events, or null when none is dated. */
  readonly extent: Span | null;
}

export const paragraphKey = (document: string, paragraph: string) => `${document}/${paragraph}`;
