/**
 * A related-article link is an event in its own right: its headline, dated
 * by the timestamp in its URL (RFA's cl-01112022133717.html), or undated.
 */
import type { Actor, TimelineDocument, TimelineEvent } from '../../lib/schema.ts';
import type { ActorMention, ActorRegistry } from '../types.ts';
import { dateFromUrl } from '../dates/index.ts';
import { findTriggers, STATEMENT, type TriggerMatch } from './lexicon.ts';
import { findFigures, toFigure } from './figures.ts';
import { classifySegment, kindOf } from './classify.ts';
import { splitClauses } from './clauses.ts';
import { englishLabel } from './titles.ts';

export function relatedArticleEvent(
  doc: TimelineDocument,
  paragraph: { id: string; text: string; url?: string },
  registry: ActorRegistry,
): Omit<TimelineEvent, 'id'> {
  const headline = paragraph.text;
  const dated = paragraph.url ? dateFromUrl(paragraph.url) : null;
  const figures = findFigures(headline);
  const mentions = registry.find(headline);
  const triggers = [...speakerColon(headline, mentions), ...findTriggers(headline)].sort((a, b) => a.start - b.start);
  const [head] = splitClauses(headline);
  const classification = classifySegment(triggers, figures, head ?? { start: 0, end: headline.length });
  const actors = unique(mentions.map((m) => registry.get(m.actorId)));
  const who = { actors, subject: actors.slice(0, 2) };
  const label = classification
    ? englishLabel(classification, who, figures)
    : actors.map((a) => a.name).slice(0, 2).join(' – ') || 'Article';
  return {
    date: dated?.value ?? null,
    category: classification?.category ?? 'other',
    ...(classification?.cameo ? { cameo: classification.cameo } : {}),
    title: headline,
    titleEn: `${label} (related report)`,
    actors: actors.map((a) => a.id),
    ...(classification ? { trigger: classification.trigger.text, ...kindOf(classification, who.subject) } : {}),
    ...(figures.length ? { figures: figures.map(toFigure) } : {}),
    dateEvidence: dated ? { text: dated.text, rule: 'url' } : { text: null, rule: 'undated' },
    source: { document: doc.id, paragraph: paragraph.id, quote: headline, start: 0, end: headline.length },
  };
}

/**
 * Headlines quote with a colon: "蔡英文：两岸战争绝对不是选项" is Tsai speaking.
 * The colon counts as a verb of saying when a name ends right before it.
 */
// What may stand between a name and its colon: a body or a title (中国驻哈萨克斯坦使馆：).
const SPEAKER_TAIL = /^(?:\p{Script=Han}{0,4}(?:使馆|大使馆|领事馆|外交部|政府|官员|发言人|总统|总理|部长|外长|当局|方面|军方))?$/u;

const BODY_SPEAKER = /^[\p{Script=Han}]{1,5}(?:办|辦|部|院|署|局|府|会|會|委|宫|宮)$/u;

function speakerColon(headline: string, mentions: ActorMention[]): TriggerMatch[] {
  const colon = /^[^：:]{1,20}[：:]/.exec(headline);
  if (!colon) return [];
  const at = colon[0].length - 1;
  const named = mentions.some((m) => m.end <= at && SPEAKER_TAIL.test(headline.slice(m.end, at)));
  // 国台办：…, 外交部：…: a body the gazetteer lacks still speaks, by its ending.
  const body = BODY_SPEAKER.test(headline.slice(0, at));
  return named || body ? [{ entry: STATEMENT, text: headline[at]!, start: at, end: at + 1 }] : [];
}

function unique(actors: (Actor | undefined)[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((a): a is Actor => a !== undefined && !seen.has(a.id) && !!seen.add(a.id));
}
