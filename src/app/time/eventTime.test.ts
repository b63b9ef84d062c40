import { describe, expect, it } from 'vitest';
import { dateSpan, formatInstant, parseInstant, prefixSpan } from './eventTime.ts';

const ms = (iso: string) => Date.parse(iso);

describe('prefixSpan', () => {
  it.each([
    ['2022-01-10', '2022-01-10T00:00Z', '2022-01-11T00:00Z'],
    ['2021-08', '2021-08-01T00:00Z', '2021-09-01T00:00Z'],
    ['2013', '2013-01-01T00:00Z', '2014-01-01T00:00Z'],
    ['2021-12-31', '2021-12-31T00:00Z', '2022-01-01T00:00Z'],
    ['2024-02', '2024-02-01T00:00Z', '2024-03-01T00:00Z'],
  ])('%s covers its whole day, month or year', (value, start, end) => {
    expect(prefixSpan(value)).toEqual([ms(start), ms(end)]);
  });

  it('keeps years before 100 as written', () => {
    expect(new Date(prefixSpan('0050')![0]).getUTCFullYear()).toBe(50);
  });

  it.each(['', '22-01-01', '2022-13', '2022-02-30', '2022-1-5', 'abcd', '2022-01-10T00:00'])('rejects %j', (value) => {
    expect(prefixSpan(value)).toBeNull();
  });
});

describe('dateSpan', () => {
  it('runs a range to the end of its last day', () => {
    expect(dateSpan({ start: '2022-01-01', end: '2022-01-10', precision: 'day' })).toEqual([
      ms('2022-01-01T00:00Z'),
      ms('2022-01-11T00:00Z'),
    ]);
  });
  it('ignores an end before the start', () => {
    expect(dateSpan({ start: '2022-01-10', end: '2022-01-01', precision: 'day' })).toEqual([
      ms('2022-01-10T00:00Z'),
      ms('2022-01-11T00:00Z'),
    ]);
  });
  it('is null for undated and unreadable dates', () => {
    expect(dateSpan(null)).toBeNull();
    expect(dateSpan({ start: 'soon', precision: 'day' })).toBeNull();
  });
});

describe('formatInstant / parseInstant', () => {
  it.each([
    ['2022-01-10T00:00Z', '2022-01-10'],
    ['2022-01-10T06:30Z', '2022-01-10T06:30Z'],
  ])('%s is written %s and read back', (iso, text) => {
    expect(formatInstant(ms(iso))).toBe(text);
    expect(parseInstant(text)).toBe(ms(iso));
  });
  it.each([['2022', '2022-01-01T00:00Z'], ['2022-03', '2022-03-01T00:00Z'], ['2022-03-04T05:06:07', '2022-03-04T05:06:07Z']])(
    'reads the prefix %s',
    (text, iso) => {
      expect(parseInstant(text)).toBe(ms(iso));
    },
  );
  it.each(['', 'yesterday', '2022-01-10T25:00Z', '2022-01-10 06:30', '1e9', '2022-01-10T06:30+08:00'])(
    'rejects %j',
    (text) => {
      expect(parseInstant(text)).toBeNull();
    },
  );
});
