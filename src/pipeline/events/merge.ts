/**
 * Several articles, one event: when two articles report the same event
 * (same day, same kind, same actors), the timeline shows it once with every
 * source. The earliest-published report leads and keeps its id; the others'
 * ids become aliases, so every link ever shared still leads to the event.
 * Where the sources give different figures (or, a day apart, different
 * dates), both are kept as a disagreement.
 */
import type { Disagreement, OtherSource, TimelineDocument, TimelineEvent } from '../../lib/schema.ts';
import { describeFigure, figuresAgree } from './figures.ts';
import { bigramProfile, dice, type BigramProfile } from './bigrams.ts';
import { compareCodeUnits } from '../text/compareCodeUnits.ts';

/** Kinds of event between two parties: both parties must be the same. */
const BETWEEN_PARTIES = new Set(['phone call', 'talks', 'visit', 'message', 'agreement signed']);
const DAY_MS = 86_400_000;
/** Counts of the same thing under different words: one outlet's troops are another's peacekeepers. */
const MEASURE: Record<string, string> = { peacekeepers: 'troops' };
const measureOf = (what: string) => MEASURE[what] ?? what;

interface Slot {
  /** Every report merged so far, the lead first: a newcomer is compared with the first few. */
  members: TimelineEvent[];
  /** Documents already in this event: one article never merges with itself. */
  documents: Set<string>;
  /** Actor ids the slot is filed under (see `file`). */
  filed: Set<string>;
}

/** day key → actor id → slots: a newcomer meets only reports that share one of its actors. */
type Index = Map<string, Map<string, Slot[]>>;

export function mergeAcrossArticles(
  events: TimelineEvent[],
  documents: TimelineDocument[],
  isPerson: (actorId: string) => boolean,
): TimelineEvent[] {
  const rank = documentRanks(documents);
  const order = readingOrder(documents);
  // The keys are looked up once per event, not once per comparison of the sort.
  const ordered = events
    .map((event) => ({ event, rank: rank.get(event.source.document)!, order: order.get(event.source.paragraph)! }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order || a.event.source.start - b.event.source.start)
    .map(({ event }) => event);
  const score = createScorer(isPerson);
  const daysAround = neighbourDays();
  const index: Index = new Map();
  const slots: Slot[] = [];
  for (const event of ordered) {
    // Built once per event: it is both looked up and filed under.
    const key = event.date ? dayKey(event) : null;
    const match = key !== null ? bestMatch(event, candidates(event, key, index, daysAround), score) : null;
    const slot = match ?? { members: [], documents: new Set<string>(), filed: new Set<string>() };
    if (!match) slots.push(slot);
    slot.members.push(event);
    slot.documents.add(event.source.document);
    if (key !== null) file(index, key, slot, matchedBy(event));
  }
  return slots.map((s) => withDisagreements(combine(s.members), s.members));
}

/** Statements meet by speaker; anything else by any actor it names. */
const matchedBy = (e: TimelineEvent) => (e.eventType === 'statement' ? (e.subjects ?? []) : [...(e.subjects ?? []), ...e.actors]);

function file(index: Index, key: string, slot: Slot, ids: string[]): void {
  let byActor = index.get(key);
  if (!byActor) index.set(key, (byActor = new Map()));
  for (const id of ids) {
    if (slot.filed.has(id)) continue;
    slot.filed.add(id);
    const list = byActor.get(id);
    if (list) list.push(slot);
    else byActor.set(id, [slot]);
  }
}

/** Earliest publication first; articles without a time last; ties by id. */
function documentRanks(documents: TimelineDocument[]): Map<string, number> {
  const sorted = [...documents].sort(
    (a, b) =>
      (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0) ||
      compareCodeUnits(a.published ?? '', b.published ?? '') ||
      compareCodeUnits(a.id, b.id),
  );
  return new Map(sorted.map((d, i) => [d.id, i]));
}

/**
 * Within an article, text paragraphs first, then captions, then related
 * links, each in reading order: a photo of mourners should not take the
 * place of the sentence that reports the day of mourning.
 */
function readingOrder(documents: TimelineDocument[]): Map<string, number> {
  const weight = { paragraph: 0, byline: 0, caption: 1, related: 2 } as const;
  const order = new Map<string, number>();
  for (const d of documents) d.paragraphs.forEach((p, i) => order.set(p.id, weight[p.kind] * 1e6 + i));
  return order;
}

// Only reports of one kind on one day can be one event: the key keeps the
// comparisons to a handful even across 100,000 events.
const kindKey = (e: TimelineEvent) => `${e.category}|${e.eventType ?? ''}`;
const dayKey = (e: TimelineEvent) => `${kindKey(e)}|${e.date!.precision}|${e.date!.start}|${e.date!.end ?? ''}`;
/** A newcomer is compared with the lead and the first few others, not with hundreds of copies. */
const COMPARED_MEMBERS = 4;

/** Same day, and for day points the day either side (reported a day apart), sharing an actor. */
function candidates(event: TimelineEvent, key: string, index: Index, daysAround: (day: string) => string[]): Slot[] {
  const d = event.date!;
  const keys = [key];
  if (d.precision === 'day' && !d.end) {
    for (const day of daysAround(d.start)) keys.push(`${kindKey(event)}|day|${day}|`);
  }
  const ids = matchedBy(event);
  const found = new Set<Slot>();
  for (const key of keys) {
    const byActor = index.get(key);
    if (byActor) for (const id of ids) for (const slot of byActor.get(id) ?? []) found.add(slot);
  }
  return [...found];
}

/**
 * The day before and the day after a day (YYYY-MM-DD), remembered: a corpus
 * has far fewer days than events, and date arithmetic through Date objects
 * was a noticeable share of the merge.
 */
function neighbourDays(): (day: string) => string[] {
  const known = new Map<string, string[]>();
  return (day) => {
    let around = known.get(day);
    if (!around) {
      const t = Date.parse(`${day}T00:00:00Z`);
      around = [-1, 1].map((days) => new Date(t + days * DAY_MS).toISOString().slice(0, 10));
      known.set(day, around);
    }
    return around;
  };
}

type Scorer = (a: TimelineEvent, b: TimelineEvent) => number;

function bestMatch(event: TimelineEvent, pool: Slot[], score: Scorer): Slot | null {
  let best: Slot | null = null;
  let bestScore = 0;
  for (const candidate of pool) {
    if (candidate.documents.has(event.source.document)) continue;
    const members = Math.min(candidate.members.length, COMPARED_MEMBERS);
    let candidateScore = -Infinity;
    for (let k = 0; k < members; k++) candidateScore = Math.max(candidateScore, score(candidate.members[k]!, event));
    if (candidateScore > bestScore) {
      best = candidate;
      bestScore = candidateScore;
    }
  }
  return best;
}

/** 0 when the two cannot be one event; otherwise higher for closer matches. */
export function sameEventScore(a: TimelineEvent, b: TimelineEvent, isPerson: (id: string) => boolean): number {
  return createScorer(isPerson)(a, b);
}

/**
 * `sameEventScore` for one merge run. Reports in busy days meet many others
 * (the pool of a day grows with the corpus), so what a comparison needs of
 * each report (its quote's character pairs, its two parties) is worked out
 * once per report, not once per comparison.
 */
function createScorer(isPerson: (id: string) => boolean): Scorer {
  const profiles = new Map<TimelineEvent, BigramProfile>();
  const profileOf = (e: TimelineEvent) => {
    let profile = profiles.get(e);
    if (!profile) profiles.set(e, (profile = bigramProfile(e.source.quote)));
    return profile;
  };
  const partyKeys = new Map<TimelineEvent, string>();
  const partiesOf = (e: TimelineEvent) => {
    let key = partyKeys.get(e);
    if (key === undefined) partyKeys.set(e, (key = parties(e, isPerson)));
    return key;
  };
  return (a, b) => {
    if (a.category !== b.category || a.eventType !== b.eventType) return 0;
    if (!sameParties(a, b, partiesOf)) return 0;
    return closeness(a, b, dice(profileOf(a), profileOf(b)));
  };
}

/** The score of two reports of one kind with the same parties, given how alike their quotes are. */
function closeness(a: TimelineEvent, b: TimelineEvent, similarity: number): number {
  const sameTopic = a.topic !== undefined && a.topic === b.topic;
  // One speaker says many things in a day: plain statements are one only
  // when they are about the same thing, or plainly worded alike.
  if (a.category === 'statement' && a.topic !== b.topic && similarity < 0.35) return 0;
  // A day apart is the same event only when the reports clearly agree.
  if (a.date!.start !== b.date!.start && !(sameTopic && similarity >= 0.25)) return 0;
  return 1 + (sameTopic ? 2 : 0) + jaccard(a.actors, b.actors) + similarity;
}

/** The two parties of a call, talks or visit: its first two people, else its first two actors. */
function parties(e: TimelineEvent, isPerson: (id: string) => boolean): string {
  const people = e.actors.filter(isPerson);
  return (people.length >= 2 ? people : e.actors).slice(0, 2).sort().join('|');
}

function sameParties(a: TimelineEvent, b: TimelineEvent, partiesOf: (e: TimelineEvent) => string): boolean {
  const subjectsA = a.subjects ?? [];
  const subjectsB = b.subjects ?? [];
  // A call between A and B is not one between A and C: both parties must be the same.
  if (BETWEEN_PARTIES.has(a.eventType ?? '')) return partiesOf(a) === partiesOf(b);
  // A statement is its speaker's; anything else may be told from another
  // side (根据总统签署的命令，全国举行哀悼活动 / 该国为遇难者降半旗致哀).
  if (a.eventType === 'statement') return subjectsA.some((id) => subjectsB.includes(id));
  if (subjectsA.length && subjectsB.length) {
    return subjectsA.some((id) => b.actors.includes(id)) || subjectsB.some((id) => a.actors.includes(id));
  }
  return a.actors.some((id) => b.actors.includes(id));
}

/** A report as a further source of an event it was merged into. */
function asOtherSource(report: TimelineEvent): OtherSource {
  return {
    eventId: report.id,
    title: report.title,
    date: report.date,
    dateEvidence: report.dateEvidence,
    ...(report.figures ? { figures: report.figures } : {}),
    source: report.source,
  };
}

/**
 * The lead report with every other report as a further source, and the
 * sources and ids each already had; their actors together. Also how an
 * article's restatement joins the report it quotes (restatements.ts).
 */
export function combine([lead, ...others]: TimelineEvent[]): TimelineEvent {
  if (!others.length) return lead!;
  return {
    ...lead!,
    actors: [...new Set([lead!, ...others].flatMap((e) => e.actors))],
    otherSources: [...(lead!.otherSources ?? []), ...others.flatMap((o) => [asOtherSource(o), ...(o.otherSources ?? [])])],
    aliases: [...(lead!.aliases ?? []), ...others.flatMap((o) => [o.id, ...(o.aliases ?? [])])],
  };
}

/** Every report's value, wherever two reports of one event differ on a date or a count. */
function withDisagreements(event: TimelineEvent, members: TimelineEvent[]): TimelineEvent {
  if (members.length < 2) return event;
  const entry = (e: TimelineEvent, value: string, text: string) => ({ value, text, document: e.source.document, eventId: e.id });
  const out: Disagreement[] = [];
  if (new Set(members.map((m) => m.date?.start)).size > 1) {
    out.push({ field: 'date', what: 'date', values: members.map((m) => entry(m, m.date?.start ?? '', m.dateEvidence.text ?? '')) });
  }
  const measures = new Set(members.flatMap((m) => (m.figures ?? []).map((f) => measureOf(f.what))));
  for (const measure of measures) {
    const counted = members.flatMap((m) => {
      const figure = m.figures?.find((f) => measureOf(f.what) === measure);
      return figure ? [{ member: m, figure }] : [];
    });
    // "Dozens injured" and "37 injured" can both be right; 30 and 37 cannot.
    if (counted.every((c) => counted.every((d) => figuresAgree(c.figure, d.figure)))) continue;
    out.push({
      field: 'figure',
      what: counted[0]!.figure.what,
      values: counted.map(({ member, figure }) => entry(member, describeFigure(figure), figure.text)),
    });
  }
  return out.length ? { ...event, disagreements: out } : event;
}

function jaccard(a: string[], b: string[]): number {
  const setA = new Set(a);
  const shared = b.filter((x) => setA.has(x)).length;
  return shared / (setA.size + b.length - shared || 1);
}
