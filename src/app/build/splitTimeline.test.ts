import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../../bench/generateEvents.ts';
import type { Timeline } from '../../lib/schema.ts';
import { DetailsPartSchema, TextPartSchema, ViewTimelineSchema } from '../../lib/viewSchema.ts';
import { extractCorpus } from '../../pipeline/extract.ts';
import { joinEvent } from '../data/joinEvent.ts';
import { prepareTimeline } from '../data/prepare.ts';
import { timeOrder } from '../data/timeOrder.ts';
import { splitTimeline } from './splitTimeline.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
const validView = ajv.compile(ViewTimelineSchema);
const validDetails = ajv.compile(DetailsPartSchema);
const validText = ajv.compile(TextPartSchema);

// The seed and another outlet's report of it (merged events, other sources, disagreements), a hand-made
// sample with every date shape, and 1,200 generated events over many documents (several parts of each kind).
const timelines: [string, Timeline][] = [
  [
    'the seed with another outlet',
    extractCorpus([
      { name: 'seed.txt', bytes: readFileSync('seeds/000_b1eebe35896f2b82.txt') },
      { name: 'other.txt', bytes: readFileSync('tests/fixtures/articles/kazakhstan-other-outlet.txt') },
    ]),
  ],
  ['the e2e sample', JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')) as Timeline],
  ['1,200 generated events', generateEvents(1200)],
];

describe.each(timelines)('splitTimeline: %s', (_, timeline) => {
  const sizes = { events: 500, documents: 7 };
  const split = splitTimeline(timeline, sizes);

  it('writes a first view and parts that the JSON Schemas accept', () => {
    expect(validView(split.view), JSON.stringify(validView.errors?.slice(0, 3))).toBe(true);
    for (const part of split.details) expect(validDetails(part), JSON.stringify(validDetails.errors?.slice(0, 3))).toBe(true);
    for (const part of split.texts) expect(validText(part), JSON.stringify(validText.errors?.slice(0, 3))).toBe(true);
  });

  it('gives every event back as the timeline file has it, from its part', () => {
    expect(split.details.map((p) => p.first)).toEqual(split.details.map((_, k) => k * sizes.events));
    const byId = new Map(timeline.events.map((e) => [e.id, e]));
    expect(byId.size).toBe(timeline.events.length);
    split.view.events.forEach((v, i) => {
      const part = split.details[Math.floor(i / sizes.events)]!;
      expect(joinEvent(v, part.details[i - part.first]!)).toStrictEqual(byId.get(v.id));
    });
  });

  it('opens in the app in the same order as the whole file', () => {
    expect(prepareTimeline(split.view).events.map((e) => e.id)).toEqual(prepareTimeline(timeline).events.map((e) => e.id));
  });

  it('lists events in the app\'s time order, so the app\'s sort leaves them as they are', () => {
    const order = timeOrder(timeline.events, timeline.documents).byTime;
    expect(split.view.events.map((e) => e.id)).toEqual(order.map((i) => timeline.events[i]!.id));
    const again = timeOrder(split.view.events, split.view.documents).byTime;
    expect(again).toEqual(again.map((_, i) => i));
  });

  it('gives every paragraph\'s text back from its document\'s text part', () => {
    timeline.documents.forEach((doc, d) => {
      const part = split.texts[Math.floor(d / sizes.documents)]!;
      expect(part.texts[d - part.first]).toEqual(doc.paragraphs.map((p) => p.text));
    });
  });

  it('leaves quotes, paragraphs\' text and lines, date evidence, figures and TIMEX3 values out of the first view', () => {
    const view = JSON.stringify(split.view);
    for (const key of ['quote', 'text', 'dateEvidence', 'figures', 'trigger', 'cameo', 'timex', 'line']) expect(view).not.toContain(`"${key}":`);
  });

  it('keeps what the first view needs: ids, dates, titles, actors, aliases and how many articles report each', () => {
    const byId = new Map(split.view.events.map((v) => [v.id, v]));
    timeline.events.forEach((e) => {
      const v = byId.get(e.id)!;
      expect([v.id, v.title, v.titleEn, v.actors, v.aliases]).toEqual([e.id, e.title, e.titleEn, e.actors, e.aliases]);
      // The date as the app reads it, without the TIMEX3 value it never shows.
      expect(v.date).toStrictEqual(e.date && Object.fromEntries(Object.entries(e.date).filter(([k]) => k !== 'timex')));
      expect(v.otherSources?.map((o) => o.source.document)).toEqual(e.otherSources?.map((o) => o.source.document));
    });
  });
});

describe('a details part', () => {
  const [, seed] = timelines[0]!;
  const part = splitTimeline(seed, { events: 500, documents: 7 }).details[0]!;
  const withCameo = part.details.findIndex((d) => d.cameo !== undefined);
  const edited = (change: Record<string, unknown>) => ({
    ...part,
    details: part.details.map((d, i) => (i === withCameo ? { ...d, ...change } : d)),
  });

  it("is held to the contract's rules for the fields it carries", () => {
    expect(withCameo).toBeGreaterThanOrEqual(0);
    expect(validDetails(part)).toBe(true);
    // The timeline file refuses these (schema.ts); a part must refuse them too.
    expect(validDetails(edited({ cameo: 'protest' }))).toBe(false);
    expect(validDetails(edited({ dateEvidence: { rule: 'guessed' } }))).toBe(false);
    expect(validDetails(edited({ figures: [{ value: 'many' }] }))).toBe(false);
  });
});
