/**
 * A schema-valid timeline of n generated events for the app-opening and zoom
 * benchmarks. Events come in documents (about eight each) published mostly in
 * a few dense crises plus a long tail over twenty years; their dates use
 * every precision, ranges, modifiers, future and undated events, and every
 * date rule, and each quote is a real slice of its paragraph, so the data
 * exercises what the app draws for real data.
 */
import * as OpenCC from 'opencc-js/cn2t';
import type {
  Actor,
  Category,
  DateValue,
  Figure,
  Paragraph,
  Timeline,
  TimelineDocument,
  TimelineEvent,
} from '../src/lib/schema.ts';
import { CATEGORIES } from '../src/lib/schema.ts';
import { createRng, hash32, type Rng } from './lib/prng.ts';
import { clusters, pickPublication } from './lib/timeSpread.ts';
import { ACTOR_POOL, CATEGORY_PHRASES, FILLER, type ActorSpec } from './lib/eventVocabulary.ts';

const DAY_MS = 86_400_000;
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (d: Date) => ymd(d).slice(0, 7);
const base36 = (text: string) => hash32(text).toString(36).padStart(7, '0') + hash32(`${text}~`).toString(36).padStart(7, '0');

interface DatedPhrase {
  date: DateValue | null;
  /** The expression written into the sentence ('' when it has none). */
  text: string;
  evidence: TimelineEvent['dateEvidence'];
}

/** A date for an event reported in an article published at `pub`. */
function pickDate(rng: Rng, pub: Date, previous: DateValue | null, relatedUrl: string | undefined): DatedPhrase {
  const anchor = ymd(pub);
  const rule = rng.weighted({ publication: 45, stated: 20, carried: 15, anchored: 6, url: 5, future: 5, undated: 4 });
  if (rule === 'carried' && previous) {
    return { date: previous, text: '', evidence: { text: null, rule: 'carried', from: 'earlier sentence' } };
  }
  if (rule === 'undated' || (rule === 'carried' && !previous)) {
    return { date: null, text: '', evidence: { text: null, rule: 'undated' } };
  }
  if (rule === 'url' && relatedUrl) {
    const d = new Date(pub.getTime() - rng.int(1, 5) * DAY_MS);
    return { date: day(d), text: '', evidence: { text: null, rule: 'url' } };
  }
  if (rule === 'future') {
    const d = new Date(pub.getTime() + rng.int(1, 20) * DAY_MS);
    return {
      date: { ...day(d), future: true },
      text: `将于${d.getUTCDate()}日`,
      evidence: { text: `${d.getUTCDate()}日`, rule: 'publication', anchor },
    };
  }
  if (rule === 'anchored') {
    const d = new Date(pub.getTime() - rng.int(1, 6) * DAY_MS);
    return { date: day(d), text: '次日', evidence: { text: '次日', rule: 'anchored', anchor: ymd(new Date(d.getTime() - DAY_MS)) } };
  }
  if (rule === 'stated') return statedDate(rng, pub);
  // 'publication' (and 'url' without a related link): a bare day, sometimes a range.
  const d = new Date(pub.getTime() - rng.int(0, 6) * DAY_MS);
  if (rng.chance(0.08)) {
    const from = new Date(d.getTime() - rng.int(1, 4) * DAY_MS);
    const text = `${from.getUTCDate()}日至${d.getUTCDate()}日`;
    return { date: { start: ymd(from), end: ymd(d), precision: 'day' }, text, evidence: { text, rule: 'publication', anchor } };
  }
  const text = `${d.getUTCDate()}日`;
  return { date: day(d), text, evidence: { text, rule: 'publication', anchor } };
}

const day = (d: Date): DateValue => ({ start: ymd(d), precision: 'day', timex: ymd(d) });

/** A date written in full: recent days, or months and years further back. */
function statedDate(rng: Rng, pub: Date): DatedPhrase {
  const precision = rng.weighted({ day: 5, month: 3, year: 2 });
  const back = precision === 'day' ? rng.int(0, 30) : precision === 'month' ? rng.int(20, 900) : rng.int(365, 365 * 15);
  const d = new Date(pub.getTime() - back * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  if (precision === 'day') {
    const text = `${y}年${m}月${d.getUTCDate()}日`;
    return { date: day(d), text, evidence: { text, rule: 'stated' } };
  }
  if (precision === 'month') {
    const mod = rng.chance(0.2) ? rng.pick(['START', 'MID', 'END'] as const) : undefined;
    const text = `${y}年${m}月${mod ? { START: '初', MID: '中', END: '底' }[mod] : ''}`;
    return { date: { start: ym(d), precision: 'month', timex: ym(d), ...(mod ? { mod } : {}) }, text, evidence: { text, rule: 'stated' } };
  }
  const mod = rng.chance(0.15) ? rng.pick(['START', 'END'] as const) : undefined;
  const text = `${y}年${mod ? { START: '初', END: '底' }[mod] : ''}`;
  return { date: { start: String(y), precision: 'year', timex: String(y), ...(mod ? { mod } : {}) }, text, evidence: { text, rule: 'stated' } };
}

function figureFor(rng: Rng, category: Category): Figure | undefined {
  const kinds = CATEGORY_PHRASES[category].figures;
  if (!kinds || !rng.chance(0.3)) return undefined;
  const [what, zh] = rng.pick(kinds);
  const value = rng.int(3, 12000);
  const approx = rng.pick(['at-least', 'about', 'more-than', 'nearly', 'exact'] as const);
  const word = { 'at-least': '至少', about: '约', 'more-than': '超过', nearly: '近', exact: '' }[approx];
  return { value, text: `${word}${value}人${zh}`, what, approx };
}

interface DraftEvent {
  event: TimelineEvent;
  sentence: string;
}

function draftEvent(rng: Rng, docId: string, pub: Date, previous: DateValue | null, relatedUrl?: string): DraftEvent {
  const category = rng.weighted(Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_PHRASES[c].weight])) as Record<Category, number>);
  const spec = CATEGORY_PHRASES[category];
  const [predicate, titlePredicate, label, trigger] = rng.pick(spec.phrases);
  const subject = rng.pick(ACTOR_POOL);
  const object = rng.pick(ACTOR_POOL.filter((a) => a.id !== subject.id && a.kind !== 'person'));
  const fill = (s: string, b: string) => s.replace('{b}', b);
  const dated = pickDate(rng, pub, previous, relatedUrl);
  const figure = figureFor(rng, category);
  const sentence = `${subject.zh}${dated.text}${fill(predicate, object.zh)}${figure ? `，造成${figure.text}` : ''}。`;
  const actors = [subject.id, ...(subject.country ? [subject.country] : []), ...(predicate.includes('{b}') ? [object.id] : [])];
  const event: TimelineEvent = {
    id: base36(`${docId}:${sentence}:${rng.next()}`),
    date: dated.date,
    category,
    cameo: rng.pick(spec.cameo),
    title: `${subject.zh}${fill(titlePredicate, object.zh)}`,
    titleEn: `${subject.en} ${fill(label, object.en)}`,
    actors: [...new Set(actors)],
    trigger,
    ...(figure ? { figures: [figure] } : {}),
    dateEvidence: dated.evidence,
    source: { document: docId, paragraph: '', quote: sentence, start: 0, end: 0 },
  };
  return { event, sentence };
}

/** One generated article: its document record and up to `budget` events. */
function generateDocument(rng: Rng, index: number, pub: Date, budget: number) {
  const docId = base36(`doc:${index}`).slice(0, 16);
  const paragraphs: Paragraph[] = [];
  const events: TimelineEvent[] = [];
  const relatedUrl = rng.chance(0.4) ? `https://example.org/news/${docId}/cl-${ymd(new Date(pub.getTime() - 2 * DAY_MS)).replaceAll('-', '')}.html` : undefined;
  let previous: DateValue | null = null;
  const paragraphCount = rng.int(2, 6);
  for (let p = 0; p < paragraphCount && events.length < budget; p++) {
    const id = `${docId}-p${paragraphs.length}`;
    let text = '';
    for (let s = rng.int(1, 3); s > 0 && events.length < budget; s--) {
      if (rng.chance(0.2)) text += rng.pick(FILLER);
      const draft = draftEvent(rng, docId, pub, previous, relatedUrl);
      draft.event.source = { document: docId, paragraph: id, quote: draft.sentence, start: text.length, end: text.length + draft.sentence.length };
      text += draft.sentence;
      previous = draft.event.date ?? previous;
      events.push(draft.event);
    }
    paragraphs.push({ id, kind: 'paragraph', text, line: 5 });
  }
  if (relatedUrl) paragraphs.push({ id: `${docId}-p${paragraphs.length}`, kind: 'related', text: '相关报道', url: relatedUrl });
  paragraphs.push({ id: `${docId}-p${paragraphs.length}`, kind: 'byline', text: '本台记者综合报导', line: 5 });
  const document: TimelineDocument = {
    id: docId,
    file: `${String(index).padStart(6, '0')}_${docId}.txt`,
    title: `${events[0]?.title ?? '新闻'}`,
    url: `https://example.org/news/${docId}.html`,
    published: pub.toISOString(),
    language: 'zh',
    paragraphs,
  };
  return { document, events };
}

function toActor(spec: ActorSpec): Actor {
  return {
    id: spec.id,
    name: spec.en,
    names: { 'zh-Hans': spec.zh, 'zh-Hant': toHant(spec.zh), en: spec.en },
    aliases: [spec.zh, spec.en],
    kind: spec.kind,
    ...(spec.role ? { roles: [{ zh: spec.role[0], en: spec.role[1] }] } : {}),
    ...(spec.country ? { country: spec.country } : {}),
    origin: 'gazetteer',
  };
}

/** Dated events by start date, then reading order; undated last (as the pipeline sorts). */
function chronological(a: TimelineEvent, b: TimelineEvent): number {
  if (!a.date !== !b.date) return a.date ? -1 : 1;
  return (a.date && b.date ? a.date.start.localeCompare(b.date.start) : 0) || a.id.localeCompare(b.id);
}

export function generateEvents(n: number, seed = 'threadline-bench-1'): Timeline {
  const rng = createRng(`${seed}:events`);
  const crises = clusters(createRng(`${seed}:clusters`));
  const documents: TimelineDocument[] = [];
  const events: TimelineEvent[] = [];
  const ids = new Set<string>();
  while (events.length < n) {
    const { document, events: drafted } = generateDocument(rng, documents.length, pickPublication(rng, crises), n - events.length);
    documents.push(document);
    for (const event of drafted) {
      while (ids.has(event.id)) event.id = base36(`${event.id}+`);
      ids.add(event.id);
      events.push(event);
    }
  }
  const used = new Set(events.flatMap((e) => e.actors));
  return {
    version: 1,
    documents: documents.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id)),
    actors: ACTOR_POOL.filter((a) => used.has(a.id)).map(toActor),
    events: events.sort(chronological),
    diagnostics: [],
  };
}
