/**
 * One article's events: every sentence is dated, searched for actors and
 * triggers, cut into segments at its dates, and each segment that reports
 * something becomes an event tied to its sentence.
 */
import type { Actor, DateValue, TimelineDocument, TimelineEvent } from '../../lib/schema.ts';
import type { ActorMention, ActorRegistry, DateMention, Sentence } from '../types.ts';
import { findDates } from '../dates/index.ts';
import { splitSentences } from '../sentences.ts';
import { eventId } from '../ids.ts';
import { findTriggers, type TriggerMatch } from './lexicon.ts';
import { findFigures, toFigure, type FoundFigure } from './figures.ts';
import { segmentSentence, type Segment } from './segments.ts';
import { classifySegment, kindOf } from './classify.ts';
import { participants } from './participants.ts';
import { quotations } from '../text/quotations.ts';
import { advanceNarrative, carriedDate, emptyNarrative, setsAgainst, type Carried, type Narrative } from './narrative.ts';
import { englishLabel, nativeTitle } from './titles.ts';
import { relatedArticleEvent } from './relatedEvent.ts';
import { datelineLength } from './dateline.ts';
import { SurnameMemory } from './surnames.ts';
import { foldPiece } from '../text/fold.ts';

export interface ExtractContext {
  published: Date | null;
  registry: ActorRegistry;
  /** A paragraph's folded text, when the caller has it already (see foldPiece). */
  folded?: (paragraph: object) => string | undefined;
}

interface SentenceContext {
  doc: TimelineDocument;
  paragraph: string;
  sentence: Sentence;
  /** Length of the wire dateline the sentence opens with (0: none). */
  dateline: number;
  mentions: ActorMention[];
  triggers: TriggerMatch[];
  figures: FoundFigure[];
  carried: Carried | null;
  /** The date the sentence would carry had it no date of its own. */
  carries: Carried | null;
  previousPerson: Actor | undefined;
  registry: ActorRegistry;
}

export function extractEvents(doc: TimelineDocument, ctx: ExtractContext): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const ids = new Set<string>();
  let narrative: Narrative = emptyNarrative;
  let textIndex = -1;
  const surnames = new SurnameMemory();
  for (const paragraph of doc.paragraphs) {
    if (paragraph.kind === 'byline') continue;
    if (paragraph.kind === 'related') {
      events.push(withId(relatedArticleEvent(doc, paragraph, ctx.registry), ids));
      continue;
    }
    // Captions date themselves; they neither take nor give the narrative date.
    const isText = paragraph.kind === 'paragraph';
    if (isText) textIndex++;
    let previousPerson: Actor | undefined;
    const folded = ctx.folded?.(paragraph);
    for (const sentence of splitSentences(paragraph.text)) {
      if (folded !== undefined) foldPiece(sentence.text, paragraph.text, folded, sentence.start, sentence.end);
      const dateline = datelineLength(sentence.text);
      const found = findDates(sentence.text, { published: ctx.published, reference: isText ? narrative.date : null });
      // When the story was filed is not when its events happened.
      const dates = dateline ? found.filter((d) => d.start >= dateline) : found;
      const mentions = surnames.complete(sentence.text, ctx.registry.find(sentence.text));
      for (const m of mentions) surnames.remember(ctx.registry.get(m.actorId));
      // Also for a sentence dated only in what someone said (see segmentEvent).
      const carries = isText ? carriedDate(narrative, textIndex, mentions[0]?.actorId, setsAgainst(sentence.text)) : null;
      const carried = dates.length ? null : carries;
      const triggers = outsideNames(findTriggers(sentence.text), mentions);
      // A sentence with no trigger reports nothing; it still dates and names for the next.
      const figures = triggers.length ? findFigures(sentence.text) : [];
      const at: SentenceContext = {
        doc, paragraph: paragraph.id, sentence, dateline, mentions, triggers, figures, carried, carries, previousPerson, registry: ctx.registry,
      };
      // Who the sentence's first event was done by: 他 in the next sentence is
      // more likely that person than the last one named (习近平同普京、…举行会晤。同日，他…).
      let subject: Actor | undefined;
      if (triggers.length) segmentSentence(sentence.text, dates).forEach((segment, i) => {
        const event = segmentEvent(at, segment, i > 0);
        if (!event) return;
        events.push(withId(event, ids));
        subject ??= personAmong(event.subjects ?? [], ctx.registry);
      });
      previousPerson = lastSpeaker(mentions, triggers, ctx.registry) ?? subject ?? lastPerson(mentions, ctx.registry) ?? previousPerson;
      if (isText) {
        narrative = advanceNarrative(narrative, {
          paragraph: textIndex,
          quote: sentence.text,
          mentions: reportedDates(dates, triggers),
          actors: actorIds(mentions, quotations(sentence.text)),
          carried: carried !== null,
        });
      }
    }
  }
  return events;
}

function segmentEvent(at: SentenceContext, segment: Segment, laterSegment: boolean): Omit<TimelineEvent, 'id'> | null {
  const text = at.sentence.text;
  // Everything stays in sentence offsets: a verb of saying governs what
  // follows it to the end of the sentence, past later segments.
  const triggers = startingFrom(at.triggers, segment.start);
  const figures = startingFrom(at.figures, segment.start);
  const classification = classifySegment(triggers, figures, segment.head, segment.end);
  if (!classification) return null;
  const ownFigures = endingBy(figures, segment.end);
  const who = participants({
    sentence: text,
    segment,
    classification,
    mentions: at.mentions,
    lookup: (id) => at.registry.get(id),
    previousPerson: at.previousPerson,
    laterSegment,
    afterDate: segment.dates[0]?.end ?? segment.start,
    speechVerbs: at.triggers.filter((t) => t.entry.kind === 'speech'),
  });
  // 习近平指出，今年是建交30周年: a date in what was said (past the verb and a
  // break) does not date the saying; "said on Monday" does.
  const first = dateOfTrigger(segment, classification.trigger, at.doc.language);
  const inWhatWasSaid =
    first !== undefined && classification.speech && classification.category === 'statement' &&
    classification.trigger.end <= first.start && /[，,：:；;“「]/.test(text.slice(classification.trigger.end, first.start));
  // 投票率为71.86%，低于2020年的74.9%: a yardstick, not when it happened.
  const yardstick = first !== undefined && COMPARED_WITH.test(text.slice(Math.max(0, first.start - 4), first.start));
  const stated = inWhatWasSaid || yardstick ? undefined : first;
  const carried = inWhatWasSaid || yardstick ? at.carries : at.carried;
  const date: DateValue | null = stated?.value ?? carried?.date ?? null;
  return {
    date,
    category: classification.category,
    ...(classification.cameo ? { cameo: classification.cameo } : {}),
    title: nativeTitle(text.slice(Math.max(segment.start, at.dateline), segment.end), stated ? segment.dates.map((d) => d.text) : [], at.doc.language),
    titleEn: englishLabel(classification, who, ownFigures),
    actors: who.actors.map((a) => a.id),
    trigger: classification.trigger.text,
    ...kindOf(classification, who.subject),
    ...(ownFigures.length ? { figures: ownFigures.map(toFigure) } : {}),
    dateEvidence: stated
      ? { text: stated.text, rule: stated.rule, ...(stated.anchor ? { anchor: stated.anchor } : {}) }
      : carried
        ? { text: null, rule: 'carried', anchor: carried.date.start, from: carried.from }
        : { text: null, rule: 'undated' },
    source: { document: at.doc.id, paragraph: at.paragraph, quote: text, start: at.sentence.start, end: at.sentence.end },
  };
}

/** A trigger inside an actor's name (the 选举 of 中央选举委员会) is part of who, not of what. */
function outsideNames(triggers: TriggerMatch[], mentions: ActorMention[]): TriggerMatch[] {
  if (!mentions.length) return triggers;
  const out: TriggerMatch[] = [];
  for (const t of triggers) {
    let inside = false;
    for (const m of mentions) if (t.start >= m.start && t.end <= m.end && t.end - t.start < m.end - m.start) inside = true;
    if (!inside) out.push(t);
  }
  return out;
}

// Plain loops rather than filter callbacks: these run for every segment of every sentence.
function startingFrom<T extends { start: number }>(spans: T[], start: number): T[] {
  const out: T[] = [];
  for (const span of spans) if (span.start >= start) out.push(span);
  return out;
}

function endingBy<T extends { end: number }>(spans: T[], end: number): T[] {
  const out: T[] = [];
  for (const span of spans) if (span.end <= end) out.push(span);
  return out;
}

/*
 * Plain loops from here on, as in startingFrom: besides running for every
 * sentence, filter and map chains hand on arrays whose hidden class differs
 * when they are empty, and each class compiled code meets late throws away
 * the compiled extractEvents it was inlined into.
 */

/** The person who last spoke in the sentence (某某学者指出…), for a following 他还说. */
function lastSpeaker(mentions: ActorMention[], triggers: TriggerMatch[], registry: ActorRegistry): Actor | undefined {
  let speaker: Actor | undefined;
  for (const verb of triggers) {
    if (verb.entry.kind !== 'speech') continue;
    let near: ActorMention | undefined;
    for (const m of mentions) if (m.end <= verb.start && verb.start - m.end <= 4) near = m;
    const actor = near && registry.get(near.actorId);
    if (actor?.kind === 'person') speaker = actor;
  }
  return speaker;
}

function lastPerson(mentions: ActorMention[], registry: ActorRegistry): Actor | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const actor = registry.get(mentions[i]!.actorId);
    if (actor?.kind === 'person') return actor;
  }
  return undefined;
}

const COMPARED_WITH = /(?:低于|高于|低於|高於|不及|超过|超過|比|较|較|than)\s*$/;

/**
 * English writes the date by what it dates, often after it ("…won a term in
 * January", "imposed a curfew the following day"): with several, the nearest
 * to the trigger. Chinese dates a clause at its start: the first.
 */
function dateOfTrigger(segment: Segment, trigger: TriggerMatch, language: string): DateMention | undefined {
  if (language !== 'en' || segment.dates.length < 2) return segment.dates[0];
  const distance = (d: DateMention) => (d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end);
  return segment.dates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/**
 * The dates of the reporting, not of what was said: 政府当晚发表声明，表示草案
 * 会于6月12日恢复二读。翌日… counts 翌日 from 当晚, not from the 12th. Dates
 * after the first verb of saying are what was said, when a date came before it.
 */
function reportedDates(dates: DateMention[], triggers: TriggerMatch[]): DateMention[] {
  const verb = triggers.find((t) => t.entry.kind === 'speech');
  if (!verb || !dates.some((d) => d.end <= verb.start)) return dates;
  const out: DateMention[] = [];
  for (const d of dates) if (d.end <= verb.start) out.push(d);
  return out;
}

function personAmong(ids: string[], registry: ActorRegistry): Actor | undefined {
  for (const id of ids) {
    const actor = registry.get(id);
    if (actor?.kind === 'person') return actor;
  }
  return undefined;
}

/** Who the sentence is about: a name inside a quotation (a chant, a slogan) is what was said. */
function actorIds(mentions: ActorMention[], quoted: { start: number; end: number }[]): string[] {
  const ids: string[] = [];
  for (const m of mentions) if (!quoted.some((q) => q.start <= m.start && m.end <= q.end)) ids.push(m.actorId);
  return ids;
}

// Two segments of one sentence with the same date would share an id; the
// title tells them apart, and is just as content-derived.
function withId(event: Omit<TimelineEvent, 'id'>, ids: Set<string>): TimelineEvent {
  let id = eventId(event.source.document, event.source.quote, event.date);
  if (ids.has(id)) id = eventId(event.source.document, event.source.quote, event.date, event.title);
  ids.add(id);
  return { id, ...event };
}
