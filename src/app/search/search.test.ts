import { describe, expect, it } from 'vitest';
import type { Actor, TimelineEvent } from '../../lib/schema.ts';
import { actorKey, matches, normalise, queryTerms, searchKey } from './search.ts';

const lavrov: Actor = {
  id: 'lavrov',
  name: 'Sergey Lavrov',
  names: { 'zh-Hans': '拉夫罗夫', 'zh-Hant': '拉夫羅夫', en: 'Sergey Lavrov' },
  aliases: ['Lavrov'],
  kind: 'person',
  roles: [{ zh: '外长', en: 'Foreign Minister' }],
};
const event: TimelineEvent = {
  id: 'abcdef1234',
  date: { start: '2022-01-10', precision: 'day' },
  category: 'diplomacy',
  title: '两国外长通电话',
  titleEn: 'Phone call between ministers',
  actors: ['lavrov', 'nobody'],
  dateEvidence: { text: '10日', rule: 'publication' },
  source: { document: 'd', paragraph: 'p', quote: '双方就局势交换意见。', start: 0, end: 10 },
};
const key = searchKey(event, (id) => (id === 'lavrov' ? actorKey(lavrov) : ''));
const found = (q: string) => matches(key, queryTerms(q));

describe('search', () => {
  it.each([
    ['lavrov', true],
    ['LAVROV', true],
    ['Lavróv', true],
    ['ＬＡＶＲＯＶ', true],
    ['拉夫罗夫', true],
    ['拉夫羅夫', true],
    ['foreign minister', true],
    ['phone ministers', true],
    ['交换意见', true],
    ['通电话', true],
    ['lavrov putin', false],
    ['wang', false],
  ])('%j finds the event: %s', (q, expected) => {
    expect(found(q)).toBe(expected);
  });

  it('does not match across two fields', () => {
    // "Lavrov" ends one field and "拉夫" begins the next.
    expect(found('lavrov拉夫')).toBe(false);
  });

  it('treats a blank query as matching everything', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(found('')).toBe(true);
  });

  it('folds full-width spaces', () => {
    expect(normalise('王毅\u3000拉夫罗夫')).toBe('王毅 拉夫罗夫');
  });
});
