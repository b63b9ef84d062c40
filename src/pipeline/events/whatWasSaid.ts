/**
 * What was said and when it was said: the verb of saying whose words hold a
 * date, a source that reports (据…), a saying with no day of its own, words
 * that go on from the sentence before, and the dates of the reporting rather
 * than of what was reported.
 */
import type { DateMention } from '../types.ts';
import type { TriggerMatch } from './lexicon.ts';
import type { Segment } from './segments.ts';
import type { Classification } from './classify.ts';
import { hasHan } from '../text/han.ts';

/**
 * The verb of saying whose words hold the date at `dateStart`: the statement's
 * own verb when it comes before the date; else the last verb of saying of an
 * earlier segment (提出，…遲至2021年12月才加控…，要求…), not a source attribution.
 */
export function sayingBefore(text: string, triggers: TriggerMatch[], trigger: TriggerMatch, attribution: TriggerMatch | undefined, segmentStart: number, dateStart: number): TriggerMatch | undefined {
  if (trigger === attribution) return undefined;
  if (trigger.end <= dateStart) return opensWhatWasSaid(text, trigger, dateStart) ? trigger : undefined;
  // Only a verb of an earlier segment: within the segment, 指称…，但委员会上个月驳回 is a second saying, with its own date.
  let verb: TriggerMatch | undefined;
  for (const t of triggers) if (t.entry.kind === 'speech' && !t.modifier && t !== attribution && t.end <= segmentStart) verb = t;
  return verb && opensWhatWasSaid(text, verb, dateStart) ? verb : undefined;
}

const NO_DAY_SAYING_ZH =
  /(?:多次|一再|屡次|屢次|反复|反覆|再三|一向|一直)(?:公开|公開)?(?:表示|强调|強調|指出|声明|聲明|重申|表明|呼吁|呼籲|批评|批評|否认|否認)|(?:分析人士|观察人士|觀察人士|评论人士|評論人士|分析家|观察家|觀察家|有分析)(?:们|們)?(?:普遍)?(?:指出|认为|認為|表示|称|稱)/;
const NO_DAY_SAYING_EN =
  /\b(?:has|have|had)\s+(?:repeatedly|long|previously|often|consistently|frequently)\s+(?:said|argued|denied|insisted|called|maintained|stated|warned|accused|claimed|criticized|criticised)\b|\b(?:analysts|observers|commentators)\s+(?:say|said|have said|noted|note|argue|argued|believe)\b/i;

/**
 * Whether the sentence tells of a saying at no one time: repeated before (多次表示, "has repeatedly
 * said"), or the commentary of unnamed analysts (不少分析人士指出, "analysts say").
 */
export const sayingOfNoDay = (text: string): boolean => (hasHan(text) ? NO_DAY_SAYING_ZH : NO_DAY_SAYING_EN).test(text);

// 中方, 美方, 我们: a side as its own spokesperson names it (not 双方, who agree on something new).
const SIDE_OPENING = /^[\s，,]*(?:[中美俄日韩韓朝英法德欧歐印我]方|我们|我們|我国|我國)/;

/** Whether a sentence goes on with someone's words: it opens with a side's own name and has no verb of saying. */
export function continuesWords(text: string, dateline: number, triggers: TriggerMatch[]): boolean {
  if (!SIDE_OPENING.test(text.slice(dateline, dateline + 6))) return false;
  for (const t of triggers) if (t.entry.kind === 'speech' && !t.modifier) return false;
  return true;
}

/** Whether a Chinese verb of saying opens someone's words (表示，, 指出：) in the sentence. */
export function givesWords(text: string, triggers: TriggerMatch[]): boolean {
  for (const t of triggers) if (t.entry.kind === 'speech' && !t.modifier && hasHan(t.text) && /^[，,：:]|[，,：:]$/.test(text.slice(t.end, t.end + 1) || t.text)) return true;
  return false;
}

/** A trigger that reports something happening (not a setting, nor a word inside a name). */
export const reports = (t: TriggerMatch) => t.entry.kind === 'event' || t.entry.kind === 'speech';

// 据外交官透露，/据报道，/据人权组织称，/有报道称，: where the news comes from, not someone's statement.
const SOURCE = /^(?:据[^，,。；;：:]{0,20}|有(?:报道|報道|消息))$/;

/** The verb of a sentence-opening source attribution (据X透露，), if any. */
export function sourceOf(text: string, triggers: TriggerMatch[]): TriggerMatch | undefined {
  const opening = text.charCodeAt(0);
  if (opening !== 0x636e /* 据 */ && opening !== 0x64da /* 據 */ && opening !== 0x6709 /* 有 */) return undefined;
  for (const t of triggers) {
    if (t.entry.kind !== 'speech') continue;
    return SOURCE.test(text.slice(0, t.start).replace('據', '据')) && /^[，,]/.test(text.slice(t.end, t.end + 1)) ? t : undefined;
  }
  return undefined;
}

// "Choe's statement came after…", "the statement": a noun, which opens no reported speech.
const NOUN_BEFORE = /(?:'s|’s|\b(?:the|a|an|his|her|its|their|this|that))\s+$/i;

/**
 * Whether punctuation between a verb of saying and a date opens what was
 * said (表示，…, said: "…"), rather than being a clock time (10:15 a.m.) or
 * a list ("Yoon, Biden and Kishida agreed … on Sunday"). English opens it
 * right after the verb; Chinese anywhere after it.
 */
export function opensWhatWasSaid(text: string, verb: TriggerMatch, dateStart: number): boolean {
  if (verb.end > dateStart) return false;
  const between = text.slice(verb.end, dateStart);
  // 呼吁全世界青年4年后在洛杉矶再次相聚: what is called for follows a verb of calling with no break.
  if (hasHan(verb.text)) return OPENS_ZH.test(between.replace(CLOCK, '')) || (CALLS_ZH.test(verb.text) && between.length <= 16 && !ZH_BREAK.test(between));
  if (NOUN_BEFORE.test(text.slice(Math.max(0, verb.start - 8), verb.start))) return false;
  // "condemned “this heinous act” on Wednesday": a quotation closed before the date is the object; the day is the saying's.
  if (QUOTED_OBJECT.test(between)) return false;
  return OPENS_EN.test(between) || THAT_CLAUSE.test(between);
}

const QUOTED_OBJECT = /^\s*[“"][^“”"]{1,80}[”"]\s*(?:on|late|early|last)?\s*$/;

const OPENS_ZH = /[，,：:；;“「]/;
const ZH_BREAK = /[，,。；;：:]/;
const CALLS_ZH = /^(?:呼吁|呼籲|敦促|促请|促請|号召|號召)$/;
const OPENS_EN = /^\s*[,:;“"]/;
// "told reporters that a new leader would be in place by Friday": the that-clause is what was said. In "was
// expected to echo that demand at a news conference later Thursday" that is a determiner: a saying's own noun
// (demand, claim, call…) follows it, and the date is the echoing's.
const THAT_CLAUSE =
  /^(?:\s+[\w’'-]+){0,3}?\s+that\s(?!(?:demand|call|claim|view|message|point|position|sentiment|warning|appeal|request|pledge|promise|argument|assessment|proposal|stance|charge|accusation|remark|assertion|criticism)\b(?!\s+(?:for|of|was|is|has|had|were|are|would|will)\b))/;
const CLOCK = /\d[:：]\d/g;

/**
 * A verb of saying whose content dates its own action (美国国防部称，美军战斗机于
 * 4日下午…击落了…): the date comes after the verb, at a day, and an event
 * follows it in the same clause. Only for a day: 指出，今年是建交30周年 is background.
 */
export function reportedAction(text: string, c: Classification, date: DateMention | undefined, segment: Segment, triggers: TriggerMatch[]): boolean {
  if (!date || !c.speech || c.category !== 'statement' || date.value.precision !== 'day' || date.start < c.trigger.end) return false;
  const isEvent = (t: TriggerMatch) => t.entry.kind === 'event' && !t.quoted && !t.modifier;
  // English reports without a break and dates the action after it: "Blinken
  // says a U.S. convoy came under fire on Monday" tells of Monday's attack.
  if (!hasHan(c.trigger.text) && !OPENS_EN.test(text.slice(c.trigger.end, date.start))) {
    return triggers.some((t) => isEvent(t) && t.start >= c.trigger.end && t.end <= date.start && date.start - t.end <= 30 && !/[;:,]/.test(text.slice(c.trigger.end, date.start)));
  }
  if (!opensWhatWasSaid(text, c.trigger, date.start)) return false;
  if (triggers.some((t) => isEvent(t) && t.start >= date.end && t.end <= segment.head.end && !/[，,。；;]/.test(text.slice(date.end, t.start)))) return true;
  // 三防指揮部公布，洩洪於翌日凌晨0時15分開始: the deed named right before its own past day, in the clause the
  // saying opened (nothing but 於/在 and the like between), is what was reported. Not a day ahead (会谈将于15日举行).
  return !date.value.future && triggers.some((t) => isEvent(t) && t.start > c.trigger.end && t.end <= date.start && date.start - t.end <= 2 && OPENS_ZH.test(text.slice(c.trigger.end, t.start)) && !ZH_BREAK.test(text.slice(t.end, date.start)));
}

/**
 * The dates of the reporting, not of what was said: 政府当晚发表声明，表示草案
 * 会于6月12日恢复二读。翌日… counts 翌日 from 当晚, not from the 12th. Dates
 * after the first verb of saying are what was said, when a date came before it.
 */
export function reportedDates(dates: DateMention[], triggers: TriggerMatch[], said: Set<DateMention>, source?: TriggerMatch, text?: string): DateMention[] {
  // 据珠海市公安局昨晚发布的警情通报，11日19时48分许…: the source's day is when it was published; what it
  // reports is the story, and its day is what 当晚 and 次日 count from next.
  if (source && dates.some((d) => d.start >= source.end)) return dates.filter((d) => d.start >= source.end);
  const verb = triggers.find((t) => t.entry.kind === 'speech');
  // 港铁表示，列车服务今晨起逐步恢复: a date the event found to be in what was said dates no saying, nor what follows.
  if (!verb || !dates.some((d) => d.end <= verb.start)) return said.size ? dates.filter((d) => !said.has(d)) : dates;
  const out: DateMention[] = [];
  // "Harding, who flew … last year, had written on Facebook on Saturday, …": in English a day right after the verb,
  // before any words open, is the saying's own.
  const english = text !== undefined && !hasHan(verb.text);
  for (const d of dates) if (d.end <= verb.start || (english && d.start >= verb.end && !opensWhatWasSaid(text, verb, d.start))) out.push(d);
  return out;
}

/**
 * "The rebate is to be cut by 40% this year, followed by further cuts of 30% in both 2025 and 2026, government
 * spokesman Steffen Hebestreit said": an English saying told after its content (", X said") whose date is a year
 * ahead, in that content: the schedule announced, not the day of the saying. Past days stay the deed's
 * ("farmers had blocked roads by Monday, police said").
 */
export function aheadBeforeSaying(text: string, c: Classification, date: DateMention | undefined): boolean {
  // A year ahead only: a day ahead in what was said ("Biden is expected to sign … before Monday's deadline, X said") is the deed's.
  if (!date || !date.value.future || date.value.precision !== 'year' || !c.speech || c.category !== 'statement' || date.end > c.trigger.start || hasHan(c.trigger.text)) return false;
  const comma = text.lastIndexOf(',', c.trigger.start);
  // The attribution: a comma after the date, then a few words (the speaker) and the verb.
  return comma >= date.end && TRAILING_SPEAKER.test(text.slice(comma + 1, c.trigger.start));
}

const TRAILING_SPEAKER = /^(?:\s+[\w’'.-]+){1,6}\s+$/;
