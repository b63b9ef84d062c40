import { DAY, HOUR } from '../time/eventTime.ts';

/**
 * Calendar bins for grouping events when zoomed out. The boundaries are
 * d3-time's (`utcHour.every(n)`, `utcDay.every(n)` restarting each month,
 * `utcMonth.every(n)`, `utcYear.every(n)`), but computed with arithmetic:
 * d3's filtered intervals step back a day at a time to find a boundary,
 * which at 10,000 events per zoom frame cost more than the frame.
 */
export interface BinInterval {
  readonly unit: 'hour' | 'day' | 'month' | 'year';
  readonly step: number;
  /** The shortest a bin of this interval can be, in ms (February for months). */
  readonly minMs: number;
  /** Bins no longer than a day: events are grouped by their own day instead. */
  readonly withinDay: boolean;
}

const bin = (unit: BinInterval['unit'], step: number, minMs: number): BinInterval => ({
  unit,
  step,
  minMs,
  withinDay: unit === 'hour' || (unit === 'day' && step === 1),
});

// Day multiples restart each month, so their shortest bin (the month's last
// day or days) is what is checked against the pixel budget.
const LADDER: BinInterval[] = [
  bin('hour', 1, HOUR),
  bin('hour', 3, 3 * HOUR),
  bin('hour', 6, 6 * HOUR),
  bin('hour', 12, 12 * HOUR),
  bin('day', 1, DAY),
  bin('day', 2, DAY),
  bin('day', 5, 3 * DAY),
  bin('day', 10, 8 * DAY),
  bin('month', 1, 28 * DAY),
  bin('month', 3, 89 * DAY),
  bin('month', 6, 181 * DAY),
  bin('year', 1, 365 * DAY),
  bin('year', 2, 730 * DAY),
  bin('year', 5, 1826 * DAY),
  bin('year', 10, 3652 * DAY),
  bin('year', 25, 9131 * DAY),
  bin('year', 50, 18262 * DAY),
  bin('year', 100, 36524 * DAY),
];

/** The finest interval whose every bin is at least `minPx` wide at `msPerPx`. */
export function binIntervalFor(msPerPx: number, minPx: number): BinInterval {
  const need = msPerPx * minPx;
  return LADDER.find((b) => b.minMs >= need) ?? LADDER[LADDER.length - 1]!;
}

function utc(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, month, day));
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

/** Start of the bin holding `t`. */
export function binStart(b: BinInterval, t: number): number {
  if (b.unit === 'hour') return Math.floor(t / (b.step * HOUR)) * b.step * HOUR;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (b.unit === 'day') {
    const day = d.getUTCDate();
    return utc(y, m, day - ((day - 1) % b.step));
  }
  if (b.unit === 'month') return utc(y, m - (m % b.step), 1);
  return utc(y - (((y % b.step) + b.step) % b.step), 0, 1);
}

/** [start, end) of the bin holding `t`. */
export function binOf(b: BinInterval, t: number): [number, number] {
  const start = binStart(b, t);
  if (b.unit === 'hour') return [start, start + b.step * HOUR];
  const d = new Date(start);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (b.unit === 'day') {
    const nextMonth = utc(y, m + 1, 1);
    return [start, Math.min(start + b.step * DAY, nextMonth)];
  }
  if (b.unit === 'month') return [start, utc(y, m + b.step, 1)];
  return [start, utc(y + b.step, 0, 1)];
}
