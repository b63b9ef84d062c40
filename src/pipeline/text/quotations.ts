/** Spans of “…”, 「…」 and "…" in a sentence: what someone said, chanted or wrote. */
export function quotations(sentence: string): { start: number; end: number }[] {
  // Every result comes from this one array literal, found or not: an empty `[]`
  // and the result of `map` are arrays of other hidden classes than a filled
  // one, and each class that compiled code meets late (the `quoted.find` and
  // `quoted.some` of the trigger and event stages) throws that code away.
  const spans: { start: number; end: number }[] = [];
  // Most sentences quote nobody: a cheap look first.
  if (!/[“「"]/.test(sentence)) return spans;
  for (const m of sentence.matchAll(/“[^”]*”|「[^」]*」|"[^"]*"/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
