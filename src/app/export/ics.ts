/**
 * iCalendar (RFC 5545): one all-day VEVENT per dated event, spanning its
 * precision (a day, a range, a whole month or year), with the quote and its
 * source in the description. Undated events have no place in a calendar.
 */
import type { ExportRow } from './rows.ts';

export function toIcs(rows: readonly ExportRow[], now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const events = rows.filter((r) => r.start).flatMap((r) => {
    const [first, last] = spanOf(r);
    const source = r.sources[0];
    const description = [
      r.title,
      source ? `“${source.quote}”` : '',
      source ? `${source.article} ${source.url}` : '',
      ...r.sources.slice(1).map((s) => `Also: ${s.article} ${s.url} “${s.quote}”`),
      r.disagreements.length ? `Sources disagree: ${r.disagreements.join('; ')}` : '',
      `Date: ${r.dateText ?? 'carried over'} (${r.dateRule})`,
    ].filter(Boolean).join('\n');
    return [
      'BEGIN:VEVENT',
      `UID:${r.id}@threadline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${first}`,
      `DTEND;VALUE=DATE:${last}`,
      `SUMMARY:${escapeText(r.titleEn)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(r.category)}`,
      `URL:${r.link}`,
      'END:VEVENT',
    ];
  });
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Threadline//Timeline export//EN', 'CALSCALE:GREGORIAN', ...events, 'END:VCALENDAR'];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** [first day, day after the last] as YYYYMMDD: DTEND is exclusive. */
function spanOf(r: ExportRow): [string, string] {
  const start = r.start!;
  const end = r.end ?? start;
  const first = new Date(`${pad(start)}T00:00:00Z`);
  const last = new Date(`${pad(end)}T00:00:00Z`);
  if (end.length === 4) last.setUTCFullYear(last.getUTCFullYear() + 1);
  else if (end.length === 7) last.setUTCMonth(last.getUTCMonth() + 1);
  else last.setUTCDate(last.getUTCDate() + 1);
  const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
  return [ymd(first), ymd(last)];
}

const pad = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets continue on the next line after a space, never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
