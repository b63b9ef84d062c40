/**
 * The extraction CLI's bundle is rebuilt exactly when what it was built from
 * changed: a stale bundle would silently run old pipeline code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashBytes, isFresh, RECIPE, standaloneValidatorModule, type BundleManifest } from '../scripts/extractBundle.mjs';
import type { Timeline } from '../src/lib/schema.ts';
import { AJV_OPTIONS, TimelineSchema, timelineValidator, type TimelineValidator } from '../src/pipeline/validateTimeline.ts';

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

describe('the precompiled schema check', () => {
  const timeline = JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')) as Timeline;
  const broken: unknown[] = [
    { ...timeline, version: 2 },
    { ...timeline, events: [{ ...timeline.events[0], date: 'yesterday' }] },
    { ...timeline, actors: [{}] },
    { ...timeline, extra: true },
    null,
  ];

  it('accepts and rejects exactly what the compiled one does, with the same errors', async () => {
    const code = await standaloneValidatorModule(TimelineSchema, AJV_OPTIONS);
    const precompiled = ((await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      timelineValidator: () => TimelineValidator;
    }).timelineValidator();
    const compiled = timelineValidator();
    for (const value of [timeline, ...broken]) {
      expect(precompiled(value)).toBe(compiled(value));
      expect(precompiled.errors ?? null).toEqual(compiled.errors ?? null);
    }
    expect(precompiled(timeline)).toBe(true);
    expect(broken.some((value) => precompiled(value))).toBe(false);
  });
});
