/**
 * The extraction CLI's bundle is rebuilt exactly when what it was built from
 * changed: a stale bundle would silently run old pipeline code.
 */
import { describe, expect, it } from 'vitest';
import { hashBytes, isFresh, RECIPE, type BundleManifest } from '../scripts/extractBundle.mjs';

const bytes = (text: string) => new TextEncoder().encode(text);

function project(files: Record<string, string>) {
  const read = (name: string) => (name in files ? bytes(files[name]!) : null);
  const manifest: BundleManifest = {
    bundle: 'cli-abc.mjs',
    inputs: Object.fromEntries(Object.entries(files).filter(([name]) => !name.startsWith('.cache/')).map(([name, text]) => [name, hashBytes(text)])),
  };
  return { read, manifest };
}

const sources = {
  ...Object.fromEntries(RECIPE.map((name) => [name, `recipe ${name}`])),
  'src/pipeline/cli.ts': 'import "./extract.ts";',
  'src/pipeline/extract.ts': 'export {};',
  '.cache/extract/cli-abc.mjs': 'bundle',
};

describe('isFresh', () => {
  it('accepts a bundle whose every input is unchanged', () => {
    const { read, manifest } = project(sources);
    expect(isFresh(manifest, read)).toBe(true);
  });

  it('rejects it when a source changed', () => {
    const { manifest } = project(sources);
    const { read } = project({ ...sources, 'src/pipeline/extract.ts': 'export const x = 1;' });
    expect(isFresh(manifest, read)).toBe(false);
  });

  it('rejects it when a source is gone', () => {
    const { manifest } = project(sources);
    const { 'src/pipeline/extract.ts': _gone, ...rest } = sources;
    expect(isFresh(manifest, project(rest).read)).toBe(false);
  });

  it('rejects it when the build recipe changed (bundler version, settings)', () => {
    const { manifest } = project(sources);
    const { read } = project({ ...sources, 'package-lock.json': 'a newer bundler' });
    expect(isFresh(manifest, read)).toBe(false);
  });

  it('rejects a manifest that does not cover the recipe', () => {
    const { read, manifest } = project(sources);
    const { 'tsconfig.json': _left, ...inputs } = manifest.inputs;
    expect(isFresh({ ...manifest, inputs }, read)).toBe(false);
  });

  it('rejects a missing bundle file or manifest', () => {
    const { manifest } = project(sources);
    const { '.cache/extract/cli-abc.mjs': _gone, ...rest } = sources;
    expect(isFresh(manifest, project(rest).read)).toBe(false);
    expect(isFresh(null, project(sources).read)).toBe(false);
  });
});
