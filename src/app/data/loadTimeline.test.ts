import { describe, expect, it, vi } from 'vitest';
import { INLINE_DATA_ID, loadTimeline } from './loadTimeline.ts';

const event = {
  id: 'abc123',
  title: '通电话',
  titleEn: 'Phone call',
  category: 'diplomacy',
  actors: [],
  date: { start: '2022-01-10', precision: 'day' },
  dateEvidence: { rule: 'stated' },
  source: { document: 'd1', paragraph: 'p1', quote: '通电话。', start: 0 },
};
const page = (text: string | null) => ({
  getElementById: (id: string) => (id === INLINE_DATA_ID && text !== null ? ({ textContent: text } as HTMLElement) : null),
});

describe('loadTimeline from a page that carries its data', () => {
  it('reads it without fetching, leaving out entries the app cannot show', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = await loadTimeline('/', page(JSON.stringify({ version: 1, documents: [], actors: [], events: [event, { id: 'bad' }] })));
    expect(t.events.map((e) => e.id)).toEqual(['abc123']);
    expect(fetch).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('Threadline: left out 1 malformed entries');
    vi.restoreAllMocks();
  });

  it('says plainly when what it carries is not a timeline', async () => {
    await expect(loadTimeline('/', page(JSON.stringify({ version: 2, events: [] })))).rejects.toThrow('not a timeline file');
  });

  it('fetches data/timeline.json under the base path when the page carries nothing', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ version: 1, events: [event] })));
    const t = await loadTimeline('/sub/', page(null));
    expect(fetch).toHaveBeenCalledWith('/sub/data/timeline.json');
    expect(t.events).toHaveLength(1);
    vi.restoreAllMocks();
  });
});
