/**
 * A sentence can report several events at different dates
 * (…10日为全国哀悼日，自新年起爆发…动乱…). A segment runs from a clause that
 * carries a date to the clause before the next one that does; clauses before
 * the first date join the first segment. The clause with the date is the
 * segment's head: the date belongs to what the head says.
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
  const segments: Segment[] = [];
  let current: Segment = { ...spanOf(clauses[0]!), head: clauses[0]!, dates: [] };
  for (const clause of clauses) {
    const inClause = dates.filter((d) => d.start >= clause.start && d.start < clause.end);
    if (inClause.length && current.dates.length) {
      segments.push(current);
      current = { ...spanOf(clause), head: clause, dates: inClause };
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

const spanOf = (s: Span): Span => ({ start: s.start, end: s.end });
