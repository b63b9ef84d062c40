/**
 * A related-article link is an event in its own right: its headline, dated
 * by the timestamp in its URL (RFA's cl-01112022133717.html), else by a full
 * date heading it, else by a calendar day its words name (《…规定》6月15日起施行,
 * read against the article's publication), or undated.
 */
import type { Actor, DateValue, TimelineDocument, TimelineEvent } from '../../lib/schema.ts';
import type { ActorMention, ActorRegistry } from '../types.ts';
import { dateFromUrl, findDates } from '../dates/index.ts';
import { findTriggers, STATEMENT, type TriggerMatch } from './lexicon.ts';
import { findFigures, toFigure } from './figures.ts';
import { classifySegment, kindOf } from './classify.ts';
import { splitClauses } from './clauses.ts';
import { englishLabel } from './titles.ts';
import { articleClock } from '../outletTime.ts';

export function relatedArticleEvent(
  doc: TimelineDocument,
  paragraph: { id: string; text: string; url?: string },
  registry: ActorRegistry,
): Omit<TimelineEvent, 'id'> {
  const fromUrl = paragraph.url ? dateFromUrl(paragraph.url) : null;
  const opening = fromUrl ? null : headDate(withoutVersionTag(paragraph.text));
  const named = fromUrl || opening ? null : calendarDay(withoutVersionTag(paragraph.text), doc);
  const dated = fromUrl ?? opening ?? named;
  // The date heading the headline is the event's date, no part of what happened.
  const title = withoutVersionTag(paragraph.text).slice(opening?.end ?? 0);
  // What happened, without the source a wire headline names at its end.
  const headline = title.slice(0, sourceColonAt(title));
  const figures = findFigures(headline);
  const mentions = registry.find(headline);
  const colon = speakerColon(headline, mentions);
  const triggers = [...colon, ...findTriggers(headline)].sort((a, b) => a.start - b.start);
  const [head] = splitClauses(headline);
  const classification = classifySegment(triggers, figures, head ?? { start: 0, end: headline.length });
  const actors = unique(mentions.map((m) => registry.get(m.actorId)));
  // 國台辦：台灣選舉…: who speaks stands before the colon; what follows is what they said, about others.
  const subject = colon.length
    ? unique(mentions.filter((m) => m.end <= colon[0]!.start).map((m) => registry.get(m.actorId))).slice(0, 2)
    : actors.slice(0, 2);
  const who = { actors, subject };
  // The source still takes part, after those the headline is about.
  const source = headline.length < title.length ? unique(registry.find(title).map((m) => registry.get(m.actorId))) : actors;
  const label = classification
    ? englishLabel(classification, who, figures)
    : actors.map((a) => a.name).slice(0, 2).join(' – ') || 'Article';
  return {
    date: dated?.value ?? null,
    category: classification?.category ?? 'other',
    ...(classification?.cameo ? { cameo: classification.cameo } : {}),
    title,
    titleEn: `${label} (related report)`,
    actors: unique([...actors, ...source]).map((a) => a.id),
    ...(classification ? { trigger: classification.trigger.text, ...kindOf(classification, who.subject) } : {}),
    ...(figures.length ? { figures: figures.map(toFigure) } : {}),
    dateEvidence: dated ? { text: dated.text, rule: named ? named.rule : opening ? 'stated' : 'url' } : { text: null, rule: 'undated' },
    source: { document: doc.id, paragraph: paragraph.id, quote: paragraph.text, start: 0, end: paragraph.text.length },
  };
}

/*
 * BBC Chinese's "2023年9月28日：恒大称…", "28 September 2023: …": a headline
 * that opens on a full date (year, month and day) and a colon or dash dates
 * the report when its address does not. A month or a year alone, or a date
 * read against today (昨天), is no heading.
 */
const MAY_OPEN_ON_DATE = /^(?:[0-9０-９]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)/;
const HEADING_END = /^\s*(?:[：:|｜]|[-–—]+\s)\s*/;

export function headDate(headline: string): { value: DateValue; text: string; end: number } | null {
  if (!MAY_OPEN_ON_DATE.test(headline)) return null;
  const [first] = findDates(headline, { published: null, reference: null });
  if (!first || first.start !== 0 || first.rule !== 'stated' || first.value.precision !== 'day' || first.value.end || first.value.mod) return null;
  const heading = HEADING_END.exec(headline.slice(first.end));
  return heading ? { value: first.value, text: first.text, end: first.end + heading[0].length } : null;
}

/*
 * 《…规定》6月15日起施行, "Xi to visit Vietnam on Dec. 12": a headline naming a
 * day of the calendar (a month and its day, or a full date) dates the report by
 * it, read against the article that links it. Not a day counted from the
 * linked report's own (昨天, 本周六, "on Tuesday"): that report's date is unknown.
 */
const MAY_NAME_DAY = /[0-9０-９]/;
const CALENDAR_DAY = /^(?:(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}[日号號]起?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]{1,2}(?:,\s*[0-9]{4})?|[0-9]{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*(?:\s+[0-9]{4})?)$/;

function calendarDay(headline: string, doc: TimelineDocument): { value: DateValue; text: string; rule: 'stated' | 'publication' } | null {
  if (!MAY_NAME_DAY.test(headline)) return null;
  const published = articleClock(doc.published ? new Date(doc.published) : null, doc.url);
  for (const found of findDates(headline, { published, reference: null })) {
    if (found.rule === 'anchored' || found.value.precision !== 'day' || !CALENDAR_DAY.test(found.text)) continue;
    // 6月15日起施行: the day it starts, not a span up to the linking article's publication.
    const from = found.text.endsWith('起');
    if (found.value.end && !from) continue;
    const { end: _until, ...day } = found.value;
    return { value: from ? { ...day, timex: day.start } : found.value, text: found.text, rule: found.rule };
  }
  return null;
}

/* Yonhap's "(LEAD) ", "(3rd LD) ", "(URGENT) ": which version of the story the link points to. */
const VERSION_TAG = /^\((?:LEAD|URGENT|\d+(?:st|nd|rd|th) LD)\)\s*/;

function withoutVersionTag(headline: string): string {
  return headline.startsWith('(') ? headline.replace(VERSION_TAG, '') : headline;
}

/*
 * "N. Korea fires ICBM, apparently fails: officials", "…toward East Sea: JCS":
 * a wire headline names its source after a colon at its end, in a word or
 * a few, after a longer account of what happened.
 */
const SOURCE_COLON = /:\s+[^\s:"'“”‘’?!.,][^:"'“”‘’?!,]{0,30}$/;

/** Where a trailing ": source" starts, or the headline's length. */
export function sourceColonAt(headline: string): number {
  const source = headline.includes(':') ? SOURCE_COLON.exec(headline) : null;
  if (!source) return headline.length;
  const words = source[0].slice(1).trim().split(/\s+/).length;
  return words <= 4 && !/\d/.test(source[0]) && source.index >= 20 && source.index > source[0].length ? source.index : headline.length;
}

/*
 * "Who are Sudan's Rapid Support Forces?", "What is the JCPOA?": an explainer
 * asks a question and reports nothing that happened.
 */
const QUESTION = /^(?:Who|What|Why|How|Where|When|Which|Is|Are|Can|Could|Will|Would|Does|Do|Did|Has|Have|Should)\b[^?]*\?$|^[^？]*(?:是谁|是什么|为何|為何|为什么|為什麼|怎么|怎麼|如何|何以|吗|嗎)？$/u;

/*
 * "What to know about the Chinese spy balloon", "Explainer: …", "问答：…",
 * "…：一文读懂": an explainer says so in its first or last words, and tells
 * what is known rather than what happened.
 */
const EXPLAINER =
  /^(?:What (?:to|you need to|we|we don['’]t) know\b|Everything (?:to|you need to) know\b|(?:Explainer|Explained|Q&A|FAQ|Factbox|Fact ?check)\s*[:：-]|(?:问答|問答|问与答|問與答|解读|解讀|图解|圖解|快问快答|快問快答|一文[读讀看]懂)\s*[：:|｜])|(?:[：:|｜]\s*|\s)(?:一文[读讀看]懂|问答|問答|你需要知道的[^，。]{0,10})$|^一文[读讀看]懂/iu;

/*
 * "…倒下对中国经济意味着什么", "…为什么", "…有何影响": a Chinese explainer
 * headline often asks its question without a question mark.
 */
const BARE_QUESTION = /(?:意味着什么|意味著什麼|(?<!不)是什么|(?<!不)是什麼|为什么|為什麼|为何|為何|有何影响|有何影響|有什么影响|有什麼影響)$/u;

/** A related link that makes no event: an explainer, or its question. */
export function makesNoEvent(headline: string): boolean {
  const bare = withoutVersionTag(headline);
  if (headline.endsWith('?') || headline.endsWith('？')) return QUESTION.test(bare);
  return EXPLAINER.test(bare) || BARE_QUESTION.test(bare) || (bare.includes('?') && QUESTION_WITH_DEK.test(bare));
}

/*
 * "What’s in the debt ceiling bill? Spending caps, work requirements and more": an explainer's question with its
 * answer listed after it (What's/Who is/How does…?, then more words).
 */
const QUESTION_WITH_DEK = /^(?:What(?:['’]s| is| are| does| do)|Who(?:['’]s| is| are)|How (?:does|do|will|would|did|is|are)|Why (?:is|are|does|do|did))\b[^?]*\?\s+\S/;

/**
 * Headlines quote with a colon: "蔡英文：两岸战争绝对不是选项" is Tsai speaking.
 * The colon counts as a verb of saying when a name ends right before it.
 */
// What may stand between a name and its colon: a body or a title (中国驻哈萨克斯坦使馆：), or the speech the words
// come from (賴清德就職演說：…).
const SPEAKER_TAIL = /^(?:\p{Script=Han}{0,4}(?:使馆|大使馆|领事馆|外交部|政府|官员|发言人|总统|总理|部长|外长|当局|方面|军方|演说|演說|讲话|講話|致辞|致辭))?$/u;

const BODY_SPEAKER = /^[\p{Script=Han}]{1,5}(?:办|辦|部|院|署|局|府|会|會|委|宫|宮)$/u;

function speakerColon(headline: string, mentions: ActorMention[]): TriggerMatch[] {
  const colon = /^[^：:]{1,20}[：:]/.exec(headline);
  if (!colon) return [];
  const at = colon[0].length - 1;
  const named = mentions.some((m) => m.end <= at && SPEAKER_TAIL.test(headline.slice(m.end, at)));
  // 国台办：…, 外交部：…: a body the gazetteer lacks still speaks, by its ending.
  const body = BODY_SPEAKER.test(headline.slice(0, at));
  return named || body ? [{ entry: STATEMENT, text: headline[at]!, start: at, end: at + 1, modifier: false, quoted: false }] : [];
}

function unique(actors: (Actor | undefined)[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((a): a is Actor => a !== undefined && !seen.has(a.id) && !!seen.add(a.id));
}
