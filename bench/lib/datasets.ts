/**
 * The data sets the browser benchmarks open: the seed article's own timeline
 * (from the pipeline, or the hand-made sample modelled on it while the
 * pipeline cannot run) and generated timelines of 100 to 100,000 events,
 * each also converted for vis-timeline and TimelineJS.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Timeline } from '../../src/lib/schema.ts';
import { generateEvents } from '../generateEvents.ts';
import { toTimelineJS } from '../peers/toTimelineJS.ts';
import { toVis } from '../peers/toVis.ts';
import type { Dataset } from './subjects.ts';

export const SIZES: Record<string, number> = { '100': 100, '1k': 1_000, '10k': 10_000, '100k': 100_000 };
const SAMPLE = 'e2e/fixtures/sample-timeline.json';
/** Bump when generateEvents changes its output, so cached files are rebuilt. */
const EVENTS_VERSION = 1;

export interface SeedTimeline {
  file: string;
  origin: 'pipeline' | 'sample';
  /** Why the pipeline's output could not be used, when it could not. */
  note?: string;
}

/** Runs the extraction CLI on seeds/; falls back to the sample when it fails. */
export function seedTimeline(dataDir: string): SeedTimeline {
  const out = join(dataDir, 'seed.pipeline.json');
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/pipeline/cli.ts', '--seeds', 'seeds', '--out', out], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status === 0 && existsSync(out)) return { file: out, origin: 'pipeline' };
  const why = (run.stderr || run.stdout || String(run.error ?? '')).trim().split('\n').find((l) => /error/i.test(l)) ?? `exit ${run.status}`;
  if (!existsSync(SAMPLE)) throw new Error(`extraction failed (${why}) and ${SAMPLE} is missing`);
  const copy = join(dataDir, 'seed.sample.json');
  copyFileSync(SAMPLE, copy);
  return { file: copy, origin: 'sample', note: `pipeline not runnable (${why.slice(0, 160)}); used ${SAMPLE}` };
}

function generated(dataDir: string, name: string, n: number): string {
  const file = join(dataDir, `events-${name}.json`);
  const stamp = `${file}.version`;
  const key = `${EVENTS_VERSION}:${n}`;
  if (!existsSync(file) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== key) {
    writeFileSync(file, JSON.stringify(generateEvents(n)));
    writeFileSync(stamp, key);
  }
  return file;
}

/** Writes the peers' copies next to the data set and describes it. */
function describe(dataDir: string, name: string, file: string, origin: Dataset['origin']): Dataset {
  const timeline = JSON.parse(readFileSync(file, 'utf8')) as Timeline;
  const visFile = join(dataDir, `${name}.vis.json`);
  const timelineJsFile = join(dataDir, `${name}.tl.json`);
  const fresh = (f: string) => existsSync(f) && statSync(f).mtimeMs >= statSync(file).mtimeMs;
  if (!fresh(visFile)) writeFileSync(visFile, JSON.stringify(toVis(timeline)));
  if (!fresh(timelineJsFile)) writeFileSync(timelineJsFile, JSON.stringify(toTimelineJS(timeline)));
  return { name, events: timeline.events.length, origin, file, visFile, timelineJsFile };
}

export function prepareDatasets(workDir: string, names: string[]): { datasets: Dataset[]; notes: string[] } {
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const notes: string[] = [];
  const datasets = names.map((name) => {
    if (name === 'seed') {
      const seed = seedTimeline(dataDir);
      if (seed.note) notes.push(seed.note);
      return describe(dataDir, 'seed', seed.file, seed.origin);
    }
    const n = SIZES[name];
    if (!n) throw new Error(`unknown data set ${name} (use seed, ${Object.keys(SIZES).join(', ')})`);
    return describe(dataDir, name, generated(dataDir, name, n), 'generated');
  });
  return { datasets, notes };
}
