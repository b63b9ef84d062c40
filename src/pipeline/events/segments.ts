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
import type { Head } from './classify.ts';

export interface Segment extends Span {
  /** Carries its sentence, for classification to read around a trigger (see classify.ts). */
  head: Head;
  dates: DateMention[];
}

export function segmentSentence(sentence: string, dates: DateMention[]): Segment[] {
  const english = !HAN.test(sentence);
  const clauses = english && dates.length > 1 ? splitAtAnd(sentence, splitClauses(sentence), dates) : splitClauses(sentence);
  if (!clauses.length) return [];
  const first = clauses[0]!;
  // English puts the date after what it dates ("…has left 164 dead since New
  // Year's Day"): one date, one segment, headed by its main (first) clause,
  // unless the date ends a report of its own joined by ", and" (below).
  if (english && dates.length <= 1) {
    const and = dates.length ? datedAndClause(sentence, clauses, dates[0]!) : -1;
    if (and > 0) {
      const before = clauses.slice(0, and);
      // The report starts after its "and".
      const after = [{ start: clauses[and]!.start + AND_START.exec(sentence.slice(clauses[and]!.start))![0].length, end: clauses[and]!.end }, ...clauses.slice(and + 1)];
      return [
        { start: first.start, end: before.at(-1)!.end, head: headOf(sentence, englishHead(sentence, before, [])), dates: [] },
        { start: after[0]!.start, end: clauses.at(-1)!.end, head: headOf(sentence, englishHead(sentence, after, dates)), dates },
      ];
    }
    return [{ start: first.start, end: clauses.at(-1)!.end, head: headOf(sentence, englishHead(sentence, clauses, dates)), dates }];
  }
  const segments: Segment[] = [];
  let current: Segment = { start: first.start, end: first.end, head: headOf(sentence, first), dates: [] };
  for (const clause of clauses) {
    const inClause = datesIn(dates, clause);
    if (inClause.length && current.dates.length) {
      segments.push(current);
      current = { start: clause.start, end: clause.end, head: headOf(sentence, clause), dates: inClause };
    } else {
      current.end = clause.end;
      if (inClause.length) {
        current.dates = inClause;
        current.head = headOf(sentence, clause);
      }
    }
  }
  segments.push(current);
  return segments;
}

const headOf = (sentence: string, span: Span): Head => ({ start: span.start, end: span.end, sentence });

/**
 * "The United States pauses $700 million in aid, and the African Union
 * suspends Sudan two days later": the one date ends the second report, so
 * the first is not of that date. The index of the clause that opens with
 * "and" and holds the date, when it is not the first; -1 otherwise. Only
 * that clause: "The deal, signed by A and B, and backed by the UN, took
 * effect on Monday" dates the deal as a whole.
 */
function datedAndClause(sentence: string, clauses: Span[], date: DateMention): number {
  // "…164 dead, and nearly 10,000 arrested since New Year's Day": a span covers both.
  if (date.value.end || SCOPE.test(date.text)) return -1;
  for (let i = 1; i < clauses.length; i++) {
    const clause = clauses[i]!;
    if (date.start < clause.start || date.start >= clause.end) continue;
    const opening = sentence.slice(clause.start, clause.start + 16);
    // "…, and 10,000 arrested on Monday": a count with no verb of its own shares the first report's.
    return sentence[clause.start - 2] === ',' && AND_START.test(opening) && !COUNT_AFTER_AND.test(opening) ? i : -1;
  }
  return -1;
}

const AND_START = /^and\s+/i;
const SCOPE = /^(?:since|from|until|till|through|throughout|between|during)\b/i;
const COUNT_AFTER_AND = /^and\s+(?:\d|(?:nearly|almost|about|around|some|more|over|at least|another|dozens|hundreds|thousands)\b)/i;

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
