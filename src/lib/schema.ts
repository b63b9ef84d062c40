/**
 * The data contract between the build-time pipeline, the app and the tests.
 *
 * Written once with TypeBox so the same declaration is both the TypeScript
 * type (`Static<...>`) and the JSON Schema the tests validate the output
 * against. The app imports only the types (`import type`), so TypeBox never
 * reaches the browser bundle.
 */
import { Type, type Static } from '@sinclair/typebox';

export const CATEGORIES = ['unrest', 'military', 'diplomacy', 'statement', 'economy', 'other'] as const;
export const PRECISIONS = ['day', 'month', 'year'] as const;
export const PARAGRAPH_KINDS = ['paragraph', 'related', 'caption', 'byline'] as const;
export const ACTOR_KINDS = ['person', 'country', 'organisation'] as const;
/**
 * How an event's date was reached, so a reader can check it:
 * - `stated`: the sentence gives the date in full (2022 年 1 月 9 日, 2013年).
 * - `publication`: resolved against the publication date (10日, 去年8月, 昨天, 上周三).
 * - `anchored`: resolved against a date given earlier in the text (次日, 当天).
 * - `carried`: the sentence has no date; it takes the one an earlier sentence established.
 * - `url`: a related article dated by the timestamp in its URL.
 * - `undated`: the text does not date it; it is listed apart, never guessed.
 */
export const DATE_RULES = ['stated', 'publication', 'anchored', 'carried', 'url', 'undated'] as const;
export const TIMEX_MODS = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'] as const;

/** A string enum whose static type is the union of its values. */
const oneOf = <T extends readonly string[]>(values: T) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: TIMEX3 truncation shows the precision. */
const IsoDatePrefix = Type.String({ pattern: '^-?\\d{4}(-\\d{2}(-\\d{2})?)?$' });

export const DateValueSchema = Type.Object(
  {
    start: IsoDatePrefix,
    end: Type.Optional(IsoDatePrefix),
    precision: oneOf(PRECISIONS),
    /** TIMEX3 value, e.g. `2022-01-10`, `2021-08`, `2022-W01`. */
    timex: Type.Optional(Type.String()),
    mod: Type.Optional(oneOf(TIMEX_MODS)),
    /** The text points ahead of publication (将, 下周, 直至…). */
    future: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const DiagnosticSchema = Type.Object(
  {
    file: Type.String(),
    line: Type.Integer({ minimum: 0 }),
    severity: oneOf(['error', 'warning', 'info'] as const),
    message: Type.String(),
  },
  { additionalProperties: false },
);

export const ParagraphSchema = Type.Object(
  {
    id: Type.String(),
    kind: oneOf(PARAGRAPH_KINDS),
    /** The original text, exactly (full-width punctuation and all). */
    text: Type.String(),
    /** Related articles only: the article's address (http/https only). */
    url: Type.Optional(Type.String()),
    /** 1-based line in the seed file where the paragraph starts. */
    line: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const DocumentSchema = Type.Object(
  {
    id: Type.String(),
    file: Type.String(),
    title: Type.String(),
    /** The original article (http/https), or '' when the seed gives none. */
    url: Type.String(),
    /** ISO 8601 instant, or null when the seed has no usable timestamp. */
    published: Type.Union([Type.String(), Type.Null()]),
    language: oneOf(['zh', 'en'] as const),
    paragraphs: Type.Array(ParagraphSchema),
  },
  { additionalProperties: false },
);

export const ActorSchema = Type.Object(
  {
    id: Type.String(),
    /** English name a reader who does not read Chinese understands. */
    name: Type.String(),
    names: Type.Object(
      { 'zh-Hans': Type.String(), 'zh-Hant': Type.String(), en: Type.String() },
      { additionalProperties: false },
    ),
    aliases: Type.Array(Type.String()),
    kind: oneOf(ACTOR_KINDS),
    /** Roles the texts give (外长, 总统, 发言人), with an English gloss. */
    roles: Type.Optional(
      Type.Array(Type.Object({ zh: Type.String(), en: Type.String() }, { additionalProperties: false })),
    ),
    /** For people and organisations: the country they belong to (an actor id). */
    country: Type.Optional(Type.String()),
    /** Where the entry came from: the gazetteer or learned from the text. */
    origin: Type.Optional(oneOf(['gazetteer', 'text'] as const)),
    /** The English name is read back from a Chinese transliteration (a name no gazetteer holds, spelt from its characters): a guess. */
    nameIsGuess: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const SourceSchema = Type.Object(
  {
    document: Type.String(),
    paragraph: Type.String(),
    /** The sentence, verbatim: `paragraph.text.slice(start, end) === quote`. */
    quote: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export const FigureSchema = Type.Object(
  {
    value: Type.Number(),
    /** As written: 至少50人, 近3000人, 一千二百人. */
    text: Type.String(),
    /** What is counted, in English: dead, arrested, troops… */
    what: Type.String(),
    /**
     * How exact the count is as written. `several`: an order of magnitude only
     * (数十人, 数千人, "hundreds of people"), with `value` the order: 10, 1,000, 100.
     */
    approx: Type.Optional(oneOf(['at-least', 'about', 'more-than', 'nearly', 'several', 'exact'] as const)),
  },
  { additionalProperties: false },
);

export const DateEvidenceSchema = Type.Object(
  {
    /** The expression as written (10日, 去年8月), or null when there is none. */
    text: Type.Union([Type.String(), Type.Null()]),
    rule: oneOf(DATE_RULES),
    /** The date the expression was counted from (publication or earlier mention). */
    anchor: Type.Optional(Type.String()),
    /** For `carried`: the source of the date (quote of the sentence that gave it). */
    from: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

/** Another report of an event (another article's, or its own article's quotation): its words, date evidence and figures. */
export const OtherSourceSchema = Type.Object(
  {
    /** The id the event had in that article alone (an alias of the merged event). */
    eventId: Type.String(),
    title: Type.String(),
    date: Type.Union([DateValueSchema, Type.Null()]),
    dateEvidence: DateEvidenceSchema,
    figures: Type.Optional(Type.Array(FigureSchema)),
    source: SourceSchema,
  },
  { additionalProperties: false },
);

export const DisagreementSchema = Type.Object(
  {
    field: oneOf(['date', 'figure'] as const),
    /** What is counted or dated: "peacekeepers", "date". */
    what: Type.String(),
    /** Each source's value, as a reader sees it ("2,300", "2022-01-10"), with its words. */
    values: Type.Array(
      Type.Object(
        { value: Type.String(), text: Type.String(), document: Type.String(), eventId: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const EventSchema = Type.Object(
  {
    /** Stable: derived from document, quote and date; deep links use it. */
    id: Type.String({ pattern: '^[a-z0-9]{6,32}$' }),
    /** null when the text does not date the event. */
    date: Type.Union([DateValueSchema, Type.Null()]),
    category: oneOf(CATEGORIES),
    cameo: Type.Optional(Type.String({ pattern: '^\\d{2,4}$' })),
    /** Short title in the article's language. */
    title: Type.String(),
    /** English label from the actors' English names and the kind of event. */
    titleEn: Type.String(),
    actors: Type.Array(Type.String()),
    /** The word(s) that made this an event: 通电话, 被捕… */
    trigger: Type.Optional(Type.String()),
    /** What kind of thing happened, in English: "phone call", "arrests", "statement". */
    eventType: Type.Optional(Type.String()),
    /** For statements: what they were about ("coup", "troops"), when one word stands out. */
    topic: Type.Optional(Type.String()),
    /** Who acted or spoke (actor ids): the label's subject. */
    subjects: Type.Optional(Type.Array(Type.String())),
    figures: Type.Optional(Type.Array(FigureSchema)),
    dateEvidence: DateEvidenceSchema,
    source: SourceSchema,
    /**
     * Other reports of the same event: other articles' (same day, actors and
     * kind), and a passage of its own article that quotes the statement it
     * reported (see src/pipeline/events/restatements.ts).
     */
    otherSources: Type.Optional(Type.Array(OtherSourceSchema)),
    /** Ids of the reports merged into it (other articles', restatements): links to them still lead here. */
    aliases: Type.Optional(Type.Array(Type.String())),
    /** Where the sources disagree: a different date or figure for the same event. */
    disagreements: Type.Optional(Type.Array(DisagreementSchema)),
  },
  { additionalProperties: false },
);

export const TimelineSchema = Type.Object(
  {
    version: Type.Literal(1),
    documents: Type.Array(DocumentSchema),
    actors: Type.Array(ActorSchema),
    events: Type.Array(EventSchema),
    diagnostics: Type.Array(DiagnosticSchema),
  },
  { additionalProperties: false },
);

export type Category = (typeof CATEGORIES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type DateRule = (typeof DATE_RULES)[number];
export type TimexMod = (typeof TIMEX_MODS)[number];

export type DateValue = Static<typeof DateValueSchema>;
export type Diagnostic = Static<typeof DiagnosticSchema>;
export type Paragraph = Static<typeof ParagraphSchema>;
export type TimelineDocument = Static<typeof DocumentSchema>;
export type Actor = Static<typeof ActorSchema>;
export type ActorRole = NonNullable<Actor['roles']>[number];
export type Source = Static<typeof SourceSchema>;
export type Figure = Static<typeof FigureSchema>;
export type TimelineEvent = Static<typeof EventSchema>;
export type DateEvidence = Static<typeof DateEvidenceSchema>;
export type OtherSource = Static<typeof OtherSourceSchema>;
export type Disagreement = Static<typeof DisagreementSchema>;
export type Timeline = Static<typeof TimelineSchema>;
