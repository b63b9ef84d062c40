import { afterEach, describe, expect, it, vi } from 'vitest';
import { INLINE_DATA_ID, loadTimeline } from './loadTimeline.ts';

const event = {
  id: 'abc123',
  title: '通电话',
  titleEn: 'Phone call',
  category: 'diplomacy',
  actors: [],
  date: { start: '2022-01-10', precision: 'day' },
  dateEvidence: { rule: 'stated' },
  source: { document: 'd1', paragraph: 'p1', quote: '通电话。', start: 0, end: 4 },
};
const { dateEvidence: _, ...viewEvent } = { ...event, source: { document: 'd1', paragraph: 'p1', start: 0, end: 4 } };
const view = { version: 1, documents: [], actors: [], events: [viewEvent], diagnostics: [], parts: { events: 500, documents: 200 } };
const page = (text: string | null) => ({
  getElementById: (id: string) => (id === INLINE_DATA_ID && text !== null ? ({ textContent: text } as HTMLElement) : null),
});
const respond = (routes: Record<string, unknown>) =>
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) =>
    String(url) in routes ? new Response(JSON.stringify(routes[String(url)])) : new Response('', { status: 404 }),
  );

afterEach(() => vi.restoreAllMocks());

describe('loadTimeline', () => {
  it('reads a page that carries its data without fetching, leaving out entries the app cannot show', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { timeline, details } = await loadTimeline('/', page(JSON.stringify({ version: 1, documents: [], actors: [], events: [event, { id: 'bad' }] })));
    expect(timeline.events.map((e) => e.id)).toEqual(['abc123']);
    expect(details.of(0)?.source.quote).toBe('通电话。');
    expect(fetch).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('Threadline: left out 1 malformed entries');
  });

  it('says plainly when what it carries is not a timeline', async () => {
    await expect(loadTimeline('/', page(JSON.stringify({ version: 2, events: [] })))).rejects.toThrow('not a timeline file');
  });

  it('fetches a large timeline\'s first view under the base path, and its details from the parts beside it', async () => {
    const fetch = respond({ '/sub/data/view.json': view, '/sub/data/details/0.json': { first: 0, details: [{ quote: '通电话。', dateEvidence: { rule: 'stated', text: null } }] } });
    const { timeline, details } = await loadTimeline('/sub/', page(null));
    expect(timeline.events.map((e) => e.id)).toEqual(['abc123']);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/sub/data/view.json']);
    await details.all();
    expect(details.of(0)?.source.quote).toBe('通电话。');
    expect(fetch.mock.calls.map(([url]) => url)).toContain('/sub/data/details/0.json');
  });

  it('reads the whole data/timeline.json where no build split it (no view.json: the dev server)', async () => {
    const fetch = respond({ '/sub/data/timeline.json': { version: 1, events: [event] } });
    const { timeline, details } = await loadTimeline('/sub/', page(null));
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/sub/data/view.json', '/sub/data/timeline.json']);
    expect(timeline.events).toHaveLength(1);
    expect(details.of(0)?.dateEvidence.rule).toBe('stated');
  });

  it('reads the whole file instead of a first view with malformed entries, whose parts would no longer line up', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const damaged = { ...view, events: [{ id: 'BAD' }, viewEvent] };
    const fetch = respond({ '/data/view.json': damaged, '/data/timeline.json': { version: 1, events: [{ id: 'BAD' }, event] } });
    const { timeline, details } = await loadTimeline('/', page(null));
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/data/view.json', '/data/timeline.json']);
    expect(timeline.events.map((e) => e.id)).toEqual(['abc123']);
    expect(details.of(0)?.source.quote).toBe('通电话。');
  });

  it('takes a page served for an unknown path (the dev server\'s index.html) for no first view', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) =>
      String(url).endsWith('timeline.json')
        ? new Response(JSON.stringify({ version: 1, events: [event] }))
        : new Response('<!doctype html><title>Threadline</title>', { headers: { 'content-type': 'text/html' } }),
    );
    const { timeline } = await loadTimeline('/', page(null));
    expect(timeline.events).toHaveLength(1);
  });

  it('names the HTTP status when no data file can be read', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 500 }));
    await expect(loadTimeline('/', page(null))).rejects.toThrow('HTTP 500');
  });
});
