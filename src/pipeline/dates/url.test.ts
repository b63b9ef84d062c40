import { describe, expect, it } from 'vitest';
import { dateFromUrl } from './index.ts';

describe('dateFromUrl', () => {
  it.each([
    ['https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/cl-01112022133717.html', '2022-01-11', '01112022133717'],
    ['https://www.rfa.org/mandarin/Xinwen/5-01092022154926.html', '2022-01-09', '01092022154926'],
    ['https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/cl-010720220928327.html', '2022-01-07', '010720220928327'],
    ['https://www.rfa.org/mandarin/Xinwen/10-01082022170344.html', '2022-01-08', '01082022170344'],
    ['http://www.news.cn/world/2022-01/06/c_1128236512.htm', '2022-01-06', '/2022-01/06'],
    ['https://www.rfa.org/mandarin/Xinwen/cl-02292020101010.html', '2020-02-29', '02292020101010'],
    ['https://example.com/world/2022/01/10/kazakhstan-unrest', '2022-01-10', '/2022/01/10'],
    ['https://example.com/news/20220110/123.html', '2022-01-10', '20220110'],
    ['https://example.com/a/2022-01-10-kazakhstan', '2022-01-10', '2022-01-10'],
    // CNA: YYYYMMDD + a serial of 2–6 digits
    ['https://www.cna.com.tw/news/aipl/202208030047.aspx', '2022-08-03', '202208030047'],
    ['https://www.cna.com.tw/news/firstnews/202208050012.aspx', '2022-08-05', '202208050012'],
    ['https://example.com/news/2022080301/', '2022-08-03', '2022080301'],
  ])('%s → %s', (url, start, text) => {
    expect(dateFromUrl(url)).toEqual({ value: { start, precision: 'day', timex: start }, text });
  });

  it('gives month precision for a year and month path', () => {
    expect(dateFromUrl('https://example.com/2021/08/taliban.html')?.value).toEqual({
      start: '2021-08',
      precision: 'month',
      timex: '2021-08',
    });
  });

  it.each([
    'https://www.rfa.org/mandarin/Xinwen/cl-13112022133717.html',
    'https://www.rfa.org/mandarin/Xinwen/cl-02292022101010.html',
    'http://www.news.cn/world/2022-13/06/c_1128236512.htm',
    'https://example.com/about',
    'https://20220110.example.com/story',
    // a serial whose first eight digits are no valid day, or too long to be date + serial
    'https://www.cna.com.tw/news/aipl/202213450047.aspx',
    'https://www.cna.com.tw/news/aipl/123456789012.aspx',
    'https://www.cna.com.tw/news/aipl/2022080300471234.aspx',
    'https://example.com/img/202208030047.jpg',
    'https://example.com/news/188808030047.aspx',
    'not a url',
  ])('%s → null', (url) => {
    expect(dateFromUrl(url)).toBeNull();
  });
});
