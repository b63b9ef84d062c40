/**
 * A large timeline as the app reads it: the first view's file and the parts
 * it loads later. Derived at build time from the timeline file (schema.ts),
 * which stays the contract: the build's `splitTimeline` makes these, and the
 * app's `joinEvent` puts an event back together, equal to the file's.
 *
 * Why: at 100,000 events the timeline file is 65 MB and parsing it is most
 * of the wait before the first mark. The first view draws marks, the list,
 * the filters and labels; quotes, date evidence, figures, triggers, CAMEO
 * codes, other articles' reports and the articles' text wait until an event
 * is opened, the reader shows an article, a search looks into quotes, or the
 * browser is idle.
 */
import { Type, type Static } from '@sinclair/typebox';
import {
  ActorSchema,
  DateValueSchema,
  DiagnosticSchema,
  EventSchema,
  ParagraphSchema,
  DocumentSchema,
  SourceSchema,
} from './schema.ts';

/** Where an event's sentence is, without the sentence. */
export const ViewSourceSchema = Type.Object(Type.Pick(SourceSchema, ['document', 'paragraph', 'start', 'end']).properties, {
  additionalProperties: false,
});

/** A date without its TIMEX3 value, which the app never shows (it comes back with the details). */
const ViewDateSchema = Type.Union([
  Type.Object(Type.Omit(DateValueSchema, ['timex']).properties, { additionalProperties: false }),
  Type.Null(),
]);

/** What the first view reads of an event: enough to draw, list, filter, label and count its articles. */
export const ViewEventSchema = Type.Object(
  {
    ...Type.Pick(EventSchema, ['id', 'category', 'title', 'titleEn', 'actors', 'aliases']).properties,
    date: ViewDateSchema,
    source: ViewSourceSchema,
    /**
     * The other reports' titles and articles only: marks and the list say how
     * many articles report it, and a Chinese reader sees a Chinese report's title.
     */
    otherSources: Type.Optional(
      Type.Array(
        Type.Object(
          { title: Type.String(), source: Type.Object({ document: Type.String() }, { additionalProperties: false }) },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

/** The rest of an event, in a details part: the contract's own fields, so the two cannot drift apart. */
export const EventDetailsSchema = Type.Object(
  {
    /** The source's sentence, left out of the first view. */
    quote: Type.String(),
    /** The date's TIMEX3 value, left out of the first view. */
    timex: Type.Optional(Type.String()),
    ...Type.Pick(EventSchema, [
      'dateEvidence',
      'cameo',
      'trigger',
      'eventType',
      'topic',
      'subjects',
      'figures',
      'otherSources',
      'disagreements',
    ]).properties,
  },
  { additionalProperties: false },
);

/** A document without its paragraphs' text (that comes in a text part) or their lines in the seed file (the app shows none). */
export const ViewDocumentSchema = Type.Object(
  {
    ...Type.Omit(DocumentSchema, ['paragraphs']).properties,
    paragraphs: Type.Array(Type.Object(Type.Omit(ParagraphSchema, ['text', 'line']).properties, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

export const ViewTimelineSchema = Type.Object(
  {
    version: Type.Literal(1),
    documents: Type.Array(ViewDocumentSchema),
    actors: Type.Array(ActorSchema),
    events: Type.Array(ViewEventSchema),
    diagnostics: Type.Array(DiagnosticSchema),
    /**
     * How the rest is cut: details part k (data/details/k.json) holds events
     * [k·events, (k+1)·events) in this file's order; text part k
     * (data/text/k.json) the documents [k·documents, (k+1)·documents).
     */
    parts: Type.Object(
      { events: Type.Integer({ minimum: 1 }), documents: Type.Integer({ minimum: 1 }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const DetailsPartSchema = Type.Object(
  { first: Type.Integer({ minimum: 0 }), details: Type.Array(EventDetailsSchema) },
  { additionalProperties: false },
);

/** Each document's paragraphs' text, in the order the view lists them. */
export const TextPartSchema = Type.Object(
  { first: Type.Integer({ minimum: 0 }), texts: Type.Array(Type.Array(Type.String())) },
  { additionalProperties: false },
);

export type ViewEvent = Static<typeof ViewEventSchema>;
export type ViewDocument = Static<typeof ViewDocumentSchema>;
export type ViewTimeline = Static<typeof ViewTimelineSchema>;
export type EventDetails = Static<typeof EventDetailsSchema>;
export type DetailsPart = Static<typeof DetailsPartSchema>;
export type TextPart = Static<typeof TextPartSchema>;
