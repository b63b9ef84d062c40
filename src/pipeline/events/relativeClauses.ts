/**
 * English relative clauses and appositions (", who was seized on October 7,
 * …,"): background about someone named in the main clause. What they date is
 * theirs, not the main clause's. Shared by the dating rules (extractEvents.ts);
 * narrative.ts's RELATIVE_BEFORE asks the same question of the running date.
 */
import type { Span } from './clauses.ts';

// Looking back from a date: the clause opened after a comma or bracket and not yet closed.
const OPENED_BEFORE = /[,(]\s*(?:who|whom|which|whose)\b[^,;()]*$/i;
// Where it closes: the next comma, semicolon or bracket (a date's own comma, "October 7, 2023", is inside the date).
const CLOSER = /[,;)]/g;
const LOOK_BACK = 120;

/**
 * The relative clause holding [start, end), when a main clause goes on after
 * it, or when it ends the sentence told in the past perfect; otherwise undefined.
 */
export function closedRelativeClause(sentence: string, start: number, end: number): Span | undefined {
  const from = Math.max(0, start - LOOK_BACK);
  const opened = OPENED_BEFORE.exec(sentence.slice(from, start));
  if (!opened) return undefined;
  CLOSER.lastIndex = end;
  const closer = CLOSER.exec(sentence);
  if (!closer || !/[A-Za-z]/.test(sentence.slice(closer.index + 1))) {
    // Ending the sentence, the clause may date the main one (", which acted in
    // June 2020"), unless it looks further back: "…, who had been held since December 2023".
    return PAST_PERFECT.test(opened[0]) ? { start: from + opened.index + 1, end: closer?.index ?? sentence.replace(/[\s.!?"”’]+$/, '').length } : undefined;
  }
  return { start: from + opened.index + 1, end: closer.index };
}

const PAST_PERFECT = /\b(?:who|whom|which|whose)\s+(?:\w+\s+)?had\b/i;
