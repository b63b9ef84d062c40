import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../lib/schema.ts';
import { held, longestQuotation, mergeRestatements } from './restatements.ts';

let n = 0;
function statement(paragraph: number, quote: string, over: Partial<TimelineEvent> = {}): TimelineEvent {
  n++;
  return {
    id: `e${n}`,
    date: { start: '2022-01-11', precision: 'day' },
    category: 'statement',
    title: quote,
    titleEn: 'Ned Price statement',
    actors: ['ned-price'],
    trigger: '说',
    eventType: 'statement',
    subjects: ['ned-price'],
    dateEvidence: { text: null, rule: 'carried' },
    source: { document: 'd1', paragraph: `d1-p${paragraph}`, quote, start: 0, end: quote.length },
    ...over,
  } as TimelineEvent;
}
const paragraphIndex = (id: string) => Number(id.split('-p')[1]);
const merged = (events: TimelineEvent[]) => mergeRestatements(events, paragraphIndex);

const REPORT = '美国务院发言人普莱斯11日表示，美国希望集安组织力量在哈萨克斯坦政府要求时应离开该国。';
const QUOTE = '普莱斯在新闻发布会上说：“在政府要求时，集安组织力量应离开哈萨克斯坦。”';
const OTHER_QUOTE = '普莱斯说：“美国认为哈萨克斯坦有足够的内部资源来解决相关局势问题。”';

describe('mergeRestatements', () => {
  it('folds a quotation of what the paragraph before reported into that report', () => {
    const [report, quote] = [statement(6, REPORT), statement(7, QUOTE)];
    const out = merged([report, quote]);
    expect(out).toHaveLength(1);
    expect(out[0]!.id).toBe(report.id);
    expect(out[0]!.aliases).toEqual([quote.id]);
    expect(out[0]!.otherSources).toEqual([expect.objectContaining({ eventId: quote.id, source: quote.source })]);
  });

  it.each([
    ['another remark of the same speaker', [statement(6, REPORT), statement(7, OTHER_QUOTE)]],
    ['another speaker', [statement(6, REPORT), statement(7, QUOTE, { subjects: ['wang-yi'] })]],
    ['another day', [statement(6, REPORT), statement(7, QUOTE, { date: { start: '2022-01-10', precision: 'day' } })]],
    ['two paragraphs later', [statement(5, REPORT), statement(7, QUOTE)]],
    ['no quotation', [statement(6, REPORT), statement(7, '普莱斯说，集安组织力量应在哈萨克斯坦政府要求时离开。')]],
    ['something done, not said', [statement(6, REPORT, { eventType: 'troops deployed' }), statement(7, QUOTE)]],
  ])('keeps them apart when the second is %s', (_, events) => {
    expect(merged(events)).toHaveLength(2);
  });

  it('works in English, by words', () => {
    const report = statement(3, 'State Department spokesman Ned Price said the United States expects the forces to leave Kazakhstan when its government asks.');
    const quote = statement(4, '“We expect the forces to leave Kazakhstan when the government asks them to,” Price told reporters.');
    const other = statement(4, '“We believe that the government of Kazakhstan has the capacity to address its own challenges,” he said.');
    expect(merged([report, quote])).toHaveLength(1);
    expect(merged([report, other])).toHaveLength(2);
  });
});

describe('longestQuotation', () => {
  it.each([
    [QUOTE, '在政府要求时，集安组织力量应离开哈萨克斯坦。'],
    ['他说：「好」，又说：「我们会尽快离开」', '我们会尽快离开'],
    ['他说“好的”', null],
    ['"We will leave," he said.', null],
    ['"We will leave very soon," he said.', 'We will leave very soon,'],
    [REPORT, null],
  ])('%s → %s', (sentence, expected) => expect(longestQuotation(sentence)).toBe(expected));
});

describe('held', () => {
  it('is high for a quotation of the report and low for another remark', () => {
    expect(held('在政府要求时，集安组织力量应离开哈萨克斯坦。', REPORT)).toBeGreaterThan(0.6);
    expect(held('美国认为哈萨克斯坦有足够的内部资源来解决相关局势问题。', REPORT)).toBeLessThan(0.4);
  });
});
