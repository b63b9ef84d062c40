import type { DateValue } from '../../lib/schema.ts';
import type { Span } from '../data/types.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const YEAR = 365.2425 * DAY;

const PREFIX = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Start of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` prefix and the end of the unit it names, in ms UTC. */
export function prefixSpan(value: string): Span | null {
  const m = PREFIX.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]) - 1;
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 0 || month > 11)) return null;
  const start = utc(year, month ?? 0, day ?? 1);
  // Reject 2022-02-31 and the like: Date would roll it over silently.
  if (day !== null && new Date(start).getUTCDate() !== day) return null;
  const end = day !== null ? utc(year, month!, day + 1) : month !== null ? utc(year, month + 1, 1) : utc(year + 1, 0, 1);
  return [start, end];
}

/** Date.UTC maps years 0–99 to 1900–1999; set the year explicitly instead. */
function utc(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, month, day));
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

/** The whole time an event's date covers, [start, end) ms, or null when it cannot be read. */
export function dateSpan(date: DateValue | null): Span | null {
  if (!date) return null;
  const first = prefixSpan(date.start);
  if (!first) return null;
  if (!date.end) return first;
  const last = prefixSpan(date.end);
  return last && last[1] > first[0] ? [first[0], last[1]] : first;
}

/** ISO day (or day and minute) text for a URL; readable and round-trips through `parseInstant`. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return `${iso.slice(0, 16)}Z`;
}

const INSTANT = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z?)?)?)?$/;

/** Parses what `formatInstant` writes (and coarser prefixes); null for anything else. */
export function parseInstant(text: string): number | null {
  const m = INSTANT.exec(text);
  if (!m) return null;
  const span = prefixSpan([m[1], m[2], m[3]].filter((x) => x !== undefined).join('-'));
  if (!span) return null;
  const h = Number(m[4] ?? 0);
  const min = Number(m[5] ?? 0);
  const s = Number(m[6] ?? 0);
  if (h > 23 || min > 59 || s > 59) return null;
  return span[0] + h * HOUR + min * 60_000 + s * 1000;
}
