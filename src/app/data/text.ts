import type { Source } from '../../lib/schema.ts';

export interface QuoteParts {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/**
 * Splits a paragraph around its quote so the quote can sit in a <mark> while
 * everything stays plain text. Trusts the offsets only when they really give
 * the quote; otherwise looks the quote up; null when it is not there at all.
 */
export function quoteParts(text: string, source: Pick<Source, 'quote' | 'start' | 'end'>): QuoteParts | null {
  const { quote } = source;
  if (!quote) return null;
  let start = source.start;
  if (text.slice(start, source.end) !== quote) {
    start = text.indexOf(quote);
    if (start < 0) return null;
  }
  return { before: text.slice(0, start), quote, after: text.slice(start + quote.length) };
}

/** The address if it is an absolute http(s) URL, else null: nothing else becomes a link. */
export function httpUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A short name for where an article appeared: its site's host without "www." ("rfa.org"); '' without one. */
export function outletOf(url: string | undefined | null): string {
  const href = httpUrl(url);
  return href ? new URL(href).hostname.replace(/^www\./, '') : '';
}
