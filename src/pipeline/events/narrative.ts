/**
 * The date a text has established so far, for sentences that give none.
 *
 * News moves day by day: "王毅10日同…通电话。王毅表示…" — the second sentence is
 * still the 10th. Only day dates set this narrative date; a month or a year
 * (去年8月, 2013年) is background and is not carried, except as the heading
 * of a timeline entry ("April 2019 - …"), which dates that entry only. A sentence takes the
 * narrative date when an earlier sentence of its own paragraph set or carried
 * it; at the start of a paragraph, only when the previous paragraph set it,
 * the new paragraph has not dated anything yet, and the sentence's first actor
 * took part in the sentences that carried the date (总统5日… ¶ 总统介绍说…).
 * A sentence that sets someone else against it (美国则担忧…) does not take it.
 * Anything else stays undated rather than guessed.
 *
 * What 当天, 同日, 次日 count from is the day the text named last: the running
 * day, or, after a sentence that names only a day still to come, that day
 * (特朗普将于明年1月20日宣誓就职。万斯将在同日宣誓…: the 20th of January). That
 * day is not carried to undated sentences: what is told next is told now.
 */
import type { DateValue } from '../../lib/schema.ts';
import type { DateMention } from '../types.ts';
import { inObjectModifier, isBackgroundDate } from './segments.ts';
import type { ReferenceDate } from '../dates/index.ts';
import { hasHan } from '../text/han.ts';

export interface Narrative {
  /**
   * The day 当天, 同日, 次日 count from: `running`, or a day ahead named since.
   * For the next sentence only, it brings the year or month the sentence
   * before named without a day (安倍2006年9月首次出任首相。他一年后因病辞职;
   * 特區政府曾於2003年推出…。當年7月1日…): 同年, 当年, 同月, 一年后 count from that.
   */
  date: ReferenceDate | null;
  /** The day the story has reached, carried to sentences that give none. */
  running: DateValue | null;
  /** The sentence that gave the running date, for the reader to check. */
  from: string;
  actors: ReadonlySet<string>;
  /** Index (among text paragraphs) where the date was last set or carried. */
  paragraph: number;
  /** Index of the last paragraph that had any date expression. */
  datedParagraph: number;
  /** Index of the paragraph, when the date was set in a list entry headed by its date ("April 6 - …"). */
  entry: number;
  /**
   * A month the paragraph has moved to since its last day (格罗西上个月还访问了韩国。数十名抗议者…抗议他的到访):
   * what follows in the paragraph took place then, not on the day before. Only carried: 当天 still counts from `date`.
   */
  month: { date: DateValue; from: string; paragraph: number } | null;
}

export const emptyNarrative: Narrative = { date: null, running: null, from: '', actors: new Set(), paragraph: -2, datedParagraph: -2, entry: -2, month: null };

export interface Carried {
  date: DateValue;
  from: string;
}

/**
 * A sentence that sets someone else against what came before (美国则担忧…,
 * 而北约表示…, "Washington, however, …") reports their side, not more of the
 * same day: it takes the date only if its subject took part.
 */
const CONTRAST = /^[^，。,.]{0,12}?(?:(?<![否原规準准总總法细細实實])则|(?<![冷退推忘])却)|^(?:而(?!且)|但|然而|不过|不過|另一方面)|^(?:[^.;]{0,40}?,\s*)?(?:however|meanwhile|by contrast|in contrast|on the other hand),/i;

export const setsAgainst = (sentence: string) => CONTRAST.test(sentence);

export function carriedDate(state: Narrative, paragraph: number, subject: string | undefined, contrast = false): Carried | null {
  if (contrast && (subject === undefined || !state.actors.has(subject))) return null;
  if (state.month?.paragraph === paragraph) return { date: state.month.date, from: state.month.from };
  if (!state.running) return null;
  const sameParagraph = state.paragraph === paragraph;
  // A timeline entry ("April 2019 - …") dates itself only: the next entry has its own heading.
  const followsOn =
    state.entry !== state.paragraph &&
    state.paragraph === paragraph - 1 &&
    state.datedParagraph !== paragraph &&
    subject !== undefined &&
    state.actors.has(subject);
  return sameParagraph || followsOn ? { date: state.running, from: state.from } : null;
}

export interface SentenceFacts {
  paragraph: number;
  quote: string;
  mentions: DateMention[];
  actors: string[];
  carried: boolean;
}

export function advanceNarrative(state: Narrative, s: SentenceFacts): Narrative {
  if (s.mentions.length) {
    const heading = headingDate(s.quote, s.mentions);
    const date = heading?.value ?? runningDate(s.quote, s.mentions);
    if (!date) {
      // 特朗普将于明年1月20日宣誓就职。万斯将在同日…: the day named last is what 同日 counts from.
      const reference = withNamed(aheadDay(s.quote, s.mentions) ?? state.date, namedPeriod(s.quote, s.mentions));
      const month = state.entry === s.paragraph ? undefined : runningMonth(s.quote, s.mentions);
      // The month is carried only within the paragraph: the chain of days continues from where it was.
      if (month) return { ...state, date: reference, actors: new Set([...state.actors, ...s.actors]), datedParagraph: s.paragraph, month: { date: month.value, from: s.quote, paragraph: s.paragraph } };
      return { ...state, date: reference, datedParagraph: s.paragraph, month: null };
    }
    // An entry's later sentences (…the next day, the agency halts…) stay within the entry.
    const entry = heading || state.entry === s.paragraph ? s.paragraph : -2;
    return { date, running: date, from: s.quote, actors: new Set(s.actors), paragraph: s.paragraph, datedParagraph: s.paragraph, entry, month: null };
  }
  // The year or month named lends itself to the next sentence only.
  const date = state.date?.named ? withNamed(state.date, undefined) : state.date;
  // Carrying the paragraph's month does not carry its day on into the next paragraph.
  if (s.carried) return { ...state, date, actors: new Set([...state.actors, ...s.actors]), paragraph: state.month?.paragraph === s.paragraph ? state.paragraph : s.paragraph };
  return date === state.date ? state : { ...state, date };
}

/**
 * The day reference with the year or month a sentence named (or without one):
 * a reference that was only such a period, with no day, leaves none.
 */
function withNamed(day: ReferenceDate | null, named: DateValue | undefined): ReferenceDate | null {
  let plain: DateValue | null = day;
  if (day?.named) {
    const { named: _, ...rest } = day;
    plain = rest.precision === 'day' ? rest : null;
  }
  if (!named) return plain;
  return plain ? { ...plain, named } : { ...named, named };
}

/**
 * The latest year or month a sentence names with no day (安倍2006年9月首次出任首相,
 * 特區政府曾於2003年推出…): not ahead, not a span, not where a span starts (自2003年以来).
 */
function namedPeriod(sentence: string, mentions: DateMention[]): DateValue | undefined {
  let named: DateValue | undefined;
  for (const m of mentions) {
    if (m.value.precision === 'day' || m.value.end || m.value.future || looksBack(sentence, m) || decided(sentence, m)) continue;
    if (SINCE_BEFORE.test(sentence.slice(Math.max(0, m.start - 6), m.start)) || SINCE_AFTER.test(sentence.slice(m.end, m.end + 2))) continue;
    if (!named || m.value.start >= named.start) named = m.value;
  }
  return named;
}

const SINCE_AFTER = /^(?:以来|以來|来|來)/;

/**
 * "April 2019 - The army ousts…", "June 3, 2019 - Security forces…": a
 * timeline entry opens with its date and a dash; that date, whatever its
 * precision, dates the whole entry, whatever other dates its sentences give.
 */
function headingDate(sentence: string, mentions: DateMention[]): DateMention | undefined {
  const first = mentions[0]!;
  if (first.value.future || first.value.end || !ENTRY_DASH.test(sentence.slice(first.end, first.end + 4))) return undefined;
  return /^\s*$/.test(sentence.slice(0, first.start)) ? first : undefined;
}

const ENTRY_DASH = /^\s*[-–—]\s/;

/**
 * The day the sentence's first event happened on; the narrative moves on
 * with later days (她9月13日被捕，…三天后死亡: the 16th; 王毅10日抵达，11日会见…),
 * not back to earlier ones ("postponed on April 6 after a deadline expired
 * on April 1": still the 6th). Nor does a date that only looks back set it:
 * one in an English relative clause ("…, which expired on April 1, …"), or
 * an earlier occasion a speaker recalls (早在2月3日…就已…, 此前，…9月22日…,
 * 我们2月2日已经表明了立场: what is said next is said now). Only a day carries
 * (a month or a year is background), never a span (自9月17日以来: what is
 * told of it need not have happened on its first day).
 */
function runningDate(sentence: string, mentions: DateMention[]): DateValue | undefined {
  let date: DateValue | undefined;
  for (const m of mentions) {
    if (m.value.precision !== 'day' || m.value.future || looksBack(sentence, m) || decided(sentence, m)) continue;
    // 香港特区政府周四起禁止…。李家超当天…: a measure in force from a day starts on that day.
    if (m.value.end && !FROM_DAY.test(m.text)) continue;
    if (!date || m.value.start >= date.start) date = m.value.end ? { start: m.value.start, precision: 'day', ...(m.value.timex ? { timex: m.value.timex } : {}) } : m.value;
  }
  return date;
}

/**
 * The last single day ahead the sentence names (将于明年1月20日), when it names
 * no running day: not a span, nor a day a decision sets (决定于24日开始排放:
 * 前一天 then counts from the meeting), nor a deadline (直至, until).
 */
function aheadDay(sentence: string, mentions: DateMention[]): DateValue | undefined {
  let day: DateValue | undefined;
  for (const m of mentions) {
    if (!m.value.future || m.value.precision !== 'day' || m.value.end || UNTIL.test(m.text) || looksBack(sentence, m) || decided(sentence, m)) continue;
    day = m.value;
  }
  return day;
}

const UNTIL = /^(?:直至|直到|until\b|till\b)/i;

const SINCE_BEFORE = /(?:自|从|從|\bsince|\bfrom)\s*$/i;
// 周四起, 从周四下午开始, "from Thursday": not 自9月17日以来 ("since"), whose events need not fall on its first day.
const FROM_DAY = /^(?:从|從|自)?[^以]*(?:起|开始|開始)$|^from\b/i;

/**
 * A month the sentence's events happened in, when it gives no day
 * (上个月还访问了韩国): the latest, not a span, not ahead, not looked back on.
 */
function runningMonth(sentence: string, mentions: DateMention[]): DateMention | undefined {
  let month: DateMention | undefined;
  for (const m of mentions) {
    if (m.value.precision !== 'month' || m.value.end || m.value.future || looksBack(sentence, m) || decided(sentence, m)) continue;
    // 自前年5月叛军控制北部以来，…: where a span starts is background, as with 以来.
    if (SINCE_BEFORE.test(sentence.slice(Math.max(0, m.start - 6), m.start))) continue;
    if (!month || m.value.start >= month.value.start) month = m;
  }
  return month;
}

/**
 * 正式决定…于24日开始排放, 宣布10月1日起实施: the day a decision sets is what
 * was decided, not a day the story moves to (岸田前一天… counts from the
 * meeting, not from the 24th). Within the clause of the verb only.
 */
function decided(sentence: string, m: DateMention): boolean {
  return m.start > 2 && DECIDED_BEFORE.test(sentence.slice(Math.max(0, m.start - 24), m.start));
}

const DECIDED_BEFORE = /(?:决定|決定|宣布|宣佈|批准|同意|定于|定於|拟于|擬於|下令)[^，。；：,;:]*$/;

const RECALLED_OPENING = /^此前[，,]?[^，。；]{0,12}$/;
const RECALLED_AFTER = /^[^，。；]{0,6}?(?:已经|早已|就已|已)(?:表明|阐明|表态)/;
// Not "where": "began in the United States, where regulators shut SVB on March 10" tells the story on, at a place.
const RELATIVE_BEFORE = /[,;(]\s*(?:which|who|whose|that|when)\b[^,;()]*$/i;

function looksBack(sentence: string, m: DateMention): boolean {
  const before = sentence.slice(Math.max(0, m.start - 60), m.start);
  // "…fell 0.5% on Monday, after climbing to its highest level on Friday": no event took that background day.
  if (!hasHan(sentence)) return m.start > 0 && (RELATIVE_BEFORE.test(before) || isBackgroundDate(sentence, m));
  return (
    (m.start >= 2 && sentence.slice(m.start - 2, m.start) === '早在') ||
    // 同意激活2001年4月17日签署的协议: the signing's day, inside what was agreed, is no day the story reached.
    inObjectModifier(sentence, m) ||
    (m.start <= 16 && RECALLED_OPENING.test(sentence.slice(0, m.start))) ||
    RECALLED_AFTER.test(sentence.slice(m.end, m.end + 16))
  );
}
