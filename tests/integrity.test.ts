/**
 * What the timeline promises about every article, checked on the seed, the
 * test articles and the broken fixtures together: it validates against the
 * JSON Schema; every paragraph arrives, in order; every quote is verbatim at
 * its offsets; ids do not move when other articles come and go, or when the
 * pipeline runs again.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { TimelineSchema, type Timeline } from '../src/lib/schema.ts';
import { extractCorpus, type SeedFile } from '../src/pipeline/extract.ts';
import { parseSeed } from '../src/pipeline/parseSeed.ts';
import { writeGeneratedFixtures } from './fixtures/broken/generate.ts';

const read = (dir: string, name: string): SeedFile => ({ name, bytes: readFileSync(join(dir, name)) });
const seeds = readdirSync('seeds').map((n) => read('seeds', n));
const articles = readdirSync('tests/fixtures/articles').filter((n) => n.endsWith('.txt')).map((n) => read('tests/fixtures/articles', n));
const hostile = readdirSync('tests/fixtures/hostile').filter((n) => n.endsWith('.txt')).map((n) => read('tests/fixtures/hostile', n));
const brokenDir = 'tests/fixtures/broken';
const generatedDir = mkdtempSync(join(tmpdir(), 'threadline-integrity-'));
writeGeneratedFixtures(generatedDir);
const broken = [
  ...readdirSync(brokenDir).filter((n) => !n.endsWith('.ts') && n !== 'README.md').map((n) => read(brokenDir, n)),
  ...readdirSync(generatedDir).map((n) => read(generatedDir, n)),
];
afterAll(() => rmSync(generatedDir, { recursive: true, force: true }));

const everything = [...seeds, ...articles, ...hostile, ...broken];
const full = extractCorpus(everything);
const validate = new Ajv({ allErrors: true, strict: false }).compile(TimelineSchema);

describe('the timeline of every seed, test article and broken fixture', () => {
  it('validates against the JSON Schema', () => {
    expect(validate(full), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('keeps every paragraph of every article, in order, with its text', () => {
    for (const doc of full.documents) {
      const file = everything.find((f) => f.name === doc.file)!;
      const parsed = parseSeed(file.name, file.bytes).seed!;
      expect(doc.paragraphs.map((p) => [p.kind, p.text])).toEqual(parsed.paragraphs.map((p) => [p.kind, p.text]));
    }
  });

  it('quotes every source verbatim at its offsets', () => {
    const paragraphs = new Map(full.documents.flatMap((d) => d.paragraphs.map((p) => [p.id, p.text] as const)));
    expect(full.events.length).toBeGreaterThan(100);
    for (const e of full.events) {
      expect(paragraphs.get(e.source.paragraph)?.slice(e.source.start, e.source.end)).toBe(e.source.quote);
      expect(e.source.document).toBe(e.source.paragraph.replace(/-p\d+$/, ''));
    }
  });

  it('gives every event a unique id', () => {
    expect(new Set(full.events.map((e) => e.id)).size).toBe(full.events.length);
  });

  it('refers only to actors it lists', () => {
    const actors = new Set(full.actors.map((a) => a.id));
    for (const e of full.events) for (const a of e.actors) expect(actors.has(a)).toBe(true);
  });
});

describe('stable ids', () => {
  const seedAlone = extractCorpus(seeds);
  /** Every event of `before` is still reachable in `after` by its id, as the event or one of its aliases. */
  function linksSurvive(before: Timeline, after: Timeline, file: string) {
    const doc = before.documents.find((d) => d.file === file)!.id;
    for (const old of before.events.filter((e) => e.source.document === doc)) {
      const now = after.events.find((e) => e.id === old.id || e.aliases?.includes(old.id));
      expect(now, `${file}: ${old.source.quote}`).toBeDefined();
      const quotes = [now!.source.quote, ...(now!.otherSources ?? []).map((o) => o.source.quote)];
      expect(quotes).toContain(old.source.quote);
    }
  }

  it('are the same when the pipeline runs twice', () => {
    expect(extractCorpus(seeds)).toEqual(seedAlone);
  });

  it('keep every link working when other articles are added', () => {
    linksSurvive(seedAlone, full, seeds[0]!.name);
  });

  it('keep every link working when an article is removed', () => {
    const without = extractCorpus(everything.filter((f) => f.name !== 'kazakhstan-english.txt'));
    for (const f of [seeds[0]!.name, 'kazakhstan-other-outlet.txt', 'hongkong-traditional.txt']) {
      linksSurvive(full, without, f);
      linksSurvive(without, full, f);
    }
  });

  it('do not depend on the order files are given in', () => {
    expect(extractCorpus([...everything].reverse())).toEqual(full);
  });
});
