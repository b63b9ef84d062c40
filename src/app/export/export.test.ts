import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../pipeline/extract.ts';
import { exportRows, type ExportRow } from './rows.ts';
import { toCsv } from './csv.ts';
import { toIcs } from './ics.ts';
import { toJson } from './json.ts';

const timeline = extractCorpus([
  { name: 'seed.txt', bytes: readFileSync('seeds/000_b1eebe35896f2b82.txt') },
  { name: 'other.txt', bytes: readFileSync('tests/fixtures/articles/kazakhstan-other-outlet.txt') },
]);
const rows = exportRows(timeline.events, {
  actors: new Map(timeline.actors.map((a) => [a.id, a])),
  documents: new Map(timeline.documents.map((d) => [d.id, d])),
  linkFor: (id) => `https://example.org/event/${id}`,
});
const call = rows.find((r) => r.titleEn === 'Wang Yi – Lavrov phone call')!;

/** A minimal RFC 4180 reader, to read the CSV back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(cell), out.push(row), (row = []), (cell = '')), i++;
    else cell += ch;
  }
  return out;
}

describe('CSV export', () => {
  const csv = toCsv(rows);
  const table = parseCsv(csv.slice(1));

  it('starts with a byte-order mark and a header, one line per event', () => {
    expect(csv.startsWith('\uFEFFid,date_start')).toBe(true);
    expect(table).toHaveLength(rows.length + 1);
  });

  it('reads back each event with its quote, source and link intact', () => {
    const header = table[0]!;
    const line = table.find((l) => l[0] === call.id)!;
    const get = (name: string) => line[header.indexOf(name)];
    expect(get('date_start')).toBe('2022-01-10');
    expect(get('quote')).toBe(call.sources[0]!.quote);
    expect(get('article_url')).toMatch(/^https:\/\/www\.rfa\.org\//);
    expect(get('link')).toBe(`https://example.org/event/${call.id}`);
    expect(get('other_sources')).toContain('拉夫罗夫通电话');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const hostile: ExportRow = { ...call, titleEn: '=HYPERLINK("http://evil")', title: '+1', actors: ['@x'] };
    const line = parseCsv(toCsv([hostile]).slice(1))[1]!;
    expect(line).toContain(`'=HYPERLINK("http://evil")`);
    expect(line).toContain(`'+1`);
    expect(line).toContain(`'@x`);
  });
});

describe('iCalendar export', () => {
  const ics = toIcs(rows, new Date('2026-11-27T12:00:00Z'));
  const unfolded = ics.replace(/\r\n /g, '');

  it('is a calendar with one all-day event per dated event', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(rows.filter((r) => r.start).length);
  });

  it('spans each event at its precision (DTEND is the day after)', () => {
    const block = (id: string) => unfolded.slice(unfolded.indexOf(`UID:${id}@`), unfolded.indexOf('END:VEVENT', unfolded.indexOf(`UID:${id}@`)));
    expect(block(call.id)).toContain('DTSTART;VALUE=DATE:20220110\r\nDTEND;VALUE=DATE:20220111');
    const month = rows.find((r) => r.precision === 'month')!;
    expect(block(month.id)).toContain('DTSTART;VALUE=DATE:20210801\r\nDTEND;VALUE=DATE:20210901');
    const range = rows.find((r) => r.end)!;
    expect(block(range.id)).toContain('DTSTART;VALUE=DATE:20220101\r\nDTEND;VALUE=DATE:20220111');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfolded).toContain(call.sources[0]!.quote.replace(/,/g, '\\,').replace(/;/g, '\\;'));
  });
});

describe('JSON export', () => {
  it('carries the events with every source and the view they came from', () => {
    const data = JSON.parse(toJson(rows, { exported: new Date('2026-11-27T12:00:00Z'), view: 'https://example.org/?cat=diplomacy' }));
    expect(data.count).toBe(rows.length);
    expect(data.view).toBe('https://example.org/?cat=diplomacy');
    expect(data.events.find((e: ExportRow) => e.id === call.id).sources).toHaveLength(2);
  });
});
