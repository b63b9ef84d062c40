/**
 * Checks of the benchmark's own inputs, run by `npm run bench:smoke`: the
 * generated timeline is schema-valid with every quote a real slice of its
 * paragraph, generated articles are readable seed files, both generators are
 * deterministic, and the peers get every dated event. A failure here is a
 * broken harness, so it throws (and the smoke run exits non-zero).
 */
import Ajv from 'ajv';
import { TimelineSchema, type Timeline } from '../src/lib/schema.ts';
import { generateArticles } from './generateCorpus.ts';
import { generateEvents } from './generateEvents.ts';
import { parseSourceArticle } from './lib/sourceArticles.ts';
import { toTimelineJS } from './peers/toTimelineJS.ts';
import { toVis } from './peers/toVis.ts';

export function quoteProblems(timeline: Timeline): string[] {
  const paragraphs = new Map(timeline.documents.flatMap((d) => d.paragraphs.map((p) => [p.id, p.text] as const)));
  return timeline.events
    .filter((e) => paragraphs.get(e.source.paragraph)?.slice(e.source.start, e.source.end) !== e.source.quote)
    .map((e) => e.id);
}

export function smokeChecks(log: (line: string) => void): void {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(TimelineSchema);
  const timeline = generateEvents(300);
  if (!validate(timeline)) throw new Error(`generated timeline is not schema-valid: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  const bad = quoteProblems(timeline);
  if (bad.length) throw new Error(`generated quotes that are not slices of their paragraph: ${bad.slice(0, 5).join(', ')}`);
  if (JSON.stringify(generateEvents(300)) !== JSON.stringify(timeline)) throw new Error('generateEvents is not deterministic');
  const precisions = new Set(timeline.events.map((e) => e.date?.precision ?? 'undated'));
  const categories = new Set(timeline.events.map((e) => e.category));

  const articles = generateArticles(5);
  const unreadable = articles.filter((a) => !parseSourceArticle(a.name, a.text));
  if (unreadable.length) throw new Error(`generated articles without a seed header: ${unreadable.map((a) => a.name).join(', ')}`);
  if (JSON.stringify(generateArticles(5)) !== JSON.stringify(articles)) throw new Error('generateArticles is not deterministic');

  const dated = timeline.events.filter((e) => e.date).length;
  if (toVis(timeline).items.length !== dated || toTimelineJS(timeline).events.length !== dated)
    throw new Error('the peers do not get every dated event');
  log(
    `smoke: generators OK (300 events: precisions ${[...precisions].join('/')}, ${categories.size} categories; 5 articles, ` +
      `${(articles.reduce((s, a) => s + a.text.length, 0) / 5 / 1000).toFixed(1)} k chars each)`,
  );
}
