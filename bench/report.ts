/**
 * Writes BENCHMARKS.md from the results: machine and versions, how to rerun,
 * every target with the measured figure, the peers' figure and the verdict,
 * then one table per part. Text between the notes markers of the existing
 * file (the explanations of misses, written by people) is carried over.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DASH, int, kb, mb, ms, pct, ratio, table } from './lib/format.ts';
import type { Results } from './lib/results.ts';
import { answersInput, evaluateTargets, marginalCosts } from './lib/targets.ts';
import type { OpenResult } from './open.ts';

export type { Results } from './lib/results.ts';

const NOTES_START = '<!-- notes:start -->';
const NOTES_END = '<!-- notes:end -->';
const SUBJECT_LABELS: Record<string, string> = { threadline: 'Threadline', 'vis-timeline': 'vis-timeline', timelinejs: 'TimelineJS', floor: 'floor' };

function keptNotes(file: string): string {
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(NOTES_START);
  const end = text.indexOf(NOTES_END);
  return start >= 0 && end > start ? text.slice(start + NOTES_START.length, end).trim() : '';
}

const when = (part: { date: string; mode: string; load?: { mean: number; max: number } } | undefined) =>
  part
    ? `measured ${part.date.slice(0, 16).replace('T', ' ')} UTC, ${part.mode} run${part.load ? `, load average ${part.load.mean} (peak ${part.load.max})` : ''}`
    : 'not run';

function machineSection(r: Results): string {
  const m = r.machine;
  const rows = [
    ['CPU', `${m.cpu}, ${m.cores} cores`],
    ['RAM', `${m.ramGB} GB`],
    ['OS', `${m.os}, kernel ${m.kernel}`],
    ['load average (1 min)', `${m.loadAverage} at start${r.load ? `, mean ${r.load.mean}, peak ${r.load.max} during the run` : ''}`],
    ...Object.entries(r.versions).map(([name, v]) => [name, v ?? DASH]),
  ];
  return table(['', ''], rows);
}

function extractSection(r: Results): string {
  const part = r.parts.extract;
  if (!part) return '_Not run._';
  const d = part.data;
  const rows = d.rows.map((row) => {
    const med = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : null);
    const inside = med(row.cli.internalMs);
    const wall = med(row.cli.wallMs);
    return [
      int(row.n),
      `${(row.bytes / 1e6).toFixed(2)} MB`,
      int(row.events),
      ms(med(row.cli.wallMs)),
      ms(inside),
      inside === null ? DASH : `${(inside / row.n).toFixed(1)} ms`,
      ms(row.inProcess.coldMs),
      ms(row.inProcess.warmMs),
      wall === null ? DASH : int(row.n / (wall / 1000)),
      wall === null ? DASH : (row.bytes / 1e6 / (wall / 1000)).toFixed(2),
      mb(med(row.cli.maxRssMB)),
      row.error ? `stopped: ${row.error}` : '',
    ];
  });
  const steps = marginalCosts(d.rows)
    .map((m) => `${int(m.from)}→${int(m.to)}: ${m.msPerArticle.toFixed(1)} ms`)
    .join('; ');
  const fit = d.fit
    ? `Least squares of the CLI's own time on N: **${d.fit.msPerArticle.toFixed(2)} ms per article ${d.fit.fixedMs < 0 ? '−' : '+'} ${ms(Math.abs(d.fit.fixedMs))} fixed**, R² = ${d.fit.r2.toFixed(4)} ` +
      '(a straight line through very unequal sizes fits well even when cost is not linear: the next line is the real test). The wall time adds Node start-up and the bundle\'s freshness check on top.'
    : '';
  const firstRun =
    d.firstRunMs === undefined
      ? ''
      : `First run after a source change, which rebuilds the CLI's bundle (no articles): ${ms(d.firstRunMs)} wall.`;
  return [
    `_${when(part)}; every run is a fresh process${d.pinned ? ' pinned to one core (`taskset -c 0`)' : ''}; peak memory from ${d.rssSource}._`,
    '',
    table(
      ['N', 'text', 'events', 'CLI wall', 'inside CLI', 'per article (inside)', 'in-process cold', 'in-process warm', 'articles/s (wall)', 'MB/s (wall)', 'peak RSS', ''],
      rows,
    ),
    '',
    fit,
    '',
    firstRun,
    '',
    steps ? `Cost of one more article between sizes (CLI's own time): ${steps}. Flat means linear.` : '',
  ].join('\n');
}

type Format = (value: number | null) => string;

function openCell(row: OpenResult | undefined, pick: (r: OpenResult) => number | null, format: Format, timeoutMs?: number): string {
  if (!row) return DASH;
  if (row.timedOut) return format === ms ? `> ${ms(timeoutMs ?? null)}` : 'timed out';
  if (row.skipped) return /timeout|within/.test(row.skipped) ? `> ${ms(timeoutMs ?? null)} (skipped)` : 'not run';
  return format(pick(row));
}

function openSection(r: Results): string {
  const part = r.parts.open;
  if (!part) return '_Not run._';
  if (part.skipped) return `_Skipped: ${part.skipped}._`;
  const datasets = [...new Set(part.data.map((x) => x.dataset))];
  const subjects = [...new Set(part.data.map((x) => x.subject))];
  const find = (d: string, s: string) => part.data.find((x) => x.dataset === d && x.subject === s);
  const metric = (title: string, pick: (x: OpenResult) => number | null, format: Format = ms) =>
    [
      `**${title}**`,
      '',
      table(
        ['data set', 'events', ...subjects.map((s) => SUBJECT_LABELS[s] ?? s), ...subjects.filter((s) => s !== 'threadline').map((s) => `Threadline ÷ ${SUBJECT_LABELS[s]}`)],
        datasets.map((d) => [
          d,
          int(part.data.find((x) => x.dataset === d)?.events),
          ...subjects.map((s) => openCell(find(d, s), pick, format, part.timeoutMs)),
          ...subjects
            .filter((s) => s !== 'threadline')
            .map((s) => ratio(find(d, 'threadline') && pick(find(d, 'threadline')!), find(d, s) && !find(d, s)!.skipped ? pick(find(d, s)!) : null, format === ms ? 'faster' : 'smaller')),
        ]),
      ),
    ].join('\n');
  const info = (part.datasets ?? []).map((d) => `${d.name}: ${int(d.events)} events (${d.origin})`).join('; ');
  return [
    `_${when(part)}; median of ${part.runs} openings per cell, subjects alternating within each round; a fresh browser each time; timeout ${ms(part.timeoutMs ?? null)}._`,
    `_Data sets: ${info}._`,
    ...(part.notes?.length ? [`_Notes: ${part.notes.join('; ')}._`] : []),
    '',
    metric('Navigation → first event mark painted', (x) => x.median.firstMarkMs),
    '',
    metric('Navigation → answers input (no long task for 500 ms after the first mark)', (x) => answersInput(x)),
    '',
    metric('Navigation → a click sent when the first mark shows is answered (next paint)', (x) => x.median.clickAnsweredMs),
    '',
    metric('JS heap after load (after a forced GC)', (x) => x.median.heapAfterLoadMB, mb),
  ]
    .join('\n');
}

function zoomSection(r: Results): string {
  const part = r.parts.zoom;
  if (!part) return '_Not run._';
  if (part.skipped) return `_Skipped: ${part.skipped}._`;
  const rows = part.data.map((z) => {
    const s = z.summary;
    const label = SUBJECT_LABELS[z.subject] ?? z.subject;
    if (!s) return [z.dataset, label, z.skipped ?? DASH, DASH, DASH, DASH, DASH, DASH, DASH, DASH, DASH, DASH, DASH];
    return [
      z.dataset,
      label,
      ms(s.busyPerStep ?? null),
      ms(s.busyPerFrame ?? null),
      ms(s.p50),
      ms(s.p95),
      ms(s.worst),
      pct(s.slowShare),
      `${s.longTasks}${s.longestTaskMs ? ` (longest ${ms(s.longestTaskMs)})` : ''}`,
      `${z.zoomSeconds.toFixed(0)} s`,
      mb(z.heapAfterLoadMB),
      mb(z.heapAfterZoomMB),
      ms(z.loadMs),
    ];
  });
  return [
    `_${when(part)}; ${part.segments} segments of ${((part.segmentMs ?? 0) / 1000).toFixed(0)} s per subject, alternating subjects; each segment repeats: 6 wheel steps in, drag 400 px, 6 wheel steps out, drag back (TimelineJS: its zoom buttons, as it has no wheel zoom; the floor: an empty area of its page). Main thread is the renderer main thread's busy time while zooming (CDP TaskDuration: script, style, layout, paint), median over segments, per input step (a wheel notch, a button click or a drag; a slow page plays fewer steps in a segment) and per frame drawn: the work behind the frames, which intervals cannot show below one vsync period. The floor's figure is what taking the input costs the browser on a page that does nothing with it. Frame times are requestAnimationFrame intervals (whole 60 Hz periods); p50/p95 are medians over segments, worst is over all. Load timeout before zooming ${ms(part.loadTimeoutMs ?? null)}._`,
    '',
    table(['data set', 'subject', 'main thread per input step', 'main thread per frame', 'frame p50', 'frame p95', 'worst frame', 'frames > 16.7 ms', 'long tasks', 'zoomed for', 'heap after load', 'heap after zooming', 'loaded in'], rows),
  ].join('\n');
}

function sizeSection(r: Results): string {
  const part = r.parts.size;
  if (!part) return '_Not run._';
  const d = part.data;
  const rows: string[][] = [];
  if (d.threadline) {
    const files = [...d.threadline.files].sort((a, b) => Number(b.initial ?? false) - Number(a.initial ?? false) || b.gzip - a.gzip);
    for (const f of files) rows.push([f.initial ? 'Threadline, first load' : 'Threadline, on demand', f.file, kb(f.bytes), kb(f.gzip)]);
    if (d.threadline.initial !== undefined) rows.push(['**Threadline first load**', 'what index.html loads', DASH, `**${kb(d.threadline.initial)}**`]);
    rows.push(['**Threadline total**', `JS ${kb(d.threadline.js)} + CSS ${kb(d.threadline.css)}`, DASH, `**${kb(d.threadline.total)}**`]);
  } else rows.push(['Threadline', 'not built', DASH, DASH]);
  for (const p of d.peers) {
    for (const f of p.files) rows.push([p.label, f.file.replace('node_modules/', ''), kb(f.bytes), kb(f.gzip)]);
    if (p.files.length > 1) rows.push([`**${p.label} total**`, '', DASH, `**${kb(p.total)}**`]);
  }
  if (d.seedData) rows.push([`seed data (${d.seedData.origin})`, d.seedData.file, kb(d.seedData.bytes), kb(d.seedData.gzip)]);
  return [`_${when(part)}; gzip level 9 (zlib), measured here on the shipped files._`, '', table(['what', 'file', 'raw', 'gzip'], rows)].join('\n');
}

export function renderReport(r: Results, notes: string): string {
  const targets = evaluateTargets(r);
  const partLoads = Object.values(r.parts).map((p) => p?.load?.mean ?? 0);
  const load = Math.max(r.machine.loadAverage, r.load?.mean ?? 0, ...partLoads);
  const busy = load > r.machine.cores / 2;
  return `# Benchmarks

Generated by \`npm run bench\` from \`bench/results/latest.json\` (last written ${r.generated.slice(0, 16).replace('T', ' ')} UTC).
Tables are rewritten on every run; the notes at the end are kept. Nothing here is asserted by a test.
${busy ? `\n> **Measured on a busy machine**: load averages up to ${load} on ${r.machine.cores} cores (each part's figure is in its heading), so every time here is inflated and noisy. Ratios between subjects, measured alternately in the same run, hold up better than absolute times.\n` : ''}
## Targets

${table(['target', 'Threadline', 'peer', 'verdict'], targets.map((t) => [t.target, t.measured, t.peer, t.verdict]))}

## Machine and versions

${machineSection(r)}

## Reproduce

\`\`\`sh
npm run bench                      # everything: about 30-40 min (vis-timeline at 10k alone takes minutes)
npm run bench -- --quick           # fewer sizes, runs and seconds: a few minutes
npm run bench -- --only extract    # or open, zoom, size; comma-separated
npm run bench -- --only open --datasets seed,10k --runs 9
npm run bench:smoke                # tiny N of every part, under a minute, no report (CI)
npx tsx bench/generateCorpus.ts articles 1000 /tmp/corpus    # the extraction corpus
npx tsx bench/generateCorpus.ts events 10000 /tmp/t.json     # a generated timeline
\`\`\`

Everything is generated from a fixed seed, so every machine measures the same articles and events.
Chromium is launched as \`playwright.config.ts\` launches it (headless, same flags), viewport 1280×800;
pages are served by \`bench/lib/server.ts\` from 127.0.0.1 (no compression, no cache) and may not reach the network.

## 1. Extraction

${extractSection(r)}

## 2. Opening the app

${openSection(r)}

## 3. Zoom, pan and memory

${zoomSection(r)}

## 4. Size

${sizeSection(r)}

## Notes

${NOTES_START}
${notes}
${NOTES_END}
`;
}

export function writeReport(results: Results, file: string): void {
  writeFileSync(file, renderReport(results, keptNotes(file)));
}

// `npx tsx bench/report.ts`: rewrite BENCHMARKS.md from bench/results/latest.json without measuring.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeReport(JSON.parse(readFileSync('bench/results/latest.json', 'utf8')) as Results, 'BENCHMARKS.md');
  console.log('BENCHMARKS.md rewritten from bench/results/latest.json');
}
