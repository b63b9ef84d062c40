/**
 * Extraction: N generated seed-format articles through the pipeline, N = 10
 * to 10,000. Each run is its own process pinned to one core (taskset -c 0):
 * - the CLI users run (`npm run extract -- --seeds DIR --out FILE`: the
 *   command and environment of package.json's script, without npm itself),
 *   timed from outside (wall, with Node start-up and the bundle's freshness
 *   check) and by its own report (read, extract, write), peak memory from
 *   /usr/bin/time -v; the first run after a source change, which also
 *   rebuilds the bundle (scripts/extractBundle.mjs), is timed on its own;
 * - extractCorpus in-process (bench/extractWorker.ts), cold then warm runs.
 * Per-article cost across N shows whether cost grows linearly.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeCorpus } from './generateCorpus.ts';
import { linearFit, median, medianOrNull } from './lib/stats.ts';

export interface ExtractRow {
  n: number;
  bytes: number;
  events: number | null;
  cli: { wallMs: number[]; internalMs: number[]; maxRssMB: number[] };
  inProcess: { coldMs: number | null; warmMs: number | null; maxRssMB: number | null };
  /** From the CLI's wall time (what a user waits for). */
  articlesPerSecond: number | null;
  mbPerSecond: number | null;
  msPerArticle: number | null;
  error?: string;
}

export interface ExtractResult {
  rows: ExtractRow[];
  /** The first run after a source change (bundle rebuilt), on an empty folder. */
  firstRunMs?: number;
  /** Least squares of the CLI's own time (read, extract, write) on N: ms per article, fixed ms, R². */
  fit: { msPerArticle: number; fixedMs: number; r2: number } | null;
  pinned: boolean;
  rssSource: string;
  error?: string;
}

export interface ExtractOptions {
  sizes: number[];
  runs: number;
  workDir: string;
  timeoutMs: number;
  /** Also time extractCorpus in-process (cold and warm); smoke runs skip it. */
  inProcess: boolean;
  log: (line: string) => void;
}

const TSX = 'node_modules/tsx/dist/cli.mjs';
const BUNDLE_CACHE = '.cache/extract';
const IN_PROCESS_MAX = 1_000;
const hasTime = existsSync('/usr/bin/time');
const hasTaskset = existsSync('/usr/bin/taskset');

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Why it ended without an exit code: our timeout, or a signal from elsewhere. */
  ended?: string;
}

/**
 * `npm run extract` as package.json spells it, e.g.
 * `NODE_OPTIONS=… node scripts/extract.mjs`: leading VAR=value words become
 * the environment, `node` this Node. Read each time so the benchmark runs
 * whatever the script runs.
 */
export function extractCommand(script: string, nodePath = process.execPath): { env: Record<string, string>; argv: string[] } {
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) {
    const word = words.shift()!;
    env[word.slice(0, word.indexOf('='))] = word.slice(word.indexOf('=') + 1);
  }
  if (words[0] === 'node') words[0] = nodePath;
  else if (words[0] === 'tsx') words.splice(0, 1, nodePath, TSX);
  return { env, argv: words };
}

const npmExtract = () => extractCommand((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.extract!);

function run(command: string[], timeoutMs: number, env: Record<string, string> = {}): Promise<RunResult> {
  const argv = [...(hasTaskset ? ['/usr/bin/taskset', '-c', '0'] : []), ...command];
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const ended = timedOut ? `timed out after ${(timeoutMs / 1000).toFixed(0)} s` : signal ? `ended by ${signal} after ${(wallMs / 1000).toFixed(0)} s` : undefined;
      done({ code, stdout, stderr, wallMs, ...(ended ? { ended } : {}) });
    });
  });
}

async function runCli(dir: string, out: string, timeoutMs: number) {
  const { env, argv } = npmExtract();
  const cli = [...argv, '--seeds', dir, '--out', out];
  const command = hasTime ? ['/usr/bin/time', '-v', ...cli] : [process.execPath, TSX, 'bench/lib/withMaxRss.ts', ...cli.slice(1)];
  const result = await run(command, timeoutMs, env);
  if (result.code !== 0) throw new Error(result.ended ?? lastLines(result.stderr || result.stdout || `exit ${result.code}`));
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? /maxRSS (\d+)/.exec(result.stderr)?.[1]);
  const internal = Number(/\((\d+) ms\)/.exec(result.stdout)?.[1]);
  const events = Number(/(\d+) events/.exec(result.stdout)?.[1]);
  return { wallMs: result.wallMs, internalMs: internal, maxRssMB: kb / 1024, events: Number.isFinite(events) ? events : null };
}

async function runWorker(dir: string, repeats: number, timeoutMs: number) {
  const result = await run([process.execPath, TSX, 'bench/extractWorker.ts', dir, String(repeats)], timeoutMs);
  if (result.code !== 0) throw new Error(result.ended ?? lastLines(result.stderr || `exit ${result.code}`));
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as {
    bytes: number;
    events: number;
    runsMs: number[];
    maxRssMB: number;
  };
}

/** What a user waits for after editing a source: the bundle's rebuild, then an (empty) extraction. */
async function firstRun(options: ExtractOptions): Promise<number | undefined> {
  const empty = resolve(options.workDir, 'corpus', 'empty');
  mkdirSync(empty, { recursive: true });
  rmSync(BUNDLE_CACHE, { recursive: true, force: true });
  try {
    const cli = await runCli(empty, join(options.workDir, 'extract-empty.json'), options.timeoutMs);
    options.log(`extract: first run after a source change (bundle rebuilt, no articles): ${cli.wallMs.toFixed(0)} ms wall`);
    return cli.wallMs;
  } catch (error) {
    options.log(`extract: first run failed: ${(error as Error).message}`);
    return undefined;
  }
}

const lastLines = (text: string) => text.trim().split('\n').filter(Boolean).slice(-3).join(' | ').slice(0, 400);

export async function benchExtract(options: ExtractOptions): Promise<ExtractResult> {
  const rows: ExtractRow[] = [];
  const corpusRoot = resolve(options.workDir, 'corpus');
  mkdirSync(corpusRoot, { recursive: true });
  const firstRunMs = await firstRun(options);
  for (const n of options.sizes) {
    const corpus = writeCorpus(join(corpusRoot, `n${n}`), n);
    const row: ExtractRow = {
      n,
      bytes: corpus.bytes,
      events: null,
      cli: { wallMs: [], internalMs: [], maxRssMB: [] },
      inProcess: { coldMs: null, warmMs: null, maxRssMB: null },
      articlesPerSecond: null,
      mbPerSecond: null,
      msPerArticle: null,
    };
    rows.push(row);
    try {
      // Large N once: ten thousand articles are their own repetition.
      const runs = n >= 10_000 ? 1 : options.runs;
      for (let i = 0; i < runs; i++) {
        const cli = await runCli(corpus.dir, join(options.workDir, `extract-${n}.json`), options.timeoutMs);
        row.cli.wallMs.push(cli.wallMs);
        // The CLI reports its own time as "(N ms)"; if that line ever changes, the column stays empty.
        if (Number.isFinite(cli.internalMs)) row.cli.internalMs.push(cli.internalMs);
        row.cli.maxRssMB.push(cli.maxRssMB);
        row.events = cli.events;
        options.log(`extract ${n}: CLI ${cli.wallMs.toFixed(0)} ms wall (${cli.internalMs} ms inside), ${cli.maxRssMB.toFixed(0)} MB peak, ${cli.events} events`);
      }
      const wall = median(row.cli.wallMs);
      row.articlesPerSecond = n / (wall / 1000);
      row.mbPerSecond = corpus.bytes / 1e6 / (wall / 1000);
      row.msPerArticle = wall / n;
      // In-process runs repeat the work several times: worth it up to 1,000 articles;
      // beyond, the CLI run already is the measurement and the repeats would take too long.
      if (options.inProcess && n <= IN_PROCESS_MAX) {
        const worker = await runWorker(corpus.dir, 4, options.timeoutMs * 4);
        row.inProcess = {
          coldMs: worker.runsMs[0] ?? null,
          warmMs: worker.runsMs.length > 1 ? median(worker.runsMs.slice(1)) : null,
          maxRssMB: worker.maxRssMB,
        };
        options.log(`extract ${n}: in-process cold ${row.inProcess.coldMs?.toFixed(0)} ms, warm ${row.inProcess.warmMs?.toFixed(0)} ms`);
      }
    } catch (error) {
      row.error = (error as Error).message;
      options.log(`extract ${n}: failed: ${row.error}`);
      break;
    }
  }
  const measured = rows.filter((r) => r.cli.internalMs.length);
  // The CLI's own time, not the wall: Node and tsx start-up is a constant that says nothing about growth.
  const fit = measured.length >= 2 ? linearFit(measured.map((r) => ({ x: r.n, y: medianOrNull(r.cli.internalMs)! }))) : null;
  return {
    rows,
    fit: fit && { msPerArticle: fit.slope, fixedMs: fit.intercept, r2: fit.r2 },
    ...(firstRunMs === undefined ? {} : { firstRunMs }),
    pinned: hasTaskset,
    rssSource: hasTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS',
    ...(rows.some((r) => r.error) ? { error: rows.find((r) => r.error)!.error } : {}),
  };
}
