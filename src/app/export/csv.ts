/**
 * CSV (RFC 4180) for spreadsheets: UTF-8 with a byte-order mark so Excel
 * reads Chinese right, and cells that a spreadsheet would run as a formula
 * (=, +, -, @ first) defused with a leading apostrophe: quotes come from
 * untrusted articles.
 */
import type { ExportRow } from './rows.ts';

const HEADER = [
  'id', 'date_start', 'date_end', 'precision', 'category', 'cameo', 'label_en', 'title', 'actors',
  'date_rule', 'date_as_written', 'quote', 'article', 'article_url', 'published', 'other_sources', 'disagreements', 'link',
];

export function toCsv(rows: readonly ExportRow[]): string {
  const lines = rows.map((r) => {
    const [first, ...others] = r.sources;
    return [
      r.id, r.start, r.end, r.precision, r.category, r.cameo, r.titleEn, r.title, r.actors.join('; '),
      r.dateRule, r.dateText, first?.quote, first?.article, first?.url, first?.published,
      others.map((s) => `${s.article} (${s.url}): ${s.quote}`).join(' | '), r.disagreements.join(' | '), r.link,
    ].map(cell);
  });
  return `\uFEFF${[HEADER, ...lines].map((l) => l.join(',')).join('\r\n')}\r\n`;
}

function cell(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
