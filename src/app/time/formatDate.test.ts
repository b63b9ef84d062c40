import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../lib/schema.ts';
import { formatDayRange, formatEventDate, formatPublished, formatSpan } from './formatDate.ts';

const day = (start: string, extra: Partial<DateValue> = {}): DateValue => ({ start, precision: 'day', ...extra });
const ms = (iso: string) => Date.parse(iso);

describe('formatEventDate', () => {
  it.each<[DateValue, string, string]>([
    [day('2022-01-10'), '10 Jan 2022', '2022年1月10日'],
    [{ start: '2021-08', precision: 'month' }, 'Aug 2021', '2021年8月'],
    [{ start: '2013', precision: 'year' }, '2013', '2013年'],
    [day('2022-01-01', { end: '2022-01-10' }), '1–10 Jan 2022', '2022年1月1日至10日'],
    [day('2022-01-28', { end: '2022-02-03' }), '28 Jan – 3 Feb 2022', '2022年1月28日至2月3日'],
    [day('2021-12-28', { end: '2022-01-03' }), '28 Dec 2021 – 3 Jan 2022', '2021年12月28日至2022年1月3日'],
    [{ start: '2021-08', end: '2021-10', precision: 'month' }, 'Aug 2021 – Oct 2021', '2021年8月至2021年10月'],
    [{ start: '2021-08', precision: 'month', mod: 'START' }, 'early Aug 2021', '2021年8月初'],
    [{ start: '2022', precision: 'year', mod: 'APPROX' }, 'about 2022', '约2022年'],
    [day('2022-01-19', { future: true }), '19 Jan 2022 (expected)', '2022年1月19日（预计）'],
  ])('%j reads %s / %s', (date, en, zh) => {
    expect(formatEventDate(date, 'en')).toBe(en);
    expect(formatEventDate(date, 'zh')).toBe(zh);
  });

  it('never shows more precision than the value has', () => {
    expect(formatEventDate({ start: '2021-08', precision: 'day' }, 'en')).toBe('Aug 2021');
    expect(formatEventDate({ start: '2021-08-05', precision: 'month' }, 'en')).toBe('Aug 2021');
  });

  it('is null for undated or unreadable dates', () => {
    expect(formatEventDate(null, 'en')).toBeNull();
    expect(formatEventDate({ start: 'someday', precision: 'day' }, 'en')).toBeNull();
  });
});

describe('formatDayRange', () => {
  it('writes a one-month range with one month name', () => {
    expect(formatDayRange(ms('2022-01-01'), ms('2022-01-10'), 'en')).toBe('1–10 Jan 2022');
  });
});

describe('formatPublished', () => {
  it('shows the instant in UTC', () => {
    expect(formatPublished('2022-01-11T21:09:32.000Z', 'en')).toBe('11 Jan 2022, 21:09 UTC');
    expect(formatPublished('2022-01-11T21:09:32.000Z', 'zh')).toBe('2022年1月11日 21:09 UTC');
  });
  it('is null without a usable instant', () => {
    expect(formatPublished(null, 'en')).toBeNull();
    expect(formatPublished('not a date', 'en')).toBeNull();
  });
});

describe('formatSpan', () => {
  it.each([
    ['2022-01-10', '2022-01-11', '10 Jan 2022'],
    ['2022-01-09', '2022-01-11', '9–10 Jan 2022'],
    ['2022-01-10T06:00Z', '2022-01-10T12:00Z', '10 Jan 2022 06:00–12:00'],
    ['2021-08-01', '2021-09-01', 'Aug 2021'],
    ['2021-07-01', '2021-09-01', 'Jul 2021 – Aug 2021'],
    ['2013-01-01', '2014-01-01', '2013'],
    ['2010-01-01', '2015-01-01', '2010–2014'],
  ])('%s to %s is %s', (a, b, text) => {
    expect(formatSpan(ms(a), ms(b), 'en')).toBe(text);
  });
});
