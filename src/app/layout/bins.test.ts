import { utcDay, utcHour, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../time/eventTime.ts';
import { binIntervalFor, binOf } from './bins.ts';

const ms = (iso: string) => Date.parse(iso);

describe('binIntervalFor', () => {
  it.each([
    [HOUR / 100, HOUR], // 100 px an hour: hourly bins
    [DAY / 100, 6 * HOUR], // 100 px a day, 22 px minimum: 5.3 h, so six-hour bins
    [DAY / 22, DAY],
    [DAY / 10, 3 * DAY],
    [(365 * DAY) / 1000, 28 * DAY], // a year over 1000 px: months
    [(10 * 365 * DAY) / 1000, 89 * DAY], // 80 days needed: quarters
  ])('at %d ms a pixel bins are at least %d ms', (msPerPx, minMs) => {
    const b = binIntervalFor(msPerPx, 22);
    expect(b.minMs).toBe(minMs);
    expect(b.minMs / msPerPx).toBeGreaterThanOrEqual(22);
  });
  it('caps at a century', () => {
    expect(binIntervalFor(1e15, 22).minMs).toBeGreaterThan(36000 * DAY);
  });
});

describe('binOf agrees with d3-time', () => {
  const d3: Record<string, CountableTimeInterval> = { hour: utcHour, day: utcDay, month: utcMonth, year: utcYear };
  const instants = ['2022-01-10T15:20Z', '2022-01-31T23:00Z', '2021-02-28T01:00Z', '2020-02-29T12:00Z', '2013-07-01T00:00Z', '1999-12-31T23:59Z'];
  const ladder = [HOUR / 50, HOUR / 10, DAY / 80, DAY / 40, DAY / 22, DAY / 15, DAY / 6, DAY / 3, DAY, 4 * DAY, 8 * DAY, 16 * DAY, 30 * DAY, 80 * DAY, 150 * DAY, 400 * DAY];
  for (const msPerPx of ladder) {
    const b = binIntervalFor(msPerPx, 22);
    it.each(instants)(`${b.step} ${b.unit}: %s`, (iso) => {
      const i = b.step === 1 ? d3[b.unit]! : d3[b.unit]!.every(b.step)!;
      const start = +i.floor(new Date(ms(iso)));
      // A bin ends at the interval's next boundary (day multiples restart each month).
      expect(binOf(b, ms(iso))).toEqual([start, +i.ceil(new Date(start + 1))]);
    });
  }
});
