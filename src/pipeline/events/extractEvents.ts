/**
 * One article's events: every sentence is dated, searched for actors and
 * triggers, cut into segments at its dates, and each segment that reports
 * something becomes an event tied to its sentence.
 */
import type { Actor, Category, DateValue, TimelineDocument, TimelineEvent } from '../../lib/schema.ts';
import type { ActorMention, ActorRegistry, DateMention, Sentence } from '../types.ts';
import { findDates } from '../dates/index.ts';
import { splitSentences } from '../sentences.ts';
import { eventId } from '../ids.ts';
import { findTriggers, MEETING, triggerEntry, type TriggerMatch } from './lexicon.ts';
import { findFigures, toFigure, type FoundFigure } from './figures.ts';
import { segmentSentence, type Segment } from './segments.ts';
import { classifySegment, kindOf, lastDisaster, namesCause, onlyCasualties, storyDisaster, type Classification } from './classify.ts';
import { participants } from './participants.ts';
import { quotations } from '../text/quotations.ts';
import { advanceNarrative, carriedDate, emptyNarrative, setsAgainst, type Carried, type Narrative } from './narrative.ts';
import { englishLabel, nativeTitle } from './titles.ts';
import { englishSubject } from './englishSubject.ts';
import { makesNoEvent, relatedArticleEvent } from './relatedEvent.ts';
import { datelineLength } from './dateline.ts';
import { SurnameMemory } from '../actors/surnames.ts';
import { foldPiece } from '../text/fold.ts';
import { isQuestion, parseTurn, type Turn } from './turns.ts';
import { closedRelativeClause } from './relativeClauses.ts';
import type { Span } from './clauses.ts';
import { aheadBeforeSaying, continuesWords, givesWords, opensWhatWasSaid, reportedAction, reportedDates, reports, sayingBefore, sayingOfNoDay, sourceOf } from './whatWasSaid.ts';
import { isYardstick, sinceClauseStart, sinceWhenStart } from './yardsticks.ts';
import { hasHan } from '../text/han.ts';
import { codeAt } from '../text/at.ts';

export interface ExtractContext {
  /** Publication on the outlet's wall clock (outletTime.ts): what relative dates count from. */
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
  /** Who did the previous sentence's first event (person or body), for "It said…". */
  previousSubject: Actor | undefined;
  /** Who holds the floor, in an answer turn of a transcript. */
  turnSpeaker: Actor | undefined;
  /** The paragraph's last disaster so far: 台风… then 至少86人受伤 is its toll, not unrest. */
  disaster: Category | undefined;
  registry: ActorRegistry;
  /** Quotations in the sentence: a date inside one is what was said. */
  quoted: Span[];
  /** Where the sentence's own words start: past its dateline and a date that opens it. */
  opening: number;
  /** Dates found to be in what was said (filled by segmentEvent), which the narrative must not take either. */
  said: Set<DateMention>;
  /** The sentence's own dates (past its dateline), for the day a saying in an earlier segment was made. */
  dates: DateMention[];
}

export function extractEvents(doc: TimelineDocument, ctx: ExtractContext): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const ids = new Set<string>();
  let narrative: Narrative = emptyNarrative;
  let textIndex = -1;
  const surnames = new SurnameMemory();
  const isPerson = (label: string) => personNamed(label, ctx.registry) !== undefined;
  // The turn the current paragraph belongs to, and who answers in the transcript.
  let turn: Turn | null = null;
  let answerer: Actor | undefined;
  const turns = paragraphTurns(doc, isPerson);
  // Only a transcript (one with a question turn) keeps a turn open over the
  // paragraphs after it; elsewhere "托卡耶夫：…" is one quoted paragraph, and the
  // next paragraph is the reporter's own voice again.
  const isTranscript = hasQuestion(turns);
  // The disaster the story is about so far, for a toll in a later paragraph that names no cause.
  let story: Category | undefined;
  // A toll in the lead, told before anything that kills is named (…确认，机上132人已全部遇难。…坠毁): it
  // belongs to the first cause the story names, if that is a disaster.
  const leadTolls: TimelineEvent[] = [];
  let causeNamed = false;
  // The person the last text paragraph ended on: a paragraph that opens with 他/她 ("He …") goes on about them.
  let lastTextPerson: Actor | undefined;
  for (const [index, paragraph] of doc.paragraphs.entries()) {
    if (paragraph.kind === 'byline') continue;
    if (paragraph.kind === 'related') {
      if (!makesNoEvent(paragraph.text)) events.push(withId(relatedArticleEvent(doc, paragraph, ctx.registry), ids));
      continue;
    }
    // Captions date themselves; they neither take nor give the narrative date.
    const isText = paragraph.kind === 'paragraph';
    if (isText) textIndex++;
    let previousPerson: Actor | undefined = isText && PRONOUN_OPENING.test(paragraph.text) ? lastTextPerson : undefined;
    let disaster: Category | undefined;
    let previousSubject: Actor | undefined;
    // Whether the sentence before (in this paragraph) gave someone's words (拜登表示，…).
    let speaking: boolean = false;
    const opened = turns[index]!;
    if (isText && !opened && !isTranscript) turn = null;
    if (opened) {
      turn = opened;
      if (opened.kind === 'answer') answerer = (opened.named ? personNamed(opened.label, ctx.registry) : undefined) ?? answerer ?? titleSpeaker(doc, ctx.registry);
      // A new turn is a new voice: nothing said before carries its date into it.
      narrative = { ...narrative, paragraph: -2, actors: new Set() };
    }
    const speaker = isText && turn?.kind === 'answer' ? answerer : undefined;
    const folded = ctx.folded?.(paragraph);
    for (const sentence of splitSentences(paragraph.text)) {
      if (folded !== undefined) foldPiece(sentence.text, paragraph.text, folded, sentence.start, sentence.end);
      // A reporter's question reports nothing, and lends no date or actor to the answer.
      if (isText && turn?.kind === 'question' && isQuestion(sentence.text)) continue;
      // The turn's label (毛宁：, 法新社记者：) is who speaks, not what is said.
      const label = opened && sentence.start < opened.end ? opened.end - sentence.start : 0;
      const dateline = Math.max(datelineLength(sentence.text), label);
      const found = findDates(sentence.text, { published: ctx.published, reference: isText ? narrative.date : null });
      // When the story was filed is not when its events happened.
      const dates = dateline ? found.filter((d) => d.start >= dateline) : found;
      const named = surnames.complete(sentence.text, ctx.registry.find(sentence.text));
      const mentions = label ? named.filter((m) => m.start >= label) : named;
      for (const m of mentions) surnames.remember(ctx.registry.get(m.actorId));
      // Also for a sentence dated only in what someone said (see segmentEvent).
      const carries = isText ? carriedDate(narrative, textIndex, mentions[0]?.actorId, setsAgainst(sentence.text)) : null;
      const own = outsideNames(findTriggers(sentence.text), mentions);
      // 他同時警告，…並指責反對派企圖複製2014年烏克蘭的…: dates only in what was said leave the saying the day carried.
      const carried = dates.length && !allSaid(sentence.text, dates, own) ? null : carries;
      // 拜登表示，…。美方不寻求…冲突: the speaker goes on, with no verb of saying; a word inside is what was said.
      const continues: boolean = speaking && !speaker && !dates.length && continuesWords(sentence.text, dateline, own);
      speaking = continues || givesWords(sentence.text, own);
      // 毛宁：经核实，该飞艇来自中国: the turn itself is the saying.
      const triggers = continues ? [] : !own.length && label && speaker ? [turnSaying(sentence.text, label)] : own;
      // A sentence with no trigger reports nothing; it still dates and names for the next.
      const figures = triggers.length ? findFigures(sentence.text) : [];
      const quoted = quotations(sentence.text);
      const said = new Set<DateMention>();
      const at: SentenceContext = {
        doc, paragraph: paragraph.id, sentence, dateline, mentions, triggers, figures, carried, carries, previousPerson, previousSubject, turnSpeaker: speaker, disaster: disaster ?? (story && onlyCasualties(triggers) ? story : undefined), registry: ctx.registry, quoted, said, dates,
        opening: sentenceOpening(sentence.text, dateline, dates),
      };
      // Who the sentence's first event was done by: 他 in the next sentence is
      // more likely that person than the last one named (习近平同普京、…举行会晤。同日，他…).
      let subject: Actor | undefined;
      let firstSubject: Actor | undefined;
      const eventsBefore = events.length;
      if (triggers.length) segmentSentence(sentence.text, dates).forEach((segment, i) => {
        for (const event of segmentEvents(at, segment, i > 0)) {
          events.push(withId(event, ids));
          subject ??= personAmong(event.subjects ?? [], ctx.registry);
          firstSubject ??= event.subjects?.length ? ctx.registry.get(event.subjects[0]!) : undefined;
        }
      });
      if (triggers.length) previousSubject = firstSubject;
      if (isText && !causeNamed) {
        if (!disaster && onlyCasualties(triggers)) leadTolls.push(...events.slice(eventsBefore));
        if (namesCause(triggers)) {
          causeNamed = true;
          const first = storyDisaster(triggers, undefined);
          if (first) recountTolls(leadTolls, first);
        }
      }
      disaster = lastDisaster(triggers, disaster);
      if (isText) story = storyDisaster(triggers, story);
      // 李克强2023年3月卸任，由李强接任总理。他…: 他 is who the sentence is about, not whoever took over (由…).
      const agents = agentsAfterYou(sentence.text, mentions);
      if (subject && agents.has(subject.id)) subject = undefined;
      previousPerson =
        lastSpeaker(mentions, triggers, ctx.registry) ?? subject ?? (triggers.length ? undefined : openingPerson(sentence.text, at.opening, mentions, ctx.registry)) ?? lastPerson(mentions, ctx.registry, agents) ?? previousPerson;
      if (isText) {
        narrative = advanceNarrative(narrative, {
          paragraph: textIndex,
          quote: sentence.text,
          // A yardstick's date (是1994年以来…最多, 2010年8月…之后…首次) dates nothing, nor the next sentence; nor does
          // the start of a span ("since he took office in May 2022").
          mentions: reportedDates(dates.length ? dates.filter((d) => !isYardstick(sentence.text, d) && sinceClauseStart(sentence.text, d) < 0) : dates, triggers, said, sourceOf(sentence.text, triggers), sentence.text),
          actors: actorIds(mentions, quoted),
          carried: carried !== null,
        });
      }
    }
    if (isText) lastTextPerson = previousPerson;
  }
  return events;
}

/**
 * A toll told in the lead before its cause was named, counted as unrest: the
 * disaster's, once it is named. Its CAMEO code was the unrest's (a riot): a
 * disaster's toll has none, as classify gives it. A function of its own, and
 * a cold one: the events it reads come in many shapes, and each shape met
 * late in extractEvents' own compiled code threw that code away.
 */
export function recountTolls(tolls: TimelineEvent[], disaster: Category): void {
  for (const e of tolls) if (e.category === 'unrest') {
    e.category = disaster;
    delete e.cameo;
  }
}

/** Each paragraph's turn (毛宁：, 问：), or null: a plain loop, like the ones below (see the note above lastSpeaker). */
export function paragraphTurns(doc: TimelineDocument, isPerson: (label: string) => boolean): (Turn | null)[] {
  const turns: (Turn | null)[] = [];
  for (const p of doc.paragraphs) turns.push(p.kind === 'paragraph' ? parseTurn(p.text, isPerson) : null);
  return turns;
}

export function hasQuestion(turns: (Turn | null)[]): boolean {
  for (const t of turns) if (t?.kind === 'question') return true;
  return false;
}

/** 他随后飞抵…, "He said …": a paragraph opening on a singular pronoun (not 他们, "They"). */
const PRONOUN_OPENING = /^(?:[他她](?![们們])|(?:He|She)\s)/;

/**
 * "Benny Tai, whom the judges called the mastermind of a primary in July 2020,
 * received…": a date in a relative clause dates what the clause says, not the
 * main clause, which keeps its own date or the one carried. The clause makes an
 * event of its own only when the main clause reports something too ("Trump,
 * who will be sworn in on Monday, has claimed credit"): otherwise the clause's
 * report is the sentence's one event, dated as usual.
 */
function segmentEvents(at: SentenceContext, segment: Segment, laterSegment: boolean): Omit<TimelineEvent, 'id'>[] {
  const clause = at.doc.language === 'en' && segment.dates.length ? datedRelativeClause(at.sentence.text, segment) : undefined;
  if (!clause) {
    const event = segmentEvent(at, segment, laterSegment);
    return event ? [event] : [];
  }
  const inside = (s: Span) => s.start >= clause.start && s.end <= clause.end;
  const outside: TriggerMatch[] = [];
  const within: TriggerMatch[] = [];
  for (const t of at.triggers) (inside(t) ? within : outside).push(t);
  const mainReports = outside.some((t) => reports(t) && !t.quoted && t.start >= segment.start && t.end <= segment.end);
  // Only the clause reports anything ("Blinken, who spoke with Bazoum last week,"): its date is the event's.
  if (!mainReports) {
    const event = segmentEvent(at, segment, laterSegment);
    return event ? [event] : [];
  }
  const mainDates = segment.dates.filter((d) => !inside(d));
  const main = segmentEvent(
    { ...at, triggers: outside, carried: mainDates.length ? at.carried : at.carries },
    { ...segment, dates: mainDates },
    laterSegment,
  );
  const out = main ? [main] : [];
  if (within.some(reports)) {
    const own = segmentEvent({ ...at, triggers: within, carried: null }, { ...segment, dates: segment.dates.filter(inside) }, laterSegment);
    if (own) out.push(own);
  }
  return out;
}

/**
 * "The disorder, the worst … since the riots of 2011, began after a knife attack …, last Monday": when the
 * segment's date is a yardstick and the sentence closes on a date of its own, in a segment reporting nothing,
 * that date is the event's.
 */
function ownOverYardstick(at: SentenceContext, segment: Segment, date: DateMention | undefined): DateMention | undefined {
  if (!date || at.doc.language !== 'en' || !isYardstick(at.sentence.text, date)) return date;
  let next: DateMention | undefined;
  for (const d of at.dates) if (!next && d.start >= segment.end && !isYardstick(at.sentence.text, d)) next = d;
  if (!next) return date;
  for (const t of at.triggers) if (t.start >= segment.end && reports(t)) return date;
  return next;
}

/** Whether every date of a Chinese sentence is in what a verb of saying before it, with no date of its own, said. */
function allSaid(text: string, dates: DateMention[], triggers: TriggerMatch[]): boolean {
  let verb: TriggerMatch | undefined;
  for (const t of triggers) if (!verb && t.entry.kind === 'speech' && !t.modifier && hasHan(t.text)) verb = t;
  if (!verb || dates[0]!.start < verb.end) return false;
  for (const d of dates) if (!opensWhatWasSaid(text, verb, d.start)) return false;
  return true;
}

/** 自14日开市起, 從即日起, 自2024年9月27日起: a day written as where something takes effect from. */
const FROM_BEFORE = /[自从從]$/;
const FROM_AFTER = /^[^，,。；;：:]{0,6}?起/;

/**
 * Whether `date` is the day a measure takes effect from (自…起), inside what a Chinese verb of saying before it
 * said, with no date of the sentence before that verb, and later than the day `carried` (the saying's): an
 * announced day, which does not date the announcement.
 */
function effectInWhatWasSaid(text: string, triggers: TriggerMatch[], dates: DateMention[], date: DateMention, carried: DateValue): boolean {
  if (date.value.precision !== 'day' || date.value.end || carried.precision !== 'day' || carried.end || date.value.start <= carried.start) return false;
  const from = date.text.startsWith('自') || date.text.startsWith('从') || date.text.startsWith('從') || FROM_BEFORE.test(text.slice(Math.max(0, date.start - 1), date.start));
  if (!from || !(date.text.endsWith('起') || FROM_AFTER.test(text.slice(date.end, date.end + 8)))) return false;
  let verb: TriggerMatch | undefined;
  for (const t of triggers) if (!verb && t.entry.kind === 'speech' && !t.modifier && hasHan(t.text) && t.end <= date.start) verb = t;
  if (!verb || !opensWhatWasSaid(text, verb, date.start)) return false;
  for (const d of dates) if (d.end <= verb.start) return false;
  return true;
}

/** The segment without its yardstick dates, when it has other dates (else as it is). */
function withoutYardsticks(text: string, segment: Segment): Segment {
  const kept: DateMention[] = [];
  for (const d of segment.dates) if (!isYardstick(text, d)) kept.push(d);
  return kept.length && kept.length < segment.dates.length ? { ...segment, dates: kept } : segment;
}

/** The first relative clause of the segment that holds a date and is followed by its main clause. */
function datedRelativeClause(text: string, segment: Segment): Span | undefined {
  // Cheap gate: every such clause opens with wh- after a comma or bracket.
  if (!/[,(]\s*wh/i.test(text)) return undefined;
  for (const d of segment.dates) {
    const clause = closedRelativeClause(text, d.start, d.end);
    if (!clause || clause.start < segment.start || clause.end > segment.end) continue;
    // "Blinken, who spoke with Bazoum last week, said on Saturday": the main clause has a date of its own; nothing to withhold.
    if (segment.dates.some((other) => other.end <= clause.start || other.start >= clause.end)) return undefined;
    return clause;
  }
  return undefined;
}

function segmentEvent(at: SentenceContext, segment: Segment, laterSegment: boolean): Omit<TimelineEvent, 'id'> | null {
  const text = at.sentence.text;
  // Everything stays in sentence offsets: a verb of saying governs what
  // follows it to the end of the sentence, past later segments.
  const own = startingFrom(at.triggers, segment.start);
  // 据外交官透露，大使下周将讨论…，外长预计将于10月17日…: the source covers every clause it introduces.
  const attribution = sourceOf(text, at.triggers);
  const triggers = attribution && attribution.end <= segment.start && !own.some(reports) ? [attribution, ...own] : own;
  const figures = startingFrom(at.figures, segment.start);
  // "The disorder, the worst England has seen since the riots of 2011, began … last Monday": a yardstick's date
  // beside a date of the sentence's own is passed over for it.
  // (English only: in 繼前年8月、去年4月之後，第3度… the dates listed are one yardstick, however each one reads.)
  const dated = segment.dates.length > 1 && at.doc.language === 'en' ? withoutYardsticks(text, segment) : segment;
  const first = (c: Classification) => dateOfTrigger(dated, c.trigger, at.doc.language, at.quoted);
  let classification = classifySegment(triggers, figures, segment.head, segment.end, at.disaster);
  if (!classification) return null;
  // 国防部称，美军战斗机于4日下午…击落了…: what was said has its own date and its own action; that action is the event.
  const reported = reportedAction(text, classification, first(classification), segment, triggers);
  if (reported) classification = classifySegment(startingFrom(triggers, classification.trigger.end), figures, segment.head, segment.end, at.disaster) ?? classification;
  const ownFigures = endingBy(figures, segment.end);
  const who = participants({
    sentence: text,
    segment,
    classification,
    mentions: at.mentions,
    lookup: (id) => at.registry.get(id),
    previousPerson: at.previousPerson,
    previousSubject: at.previousSubject,
    turnSpeaker: at.turnSpeaker,
    laterSegment,
    afterDate: segment.dates[0]?.end ?? segment.start,
    opening: at.opening,
    speechVerbs: at.triggers.filter((t) => t.entry.kind === 'speech'),
  });
  if (meetingAtHome(text, classification, who.actors)) {
    classification = { category: 'other', trigger: { ...classification.trigger, entry: MEETING }, speech: false };
  }
  // 习近平指出，今年是建交30周年: a date in what was said (past the verb and a
  // break) does not date the saying; "said on Monday" does. A source (据…透露) says nothing itself.
  const ownDate = ownOverYardstick(at, segment, first(classification));
  // "…than at any time since 2011, when a similar fight prompted S&P to downgrade…": the when-clause's own year.
  const firstDate = (ownDate && at.doc.language === 'en' && ownDate.value.end ? sinceWhenStart(text, ownDate, classification.trigger.start) : undefined) ?? ownDate;
  // The verb of saying may stand in an earlier segment (提出，…遲至2021年12月才加控…，要求…). When what was said
  // reports something done (醫院管理局表示，截至昨晚10時，至少79人…受傷), its date is that deed's.
  const saying = firstDate !== undefined && classification.speech && classification.category === 'statement' ? sayingBefore(text, at.triggers, classification.trigger, attribution, segment.start, firstDate.start) : undefined;
  const inWhatWasSaid = saying !== undefined;
  // The saying keeps the day carried to it, and so does the sentence after it (王毅表示，…6日的通话…。王毅还强调…: still
  // the day before); with no day to keep, what was said dates the paragraph (政府表示，草案已于6月11日…。当天…).
  if (saying && at.carries) for (const d of segment.dates) if (opensWhatWasSaid(text, saying, d.start)) at.said.add(d);
  // 彭耀鴻昨日在庭上提出，…: a later segment of what was said is dated by the day of the saying.
  const sayingDate = saying && saying.start < segment.start ? lastDateBefore(at.dates, saying.start) : undefined;
  // 投票率为71.86%，低于2020年的74.9%, 是2018年…以来首次: a yardstick, not when it happened.
  const yardstick = firstDate !== undefined && isYardstick(text, firstDate);
  // "He accused the opposition …, citing the motions it had filed since he took office in May 2022": the accusation
  // is not May 2022's; what the since-clause itself reports (since the Taliban seized power in August) is.
  const sinceAt = !yardstick && firstDate !== undefined && at.doc.language === 'en' ? sinceClauseStart(text, firstDate) : -1;
  // "…cuts of 30% in both 2025 and 2026, government spokesman Steffen Hebestreit said": the schedule said, not when.
  const schedule = !inWhatWasSaid && aheadBeforeSaying(text, classification, firstDate);
  if (schedule && at.carries) for (const d of segment.dates) if (d.end <= classification.trigger.start && d.value.future && d.value.precision === 'year') at.said.add(d);
  const background = yardstick || schedule || (sinceAt >= 0 && classification.trigger.start < sinceAt);
  // 警方表示，一名男子昨日近中午在…飄浮: with no day of its own nor one carried to it, a saying about a deed told
  // on a past day is dated by that day, rather than left undated.
  // Not a day inside the speaker's own quoted words (說：「我前晚11點已經嚟排隊」): that counts from the speaker's day.
  // So is one announcing a plan for a day ahead (主辦單位也宣布，本週五（31日）…將號召民眾…集結), dated by that day.
  const saidDeed = inWhatWasSaid && !sayingDate && !at.carries && firstDate!.value.precision === 'day' && !firstDate!.value.end &&
    !at.quoted.some((q) => firstDate!.start >= q.start && firstDate!.end <= q.end);
  // 公告称，…相关债券自14日开市起停牌: the day a measure takes effect, in what a notice with no day of its own said,
  // is its content; the notice keeps the day carried to it, when that day came before.
  const noticeContent = !inWhatWasSaid && !background && firstDate !== undefined && at.carries !== null && effectInWhatWasSaid(text, at.triggers, at.dates, firstDate, at.carries.date);
  const stated = background || noticeContent ? undefined : inWhatWasSaid && !saidDeed ? sayingDate : firstDate;
  const carried = inWhatWasSaid || background || noticeContent ? at.carries : at.carried;
  // 中国外交部此前曾多次表示…, "has repeatedly said", 不少分析人士指出…: a saying told as repeated before, or by
  // unnamed commentators, has no day; nothing carries to it.
  const date: DateValue | null = stated?.value ?? (classification.speech && sayingOfNoDay(text) ? null : carried?.date ?? null);
  return {
    date,
    category: classification.category,
    ...(classification.cameo ? { cameo: classification.cameo } : {}),
    title: nativeTitle(
      text.slice(Math.max(segment.start, at.dateline), segment.end),
      stated ? datesWithin(at.dates, segment) : [],
      at.doc.language,
      classification.trigger.text,
      at.doc.language === 'en' ? englishSubject(text, Math.max(segment.start, at.dateline), at.dateline) : null,
    ),
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

/*
 * "Zúñiga said the two men had met on Sunday at a school", "About 200 people attended, among them…": "met" or "attended" with no object
 * (those who met are the subject) between people of one country, or of none
 * known, is a meeting at home, no diplomacy; "Blinken and Lavrov met in Geneva"
 * names two governments. With nobody named, nothing is known: left as talks.
 */
const BARE_MET_AFTER = /^(?:\s+(?:on|at|in|last|for|early|late|briefly|privately|secretly|again|twice|earlier|before|after|then)\b|\s*[,.;]|$)/i;

function meetingAtHome(text: string, c: Classification, actors: Actor[]): boolean {
  if (c.category !== 'diplomacy' || c.trigger.entry.label !== 'talks' || !/^(?:met|meet|attended|attend)$/i.test(c.trigger.text)) return false;
  if (!actors.length || !BARE_MET_AFTER.test(text.slice(c.trigger.end, c.trigger.end + 12))) return false;
  let country: string | undefined;
  for (const a of actors) {
    const of = a.kind === 'country' ? a.id : a.country;
    if (of === undefined) continue;
    if (country !== undefined && of !== country) return false;
    country = of;
  }
  return true;
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

const TURN_SAYING: TriggerMatch['entry'] = triggerEntry('speech', 'statement', 'statement', 1);

/** The colon of an answer turn's label, standing for its verb of saying. */
const turnSaying = (sentence: string, labelEnd: number): TriggerMatch => ({ entry: TURN_SAYING, text: sentence[labelEnd - 1]!, start: labelEnd - 1, end: labelEnd, modifier: false, quoted: false });

/** The person a turn label names: the whole label, or the name after a title (外交部发言人毛宁). */
function personNamed(label: string, registry: ActorRegistry): Actor | undefined {
  const mentions = registry.find(label);
  const last = mentions[mentions.length - 1];
  if (!last || last.end !== label.length) return undefined;
  const actor = registry.get(last.actorId);
  return actor?.kind === 'person' && (last.start === 0 || /发言人$/.test(label.slice(0, last.start))) ? actor : undefined;
}

/** The spokesperson a transcript's title names (2023年2月6日外交部发言人毛宁主持例行记者会), for a bare 答：. */
function titleSpeaker(doc: TimelineDocument, registry: ActorRegistry): Actor | undefined {
  for (const m of registry.find(doc.title)) {
    const actor = registry.get(m.actorId);
    if (actor?.kind === 'person') return actor;
  }
  return undefined;
}

function lastPerson(mentions: ActorMention[], registry: ActorRegistry, skip: Set<string>): Actor | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const actor = registry.get(mentions[i]!.actorId);
    if (actor?.kind === 'person' && !skip.has(actor.id)) return actor;
  }
  return undefined;
}

const NO_IDS: Set<string> = new Set();

/** Who is named only after 由 (由李强接任): the agent of a passive, not whom the sentence is about. */
function agentsAfterYou(text: string, mentions: ActorMention[]): Set<string> {
  if (!text.includes('由')) return NO_IDS;
  const after = new Set<string>();
  const elsewhere = new Set<string>();
  for (const m of mentions) (codeAt(text, m.start - 1) === 0x7531 /* 由 */ ? after : elsewhere).add(m.actorId);
  for (const id of elsewhere) after.delete(id);
  return after;
}

// What may stand between the sentence's opening and its subject's name: a title (前总理李克强), not a clause.
const BEFORE_NAME = /^[^，,。；;：:、\s]{0,12}$/;

/** The person whose name opens the sentence (李克强2023年3月卸任…), when it reports nothing. */
function openingPerson(text: string, opening: number, mentions: ActorMention[], registry: ActorRegistry): Actor | undefined {
  for (const m of mentions) {
    if (m.start < opening) continue;
    if (!BEFORE_NAME.test(text.slice(opening, m.start))) return undefined;
    const actor = registry.get(m.actorId);
    if (actor?.kind === 'person') return actor;
  }
  return undefined;
}

const OPENING_SKIP = /^[\s，,]*/;

/** Where the sentence's own words start: past its dateline and a date that opens it (2020年5月他…). */
function sentenceOpening(text: string, dateline: number, dates: DateMention[]): number {
  const start = dateline + (OPENING_SKIP.exec(text.slice(dateline, dateline + 4))?.[0].length ?? 0);
  const first = dates[0];
  if (!first || first.start !== start) return start;
  return first.end + (OPENING_SKIP.exec(text.slice(first.end, first.end + 4))?.[0].length ?? 0);
}

function lastDateBefore(dates: DateMention[], at: number): DateMention | undefined {
  let last: DateMention | undefined;
  for (const d of dates) if (d.end <= at) last = d;
  return last;
}


/**
 * English writes the date by what it dates, often after it ("…won a term in
 * January", "imposed a curfew the following day"): with several, the nearest
 * to the trigger. Chinese dates a clause at its start: the first.
 */
function dateOfTrigger(segment: Segment, trigger: TriggerMatch, language: string, quoted: Span[] = []): DateMention | undefined {
  // "…on Wednesday, writing that “…our Historic Victory in November”": a date someone quoted is what they said,
  // not when, beside a date of the writer's own. Alone it may date the quoted fact ("“She arrived yesterday,” he said").
  const unquoted = quoted.length ? segment.dates.filter((d) => !quoted.some((q) => q.start <= d.start && d.end <= q.end)) : segment.dates;
  const dates = unquoted.length ? unquoted : segment.dates;
  if (language !== 'en' || dates.length < 2) return dates[0];
  const distance = (d: DateMention) => (d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end);
  return dates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
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

/** The date words inside a segment, its own and those it only passes (元旦當日，: 當日 starts no segment there). */
function datesWithin(dates: DateMention[], segment: Segment): string[] {
  const texts: string[] = [];
  for (const d of dates) if (d.start >= segment.start && d.end <= segment.end) texts.push(d.text);
  return texts;
}
