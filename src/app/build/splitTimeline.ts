/**
 * Cuts a large timeline into the file the first view reads and the parts it
 * loads later (the shapes are in src/lib/viewSchema.ts, which says why).
 * Pure; writeDataFiles (dataFiles.ts) puts the result on disk.
 */
import type { Timeline, TimelineEvent } from '../../lib/schema.ts';
import type { DetailsPart, EventDetails, TextPart, ViewEvent, ViewTimeline } from '../../lib/viewSchema.ts';
import { timeOrder } from '../data/timeOrder.ts';

/**
 * Events per details part and documents per text part: about 150 KB each on
 * generated data, a few ms to parse, so loading them all in idle time makes
 * no long task, and one event's details cost one small request.
 */
export const PART_SIZES = { events: 500, documents: 200 } as const;

export interface SplitTimeline {
  view: ViewTimeline;
  details: DetailsPart[];
  texts: TextPart[];
}

function viewEvent(e: TimelineEvent): ViewEvent {
  const { document, paragraph, start, end } = e.source;
  const date = e.date && (({ timex: _, ...rest }) => rest)(e.date);
  const v: ViewEvent = { id: e.id, date, category: e.category, title: e.title, titleEn: e.titleEn, actors: e.actors, source: { document, paragraph, start, end } };
  if (e.aliases) v.aliases = e.aliases;
  if (e.otherSources) v.otherSources = e.otherSources.map((o) => ({ title: o.title, source: { document: o.source.document } }));
  return v;
}

function eventDetails(e: TimelineEvent): EventDetails {
  const d: EventDetails = { quote: e.source.quote, dateEvidence: e.dateEvidence };
  if (e.date?.timex !== undefined) d.timex = e.date.timex;
  if (e.cameo !== undefined) d.cameo = e.cameo;
  if (e.trigger !== undefined) d.trigger = e.trigger;
  if (e.eventType !== undefined) d.eventType = e.eventType;
  if (e.topic !== undefined) d.topic = e.topic;
  if (e.subjects) d.subjects = e.subjects;
  if (e.figures) d.figures = e.figures;
  if (e.otherSources) d.otherSources = e.otherSources;
  if (e.disagreements) d.disagreements = e.disagreements;
  return d;
}

function cut<T, P>(items: readonly T[], size: number, part: (first: number, slice: readonly T[]) => P): P[] {
  const parts: P[] = [];
  for (let first = 0; first < items.length; first += size) parts.push(part(first, items.slice(first, first + size)));
  return parts;
}

/**
 * The first view and the parts. Events go in the app's time order
 * (data/timeOrder.ts): the app's sort then costs one pass, where sorting
 * 100,000 events at start-up took about a third of a second.
 */
export function splitTimeline(t: Timeline, sizes: { events: number; documents: number } = PART_SIZES): SplitTimeline {
  const events = timeOrder(t.events, t.documents).byTime.map((i) => t.events[i]!);
  return {
    view: {
      version: 1,
      documents: t.documents.map(({ paragraphs, ...d }) => ({ ...d, paragraphs: paragraphs.map(({ text: _, line: __, ...p }) => p) })),
      actors: t.actors,
      events: events.map(viewEvent),
      diagnostics: t.diagnostics,
      parts: { events: sizes.events, documents: sizes.documents },
    },
    details: cut(events, sizes.events, (first, events) => ({ first, details: events.map(eventDetails) })),
    texts: cut(t.documents, sizes.documents, (first, docs) => ({ first, texts: docs.map((d) => d.paragraphs.map((p) => p.text)) })),
  };
}
