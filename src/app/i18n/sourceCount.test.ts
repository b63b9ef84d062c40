import { describe, expect, it } from 'vitest';
import type { OtherSource, TimelineEvent } from '../../lib/schema.ts';
import type { PreparedEvent } from '../data/types.ts';
import { markLabel, sourceCount, sourcesNote } from './sourceCount.ts';

let documents = 1;
const from = (document: string) => ({ eventId: 'x', source: { document } }) as OtherSource;
/** Another article's report. */
const other = () => from(`d${++documents}`);
/** The event's own article again: a passage quoting what it reported. */
const restatement = from('d1');
const ev = (others?: OtherSource[]) =>
  ({
    id: 'a',
    event: {
      title: '王毅与拉夫罗夫通电话',
      titleEn: 'Wang Yi – Lavrov phone call',
      date: { start: '2022-01-10', precision: 'day' },
      source: { document: 'd1' },
      otherSources: others,
    } as TimelineEvent,
  }) as unknown as PreparedEvent;

describe('sources of an event', () => {
  it.each([
    [undefined, 1, '', ''],
    [[], 1, '', ''],
    [[other()], 2, '2 sources', '2 个出处'],
    [[other(), other(), other()], 4, '4 sources', '4 个出处'],
    [[restatement], 1, '', ''],
    [[other(), restatement], 2, '2 sources', '2 个出处'],
  ])('%j other sources: %d in all', (others, n, en, zh) => {
    expect(sourceCount(ev(others))).toBe(n);
    expect(sourcesNote(ev(others), 'en')).toBe(en);
    expect(sourcesNote(ev(others), 'zh')).toBe(zh);
  });
  it('names a mark by date and title, and by its sources when there are several', () => {
    expect(markLabel(ev(), 'en')).toBe('10 Jan 2022: Wang Yi – Lavrov phone call');
    expect(markLabel(ev([other(), other()]), 'en')).toBe('10 Jan 2022: Wang Yi – Lavrov phone call · 3 sources');
    expect(markLabel(ev([other()]), 'zh')).toBe('2022年1月10日：王毅与拉夫罗夫通电话 · 2 个出处');
  });
});
