/**
 * The date a text has established so far, for sentences that give none.
 *
 * News moves day by day: "王毅10日同…通电话。王毅表示…" — the second sentence is
 * still the 10th. Only day dates set this narrative date; a month or a year
 * (去年8月, 2013年) is background and is not carried. A sentence takes the
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
}

export const emptyNarrative: Narrative = { date: null, from: '', actors: new Set(), paragraph: -2, datedParagraph: -2 };

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
  const followsOn =
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
    const day = s.mentions.filter((m) => m.value.precision === 'day' && !m.value.end && !m.value.future).at(-1);
    if (!day) return { ...state, datedParagraph: s.paragraph };
    return { date: day.value, from: s.quote, actors: new Set(s.actors), paragraph: s.paragraph, datedParagraph: s.paragraph };
  }
  if (s.carried) return { ...state, actors: new Set([...state.actors, ...s.actors]), paragraph: s.paragraph };
  return state;
}
