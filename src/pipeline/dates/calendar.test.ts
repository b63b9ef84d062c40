import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, daysInMonth, isoWeekday, isoWeekLabel, parseIsoPrefix, toYmd } from './calendar.ts';

describe('calendar arithmetic', () => {
  it('counts days exactly as Date.UTC does, 1900–2100', () => {
    for (let day = dayNumber(1900, 1, 1); day <= dayNumber(2100, 12, 31); day += 1) {
      const { y, m, d } = toYmd(day);
      expect(Date.UTC(y, m - 1, d) / 86_400_000).toBe(day);
    }
  });

  it.each([
    [2022, 1, 11, 2],
    [2022, 3, 2, 3],
    [2022, 1, 2, 7],
    [2024, 2, 29, 4],
    [1970, 1, 1, 4],
  ])('%d-%d-%d is ISO weekday %d', (y, m, d, weekday) => {
    expect(isoWeekday(dayNumber(y, m, d))).toBe(weekday);
  });

  it.each([
    [2022, 1, 3, '2022-W01'],
    [2022, 1, 2, '2021-W52'],
    [2021, 1, 3, '2020-W53'],
    [2020, 12, 31, '2020-W53'],
    [2022, 1, 17, '2022-W03'],
  ])('%d-%d-%d lies in ISO week %s', (y, m, d, label) => {
    expect(isoWeekLabel(dayNumber(y, m, d))).toBe(label);
  });

  it('knows month lengths and leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2022, 2), daysInMonth(2000, 2), daysInMonth(2100, 2)]).toEqual([29, 28, 29, 28]);
    expect(addMonths({ y: 2022, m: 1 }, -1)).toEqual({ y: 2021, m: 12 });
    expect(addMonths({ y: 2021, m: 12 }, 14)).toEqual({ y: 2023, m: 2 });
  });

  it('reads TIMEX prefixes back into spans', () => {
    expect(parseIsoPrefix('2021-08')).toEqual({ first: dayNumber(2021, 8, 1), last: dayNumber(2021, 8, 31), precision: 'month' });
    expect(parseIsoPrefix('2022-02-30')).toBeNull();
  });
});
