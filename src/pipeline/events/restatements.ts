/**
 * One statement told twice in one article: reported, then in the speaker's
 * own words, a paragraph later at most.
 *   外交部发言人5日表示，希望维和部队在该国政府要求时撤出。
 *   发言人在记者会上说：“在政府要求时，维和部队应当撤出。”
 * The timeline shows it once: the report leads, the quotation becomes a
 * further source of it, and its id an alias, so a link to it still works.
 *
 * Only a quotation whose words are mostly in the earlier report counts: the
 * same speaker often says several things in one briefing, each its own event.
 */
import type { TimelineEvent } from '../../lib/schema.ts';
import { bigramProfile, containment } from './bigrams.ts';
import { combine } from './merge.ts';
import { hasHan } from '../text/han.ts';

const QUOTATION = /“([^”]+)”|「([^」]+)」|"([^"]+)"/g;
/** How much of the quotation the report must hold. */
const HELD = 0.6;

/** Events of one article, in reading order, with each restatement folded into the report before it. */
export function mergeRestatements(events: TimelineEvent[], paragraphIndex: (id: string) => number): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const event of events) {
    const report = restates(event, out, paragraphIndex);
    if (report === undefined) {
      out.push(event);
      continue;
    }
    out[out.indexOf(report)] = combine([report, event]);
  }
  return out;
}

/** The earlier report that `event` quotes, if it is a restatement of one. */
function restates(event: TimelineEvent, earlier: TimelineEvent[], paragraphIndex: (id: string) => number): TimelineEvent | undefined {
  if (event.eventType !== 'statement' || !event.subjects?.length) return undefined;
  const quoted = longestQuotation(event.source.quote);
  if (quoted === null) return undefined;
  const paragraph = paragraphIndex(event.source.paragraph);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const report = earlier[i]!;
    const gap = paragraph - paragraphIndex(report.source.paragraph);
    if (gap > 1) break;
    if (
      report.eventType === 'statement' &&
      report.subjects?.some((id) => event.subjects!.includes(id)) &&
      sameDate(report, event) &&
      held(quoted, report.source.quote) >= HELD
    ) {
      return report;
    }
  }
  return undefined;
}

/** The longest quotation in a sentence, when long enough to compare: 6 characters of Chinese, 4 words of English. */
export function longestQuotation(sentence: string): string | null {
  let longest = '';
  for (const m of sentence.matchAll(QUOTATION)) {
    const text = m[1] ?? m[2] ?? m[3]!;
    if (text.length > longest.length) longest = text;
  }
  const enough = hasHan(longest) ? longest.length >= 6 : words(longest).length >= 4;
  return enough ? longest : null;
}

/**
 * How much of the quotation the report holds: its character pairs in
 * Chinese, where words are not spaced; its words in English, where shared
 * pairs (th, an, on…) say little.
 */
export function held(quotation: string, report: string): number {
  if (hasHan(quotation)) return containment(bigramProfile(quotation), bigramProfile(report));
  const said = words(quotation);
  const known = new Set(words(report));
  return said.length ? said.filter((w) => known.has(w)).length / said.length : 0;
}

/** English words of four letters or more: "said", "that", "will" and longer, lower case. */
const words = (text: string) => text.toLowerCase().match(/[a-z]{4,}/g) ?? [];

function sameDate(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.date === null || b.date === null) return a.date === b.date;
  return a.date.start === b.date.start && a.date.end === b.date.end && a.date.precision === b.date.precision;
}
