/** Spans of “…”, 「…」 and "…" in a sentence: what someone said, chanted or wrote. */
export function quotations(sentence: string): { start: number; end: number }[] {
  // Most sentences quote nobody: a cheap look first.
  if (!/[“「"]/.test(sentence)) return [];
  return [...sentence.matchAll(/“[^”]*”|「[^」]*」|"[^"]*"/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
