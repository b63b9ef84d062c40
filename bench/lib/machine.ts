/** The machine and software versions a benchmark ran on, for the report. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  os: string;
  kernel: string;
  /** 1-minute load average when the run started: other work on the machine makes numbers noisy. */
  loadAverage: number;
}

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

export function machine(): Machine {
  const cpuinfo = read('/proc/cpuinfo');
  const memKb = Number(/MemTotal:\s+(\d+)/.exec(read('/proc/meminfo'))?.[1] ?? 0);
  return {
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown',
    cores: (cpuinfo.match(/^processor\s*:/gm)?.length ?? 0) || cpus().length,
    ramGB: Math.round((memKb / 1024 / 1024) * 10) / 10,
    os: /PRETTY_NAME="?([^"\n]+)/.exec(read('/etc/os-release'))?.[1] ?? process.platform,
    kernel: release(),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}

const version = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
};

export function versions(chromium: string | null): Record<string, string | null> {
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // Not a git checkout: the report says so by leaving it empty.
  }
  return {
    threadline: commit,
    node: process.versions.node,
    chromium,
    playwright: version('@playwright/test'),
    vite: version('vite'),
    svelte: version('svelte'),
    d3: version('d3'),
    'vis-timeline': version('vis-timeline'),
    'vis-data': version('vis-data'),
    '@knight-lab/timelinejs': version('@knight-lab/timelinejs'),
  };
}

/** Samples the 1-minute load average while a run goes on: other work on the machine skews the numbers. */
export function sampleLoad(everyMs = 5000): () => { mean: number; max: number } {
  const samples: number[] = [loadavg()[0]!];
  const timer = setInterval(() => samples.push(loadavg()[0]!), everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    const round = (x: number) => Math.round(x * 100) / 100;
    return { mean: round(samples.reduce((s, x) => s + x, 0) / samples.length), max: round(Math.max(...samples)) };
  };
}
