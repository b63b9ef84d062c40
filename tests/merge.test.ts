/**
 * Several articles, one event: the seed and another outlet's report of the
 * same days (tests/fixtures/articles/kazakhstan-merge.expected.json, checked by
 * reading both), then the English report on top.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '../src/lib/schema.ts';
import { extractCorpus } from '../src/pipeline/extract.ts';

interface MergeSpec {
  merge: { what: string; seedQuoteIncludes: string; otherQuoteIncludes: string[] }[];
  disagreements: { what: string; measure: string; seedQuoteIncludes: string; otherQuoteIncludes: string; seed: { value: number }; other: { value: number } }[];
  mustNotMerge: { why: string; seedQuoteIncludes: string; otherQuoteIncludes: string }[];
}

const spec = JSON.parse(readFileSync('tests/fixtures/articles/kazakhstan-merge.expected.json', 'utf8')) as MergeSpec;
const file = (path: string) => ({ name: path.split('/').pop()!, bytes: readFileSync(path) });
const SEED = file('seeds/000_b1eebe35896f2b82.txt');
const OTHER = file('tests/fixtures/articles/kazakhstan-other-outlet.txt');
const ENGLISH = file('tests/fixtures/articles/kazakhstan-english.txt');

const seedAlone = extractCorpus([SEED]);
const pair = extractCorpus([SEED, OTHER]);
const three = extractCorpus([SEED, OTHER, ENGLISH]);

const quotes = (e: TimelineEvent) => [e.source.quote, ...(e.otherSources ?? []).map((o) => o.source.quote)];
const sources = (e: TimelineEvent) => [e.source, ...(e.otherSources ?? []).map((o) => o.source)];
/** Events with a source from the seed (or, with `file`, that file) quoting `fragment`. */
function eventsQuoting(t: Timeline, fragment: string, file = SEED.name): TimelineEvent[] {
  const doc = t.documents.find((d) => d.file === file)!.id;
  return t.events.filter((e) => sources(e).some((s) => s.document === doc && s.quote.includes(fragment)));
}

describe('two outlets, one event', () => {
  it.each(spec.merge.map((m) => [m.what, m] as const))('%s: one event with both sources', (_, m) => {
    const merged = eventsQuoting(pair, m.seedQuoteIncludes).filter((e) =>
      m.otherQuoteIncludes.some((q) => quotes(e).some((x) => x.includes(q))),
    );
    expect(merged, `seed “${m.seedQuoteIncludes}” with one of ${m.otherQuoteIncludes.join(' / ')}`).toHaveLength(1);
    // The seed came out first, so its report leads and its link is unchanged.
    const alone = eventsQuoting(seedAlone, m.seedQuoteIncludes).find((e) => e.date?.start === merged[0]!.date?.start);
    expect(merged[0]!.id).toBe(alone?.id);
    expect(merged[0]!.aliases?.length).toBeGreaterThan(0);
  });

  it.each(spec.mustNotMerge.map((m) => [m.why, m] as const))('keeps apart: %s', (_, m) => {
    const seedEvents = eventsQuoting(pair, m.seedQuoteIncludes);
    expect(seedEvents.length).toBeGreaterThan(0);
    for (const e of seedEvents) expect(quotes(e).some((q) => q.includes(m.otherQuoteIncludes))).toBe(false);
  });

  it.each(spec.disagreements.map((d) => [d.what, d] as const))('shows both figures where they disagree: %s', (_, d) => {
    const [event] = eventsQuoting(pair, d.seedQuoteIncludes).filter((e) => quotes(e).some((q) => q.includes(d.otherQuoteIncludes)));
    const disagreement = event?.disagreements?.find((x) => x.field === 'figure');
    expect(disagreement?.values.map((v) => v.value)).toEqual(
      expect.arrayContaining([expect.stringContaining(d.seed.value.toLocaleString('en-US')), expect.stringContaining(d.other.value.toLocaleString('en-US'))]),
    );
    expect(disagreement?.values.map((v) => v.text)).toEqual(expect.arrayContaining(['二千三百人', '2030人']));
  });

  it('quotes every other source verbatim from its own paragraph', () => {
    const text = new Map(pair.documents.flatMap((d) => d.paragraphs.map((p) => [p.id, p.text] as const)));
    for (const e of pair.events) for (const o of e.otherSources ?? []) {
      expect(text.get(o.source.paragraph)?.slice(o.source.start, o.source.end)).toBe(o.source.quote);
      // From another article, or the same article quoting what it reported (restatements.ts), never the same passage.
      if (o.source.document === e.source.document) expect(o.source.paragraph === e.source.paragraph && o.source.start === e.source.start).toBe(false);
    }
  });
});

describe('a third report, in English and published earlier', () => {
  it('recognises the same actors across languages and merges with the Chinese reports', () => {
    const call = eventsQuoting(three, '拉夫罗夫（Sergey Lavrov）通电话');
    expect(call).toHaveLength(1);
    expect(quotes(call[0]!).some((q) => /Lavrov/.test(q) && /Wang/.test(q))).toBe(true);
  });

  it('keeps every link to the seed working: each old id is the event or one of its aliases', () => {
    for (const old of seedAlone.events) {
      const now = three.events.find((e) => e.id === old.id || e.aliases?.includes(old.id));
      expect(now, old.source.quote).toBeDefined();
      expect(quotes(now!)).toContain(old.source.quote);
    }
  });
});

describe('counts as an order of magnitude', () => {
  // Three reports of one clash, checked by reading: 至少数十人 is "dozens", which 37 fits and 30 fits too;
  // 37 and 30 cannot both be right.
  const article = (url: string, hour: number, body: string) => ({
    name: `${url.split('/').pop()}.txt`,
    bytes: Buffer.from(`<!--${Date.UTC(2022, 6, 14, hour)}-->\n[斯里兰卡局势](${url})\n------\n\n<p>${body}</p>\n`),
  });
  const dozens = article('https://example.org/a', 3, '斯里兰卡首都科伦坡13日爆发冲突，警方发射催泪瓦斯驱散示威者，至少数十人受伤。');
  const exact37 = article('https://example.org/b', 5, '斯里兰卡首都科伦坡13日发生冲突，警方动用催泪瓦斯驱散示威者，37人受伤。');
  const exact30 = article('https://example.org/c', 6, '斯里兰卡首都科伦坡13日发生冲突，警方动用催泪瓦斯驱散示威者，30人受伤。');
  const merged = (t: Timeline) => {
    expect(t.events).toHaveLength(1);
    return t.events[0]!;
  };

  it('labels 数十人 as dozens, not as 10', () => {
    expect(merged(extractCorpus([dozens, exact37])).titleEn).toMatch(/\(dozens injured\)$/);
  });

  it('does not call "dozens" and 37 a disagreement', () => {
    expect(merged(extractCorpus([dozens, exact37])).disagreements).toBeUndefined();
  });

  it('still shows 37 and 30 side by side', () => {
    const event = merged(extractCorpus([exact37, exact30]));
    expect(event.disagreements?.[0]?.values.map((v) => v.text)).toEqual(['37人', '30人']);
  });
});
