import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../pipeline/extract.ts';
import { prepareTimeline } from '../data/prepare.ts';
import { exportFile, type ExportContext } from './download.ts';
import { shownEvents } from './shown.ts';
import { embedSnippet } from './embed.ts';

const timeline = extractCorpus([
  { name: 'seed.txt', bytes: readFileSync('seeds/000_b1eebe35896f2b82.txt') },
  { name: 'other.txt', bytes: readFileSync('tests/fixtures/articles/kazakhstan-other-outlet.txt') },
]);
const model = prepareTimeline(timeline);
const ctx: ExportContext = {
  actors: model.actors,
  documents: model.documentsById,
  linkFor: (id) => `https://example.org/event/${id}`,
  view: 'https://example.org/?cat=diplomacy',
  now: new Date('2026-11-27T12:00:00Z'),
};
const diplomacy = model.events.filter((e) => e.category === 'diplomacy').map((e) => timeline.events[e.index]!);

describe('exportFile', () => {
  it.each([
    ['csv', 'text/csv;charset=utf-8', '\uFEFFid,'],
    ['json', 'application/json', '{'],
    ['ics', 'text/calendar;charset=utf-8', 'BEGIN:VCALENDAR'],
  ] as const)('%s: a dated file name, its type, and the events given', (format, type, start) => {
    const file = exportFile(format, diplomacy, ctx);
    expect(file.name).toBe(`threadline-2026-11-27-${diplomacy.length}-events.${format}`);
    expect(file.type).toBe(type);
    expect(file.text.startsWith(start)).toBe(true);
    for (const e of diplomacy.filter((e) => e.date)) expect(file.text).toContain(e.id);
  });

  it('exports only the events given (the ones shown)', () => {
    const json = JSON.parse(exportFile('json', diplomacy, ctx).text);
    expect(json.count).toBe(diplomacy.length);
    expect(json.view).toBe('https://example.org/?cat=diplomacy');
    expect(json.events.every((e: { category: string }) => e.category === 'diplomacy')).toBe(true);
  });
});

describe('shownEvents', () => {
  it('is every filtered event, or those in the window when the list is limited to it', () => {
    const jan10 = Date.UTC(2022, 0, 10);
    const window = [jan10, jan10 + 86_400_000] as const;
    expect(shownEvents(model.events, false, window)).toHaveLength(model.events.length);
    const inView = shownEvents(model.events, true, window);
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.length).toBeLessThan(model.events.length);
    expect(inView.every((e) => e.dated && e.start < window[1] && e.end > window[0])).toBe(true);
  });
});

describe('embedSnippet', () => {
  it('is an iframe with the address and a title, both kept as attribute text', () => {
    const html = embedSnippet('https://example.org/event/abc?embed=1&lang=zh', 'Threadline: "A" <b>');
    expect(html).toBe(
      '<iframe src="https://example.org/event/abc?embed=1&amp;lang=zh" title="Threadline: &quot;A&quot; &lt;b&gt;" width="100%" height="640" style="border:1px solid #ccc;border-radius:6px" loading="lazy"></iframe>',
    );
  });
});
