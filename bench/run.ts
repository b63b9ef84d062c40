/**
 * `npm run bench [-- --quick | --smoke] [--only extract,open,zoom,size] …`
 * (see bench/options.ts). Runs the parts, writes bench/results/latest.json
 * (parts not run this time are kept from the previous file, each with its
 * own date) and rewrites BENCHMARKS.md from it. Nothing here asserts a time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromiumMissing, chromiumVersion } from './lib/chromium.ts';
import { createAppBuilder, peerMounts, type AppBuild } from './lib/app.ts';
import { prepareDatasets } from './lib/datasets.ts';
import { machine, sampleLoad, versions } from './lib/machine.ts';
import { serveStatic } from './lib/server.ts';
import { SUBJECTS, THREADLINE, type Dataset, type Subject } from './lib/subjects.ts';
import { benchExtract } from './extract.ts';
import { benchOpen, type ServeDataset } from './open.ts';
import { benchZoom } from './zoom.ts';
import { benchSize } from './size.ts';
import { parseOptions, type BenchOptions, type Part } from './options.ts';
import { writeReport, type Results } from './report.ts';
import { smokeChecks } from './smoke.ts';

const RESULTS = 'bench/results/latest.json';
const log = (line: string) => console.log(`[bench] ${line}`);

interface Browsing {
  subjects: Subject[];
  serve: ServeDataset;
  buildDir: string | null;
  notes: string[];
}

/** Which subjects can run here, and how to serve a data set to all of them. */
function planBrowsing(options: BenchOptions): Browsing | { skipped: string } {
  const missing = chromiumMissing();
  if (missing) return { skipped: missing };
  const notes: string[] = [];
  let builder: ReturnType<typeof createAppBuilder> | null = null;
  if (options.mode === 'smoke' && !options.appDir) {
    if (existsSync('dist/index.html')) builder = createAppBuilder(options.workDir, 'dist');
    else notes.push('Threadline skipped: dist/ is missing (run `npm run build` first); peers only');
  } else builder = createAppBuilder(options.workDir, options.appDir);
  let app: ((d: Dataset) => AppBuild) | null = builder ? (d) => builder.forDataset(d) : null;
  let buildDir: string | null = null;
  if (builder) {
    try {
      buildDir = builder.sizeRoot();
      notes.push(
        builder.perDataset()
          ? 'the build derives files from its data, so the app is built once per data set (THREADLINE_DATA)'
          : 'one build of the app; each data set is served as the build writes it: /data/timeline.json, inlined in the page when small, and for a large one the first view and parts beside it (src/app/build/splitData.ts); the floor fetches and parses the whole /data/timeline.json',
      );
    } catch (error) {
      notes.push(`Threadline skipped: ${(error as Error).message}`);
      app = null;
    }
  }
  const subjects = SUBJECTS.filter((s) => s !== THREADLINE || app);
  const mounts = peerMounts(options.workDir);
  const serve: ServeDataset = async (dataset) => {
    const built = app ? app(dataset) : { root: resolve('bench/peers'), mounts: {}, dispose: () => undefined };
    const server = await serveStatic(built.root, { mounts: { ...mounts, ...built.mounts }, spaFallback: true });
    return { url: server.url, close: () => server.close().then(built.dispose) };
  };
  return { subjects, serve, buildDir, notes };
}

/** The build to weigh when the browser parts did not make one (no Chromium here). */
function buildForSize(options: BenchOptions): string | null {
  if (options.appDir) return options.appDir;
  if (options.mode === 'smoke') return existsSync('dist/index.html') ? 'dist' : null;
  try {
    return createAppBuilder(options.workDir).sizeRoot();
  } catch (error) {
    log(`size: could not build the app: ${(error as Error).message}`);
    return null;
  }
}

function loadPrevious(): Results | null {
  try {
    return JSON.parse(readFileSync(RESULTS, 'utf8')) as Results;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    return 2;
  }
  const started = Date.now();
  const stopLoad = sampleLoad();
  mkdirSync(options.workDir, { recursive: true });
  const has = (part: Part) => options.parts.includes(part);
  const date = new Date().toISOString();
  const previous = options.mode === 'smoke' ? null : loadPrevious();
  const results: Results = {
    generated: date,
    machine: machine(),
    versions: versions(chromiumVersion()),
    parts: { ...(previous?.parts ?? {}) },
  };
  const stamp = { date, mode: options.mode };

  if (options.mode === 'smoke') smokeChecks(log);

  let partStarted = Date.now();
  let partLoad = sampleLoad();
  /** Logs how long a part took; returns the load average seen meanwhile, for its results. */
  const partDone = (part: string) => {
    const load = partLoad();
    log(`${part} took ${((Date.now() - partStarted) / 1000).toFixed(0)} s (load average mean ${load.mean}, peak ${load.max})`);
    partStarted = Date.now();
    partLoad = sampleLoad();
    return load;
  };
  if (has('extract')) {
    log(`extraction: N = ${options.extractSizes.join(', ')}`);
    const data = await benchExtract({
      sizes: options.extractSizes,
      runs: options.extractRuns,
      workDir: options.workDir,
      timeoutMs: options.mode === 'smoke' ? 60_000 : 20 * 60_000,
      inProcess: options.mode !== 'smoke',
      log,
    });
    if (data.error) log(`extraction stopped: ${data.error}`);
    results.parts.extract = { ...stamp, data };
    results.parts.extract.load = partDone('extraction');
  }

  const browsing = has('open') || has('zoom') || has('size') ? planBrowsing(options) : null;
  if (browsing && 'skipped' in browsing) log(`browser parts skipped: ${browsing.skipped}`);
  const ready = browsing && !('skipped' in browsing) ? browsing : null;
  ready?.notes.forEach((note) => log(note));

  let seed: Dataset | null = null;
  const needed = [...new Set([...(has('open') ? options.datasets : []), ...(has('zoom') ? options.zoomDatasets : []), ...(has('size') ? ['seed'] : [])])];
  const prepared = prepareDatasets(options.workDir, needed);
  prepared.notes.forEach((note) => log(note));
  seed = prepared.datasets.find((d) => d.name === 'seed') ?? null;
  const pick = (names: string[]) => prepared.datasets.filter((d) => names.includes(d.name));
  const datasetInfo = prepared.datasets.map(({ name, events, origin, file }) => ({ name, events, origin, file }));
  if (needed.length) partDone('preparing the app and data sets');

  // What timed out opening is not given minutes more to load before zooming.
  const timedOut = new Map<string, string>();
  if (has('open')) {
    if (ready) {
      const data = await benchOpen(pick(options.datasets), ready.subjects, ready.serve, { runs: options.runs, timeoutMs: options.timeoutMs, log });
      results.parts.open = { ...stamp, runs: options.runs, timeoutMs: options.timeoutMs, datasets: datasetInfo, notes: [...ready.notes, ...prepared.notes], data };
      for (const row of data.filter((r) => r.timedOut))
        timedOut.set(`${row.dataset}|${row.subject}`, `not attempted: did not open within ${options.timeoutMs / 1000} s (section 2)`);
    } else results.parts.open = { ...stamp, skipped: browsing && 'skipped' in browsing ? browsing.skipped : 'not run', data: [] };
    results.parts.open.load = partDone('opening');
  }
  if (has('zoom')) {
    if (ready) {
      const data = await benchZoom(pick(options.zoomDatasets), ready.subjects, ready.serve, {
        segments: options.zoomSegments,
        segmentMs: options.zoomSegmentMs,
        loadTimeoutMs: options.zoomLoadTimeoutMs,
        skip: timedOut,
        log,
      });
      results.parts.zoom = { ...stamp, segments: options.zoomSegments, segmentMs: options.zoomSegmentMs, loadTimeoutMs: options.zoomLoadTimeoutMs, data };
    } else results.parts.zoom = { ...stamp, skipped: browsing && 'skipped' in browsing ? browsing.skipped : 'not run', data: [] };
    results.parts.zoom.load = partDone('zoom');
  }
  if (has('size')) {
    const data = benchSize(ready?.buildDir ?? buildForSize(options), seed && { file: seed.file, origin: seed.origin });
    results.parts.size = { ...stamp, data };
    log(`size: Threadline ${data.threadline ? (data.threadline.total / 1024).toFixed(1) + ' KB gzip' : 'not built'}; ${data.peers.map((p) => `${p.id} ${(p.total / 1024).toFixed(1)} KB`).join(', ')}`);
  }

  results.load = stopLoad();
  log(`load average during the run: mean ${results.load.mean}, max ${results.load.max} (${results.machine.cores} cores)`);
  const out = options.mode === 'smoke' ? join(options.workDir, 'smoke.json') : RESULTS;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  log(`results → ${out}`);
  if (options.report) {
    writeReport(results, 'BENCHMARKS.md');
    log('report → BENCHMARKS.md');
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
