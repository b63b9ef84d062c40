/**
 * Date rules, checked against a calendar by hand: 2024-05-29 05:30 (a Wednesday, on a Taipei paper's
 * clock; the week runs Mon 27 May..Sun 2 June), 2023-08-14 (a Monday).
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './index.ts';

const TAIPEI = new Date('2024-05-29T05:30:00Z');
const MON = new Date('2023-08-14T04:00:00Z');

describe('a bare 昨 before a verb or an adverb is yesterday (Taiwan papers)', () => {
  it.each<[string, string | null, string | null]>([
    ['民進黨團總召柯建銘昨表示，藍白修法「絕對違憲」。', '昨', '2024-05-28'],
    ['行政院長卓榮泰昨赴立法院備詢。', '昨', '2024-05-28'],
    ['國民黨團昨也召開記者會。', '昨', '2024-05-28'],
    ['外交部昨發布聲明。', '昨', '2024-05-28'],
    // The compounds stay as they were; 今昨 (today and yesterday) and 昨非 are no bare day.
    ['青鳥行動人潮昨晚再度擠滿濟南路。', '昨晚', '2024-05-28'],
    ['今昨兩天都有人到場。', null, null],
    ['覺今是而昨非。', null, null],
  ])('%s → %s %s', (sentence, text, start) => {
    const [m] = findDates(sentence, { published: TAIPEI, reference: null });
    expect(m?.text ?? null).toBe(text);
    expect(m?.value.start ?? null).toBe(start);
    if (m) expect(m.rule).toBe('publication');
  });
});

describe('今日將… on publication day is still to come; 將 before 依, 拜會 is "will"', () => {
  it.each<[string, string, boolean]>([
    ['卓榮泰今（29）日將依慣例拜會朝野黨團。', '今（29）日', true],
    ['卓榮泰今天將拜會朝野黨團。', '今天', true],
    ['警方今日將依法處理。', '今日', true],
    // A saying today, with a plan in its words, is today's saying; the object marker 將 before a name is no cue.
    ['卓榮泰今（29）日表示，將拜會朝野黨團。', '今（29）日', false],
    ['他今天將拜登的講話翻譯成中文。', '今天', false],
  ])('%s → %s future %s', (sentence, text, future) => {
    const [m] = findDates(sentence, { published: TAIPEI, reference: null });
    expect(m?.text).toBe(text);
    expect(m?.value.start).toBe('2024-05-29');
    expect(m?.value.future === true).toBe(future);
  });
});

describe('a day of month in brackets after a weekday of a named week is one expression with it', () => {
  it.each<[string, Date, string, string, boolean]>([
    ['青鳥行動主辦單位也宣布，本週五（31日）卓榮泰赴立法院施政報告時，將號召民眾再度到立法院外集結。', TAIPEI, '本週五（31日）', '2024-05-31', true],
    ['他本週五（31日）也將赴立法院提出上任後首次施政報告。', TAIPEI, '本週五（31日）', '2024-05-31', true],
    ['上周二（8日），碧桂园确认未能支付美元债票息。', MON, '上周二（8日）', '2023-08-08', false],
    ['上週六（10月29日）晚間發生踩踏事故。', new Date('2022-11-01T04:00:00Z'), '上週六（10月29日）', '2022-10-29', false],
  ])('%s → %s %s', (sentence, published, text, start, future) => {
    const mentions = findDates(sentence, { published, reference: null });
    expect(mentions.map((m) => m.text)).toEqual([text]);
    expect(mentions[0]!.value.start).toBe(start);
    expect(mentions[0]!.value.future === true).toBe(future);
  });

  it('leaves a bare weekday and its bracket as two (the bracket may name another week)', () => {
    expect(findDates('周一（6日）发生地震。', { published: MON, reference: null }).map((m) => m.text)).toEqual(['周一', '6日']);
  });
});

describe('将于本月底前 in a mid-month paper lies ahead; 原定于 is a schedule of the past', () => {
  it.each<[string, Date, string, boolean]>([
    ['碧桂园还将于本月底前公布中期业绩。', MON, '2023-08', true],
    ['全民強檢將於本月底展開。', MON, '2023-08', true],
    // In the month's last days its end is no longer ahead of the paper; told without a cue it is what was done.
    ['碧桂园还将于本月底前公布中期业绩。', new Date('2023-08-25T04:00:00Z'), '2023-08', false],
    ['本月底股价已跌近五成。', MON, '2023-08', false],
  ])('%s (%s) → %s future %s', (sentence, published, start, future) => {
    const [m] = findDates(sentence, { published, reference: null });
    expect(m?.value).toMatchObject({ start, mod: 'END' });
    expect(m?.value.future === true).toBe(future);
  });

  it.each<[string, string, boolean]>([
    ['碧桂园确认未能支付两笔原定于8月6日到期的美元债票息。', '2023-08-06', false],
    ['会议定于8月20日举行。', '2023-08-20', true],
  ])('%s → %s future %s', (sentence, start, future) => {
    const [m] = findDates(sentence, { published: MON, reference: null });
    expect(m?.value.start).toBe(start);
    expect(m?.value.future === true).toBe(future);
  });
});
