import { describe, expect, it, vi } from 'vitest';
import { generateEvents } from '../../../bench/generateEvents.ts';
import { splitTimeline } from '../build/splitTimeline.ts';
import { Details, type FetchPart } from './details.svelte.ts';

// 1,100 generated events over many documents, cut small so each kind has several parts.
const timeline = generateEvents(1100);
const split = splitTimeline(timeline, { events: 200, documents: 3 });
const fullById = new Map(timeline.events.map((e) => [e.id, e]));
const served = (): FetchPart & { calls: string[] } => {
  const calls: string[] = [];
  const fetch = async (kind: 'details' | 'text', k: number) => {
    calls.push(`${kind}/${k}`);
    return structuredClone(kind === 'details' ? split.details[k] : split.texts[k]);
  };
  return Object.assign(fetch, { calls });
};
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('Details of a split timeline', () => {
  it('gives null for an event until its part is in, then the event as the timeline file has it', async () => {
    const fetch = served();
    const details = new Details(split.view, fetch);
    const i = 650;
    expect(details.of(i)).toBeNull();
    expect(fetch.calls).toEqual(['details/3']);
    await settle();
    expect(details.of(i)).toEqual(fullById.get(split.view.events[i]!.id));
    // Its neighbours in the part came with it; nothing else was asked for.
    expect(details.peek(600)).toEqual(fullById.get(split.view.events[600]!.id));
    expect(details.peek(599)).toBeUndefined();
    expect(fetch.calls).toEqual(['details/3']);
  });

  it('gives a document\'s paragraphs\' text from its text part', async () => {
    const details = new Details(split.view, served());
    const d = 7;
    expect(details.texts(d)).toBeNull();
    await settle();
    expect(details.texts(d)).toEqual(timeline.documents.find((doc) => doc.id === split.view.documents[d]!.id)!.paragraphs.map((p) => p.text));
  });

  it('loads every part once when asked for all, and then is complete', async () => {
    const fetch = served();
    const details = new Details(split.view, fetch);
    details.of(0);
    expect(details.complete).toBe(false);
    await details.all();
    expect(details.complete).toBe(true);
    expect(fetch.calls.sort()).toEqual([...split.details.map((_, k) => `details/${k}`), ...split.texts.map((_, k) => `text/${k}`)].sort());
    split.view.events.forEach((e, i) => expect(details.peek(i)?.source.quote).toBe(fullById.get(e.id)!.source.quote));
  });

  it('says which part could not be loaded, and still loads the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing: FetchPart = async (kind, k) => {
      if (kind === 'details' && k === 1) throw new Error('HTTP 404');
      if (kind === 'details' && k === 2) return { first: 0, details: [] };
      return served()(kind, k);
    };
    const details = new Details(split.view, failing);
    await details.all();
    expect(details.problem).toMatch(/^data\/details\/[12]\.json: (HTTP 404|not a details part)$/);
    expect(warn).toHaveBeenCalledWith('Threadline: could not load data/details/1.json: HTTP 404');
    expect(details.peek(250)).toBeUndefined();
    expect(details.peek(450)).toBeUndefined();
    expect(details.peek(650)?.id).toBe(split.view.events[650]!.id);
    vi.restoreAllMocks();
  });
});

describe('Details of a whole timeline', () => {
  it('has everything from the start and fetches nothing', async () => {
    const details = Details.whole(timeline);
    expect(details.complete).toBe(true);
    expect(details.of(5)).toBe(timeline.events[5]);
    expect(details.texts(2)).toEqual(timeline.documents[2]!.paragraphs.map((p) => p.text));
    await expect(details.all()).resolves.toBeUndefined();
  });
});

describe('searching a split timeline', () => {
  it('finds an event by its quote once the quotes are in, and says the search is partial until then', async () => {
    const { Explorer } = await import('./explorer.svelte.ts');
    const ex = new Explorer();
    ex.plotWidth = 1000;
    const details = new Details(split.view, served());
    ex.load(split.view, details);
    // Words of a quote no title holds.
    const event = timeline.events.find((e) => !e.title.includes(e.source.quote.slice(0, 6)) && !e.titleEn.includes(e.source.quote.slice(0, 6)))!;
    const term = event.source.quote.slice(0, 6);
    ex.query = term;
    expect(ex.filtered.some((e) => e.id === event.id)).toBe(false);
    expect(ex.searchPartial).toBe(true);
    await details.all();
    expect(ex.searchPartial).toBe(false);
    expect(ex.filtered.some((e) => e.id === event.id)).toBe(true);
  });
});
