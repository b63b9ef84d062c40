import { describe, expect, it } from 'vitest';
import type { Category } from '../../lib/schema.ts';
import { deedClassification } from './classify.ts';
import { triggerEntry, type TriggerMatch } from './lexicon.ts';

const match = (label: string, category: Category, cameo?: string): TriggerMatch => ({
  entry: triggerEntry('event', category, label, 1, { cameo }),
  text: label,
  start: 0,
  end: label.length,
  modifier: false,
  quoted: false,
});

/** What classifySegment built before: categoryOf's object spread, then the trigger. */
function spread(t: TriggerMatch, counted: Category) {
  const categoryOf = counted !== t.entry.category
    ? ('state of emergency' === t.entry.label && t.entry.cameo ? { category: counted, cameo: t.entry.cameo } : { category: counted })
    : { category: t.entry.category, ...(t.entry.cameo ? { cameo: t.entry.cameo } : {}) };
  return { ...categoryOf, trigger: t, speech: false };
}

describe('deedClassification', () => {
  it.each([
    ['its own category, with a CAMEO code', match('arrests', 'unrest', '173'), 'unrest', ['category', 'cameo', 'trigger', 'speech']],
    ['its own category, without one', match('talks', 'diplomacy'), 'diplomacy', ['category', 'trigger', 'speech']],
    ['an empty code is none', match('talks', 'diplomacy', ''), 'diplomacy', ['category', 'trigger', 'speech']],
    ['counted for another category: the code goes', match('arrests', 'unrest', '173'), 'other', ['category', 'trigger', 'speech']],
    ['a state of emergency follows its neighbour and keeps its code', match('state of emergency', 'other', '1711'), 'unrest', ['category', 'cameo', 'trigger', 'speech']],
    ['a state of emergency with no code', match('state of emergency', 'other'), 'military', ['category', 'trigger', 'speech']],
  ] as const)('%s', (_, t, counted, keys) => {
    const built = deedClassification(t, counted);
    expect(built).toEqual(spread(t, counted));
    expect(Object.keys(built)).toEqual(keys);
    expect(built.trigger).toBe(t);
  });
});
