/** For tests: classification as extractEvents runs it, on one sentence or on a paragraph's sentences in turn. */
import { classifySegment, lastDisaster } from './classify.ts';
import { findFigures } from './figures.ts';
import { findTriggers } from './lexicon.ts';
import { segmentSentence } from './segments.ts';

/** A sentence classified as one segment headed by its first clause: its category, trigger word and whether it is a saying. */
export function classifySentence(sentence: string) {
  const [segment] = segmentSentence(sentence, []);
  const result = classifySegment(findTriggers(sentence), findFigures(sentence), { ...segment!.head, sentence });
  return result && { category: result.category, trigger: result.trigger.text, speech: result.speech };
}

/** Each sentence's category, the paragraph's disaster so far carried from one to the next. */
export function classifyParagraph(sentences: string[]) {
  let disaster: ReturnType<typeof lastDisaster>;
  return sentences.map((sentence) => {
    const triggers = findTriggers(sentence);
    const [segment] = segmentSentence(sentence, []);
    const c = classifySegment(triggers, findFigures(sentence), segment!.head, undefined, disaster);
    disaster = lastDisaster(triggers, disaster);
    return c?.category;
  });
}

/** Every trigger found in the sentence, as "its text: its entry's label". */
export const triggerLabels = (sentence: string) => findTriggers(sentence).map((t) => `${t.text}: ${t.entry.label}`);
