/**
 * Without a publication time, relative dates (10日, 昨天, 上周三) cannot be
 * resolved; absolute ones still are. Say once per article what was left
 * undated and where, so the author can fix the timestamp.
 */
import type { Diagnostic, TimelineDocument } from '../../lib/schema.ts';
import type { ParsedSeed } from '../types.ts';
import { findDateExpressions, findDates } from '../dates/index.ts';
import { splitSentences } from '../sentences.ts';
import { diagnostic } from '../diagnostics.ts';

export function unresolvedDateDiagnostics(doc: TimelineDocument, seed: ParsedSeed): Diagnostic[] {
  const left: { text: string; line: number }[] = [];
  doc.paragraphs.forEach((p, i) => {
    for (const s of splitSentences(p.text)) {
      const resolved = findDates(s.text, { published: null, reference: null });
      for (const e of findDateExpressions(s.text)) {
        if (!resolved.some((r) => r.start < e.end && e.start < r.end)) left.push({ text: e.text, line: seed.paragraphs[i]?.line ?? 1 });
      }
    }
  });
  if (!left.length) return [];
  const examples = [...new Set(left.map((l) => l.text))].slice(0, 4).join(', ');
  return [
    diagnostic(
      doc.file,
      left[0]!.line,
      'warning',
      `${left.length} relative date expression(s) (${examples}) left undated because the article has no publication time`,
    ),
  ];
}
