import { describe, expect, it } from 'vitest';
import { dateFromUrl } from './index.ts';

describe('dateFromUrl', () => {
  it.each([
    ['https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/cl-01112022133717.html', '2022-01-11', '01112022133717'],
    ['https://www.rfa.org/mandarin/Xinwen/5-01092022154926.html', '2022-01-09', '01092022154926'],
    ['https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/cl-010720220928327.html', '2022-01-07', '010720220928327'],
    ['https://www.rfa.org/mandarin/Xinwen/10-01082022170344.html', '2022-01-08', '01082022170344'],
    ['http://www.news.cn/world/2022-01/06/c_1128236512.htm', '2022-01-06', '/2022-01/06'],
    // People's Daily and China News Service.
    ['http://politics.people.com.cn/n1/2022/0324/c1001-32383756.html', '2022-03-24', '/2022/0324'],
    ['https://www.chinanews.com.cn/sh/2022/03-27/9712563.shtml', '2022-03-27', '/2022/03-27'],
    ['https://www.rfa.org/mandarin/Xinwen/cl-02292020101010.html', '2020-02-29', '02292020101010'],
    ['https://example.com/world/2022/01/10/kazakhstan-unrest', '2022-01-10', '/2022/01/10'],
    ['https://example.com/news/20220110/123.html', '2022-01-10', '20220110'],
    ['https://example.com/a/2022-01-10-kazakhstan', '2022-01-10', '2022-01-10'],
    // CNA: YYYYMMDD + a serial of 2–6 digits
    ['https://www.cna.com.tw/news/aipl/202208030047.aspx', '2022-08-03', '202208030047'],
    ['https://www.cna.com.tw/news/firstnews/202208050012.aspx', '2022-08-05', '202208050012'],
    ['https://example.com/news/2022080301/', '2022-08-03', '2022080301'],
    // Yonhap: letters, YYYYMMDD and a 6–9 digit serial as the last segment
    ['https://en.yna.co.kr/view/AEN20221117001651325', '2022-11-17', '20221117001651325'],
    ['https://en.yna.co.kr/view/AEN20221103004253325?section=nk/index', '2022-11-03', '20221103004253325'],
    ['https://www.yna.co.kr/view/AKR20221118034551504', '2022-11-18', '20221118034551504'],
    // The Guardian: the month by name between year and day
    ['https://www.theguardian.com/world/2022/feb/24/russia-launches-full-scale-invasion', '2022-02-24', '/2022/feb/24'],
    ['https://www.theguardian.com/politics/2022/feb/22/uk-sanctions-five-russian-banks', '2022-02-22', '/2022/feb/22'],
    ['https://www.theguardian.com/world/2020/Dec/3/story', '2020-12-03', '/2020/Dec/3'],
    ['https://example.com/2021/sept/09/story', '2021-09-09', '/2021/sept/09'],
    ['https://example.com/2021/september/9', '2021-09-09', '/2021/september/9'],
    ['https://www.theguardian.com/world/2024/feb/29/leap-day', '2024-02-29', '/2024/feb/29'],
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
    // a long numeric id without letters, a serial too long or not at the end, no valid day after the letters
    'https://example.com/item/2022111700165132512',
    'https://example.com/v/AEN2022111700165132512345',
    'https://example.com/v/AEN20221117001651325/photos',
    'https://example.com/p/X20221317001651325',
    'https://example.com/p/AB19771117001651325',
    // a word that is no month, or a day the month does not have
    'https://example.com/2022/mayor/12/story',
    'https://example.com/2022/marc/12/story',
    'https://example.com/2022/top/10/story',
    'https://www.theguardian.com/world/2022/feb/30/story',
    'https://www.theguardian.com/world/2023/feb/29/story',
    'https://www.theguardian.com/world/2022/apr/31/story',
    'https://www.theguardian.com/world/2022/feb/0/story',
    'not a url',
  ])('%s → null', (url) => {
    expect(dateFromUrl(url)).toBeNull();
  });
});
