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

/**
 * Every relative clause of an English sentence, for classification to tell
 * what the main clause reports from what a clause says of someone in it:
 * ", which Prigozhin has said has 25,000 fighters," and a restrictive "that"
 * after a noun ("a balloon that a U.S. fighter jet shot down"). Each runs to
 * the next comma, semicolon or bracket, or to the end of the sentence.
 * Not "said that…", "the warning that…": what follows is what was said.
 */
export function relativeClauses(sentence: string): Span[] {
  // Asked for every segment and every event of a sentence: the last answer is kept (callers only read it).
  if (sentence === last.sentence) return last.spans;
  last.sentence = sentence;
  last.spans = findRelativeClauses(sentence);
  return last.spans;
}

const last: { sentence: string | undefined; spans: Span[] } = { sentence: undefined, spans: [] };
const NONE: Span[] = [];

function findRelativeClauses(sentence: string): Span[] {
  // Most sentences are Chinese: one character says so before the pattern reads the whole sentence.
  if (sentence.charCodeAt(0) >= 0x2e80 || !RELATIVE_GATE.test(sentence)) return NONE;
  const out: Span[] = [];
  RELATIVE_OPENING.lastIndex = 0;
  for (const m of sentence.matchAll(RELATIVE_OPENING)) {
    if (m[2] && (CONTENT_NOUN.test(m[2]) || /(?:ed|ly)$/.test(m[2]))) continue;
    const start = m.index + m[0].lastIndexOf((m[3] ?? m[4])!);
    if (out.length && start < out.at(-1)!.end) continue;
    CLAUSE_END.lastIndex = start;
    const closer = CLAUSE_END.exec(sentence);
    out.push({ start, end: closer ? closer.index : sentence.replace(/[\s.!?"”’]+$/, '').length });
  }
  return out;
}

// Not the comma of 25,000.
const CLAUSE_END = /[;)]|,(?=\s)/g;
const RELATIVE_GATE = /\s(?:which|who|whom|whose|that)\s/i;
// ", which", "(who": a non-restrictive clause; "balloon that": a lower-case noun and "that" with a clause after it.
const RELATIVE_OPENING = /(?:([,(])\s*|\b([a-z]+)\s+)(?:(which|who|whom|whose)\b|(that)\s+(?=(?:a|an|the|one|some|he|she|it|they|we|officials?|has|had|was|were|is|are|will|would|could|\w+ed|[A-Z])\b))/g;
// Nouns and verbs that "that" follows with what was said or meant, not a relative clause.
const CONTENT_NOUN =
  /^(?:say|says|said|think|thinks|believe|believes|know|knows|show|shows|mean|means|ensure|ensures|hope|hopes|fear|fears|suggest|suggests|insist|insists|warn|warns|told|found|thought|knew|so|such|now|given|except|warning|claim|claims|statement|report|reports|fact|news|assurance|promise|threat|belief|view|idea|sign|signs|evidence|concern|concerns|confirm|confirms|announce|announces|argue|argues|deny|denies|added|noted|clear|likely|possible|sure|aware|yesterday|today|tonight|week|month|year|morning|afternoon|evening|night|earlier|later)$/;
