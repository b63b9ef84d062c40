/**
 * `npm run extract` as users and CI run it: bad files are reported as
 * `file:line: severity: message`, everything else still builds, and
 * `--strict` turns any problem into a failing exit code.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../src/lib/schema.ts';
import { generatedFixtures } from './fixtures/broken/generate.ts';

const SEED = '000_b1eebe35896f2b82.txt';
const work = mkdtempSync(join(tmpdir(), 'threadline-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function extract(seeds: string, ...flags: string[]) {
  const out = join(work, `${Math.random().toString(36).slice(2)}.json`);
  // What the npm script runs: the CLI's bundle, rebuilt first if a source changed.
  const run = spawnSync(process.execPath, ['scripts/extract.mjs', '--seeds', seeds, '--out', out, ...flags], { encoding: 'utf8' });
  const timeline = run.status === 0 || run.status === 1 ? (JSON.parse(readFileSync(out, 'utf8')) as Timeline) : null;
  return { status: run.status, stderr: run.stderr, stdout: run.stdout, timeline };
}

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  spawnSync('mkdir', ['-p', dir]);
  copyFileSync(`seeds/${SEED}`, join(dir, SEED));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

const generated = generatedFixtures();
const broken = folder('broken', {
  'empty.txt': '',
  'binary.bin.txt': generated['binary.txt'] ?? new Uint8Array([0, 1, 2, 0, 255]),
  'hostile.txt': readFileSync('tests/fixtures/broken/hostile.txt'),
  'copy-of-seed.txt': readFileSync(`seeds/${SEED}`),
  'notes.md': '# notes\n',
});
const clean = folder('clean', {});

describe('npm run extract', { timeout: 60_000 }, () => {
  const good = extract(clean);
  const bad = extract(broken);

  it('builds a clean folder quietly and exits 0', () => {
    expect(good.status).toBe(0);
    expect(good.stderr).not.toMatch(/warning|error/);
    expect(good.stdout).toMatch(/1 articles, \d+ events/);
  });

  it('reports each bad file as file:line: severity: message and still exits 0', () => {
    expect(bad.status).toBe(0);
    expect(bad.stderr).toMatch(/^empty\.txt:0: error: .*empty/m);
    expect(bad.stderr).toMatch(/^binary\.bin\.txt:0: error: .*binary/im);
    expect(bad.stderr).toMatch(/^hostile\.txt:\d+: warning: /m);
    expect(bad.stderr).toMatch(new RegExp(`^copy-of-seed\\.txt:2: warning: same article URL as ${SEED}`, 'm'));
    expect(bad.stderr).toMatch(/^notes\.md:0: info: /m);
  });

  it('loses nothing else: the good article builds exactly as before', () => {
    const events = (t: Timeline | null) => t?.events.filter((e) => t.documents.find((d) => d.id === e.source.document)?.file === SEED);
    expect(events(bad.timeline)).toEqual(events(good.timeline));
    expect(bad.timeline?.documents.map((d) => d.file).sort()).toEqual(['hostile.txt', SEED].sort());
  });

  it('exits non-zero under --strict when anything was wrong', () => {
    expect(extract(broken, '--strict').status).toBe(1);
    expect(extract(clean, '--strict').status).toBe(0);
  });

  it('says plainly when the folder or an argument is wrong', () => {
    const missing = extract(join(work, 'nowhere'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the seeds folder/);
    const wrong = spawnSync(process.execPath, ['scripts/extract.mjs', '--frobnicate'], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/unknown argument: --frobnicate/);
  });

  it('still extracts, from the sources, when the bundle cannot be written (a read-only checkout)', () => {
    const out = join(work, 'fallback.json');
    // As if .cache/ were read-only: tests run as root here, where permissions would not stop the write.
    const script = `
      const { cliModule } = await import('./scripts/extract.mjs');
      const failing = () => { throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }); };
      const url = await cliModule(process.cwd(), failing);
      process.argv = [process.argv[0], 'extract', '--seeds', ${JSON.stringify(clean)}, '--out', ${JSON.stringify(out)}];
      await import(url);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toMatch(/cannot prepare the CLI's bundle .*EROFS.*running the sources through tsx/);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(good.timeline);
  });
});
