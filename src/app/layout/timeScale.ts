import type { Span } from '../data/types.ts';

/** A linear map from time (ms) to pixels and back. */
export interface TimeScale {
  (t: number): number;
  invert(x: number): number;
  readonly domain: Span;
  readonly range: readonly [number, number];
}

/**
 * d3-scale's scaleUtc would do, but it brings d3-format and d3-time-format
 * (about 6 KB gzip) for tick formats we do with Intl instead; ticks come from
 * d3-time's utcTicks, the function scaleUtc itself calls.
 */
export function timeScale(domain: Span, range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 > d0 ? (r1 - r0) / (d1 - d0) : 0;
  const scale = ((t: number) => r0 + (t - d0) * k) as TimeScale;
  return Object.assign(scale, {
    invert: (x: number) => (k ? d0 + (x - r0) / k : d0),
    domain,
    range,
  });
}
