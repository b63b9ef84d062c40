/**
 * A sentence can report several events at different dates
 * (…5日宣布进入紧急状态，自上月起爆发…冲突…). A segment runs from a clause that
 * carries a date to the clause before the next one that does; clauses before
 * the first date join the first segment. The clause with the date is the
 * segment's head: the date belongs to what the head says (in Chinese, which
 * dates a clause at its start; see below for English).
 */
import type { DateMention } from '../types.ts';
import { splitClauses, type Span } from './clauses.ts';

export interface Segment extends Span {
  head: Span;
  dates: DateMention[];
}

export function segmentSentence(sentence: string, dates: DateMention[]): Segment[] {
  const english = !HAN.test(sentence);
  const clauses = english && dates.length > 1 ? splitAtAnd(sentence, splitClauses(sentence), dates) : splitClauses(sentence);
  if (!clauses.length) return [];
  const first = clauses[0]!;
  // English puts the date after what it dates ("…has left 164 dead since New
  // Year's Day"): one date, one segment, headed by its main (first) clause.
  if (english && dates.length <= 1) return [{ start: first.start, end: clauses.at(-1)!.end, head: englishHead(sentence, clauses, dates), dates }];
  const segments: Segment[] = [];
  let current: Segment = { start: first.start, end: first.end, head: first, dates: [] };
  for (const clause of clauses) {
    const inClause = datesIn(dates, clause);
    if (inClause.length && current.dates.length) {
      segments.push(current);
      current = { start: clause.start, end: clause.end, head: clause, dates: inClause };
    } else {
      current.end = clause.end;
      if (inClause.length) {
        current.dates = inClause;
        current.head = clause;
      }
    }
  }
  segments.push(current);
  return segments;
}

/** The dates that start inside the clause, in order. A plain loop: it runs for every clause of every sentence. */
function datesIn(dates: DateMention[], clause: Span): DateMention[] {
  const found: DateMention[] = [];
  for (const d of dates) if (d.start >= clause.start && d.start < clause.end) found.push(d);
  return found;
}

const HAN = /[\u3400-\u9fff]/;

/**
 * The clause an English sentence reports: the first with a few words, past a
 * name's apposition ("Hasina, 76, resigned…"), a fronted time ("Earlier
 * Tuesday, leaders said…") or a frame ("In a speech, he said…"), and
 * without what an "as"/"while" clause adds
 * ("…fled on Monday as protesters defied a curfew").
 */
function englishHead(sentence: string, clauses: Span[], dates: DateMention[]): Span {
  const main =
    clauses.find((c) => {
      const words = sentence.slice(c.start, c.end).trim();
      const onlyDate = dates.some((d) => d.start <= c.start && d.end >= c.end);
      return words.split(/\s+/).length >= 3 && !FRAME.test(words) && !onlyDate;
    }) ?? clauses[0]!;
  SUBORDINATE.lastIndex = 0;
  const cut = SUBORDINATE.exec(sentence.slice(main.start, main.end));
  return cut && cut.index > 0 ? { start: main.start, end: main.start + cut.index } : main;
}

// "In another long speech, he claimed…", "According to officials, …": a frame, not the report.
const FRAME = /^(?:in|at|on|during|after|before|with|amid|despite|according to)\s/i;

const SUBORDINATE = /(?<!\b(?:such|known|same|so|just))\s(?:as(?!\s+(?:well|a|an|part|much|many|long|soon|of|if|though)\b)|while|whereas|because)\s/gi;

/**
 * "…cut off the internet on July 18 and imposed a curfew the following day":
 * with several dates, "and" joins two dated reports; never inside a date
 * ("between July 1 and 5").
 */
function splitAtAnd(sentence: string, clauses: Span[], dates: DateMention[]): Span[] {
  const out: Span[] = [];
  for (const clause of clauses) {
    let start = clause.start;
    for (const m of sentence.slice(clause.start, clause.end).matchAll(/\s+and\s+/g)) {
      const at = clause.start + m.index;
      if (dates.some((d) => d.start < at && at < d.end)) continue;
      out.push({ start, end: at });
      start = at + m[0].length;
    }
    out.push({ start, end: clause.end });
  }
  return out;
}
