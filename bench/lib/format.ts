/** Number formatting for the benchmark report. */

export const DASH = '—';

export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  return `${value.toFixed(1)} ms`;
}

export const mb = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) ? DASH : `${value.toFixed(1)} MB`;

export const kb = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? DASH : `${(bytes / 1024).toFixed(1)} KB`;

export const int = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) ? DASH : Math.round(value).toLocaleString('en-US');

export const pct = (share: number | null | undefined) =>
  share === null || share === undefined ? DASH : `${(share * 100).toFixed(0)}%`;

const OPPOSITE: Record<string, string> = { faster: 'slower', smaller: 'larger' };

/** Ours ÷ theirs, and how many times better or worse that is. */
export function ratio(ours: number | null | undefined, theirs: number | null | undefined, better = 'faster'): string {
  if (!ours || !theirs) return DASH;
  const r = ours / theirs;
  return r <= 1 ? `${r.toFixed(2)} (${(1 / r).toFixed(1)}× ${better})` : `${r.toFixed(2)} (${r.toFixed(1)}× ${OPPOSITE[better] ?? 'worse'})`;
}

/** A markdown table; cells are escaped for pipes. */
export function table(head: string[], rows: string[][]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}
