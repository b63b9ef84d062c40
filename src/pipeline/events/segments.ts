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
  const clauses = splitClauses(sentence);
  if (!clauses.length) return [];
  const first = clauses[0]!;
  // English puts the date after what it dates ("…has left 164 dead since New
  // Year's Day"): one date, one segment, headed by its main (first) clause.
  if (!HAN.test(sentence) && dates.length <= 1) return [{ start: first.start, end: clauses.at(-1)!.end, head: first, dates }];
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
