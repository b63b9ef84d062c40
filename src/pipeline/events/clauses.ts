/**
 * Clauses: the spans of a sentence between commas, semicolons and colons
 * that stand outside quotation marks and brackets. A quotation stays whole
 * inside the clause that opens it, so “…，…” is one clause.
 */
export interface Span {
  start: number;
  end: number;
}

const OPENERS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '（': '）', '(': ')', '‘': '’' };
const CLAUSE_BREAKS = new Set(['，', '；', '：', ';', ':', '、']);
/** Every character the loop below acts on; the rest are skipped at once. */
const MARKS = new Uint8Array(65536);
for (const ch of [...Object.keys(OPENERS), ...Object.values(OPENERS), '"', ',', ' ', ...CLAUSE_BREAKS]) MARKS[ch.charCodeAt(0)] = 1;

export function splitClauses(sentence: string): Span[] {
  const clauses: Span[] = [];
  const closers: string[] = [];
  let start = 0;
  let straightQuoteOpen = false;
  for (let i = 0; i < sentence.length; i++) {
    if (MARKS[sentence.charCodeAt(i)] !== 1) continue;
    const ch = sentence[i]!;
    if (closers.length && ch === closers[closers.length - 1]) closers.pop();
    else if (OPENERS[ch]) closers.push(OPENERS[ch]);
    else if (ch === '"') straightQuoteOpen = !straightQuoteOpen;
    else if (!closers.length && !straightQuoteOpen && isBreak(sentence, i)) {
      if (i > start) clauses.push({ start, end: i });
      start = i + 1;
    }
  }
  if (sentence.length > start) clauses.push({ start, end: sentence.length });
  return clauses.map(trimSpan(sentence)).filter((c) => c.end > c.start);
}

const isHan = (ch: string | undefined) => ch !== undefined && ch >= '\u3400' && ch <= '\u9fff';

// The enumeration comma 、 joins list items, not clauses; an English comma
// breaks only when followed by a space (not inside 10,000); a space between
// two Chinese characters is how headlines separate clauses (示威者攻占总统官邸 总理同意辞职).
function isBreak(s: string, i: number): boolean {
  const ch = s[i]!;
  if (ch === '、') return false;
  if (ch === ',') return s[i + 1] === ' ';
  if (ch === ' ') return isHan(s[i - 1]) && isHan(s[i + 1]);
  return CLAUSE_BREAKS.has(ch);
}

const LEADING = new Set([...' \t\n\u3000\u00a0，。；：,;:']);
const TRAILING = new Set([...' \t\n\u3000\u00a0。！？.!?']);

const trimSpan = (s: string) => (span: Span): Span => {
  let { start, end } = span;
  while (start < end && LEADING.has(s[start]!)) start++;
  while (end > start && TRAILING.has(s[end - 1]!)) end--;
  return { start, end };
};
