/**
 * Size: gzipped JS + CSS of the app as built (its data apart), next to the
 * files the peers ship, each gzipped here the same way (zlib level 9), and
 * the seed's timeline data file gzipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
  /** Loaded by index.html itself (script, stylesheet, module preload) rather than on demand. */
  initial?: boolean;
}

export interface SizeResult {
  threadline: { files: SizedFile[]; js: number; css: number; total: number; initial?: number } | null;
  peers: { id: string; label: string; files: SizedFile[]; total: number }[];
  seedData: (SizedFile & { origin: string }) | null;
  note?: string;
}

export function sizeOf(file: string, root = process.cwd()): SizedFile {
  const bytes = readFileSync(file);
  return { file: relative(root, file), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/**
 * The assets index.html loads before anything is on demand: its script,
 * stylesheets and module preloads, and a stylesheet it carries inline
 * (`<style data-href>`, src/app/build/inlineStyles.ts), which is counted as its file.
 */
export function initialAssets(buildDir: string): Set<string> {
  const index = join(buildDir, 'index.html');
  if (!existsSync(index)) return new Set();
  const html = readFileSync(index, 'utf8');
  const refs = [...html.matchAll(/<(?:script|link|style)\b[^>]*?\b(?:src|href|data-href)="([^"]+\.(?:m?js|css))"/g)].map((m) => m[1]!);
  return new Set(refs.map((ref) => ref.replace(/^(\.?\/)+/, '').replace(/^.*?(assets\/)/, '$1')));
}

/** Every .js/.mjs/.css file of a build, except what is under data/. */
export function appAssets(buildDir: string): string[] {
  return walk(buildDir).filter((f) => /\.(m?js|css)$/.test(f) && !relative(buildDir, f).split('/').includes('data'));
}

const PEERS = [
  {
    id: 'vis-timeline',
    label: 'vis-timeline 8 standalone (JS with its CSS inside)',
    files: ['node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'],
  },
  {
    id: 'timelinejs',
    label: 'TimelineJS 3 (timeline.js + timeline.css)',
    files: ['node_modules/@knight-lab/timelinejs/dist/js/timeline.js', 'node_modules/@knight-lab/timelinejs/dist/css/timeline.css'],
  },
];

export function benchSize(buildDir: string | null, seedData: { file: string; origin: string } | null): SizeResult {
  const peers = PEERS.filter((p) => p.files.every((f) => existsSync(f))).map((p) => {
    const files = p.files.map((f) => sizeOf(f));
    return { id: p.id, label: p.label, files, total: files.reduce((s, f) => s + f.gzip, 0) };
  });
  let threadline: SizeResult['threadline'] = null;
  if (buildDir && existsSync(buildDir)) {
    const initial = initialAssets(buildDir);
    const files = appAssets(buildDir).map((f) => ({ ...sizeOf(f, buildDir), initial: initial.has(relative(buildDir, f)) }));
    const sum = (ext: string[]) => files.filter((f) => ext.includes(extname(f.file))).reduce((s, f) => s + f.gzip, 0);
    threadline = {
      files,
      js: sum(['.js', '.mjs']),
      css: sum(['.css']),
      total: sum(['.js', '.mjs', '.css']),
      initial: files.filter((f) => f.initial).reduce((s, f) => s + f.gzip, 0),
    };
  }
  return {
    threadline,
    peers,
    seedData: seedData && existsSync(seedData.file) ? { ...sizeOf(seedData.file), origin: seedData.origin } : null,
  };
}
