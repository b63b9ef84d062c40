/**
 * The built app to measure, and how to serve it with a given data file.
 * Builds once with `vite build --outDir <work>/app` and serves the data set's
 * file as /data/timeline.json, with the index.html a build for that data set
 * would write (a small timeline inlined, with its stylesheet: see
 * src/app/build/eventPages.ts, indexForData) and, for a large one, the first
 * view's file and parts the build writes beside it (splitData.ts).
 * When the build turns out to derive other files from
 * the data (anything else in data/ of the shared build), that shortcut would
 * be wrong, so each data set then gets its own build through
 * THREADLINE_DATA=path, removed again once measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexForData } from '../../src/app/build/eventPages.ts';
import { writeSplitData } from '../../src/app/build/splitData.ts';
import type { Dataset } from './subjects.ts';

export interface AppBuild {
  root: string;
  /** URL path → file, for the server. */
  mounts: Record<string, string>;
  /** Removes what was built for this data set only. */
  dispose(): void;
}

export function viteBuild(outDir: string, env: Record<string, string> = {}): void {
  const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`vite build failed: ${(run.stderr || run.stdout).trim().slice(0, 400)}`);
}

/** Does this build derive files from its data (beyond shipping timeline.json)? */
export function derivesFromData(buildDir: string): boolean {
  const data = join(buildDir, 'data');
  return existsSync(data) && readdirSync(data).some((name) => name !== 'timeline.json');
}

/** Plans the app builds; `prebuilt` is an existing build to use as is (smoke runs use dist/). */
export function createAppBuilder(workDir: string, prebuilt?: string) {
  let shared: string | null = prebuilt ? resolve(prebuilt) : null;
  const sharedBuild = () => {
    if (!shared) {
      shared = resolve(workDir, 'app');
      viteBuild(shared);
    }
    return shared;
  };
  return {
    /** True once the shared build shows data-derived files. */
    perDataset: () => !prebuilt && derivesFromData(sharedBuild()),
    forDataset(dataset: Dataset): AppBuild {
      if (!prebuilt && derivesFromData(sharedBuild())) {
        const root = resolve(workDir, `app-${dataset.name}`);
        viteBuild(root, { THREADLINE_DATA: resolve(dataset.file) });
        return { root, mounts: {}, dispose: () => rmSync(root, { recursive: true, force: true }) };
      }
      const root = sharedBuild();
      const index = resolve(workDir, `index-${dataset.name}.html`);
      const json = readFileSync(dataset.file, 'utf8');
      // A large data set's first view and parts, as the build writes them beside its file (splitData.ts).
      const dataDir = resolve(workDir, `data-${dataset.name}`);
      mkdirSync(dataDir, { recursive: true });
      const split = writeSplitData(dataDir, json);
      writeFileSync(index, indexForData(root, readFileSync(join(root, 'index.html'), 'utf8'), json, '/', split));
      const mounts: Record<string, string> = { '/data/timeline.json': resolve(dataset.file), '/index.html': index };
      if (split) mounts['/data/'] = dataDir;
      const dispose = () => {
        rmSync(index, { force: true });
        rmSync(dataDir, { recursive: true, force: true });
      };
      return { root, mounts, dispose };
    },
    /** The build whose JS and CSS are measured for size. */
    sizeRoot: sharedBuild,
  };
}

/** Mounts every subject page needs beside the app: peer harnesses, libraries, converted data. */
export function peerMounts(workDir: string): Record<string, string> {
  return {
    '/bench-peers/': resolve('bench/peers'),
    '/lib/vis-timeline/': resolve('node_modules/vis-timeline'),
    '/lib/timelinejs/': resolve('node_modules/@knight-lab/timelinejs'),
    '/bench-data/': resolve(workDir, 'data'),
  };
}
