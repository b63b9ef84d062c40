import { describe, expect, it } from 'vitest';
import { articleClock, outletTimeZone, wallClock } from './outletTime.ts';
import { extractCorpus } from './extract.ts';

describe('outletTimeZone', () => {
  it.each([
    ['https://news.mingpao.com/pns/%e6%b8%af%e8%81%9e/article/20240320/s00002/1710872780000/', 'Asia/Hong_Kong'],
    ['https://www.cna.com.tw/news/aipl/202404030001.aspx', 'Asia/Taipei'],
    ['https://www.theguardian.com/world/2023/oct/07/israel-gaza', 'Europe/London'],
    ['https://apnews.com/article/silicon-valley-bank', 'America/New_York'],
    // Wires and services that write across continents count in UTC.
    ['https://www.reuters.com/world/europe/crocus-2024-03-24/', null],
    ['https://www.voachinese.com/a/x/7241058.html', null],
    // Not the site itself: a name that only ends like it.
    ['https://notmingpao.com/a', null],
    ['not a url', null],
    [null, null],
  ])('%s → %s', (url, zone) => expect(outletTimeZone(url)).toBe(zone));
});

describe('wallClock', () => {
  it.each([
    // A Hong Kong morning paper filed at 06:00 local is on the next day there.
    ['2024-03-19T22:00:00Z', 'Asia/Hong_Kong', '2024-03-20T06:00:00.000Z'],
    // New York in summer time (UTC-4) and in winter (UTC-5).
    ['2023-08-26T01:00:00Z', 'America/New_York', '2023-08-25T21:00:00.000Z'],
    ['2022-01-11T21:09:00Z', 'America/New_York', '2022-01-11T16:09:00.000Z'],
  ])('%s in %s reads %s', (instant, zone, local) => expect(wallClock(new Date(instant), zone).toISOString()).toBe(local));
});

describe('articleClock', () => {
  it('is the publication itself where the outlet is unknown, and null without one', () => {
    const published = new Date('2024-03-19T22:00:00Z');
    expect(articleClock(published, 'https://example.org/a')).toBe(published);
    expect(articleClock(null, 'https://news.mingpao.com/a')).toBeNull();
  });
});

describe('relative days count from the outlet’s day', () => {
  const article = (url: string) =>
    extractCorpus([{ name: 'a.txt', bytes: Buffer.from(`<!--${Date.parse('2024-03-19T22:00:00Z')}-->\n[Test](${url})\n------\n<p>警方昨日拘捕三名男子。</p>`) }]);

  it.each([
    // Filed at 06:00 on the 20th in Hong Kong: its 昨日 is the 19th.
    ['https://news.mingpao.com/pns/article/20240320/s00002/1/', '2024-03-19'],
    // An outlet whose clock is unknown counts from the UTC day, the 19th.
    ['https://example.org/a.html', '2024-03-18'],
  ])('%s: 昨日 is %s', (url, day) => expect(article(url).events[0]!.date?.start).toBe(day));
});
