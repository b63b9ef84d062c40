import { utcDay, utcMonth, utcTicks, utcYear, type TimeInterval } from 'd3-time';
import type { Span } from '../data/types.ts';
import type { Lang } from '../i18n/messages.ts';
import { DAY } from '../time/eventTime.ts';
import { formatter } from '../time/formatDate.ts';
import { timeScale } from './timeScale.ts';

export interface Tick {
  readonly t: number;
  readonly x: number;
  readonly label: string;
}

export interface AxisModel {
  readonly ticks: Tick[];
  /** The larger unit the ticks sit in (the month for day ticks…), labelled once at each start. */
  readonly context: Tick[];
}

type Level = { tick: 'hour' | 'day' | 'monthOnly' | 'year'; context: 'full' | 'month' | 'year' | null; unit: TimeInterval | null };

function levelFor(step: number): Level {
  if (step < DAY) return { tick: 'hour', context: 'full', unit: utcDay };
  if (step < 28 * DAY) return { tick: 'day', context: 'month', unit: utcMonth };
  if (step < 365 * DAY) return { tick: 'monthOnly', context: 'year', unit: utcYear };
  return { tick: 'year', context: null, unit: null };
}

/**
 * Ticks from d3's multi-scale UTC ticks (what scaleUtc.ticks uses), labelled with Intl in the UI
 * language (d3-time-format only speaks English), and a context row naming the
 * month, year or day the ticks belong to, including the one already under way
 * at the left edge.
 */
export function axisModel(window: Span, width: number, lang: Lang, spacing = 90): AxisModel {
  if (!(width > 0) || !(window[1] > window[0])) return { ticks: [], context: [] };
  const scale = timeScale(window, [0, width]);
  const dates = utcTicks(new Date(window[0]), new Date(window[1]), Math.max(2, Math.floor(width / spacing)));
  const step = dates.length > 1 ? +dates[1]! - +dates[0]! : window[1] - window[0];
  const level = levelFor(step);
  const tickFmt = formatter(lang, level.tick);
  const ticks = dates.map((d) => ({ t: +d, x: scale(+d), label: tickFmt.format(d) }));
  if (!level.unit || !level.context) return { ticks, context: [] };
  const ctxFmt = formatter(lang, level.context);
  const starts = level.unit.range(new Date(window[0]), new Date(window[1])).map((d) => ({ t: +d, x: scale(+d), label: ctxFmt.format(d) }));
  const first = level.unit.floor(new Date(window[0]));
  const minGap = 110;
  if (+first < window[0] && (starts.length === 0 || starts[0]!.x > minGap)) {
    starts.unshift({ t: +first, x: 0, label: ctxFmt.format(first) });
  }
  return { ticks, context: starts };
}
