/**
 * Ids derived from content, never from positions, so adding or removing
 * other articles (or events) leaves every existing id, and every deep link,
 * unchanged.
 */
import { createHash } from 'node:crypto';
import type { DateValue } from '../lib/schema.ts';

const hash = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

/** A document is its article URL; without one, its file name. */
export function documentId(url: string, file: string): string {
  return `d${hash(url ? normaliseUrl(url) : `file:${file}`, 9)}`;
}

// The same article is often linked with and without tracking query strings,
// a trailing slash or http/https.
function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}`.toLowerCase();
  } catch {
    return url.trim();
  }
}

export function sameArticleKey(url: string): string {
  return normaliseUrl(url);
}

/** An event is its document, its quote and its date. */
export function eventId(document: string, quote: string, date: DateValue | null, salt = ''): string {
  const when = date ? `${date.start}/${date.end ?? ''}` : 'undated';
  return hash(`${document}\u0000${quote}\u0000${when}\u0000${salt}`, 12);
}
