/**
 * English clauses cut from the subject they share. A clause that starts at its
 * verb ("began late on Friday when…", "also said that…", "is expected to
 * return…") left its subject before an aside: "The mutiny, the gravest
 * challenge to Putin since 1999, began…". A relative clause ("who was
 * convicted…") has its noun just before it. Segmentation keeps such a verb
 * with its subject; titles give a segment that starts there its subject back.
 */
const VERB_FIRST =
  /^\s*(?:(?:also|then|later|still|now|further|again)\s+)?(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|began|begins|said|says|told|tells|met|meets|took|takes|went|came|became|fled|led|left|sent|won|lost|held|saw|made|gave|spoke|faces|faced)\b/;
const RELATIVE_FIRST = /^\s*(?:which|who)\s/;
/* A subject opening its sentence, up to the comma of the aside after it: "The mutiny,", "Yunus,". */
const OPENING_SUBJECT = /^\s*([A-Z][^,;:()“”"]{0,60}?),/;
/* The noun phrase a relative clause hangs on: the words after the last pause before it, if short (a long one would crowd out the deed). */
const ANTECEDENT = /(?:^|[,;:(]\s*)([A-Za-z][^,;:()“”"]{1,50}?),\s*$/;
/* A verb, or a word that opens a fronted phrase: then it is no subject ("In Paris,", "As talks stalled,"). */
const NOT_A_SUBJECT =
  /\b(?:[a-z]+ed|said|says|is|was|are|were|has|had|will|would|began|told)\b|^(?:In|On|At|After|Before|When|While|As|Since|Despite|Amid|During|Following|Asked|Speaking|However|But|And|Meanwhile|Separately|Earlier|Later|Also)\b/;

/** The subject an English segment starting at `start` of `sentence` leaves behind, or null (see VERB_FIRST). */
export function englishSubject(sentence: string, start: number, from = 0): string | null {
  if (start <= from) return null;
  const rest = sentence.slice(start);
  const head = sentence.slice(from, start);
  const found = RELATIVE_FIRST.test(rest) ? ANTECEDENT.exec(head) : VERB_FIRST.test(rest) ? OPENING_SUBJECT.exec(head) : null;
  const subject = found?.[1]?.trim();
  return subject && !NOT_A_SUBJECT.test(subject) ? subject : null;
}

/**
 * Whether the text at `start` is a verb whose subject opens the sentence and
 * only a noun phrase stands between ("The mutiny, the gravest challenge…,
 * began"). A relative clause between ("Blinken, who spoke with Bazoum last
 * week, also said") reports something of its own.
 */
export function verbAfterOpeningSubject(sentence: string, start: number, from = 0): boolean {
  return VERB_FIRST.test(sentence.slice(start)) && englishSubject(sentence, start, from) !== null && !RELATIVE_BETWEEN.test(sentence.slice(from, start));
}

const RELATIVE_BETWEEN = /,\s*(?:who|which|whose|whom)\b/;
