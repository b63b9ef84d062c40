import { describe, expect, it } from 'vitest';
import { daysBetween, shiftDateExpressions, shiftUrlStamps, urlStamp } from './shiftDates.ts';

const published = new Date(Date.UTC(2022, 0, 11, 21, 9, 32));

describe('shiftDateExpressions', () => {
  it.each([
    // [text, days, expected] — worked out by hand from 2022-01-11 publication.
    ['10日表示', 30, '9日表示'], // 2022-01-10 + 30 = 2022-02-09
    ['28日起', 30, '27日起'], // 28 > 11, so 2021-12-28; + 30 = 2022-01-27
    ['1月9日晚', 30, '2月8日晚'],
    ['2022 年 1 月 9 日，', 30, '2022 年 2 月 8 日，'], // spacing kept
    ['2022年1月9日', -10, '2021年12月30日'],
    ['2021年8月', 365, '2022年8月'],
    ['2013年，', 30, '2013年，'], // same publication year: unchanged
    ['2013年，', 365, '2014年，'],
    ['自去年8月起', 400, '自去年8月起'], // relative: moves by itself
    ['至少164人丧生', 30, '至少164人丧生'], // not a date
    ['1月2日至5日', 1, '1月3日至6日'],
  ])('%s moved by %i days reads %s', (text, days, expected) => {
    expect(shiftDateExpressions(text, { published, days })).toBe(expected);
  });
});

describe('URL timestamps', () => {
  it('moves the MMDDYYYY part of an RFA address and keeps the time', () => {
    expect(shiftUrlStamps('https://www.rfa.org/x/cl-01112022133717.html', 30)).toBe('https://www.rfa.org/x/cl-02102022133717.html');
  });
  it('writes an instant as MMDDYYYYhhmmss', () => {
    expect(urlStamp(published)).toBe('01112022210932');
  });
  it('counts calendar days between instants', () => {
    expect(daysBetween(published, new Date(Date.UTC(2022, 1, 10, 1)))).toBe(30);
  });
});
