import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, TimelineSchema } from '../src/lib/schema.ts';
import { generateEvents } from './generateEvents.ts';
import { quoteProblems } from './smoke.ts';

const validate = new Ajv({ allErrors: true, strict: false }).compile(TimelineSchema);

describe('generateEvents', () => {
  const timeline = generateEvents(2000);
  it('makes exactly n schema-valid events with unique ids', () => {
    expect(validate(timeline)).toBe(true);
    expect(timeline.events).toHaveLength(2000);
    expect(new Set(timeline.events.map((e) => e.id)).size).toBe(2000);
  });
  it('quotes real slices of the paragraphs, and every actor it names exists', () => {
    expect(quoteProblems(timeline)).toEqual([]);
    const actors = new Set(timeline.actors.map((a) => a.id));
    expect(timeline.events.flatMap((e) => e.actors).every((id) => actors.has(id))).toBe(true);
  });
  it('uses every category, precision and date rule, with undated events last', () => {
    expect(new Set(timeline.events.map((e) => e.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(timeline.events.map((e) => e.date?.precision ?? null))).toEqual(new Set(['day', 'month', 'year', null]));
    expect(new Set(timeline.events.map((e) => e.dateEvidence.rule)).size).toBe(6);
    const firstUndated = timeline.events.findIndex((e) => !e.date);
    expect(timeline.events.slice(firstUndated).every((e) => !e.date)).toBe(true);
  });
  it('clusters most events in a few weeks and spreads the rest over years', () => {
    const months = new Map<string, number>();
    for (const e of timeline.events) if (e.date) months.set(e.date.start.slice(0, 7), (months.get(e.date.start.slice(0, 7)) ?? 0) + 1);
    const busiest = [...months.values()].sort((a, b) => b - a).slice(0, 10).reduce((s, n) => s + n, 0);
    expect(busiest / timeline.events.length).toBeGreaterThan(0.5);
    const years = new Set(timeline.events.filter((e) => e.date).map((e) => e.date!.start.slice(0, 4)));
    expect(years.size).toBeGreaterThan(15);
  });
  it('is the same timeline every time', () => {
    expect(JSON.stringify(generateEvents(300))).toBe(JSON.stringify(generateEvents(300)));
  });
});
