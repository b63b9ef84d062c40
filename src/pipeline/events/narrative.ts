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
 */
import type { DateValue } from '../../lib/schema.ts';
import type { DateMention } from '../types.ts';

export interface Narrative {
  date: DateValue | null;
  /** The sentence that gave the date, for the reader to check. */
  from: string;
  actors: ReadonlySet<string>;
  /** Index (among text paragraphs) where the date was last set or carried. */
  paragraph: number;
  /** Index of the last paragraph that had any date expression. */
  datedParagraph: number;
  /** Index of the paragraph, when the date was set in a list entry headed by its date ("April 6 - …"). */
  entry: number;
}

export const emptyNarrative: Narrative = { date: null, from: '', actors: new Set(), paragraph: -2, datedParagraph: -2, entry: -2 };

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
  if (!state.date) return null;
  if (contrast && (subject === undefined || !state.actors.has(subject))) return null;
  const sameParagraph = state.paragraph === paragraph;
  // A timeline entry ("April 2019 - …") dates itself only: the next entry has its own heading.
  const followsOn =
    state.entry !== state.paragraph &&
    state.paragraph === paragraph - 1 &&
    state.datedParagraph !== paragraph &&
    subject !== undefined &&
    state.actors.has(subject);
  return sameParagraph || followsOn ? { date: state.date, from: state.from } : null;
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
    const date = heading ?? runningDate(s.quote, s.mentions);
    if (!date) return { ...state, datedParagraph: s.paragraph };
    // An entry's later sentences (…the next day, the agency halts…) stay within the entry.
    const entry = heading || state.entry === s.paragraph ? s.paragraph : -2;
    return { date: date.value, from: s.quote, actors: new Set(s.actors), paragraph: s.paragraph, datedParagraph: s.paragraph, entry };
  }
  if (s.carried) return { ...state, actors: new Set([...state.actors, ...s.actors]), paragraph: s.paragraph };
  return state;
}

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
function runningDate(sentence: string, mentions: DateMention[]): DateMention | undefined {
  let date: DateMention | undefined;
  for (const m of mentions) {
    if (m.value.precision !== 'day' || m.value.end || m.value.future || looksBack(sentence, m)) continue;
    if (!date || m.value.start >= date.value.start) date = m;
  }
  return date;
}

const RECALLED_OPENING = /^此前[，,]?[^，。；]{0,12}$/;
const RECALLED_AFTER = /^[^，。；]{0,6}?(?:已经|早已|就已|已)(?:表明|阐明|表态)/;
const RELATIVE_BEFORE = /[,;(]\s*(?:which|who|whose|that|when|where)\b[^,;()]*$/i;
const HAN = /[\u3400-\u9fff]/;

function looksBack(sentence: string, m: DateMention): boolean {
  const before = sentence.slice(Math.max(0, m.start - 60), m.start);
  if (!HAN.test(sentence)) return m.start > 0 && RELATIVE_BEFORE.test(before);
  return (
    (m.start >= 2 && sentence.slice(m.start - 2, m.start) === '早在') ||
    (m.start <= 16 && RECALLED_OPENING.test(sentence.slice(0, m.start))) ||
    RECALLED_AFTER.test(sentence.slice(m.end, m.end + 16))
  );
}
