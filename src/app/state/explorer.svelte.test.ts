import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../lib/schema.ts';
import { EMPTY_URL_STATE } from '../url/urlState.ts';
import { Explorer } from './explorer.svelte.ts';

const sample: Timeline = JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8'));
const loaded = () => {
  const ex = new Explorer();
  ex.plotWidth = 1000;
  ex.load(sample);
  return ex;
};
const find = (pred: (e: Timeline['events'][number]) => boolean) => sample.events.find(pred)!;

describe('Explorer', () => {
  it('opens on the dense window and leaves it out of the address', () => {
    const ex = loaded();
    expect(ex.window).toEqual(ex.defaultWindow);
    expect(ex.urlState.window).toBeNull();
    ex.zoomBy(2);
    expect(ex.urlState.window).not.toBeNull();
  });

  it('names where an easing is going in the address, and where a gesture left the view', () => {
    const ex = loaded();
    const from = ex.window;
    ex.zoomBy(2);
    const goal = ex.urlState.window!;
    const halfway: [number, number] = [(from[0] + ex.window[0]) / 2, (from[1] + ex.window[1]) / 2];
    ex.showWindow(halfway, false);
    expect(ex.window).toEqual(halfway);
    expect(ex.urlState.window).toEqual(goal);
    ex.showWindow(halfway, true);
    expect(ex.urlState.window).not.toEqual(goal);
    expect(ex.urlState.window![0]).toBeCloseTo(halfway[0], -4);
  });

  it('selects an event, brings it into view and names it in the address', () => {
    const ex = loaded();
    const year = find((e) => e.date?.precision === 'year');
    ex.select(year.id);
    expect(ex.selected?.id).toBe(year.id);
    expect(ex.urlState.event).toBe(year.id);
    const start = Date.parse(`${year.date!.start}-01-01`);
    expect(ex.window[1]).toBeGreaterThan(start);
  });

  it('says so when an address names an event it does not have', () => {
    const ex = loaded();
    ex.applyUrl({ ...EMPTY_URL_STATE, event: 'zzzzzzzzzz' });
    expect(ex.missing).toBe(true);
    ex.applyUrl({ ...EMPTY_URL_STATE, badEvent: true });
    expect(ex.missing).toBe(true);
    ex.select(sample.events[0]!.id);
    expect(ex.missing).toBe(false);
  });

  it('walks dated events in time order with the keyboard', () => {
    const ex = loaded();
    const seen: number[] = [];
    ex.moveFocus('first');
    for (let i = 0; i < ex.filteredDated.length; i++) {
      seen.push(ex.model!.byId.get(ex.focusId!)!.order);
      ex.moveFocus(1);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(ex.filteredDated.length);
  });

  it('filters by category, actor and search, and restores from an address', () => {
    const ex = loaded();
    ex.toggleCategory('unrest');
    expect(ex.filtered.every((e) => e.category !== 'unrest')).toBe(true);
    ex.actor = 'lavrov';
    expect(ex.filtered.every((e) => e.event.actors.includes('lavrov'))).toBe(true);
    const u = { ...EMPTY_URL_STATE, ...ex.urlState, badEvent: false };
    const other = loaded();
    other.applyUrl(u);
    expect(other.filtered.map((e) => e.id)).toEqual(ex.filtered.map((e) => e.id));
  });

  it('opens a merged event from the id it had in another article, and names it by its own id', () => {
    const merged = sample.events[1]!;
    const withAlias: Timeline = {
      ...sample,
      events: sample.events.map((e) => (e === merged ? { ...e, aliases: ['oldid12345'] } : e)),
    };
    const ex = new Explorer();
    ex.load(withAlias);
    ex.applyUrl({ ...EMPTY_URL_STATE, event: 'oldid12345' });
    expect(ex.selected?.id).toBe(merged.id);
    expect(ex.missing).toBe(false);
    expect(ex.urlState.event).toBe(merged.id);
    ex.select(null);
    ex.select('oldid12345');
    expect(ex.selectedId).toBe(merged.id);
    ex.applyUrl({ ...EMPTY_URL_STATE, event: 'nosuchid99' });
    expect(ex.missing).toBe(true);
  });

  it('keeps embed mode in the address it writes', () => {
    const ex = loaded();
    expect(ex.urlState.embed).toBe(false);
    ex.applyUrl({ ...EMPTY_URL_STATE, embed: true, event: sample.events[0]!.id });
    expect(ex.embed).toBe(true);
    expect(ex.urlState).toMatchObject({ embed: true, event: sample.events[0]!.id });
  });
});
