/**
 * The issue's targets, each checked against the results: what was measured,
 * the peer's figure where there is one, and whether the target is met or by
 * how much it is missed.
 */
import type { OpenResult } from '../open.ts';
import type { ZoomResult } from '../zoom.ts';
import { DASH, int, kb, ms } from './format.ts';
import type { ExtractRow } from '../extract.ts';
import type { Results } from './results.ts';

export interface TargetRow {
  target: string;
  measured: string;
  peer: string;
  verdict: string;
}

const missedBy = (value: number, limit: number, unit: (v: number) => string) =>
  value <= limit ? 'met' : `missed by ${unit(value - limit)} (${(value / limit).toFixed(1)}× the target)`;

const notMeasured = (why: string) => `not measured: ${why}`;

/** "Answers input": the page settled (no long task for 500 ms) after the first mark. */
export const answersInput = (row: OpenResult | undefined) => row?.median.interactiveMs ?? null;

function openRow(results: Results, dataset: string, subject: string) {
  return results.parts.open?.data.find((r) => r.dataset === dataset && r.subject === subject);
}
function zoomRow(results: Results, dataset: string, subject: string): ZoomResult | undefined {
  return results.parts.zoom?.data.find((r) => r.dataset === dataset && r.subject === subject);
}

/** A peer's time, or "> timeout" when it never got there. */
function peerTime(row: OpenResult | undefined, timeoutMs: number | undefined): { text: string; value: number | null; lowerBound: boolean } {
  if (!row) return { text: DASH, value: null, lowerBound: false };
  if (row.timedOut || (row.skipped && /timeout/.test(row.skipped)))
    return { text: `> ${ms(timeoutMs ?? null)} (timed out)`, value: timeoutMs ?? null, lowerBound: true };
  if (row.skipped) return { text: `not run (${row.skipped})`, value: null, lowerBound: false };
  return { text: ms(row.median.firstMarkMs), value: row.median.firstMarkMs, lowerBound: false };
}

function openTarget(results: Results, dataset: string, label: string, limitMs: number): TargetRow {
  const ours = openRow(results, dataset, 'threadline');
  const vis = peerTime(openRow(results, dataset, 'vis-timeline'), results.parts.open?.timeoutMs);
  const first = ours?.median.firstMarkMs ?? null;
  const ready = answersInput(ours);
  if (first === null) return { target: label, measured: DASH, peer: `vis-timeline ${vis.text}`, verdict: notMeasured(ours?.skipped ?? 'no Threadline run') };
  const worst = Math.max(first, ready ?? first);
  return {
    target: label,
    measured: `first mark ${ms(first)}; answers input ${ms(ready)}`,
    peer: `vis-timeline first mark ${vis.text}`,
    verdict: missedBy(worst, limitMs, ms),
  };
}

export function evaluateTargets(results: Results): TargetRow[] {
  const rows: TargetRow[] = [];
  const extract = results.parts.extract?.data;
  const at1k = extract?.rows.find((r) => r.n === 1000);
  const mid = (xs: number[] | undefined) => (xs?.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : null);
  const wall1k = mid(at1k?.cli.wallMs);
  rows.push({
    target: 'Extraction: 1,000 seed-sized articles in < 5 s on one core',
    measured: wall1k === null ? DASH : `${ms(wall1k)} (CLI wall, 1 core); ${ms(mid(at1k?.cli.internalMs))} inside the CLI; ${ms(at1k?.inProcess.warmMs)} warm in-process`,
    peer: DASH,
    verdict: wall1k === null ? notMeasured(at1k?.error ?? extract?.error ?? 'extraction not run') : missedBy(wall1k, 5000, ms),
  });
  const steps = extract ? marginalCosts(extract.rows) : [];
  const last = steps[steps.length - 1];
  const before = steps[steps.length - 2];
  const growth = last && before ? last.msPerArticle / before.msPerArticle : null;
  rows.push({
    target: 'Extraction cost grows linearly with N',
    measured: steps.length
      ? `each extra article costs ${steps.map((m) => `${m.msPerArticle.toFixed(1)} ms (${int(m.from)}→${int(m.to)})`).join(', ')}`
      : DASH,
    peer: DASH,
    verdict:
      growth === null
        ? notMeasured('fewer than three sizes measured')
        : growth <= 1.5
          ? 'met (the cost of one more article stays flat)'
          : `missed: one more article costs ${growth.toFixed(1)}× as much at ${int(last!.to)} as at ${int(before!.to)} (superlinear)`,
  });
  rows.push(openTarget(results, 'seed', 'Open the seed: < 300 ms to first mark and to answering input', 300));
  rows.push(openTarget(results, '10k', 'Open 10k events: < 1 s', 1000));
  rows.push(openTarget(results, '100k', 'Open 100k events (aggregated when zoomed out): usable in < 3 s', 3000));

  const ours10k = zoomRow(results, '10k', 'threadline');
  const vis10k = zoomRow(results, '10k', 'vis-timeline');
  const p95 = ours10k?.summary?.p95 ?? null;
  rows.push({
    target: 'Zoom/pan at 10k: p95 frame ≤ 16.7 ms (one 60 Hz frame)',
    measured: ms(p95),
    peer: `vis-timeline ${vis10k?.summary ? ms(vis10k.summary.p95) : (vis10k?.skipped ?? DASH)}`,
    // rAF intervals come in whole vsync periods: 16.7 ms plus timer jitter is one frame.
    verdict: p95 === null ? notMeasured(ours10k?.skipped ?? 'no Threadline zoom run') : missedBy(p95, 1000 / 60 + 0.5, ms),
  });
  const longest = ours10k?.summary ? (ours10k.summary.longestTaskMs ?? 0) : null;
  rows.push({
    target: 'Zoom/pan at 10k: no long task over 50 ms',
    measured: longest === null ? DASH : `${ours10k!.summary!.longTasks} long tasks, longest ${ms(longest)}`,
    peer: `vis-timeline ${vis10k?.summary ? `${vis10k.summary.longTasks}, longest ${ms(vis10k.summary.longestTaskMs)}` : DASH}`,
    verdict: longest === null ? notMeasured('no Threadline zoom run') : longest <= 50 ? 'met' : `missed: longest ${ms(longest)}`,
  });

  const ours10kOpen = openRow(results, '10k', 'threadline')?.median.firstMarkMs ?? null;
  const visOpen = peerTime(openRow(results, '10k', 'vis-timeline'), results.parts.open?.timeoutMs);
  rows.push({
    target: '≥ 5× faster than vis-timeline at 10k: first render',
    measured: ms(ours10kOpen),
    peer: `vis-timeline ${visOpen.text}`,
    verdict:
      ours10kOpen === null || visOpen.value === null
        ? notMeasured('one side missing')
        : speedup(visOpen.value / ours10kOpen, visOpen.lowerBound),
  });
  rows.push(zoomWorkTarget(ours10k, vis10k, zoomRow(results, '10k', 'floor')));

  const size = results.parts.size?.data;
  rows.push({
    target: 'App JS + CSS < 60 KB gzipped',
    measured: size?.threadline
      ? `${kb(size.threadline.total)} with every chunk${size.threadline.initial !== undefined ? `; ${kb(size.threadline.initial)} on first load` : ''}`
      : DASH,
    peer: size ? size.peers.map((p) => `${p.id} ${kb(p.total)}`).join('; ') : DASH,
    verdict: size?.threadline ? missedBy(size.threadline.total, 60 * 1024, kb) : notMeasured('no build'),
  });
  rows.push({
    target: "Seed's data file < 20 KB gzipped",
    measured: size?.seedData ? `${kb(size.seedData.gzip)} (${size.seedData.origin})` : DASH,
    peer: DASH,
    verdict: size?.seedData ? missedBy(size.seedData.gzip, 20 * 1024, kb) : notMeasured('no seed data'),
  });
  return rows;
}

/**
 * Frame intervals are whole vsync periods, so a page that keeps up shows 16.7 ms however little
 * it works: the speed of a zoom frame is the main-thread work behind it. Part of that work is the
 * browser taking the input itself, which the floor (the same input on an empty page, in the same
 * run) measures; each subject's own work is what it spends per input step above that floor.
 */
export function zoomWorkTarget(ours: ZoomResult | undefined, vis: ZoomResult | undefined, floor: ZoomResult | undefined): TargetRow {
  const perStep = (z: ZoomResult | undefined) => z?.summary?.busyPerStep ?? null;
  const [o, v, f] = [perStep(ours), perStep(vis), perStep(floor)];
  const perFrame = (z: ZoomResult | undefined) => `${ms(z?.summary?.busyPerFrame ?? null)} per frame`;
  const own = (x: number | null) => (x === null || f === null ? null : x - f);
  const described = (z: ZoomResult | undefined, x: number | null) =>
    z?.summary ? `${ms(own(x))} per input step above the floor (${ms(x)} in all; ${perFrame(z)})` : (z?.skipped ?? DASH);
  const target = '≥ 5× faster than vis-timeline at 10k: zoom frames (main-thread work per input step, above the floor of the input itself)';
  const row = { target, measured: described(ours, o), peer: `vis-timeline ${described(vis, v)}; floor ${ms(f)}` };
  const [ownOurs, ownVis] = [own(o), own(v)];
  if (ownOurs === null || ownVis === null) return { ...row, verdict: notMeasured(f === null ? 'no floor run' : 'one side missing') };
  if (ownOurs <= 0) return { ...row, verdict: 'not measurable: no work above the floor' };
  const raw = o! > 0 ? ` (${(v! / o!).toFixed(1)}× counting the floor)` : '';
  const rounds = roundRatios(ours!, vis!, floor!);
  const spread = rounds.length > 1 ? `; by round ${rounds.map((x) => (x === null ? DASH : `${x.toFixed(1)}×`)).join(', ')}` : '';
  return { ...row, verdict: `${speedup(ownVis / ownOurs, false)}${raw}${spread}` };
}

/**
 * The same ratio in each round of segments (segment k of every subject runs one after the other), so
 * a reader sees how far the rounds agree: the median alone hides a peer whose cost swings between
 * segments. null where our segment did no work above the floor's.
 */
function roundRatios(ours: ZoomResult, vis: ZoomResult, floor: ZoomResult): (number | null)[] {
  return ours.segments.map((s, k) => {
    const [o, v, f] = [s.busyPerStep, vis.segments[k]?.busyPerStep, floor.segments[k]?.busyPerStep];
    if (o === null || v == null || f == null || o - f <= 0) return null;
    return (v - f) / (o - f);
  });
}

function speedup(times: number, lowerBound: boolean): string {
  const text = `${lowerBound ? '> ' : ''}${times.toFixed(1)}×`;
  return times >= 5 ? `met (${text} faster)` : `missed: ${text} (needs 5×)`;
}

/** Extra time per extra article between consecutive sizes, from the CLI's own time: flat when cost is linear. */
export function marginalCosts(rows: ExtractRow[]): { from: number; to: number; msPerArticle: number }[] {
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const measured = rows.filter((r) => r.cli.internalMs.length).map((r) => ({ n: r.n, ms: mid(r.cli.internalMs) }));
  return measured.slice(1).map((r, i) => ({ from: measured[i]!.n, to: r.n, msPerArticle: (r.ms - measured[i]!.ms) / (r.n - measured[i]!.n) }));
}
