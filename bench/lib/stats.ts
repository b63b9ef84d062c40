/** Order statistics for timings: medians across runs, percentiles of frames. */

/** Linear-interpolated percentile (p in 0..100); NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export const max = (samples: readonly number[]) => (samples.length ? Math.max(...samples) : Number.NaN);

/** Median of the finite values; null when a run produced none (all timed out). */
export function medianOrNull(samples: readonly (number | null)[]): number | null {
  const finite = samples.filter((s): s is number => s !== null && Number.isFinite(s));
  return finite.length ? median(finite) : null;
}

/** Rounds for reports: 3 significant figures are plenty for noisy timings. */
export function round(value: number | null, digits = 1): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Least-squares slope and intercept of y on x, with R², to show linearity. */
export function linearFit(points: readonly { x: number; y: number }[]) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const { x, y } of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  const slope = sxx ? sxy / sxx : 0;
  return { slope, intercept: my - slope * mx, r2: sxx && syy ? (sxy * sxy) / (sxx * syy) : 1 };
}
