/**
 * Date rules, checked against a calendar by hand: 2023-09-09 06:00 (a Saturday, on a Hong Kong
 * paper's clock), 2024-08-12 06:30 (a Monday, Beijing).
 */
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../lib/schema.ts';
import { findDates } from './index.ts';

const day = (start: string): DateValue => ({ start, precision: 'day' });

describe('会/會 "will" before a verb of going on, right after a day', () => {
  it.each<[string, string, string, string, boolean]>([
    // 今日 on publication day with 會繼續 ahead: the search resumes later that day.
    ['消防處表示今日會繼續搜索。', '2023-09-09T06:00:00Z', '今日', '2023-09-09', true],
    ['警方说，今天会再次举行记者会。', '2023-09-09T06:00:00Z', '今天', '2023-09-09', true],
    // 会见 and 会议 are no cue.
    ['王毅今天会见了美国大使。', '2023-09-09T06:00:00Z', '今天', '2023-09-09', false],
    ['今天会议结束。', '2023-09-09T06:00:00Z', '今天', '2023-09-09', false],
  ])('%s → %s %s future %s', (sentence, pub, text, start, future) => {
    const [m] = findDates(sentence, { published: new Date(pub), reference: null });
    expect(m?.text).toBe(text);
    expect(m?.value.start).toBe(start);
    expect(m?.value.future === true).toBe(future);
  });
});

describe('a time opening the sentence governs the clause after its comma', () => {
  it.each<[string, DateValue | null, string, string, string, boolean]>([
    // 4年后 with 将 in the clause it opens: four years from publication, ahead (not from the day the story reached).
    ['4年后，第34届夏季奥运会将在美国洛杉矶举行。', day('2024-08-11'), '4年后', '2028', 'publication', true],
    ['两天后，双方将举行会谈。', null, '两天后', '2024-08-14', 'publication', true],
    // With no cue after it, a year after counts from the day named before.
    ['4年后，他再次夺冠。', day('2020-08-01'), '4年后', '2024', 'anchored', false],
    // A cue after a verb of saying in the next clause is what was said: no cue for the opening time.
    ['11日，外交部宣布将举行会谈。', null, '11日', '2024-08-11', 'publication', false],
  ])('%s → %s %s', (sentence, ref, text, start, rule, future) => {
    const [m] = findDates(sentence, { published: new Date('2024-08-12T06:30:00Z'), reference: ref });
    expect(m?.text).toBe(text);
    expect(m?.value.start).toBe(start);
    expect(m?.rule).toBe(rule);
    expect(m?.value.future === true).toBe(future);
  });
});

describe('a quoted "tomorrow" is the speaker\'s next day: it dates nothing when the story has a day', () => {
  it.each<[string, string, DateValue | null, string[]]>([
    // The story has reached Saturday 06-17; published Friday 06-23.
    ['“We are going to attempt a dive tomorrow,” he wrote.', '2023-06-23T11:50:00Z', day('2023-06-17'), []],
    // The story is on publication day (AP's Thursday): the quoted tomorrow is still what was said.
    ['He said he looked forward to “addressing the American people tomorrow.”', '2023-06-01T23:50:00Z', day('2023-06-01'), []],
    // Outside quotation marks, or with no day told, it counts from publication.
    ['He will attempt a dive tomorrow, he wrote.', '2023-06-23T11:50:00Z', day('2023-06-17'), ['2023-06-24']],
    ['“We are going to attempt a dive tomorrow,” he wrote.', '2023-06-23T11:50:00Z', null, ['2023-06-24']],
    // A quoted yesterday on publication day's story still dates the quoted fact.
    ['“She arrived yesterday,” he said.', '2024-08-06T11:00:00Z', day('2024-08-06'), ['2024-08-05']],
  ])('%s', (sentence, pub, ref, starts) => {
    expect(findDates(sentence, { published: new Date(pub), reference: ref }).map((m) => m.value.start)).toEqual(starts);
  });
});

describe('a clause opening on its day right after a clause dated ahead goes on with the plan', () => {
  it.each<[string, string[], boolean[]]>([
    // 9月8日 is the coming one (2024), not the latest before publication (2023).
    ['巴黎残奥会将于本月28日开幕，9月8日闭幕。', ['2024-08-28', '2024-09-08'], [true, true]],
    ['代表团将于15日抵达，17日离开。', ['2024-08-15', '2024-08-17'], [true, true]],
    // Something said or done between: the later day is read on its own.
    ['会议将于15日举行，外交部10日表示欢迎。', ['2024-08-15', '2024-08-10'], [true, false]],
    ['代表团10日抵达，11日离开。', ['2024-08-10', '2024-08-11'], [false, false]],
  ])('%s', (sentence, starts, future) => {
    const found = findDates(sentence, { published: new Date('2024-08-12T06:30:00Z'), reference: null });
    expect(found.map((m) => m.value.start)).toEqual(starts);
    expect(found.map((m) => m.value.future === true)).toEqual(future);
  });
});
