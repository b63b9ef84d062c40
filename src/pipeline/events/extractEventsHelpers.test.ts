import { describe, expect, it } from 'vitest';
import type { TimelineDocument, TimelineEvent } from '../../lib/schema.ts';
import { hasQuestion, paragraphTurns, recountTolls } from './extractEvents.ts';
import { parseTurn } from './turns.ts';

const isPerson = (label: string) => label === '毛宁';
const doc = (paragraphs: [TimelineDocument['paragraphs'][number]['kind'], string][]) =>
  ({ paragraphs: paragraphs.map(([kind, text], i) => ({ id: `p${i}`, kind, text, line: i })) }) as unknown as TimelineDocument;

describe('paragraphTurns and hasQuestion', () => {
  // What extractEvents read with map and some: the turns of text paragraphs only, and whether one asks.
  it.each([
    ['a transcript', [['paragraph', '法新社记者：有何回应？'], ['paragraph', '毛宁：中方已多次表明立场。'], ['caption', '问：图片说明']], true],
    ['answers only', [['paragraph', '毛宁：中方已多次表明立场。'], ['paragraph', '答：我们注意到有关报道。']], false],
    ['a question in a caption is no turn', [['caption', '问：这是什么？'], ['paragraph', '外交部表示…']], false],
    ['no paragraphs', [], false],
  ] as const)('%s', (_, paragraphs, asks) => {
    const d = doc(paragraphs as unknown as [TimelineDocument['paragraphs'][number]['kind'], string][]);
    const turns = paragraphTurns(d, isPerson);
    expect(turns).toEqual(d.paragraphs.map((p) => (p.kind === 'paragraph' ? parseTurn(p.text, isPerson) : null)));
    expect(hasQuestion(turns)).toBe(asks);
    expect(hasQuestion(turns)).toBe(turns.some((t) => t?.kind === 'question'));
  });
});

describe('recountTolls', () => {
  const toll = (category: TimelineEvent['category'], cameo?: string) => ({ category, ...(cameo ? { cameo } : {}) }) as TimelineEvent;
  it.each([
    ['an unrest toll becomes the disaster’s, without its code', [toll('unrest', '145')], [{ category: 'other' }]],
    ['other categories stay as they are', [toll('military', '190'), toll('unrest')], [{ category: 'military', cameo: '190' }, { category: 'other' }]],
    ['no tolls', [], []],
  ] as const)('%s', (_, tolls, expected) => {
    const events = [...tolls] as TimelineEvent[];
    recountTolls(events, 'other');
    expect(events).toEqual(expected);
  });
});
