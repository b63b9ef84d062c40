/**
 * Command-line options of `npm run bench` (and `bench:smoke`):
 *   --quick              fewer sizes, runs and seconds (a few minutes)
 *   --smoke              tiny N of every part, no report (CI: proves the harness works)
 *   --only a,b           parts to run: extract, open, zoom, size
 *   --runs N             openings per subject and data set (medians over these)
 *   --sizes 10,100       extraction corpus sizes
 *   --datasets seed,1k   data sets to open (seed, 100, 1k, 10k, 100k)
 *   --zoom-datasets …    data sets to zoom on
 *   --zoom-seconds S     seconds of zooming per segment (segments alternate subjects)
 *   --segments N         zoom segments per subject
 *   --timeout S          give up opening a page after S seconds (recorded as "> S s")
 *   --zoom-timeout S     load timeout before zooming (longer, so vis-timeline at 10k can be measured)
 *   --app-dir DIR        an existing build of the app to measure instead of building one
 *   --work DIR           scratch folder for corpora, data and builds (default .tmp/bench)
 *   --no-report          do not rewrite BENCHMARKS.md
 */
export const PARTS = ['extract', 'open', 'zoom', 'size'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  mode: 'full' | 'quick' | 'smoke';
  parts: Part[];
  runs: number;
  extractSizes: number[];
  extractRuns: number;
  datasets: string[];
  zoomDatasets: string[];
  zoomSegments: number;
  zoomSegmentMs: number;
  timeoutMs: number;
  zoomLoadTimeoutMs: number;
  appDir?: string;
  report: boolean;
  workDir: string;
}

const PRESETS: Record<BenchOptions['mode'], Omit<BenchOptions, 'mode' | 'parts' | 'report' | 'workDir' | 'appDir'>> = {
  full: {
    runs: 5,
    extractSizes: [10, 100, 1_000, 10_000],
    extractRuns: 3,
    datasets: ['seed', '100', '1k', '10k', '100k'],
    zoomDatasets: ['seed', '1k', '10k', '100k'],
    zoomSegments: 3,
    zoomSegmentMs: 20_000,
    timeoutMs: 60_000,
    zoomLoadTimeoutMs: 300_000,
  },
  quick: {
    runs: 3,
    extractSizes: [10, 100, 1_000],
    extractRuns: 1,
    datasets: ['seed', '1k', '10k', '100k'],
    zoomDatasets: ['1k', '10k'],
    zoomSegments: 2,
    zoomSegmentMs: 5_000,
    timeoutMs: 60_000,
    zoomLoadTimeoutMs: 60_000,
  },
  smoke: {
    runs: 1,
    extractSizes: [10],
    extractRuns: 1,
    datasets: ['seed'],
    zoomDatasets: ['seed'],
    zoomSegments: 1,
    zoomSegmentMs: 1_000,
    timeoutMs: 15_000,
    zoomLoadTimeoutMs: 15_000,
  },
};

const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);
const numbers = (value: string) => list(value).map((s) => Number(s.replace(/_/g, '')));

export function parseOptions(argv: string[]): BenchOptions {
  const mode = argv.includes('--smoke') ? 'smoke' : argv.includes('--quick') ? 'quick' : 'full';
  const options: BenchOptions = { mode, parts: [...PARTS], report: mode !== 'smoke', workDir: '.tmp/bench', ...PRESETS[mode] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--smoke' || arg === '--quick') continue;
    if (arg === '--no-report') {
      options.report = false;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    const seconds = () => {
      const s = Number(value);
      if (!(s > 0)) throw new Error(`${arg} needs a number of seconds`);
      return s * 1000;
    };
    switch (arg) {
      case '--only': {
        const parts = list(value);
        const unknown = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
        if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')} (use ${PARTS.join(', ')})`);
        options.parts = parts as Part[];
        break;
      }
      case '--runs':
        options.runs = Math.max(1, Math.floor(Number(value)));
        options.extractRuns = options.runs;
        break;
      case '--sizes':
        options.extractSizes = numbers(value);
        break;
      case '--datasets':
        options.datasets = list(value);
        break;
      case '--zoom-datasets':
        options.zoomDatasets = list(value);
        break;
      case '--zoom-seconds':
        options.zoomSegmentMs = seconds();
        break;
      case '--segments':
        options.zoomSegments = Math.max(1, Math.floor(Number(value)));
        break;
      case '--timeout':
        options.timeoutMs = seconds();
        break;
      case '--zoom-timeout':
        options.zoomLoadTimeoutMs = seconds();
        break;
      case '--app-dir':
        options.appDir = value;
        break;
      case '--work':
        options.workDir = value;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (options.extractSizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes takes positive whole numbers');
  return options;
}
