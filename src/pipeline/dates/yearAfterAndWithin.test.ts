/**
 * Date rules, checked against a calendar by hand: 2022-03-03 06:00 (a Thursday, on a Hong Kong paper's
 * clock), 2024-07-31 10:00 (a Wednesday, Paris).
 */
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../lib/schema.ts';
import type { ReferenceDate } from './index.ts';
import { findDates } from './index.ts';

const HK = new Date('2022-03-03T06:00:00Z');
const PARIS = new Date('2024-07-31T10:00:00Z');
const year = (start: string): DateValue => ({ start, precision: 'year' });

describe('超前 "ahead" takes no bare day: a name ending in 超 before 前日, 前天', () => {
  it.each<[string, string | null, string | null]>([
    ['政務司司長李家超前日上午到場接收設施。', '前日', '2022-03-01'],
    ['陈超前天抵达北京。', '前天', '2022-03-01'],
    ['青衣社區隔離設施前日啟用。', '前日', '2022-03-01'],
    // 超前 closing a word before 天数 stays no date; 前日本首相 is "former Japanese PM".
    ['他超前天数完成任务。', null, null],
    ['前日本首相安倍晋三遇刺。', null, null],
  ])('%s → %s %s', (sentence, text, start) => {
    const [m] = findDates(sentence, { published: HK, reference: null });
    expect(m?.text ?? null).toBe(text);
    expect(m?.value.start ?? null).toBe(start);
    if (m) expect(m.rule).toBe('publication');
  });
});

describe('次年, 翌年: the year after the one the text gave, never counted from publication', () => {
  const named = (y: string): ReferenceDate => ({ ...year(y), named: year(y) });
  it.each<[string, ReferenceDate | null, string | null, string | null]>([
    ['次年1月，时任国会主席瓜伊多宣布自任“临时总统”。', named('2018'), '次年1月', '2019-01'],
    ['翌年，他当选总统。', named('2006'), '翌年', '2007'],
    // A day of the story brings its year too (she was arrested in 2021-09; the next year …).
    ['次年3月，她获释。', { start: '2021-09-13', precision: 'day' }, '次年3月', '2022-03'],
    // With no year given before, nothing to count from: left undated rather than next year.
    ['次年1月，他宣布自任临时总统。', null, null, null],
    // 次 "times" before 年会, 年度: no date.
    ['这是他首次年会发言。', named('2018'), null, null],
    ['本次年度会议在北京举行。', named('2018'), null, null],
  ])('%s → %s %s', (sentence, reference, text, start) => {
    const [m] = findDates(sentence, { published: PARIS, reference });
    expect(m?.text ?? null).toBe(text);
    expect(m?.value.start ?? null).toBe(start);
    if (m) expect(m.rule).toBe('anchored');
  });
});

describe('内 "within" after a month, year or week belongs to the date; told ahead, the current one lies ahead', () => {
  it.each<[string, string, string, boolean]>([
    ['有報道指，全民強檢將於本月內展開。', '本月內', '2022-03', true],
    ['政府將於今年內推出計劃。', '今年內', '2022', true],
    ['網上平台將於本周內啟用。', '本周內', '2022-02-28', true],
    ['全港市民須於3月內接受三次強制核酸檢測。', '3月內', '2022-03', false],
    // No cue: what was done so far this month is no future.
    ['本月推行的全民強制檢測會考慮本港實際情況。', '本月', '2022-03', false],
    ['全民強檢將於本月展開。', '本月', '2022-03', true],
    // 内地 (the mainland) after 今年 is no "within".
    ['今年內地經濟增長放緩。', '今年', '2022', false],
  ])('%s → %s %s future %s', (sentence, text, start, future) => {
    const [m] = findDates(sentence, { published: HK, reference: null });
    expect(m?.text).toBe(text);
    expect(m?.value.start).toBe(start);
    expect(m?.value.future === true).toBe(future);
  });

  it('leaves a month already over, or a part of the month, as it was', () => {
    const [past] = findDates('上月內已有多人染疫。', { published: HK, reference: null });
    expect(past?.value).toMatchObject({ start: '2022-02', precision: 'month' });
    expect(past?.value.future).toBeUndefined();
    const [end] = findDates('全民強檢將於本月底展開。', { published: HK, reference: null });
    expect(end?.value.mod).toBe('END');
  });
});
