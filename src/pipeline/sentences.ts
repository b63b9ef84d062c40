/**
 * Paragraph text → sentences with exact offsets (`text.slice(start, end)`
 * is the sentence). Written here rather than taken from Intl.Segmenter:
 * ICU splits inside quoted speech (`说：“A。B。”` becomes two sentences), and
 * a quotation must stay one sourced statement together with its lead-in.
 */
import type { Sentence } from './types.ts';
import rolesJson from './data/gazetteer/roles.json' with { type: 'json' };

/** Full-width enders always end a sentence (outside quotes). */
const FULL_WIDTH_ENDERS = new Set(['。', '！', '？', '；', '｡', '︒']);
/** Half-width forms end a sentence in Chinese context or before a new English sentence. */
const HALF_WIDTH_ENDERS = new Set(['!', '?', ';']);
const ELLIPSIS = '…';
/** Characters that close what a sentence opened; they stay with that sentence. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '〉', ']', '"', "'"]);
/** Paired marks inside which no sentence ends. */
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '（': '）', '"': '"' };

/**
 * Words whose trailing period is not a full stop. Dotted forms (U.S., e.g.) are found by shape.
 * The role gazetteer's dotted words (Brig. Gen., Lt. Col.) are added, so a title the actor
 * matcher knows never splits the sentence that names its holder.
 */
const ABBREVIATIONS = new Set([
  ...('Mr Mrs Ms Dr Prof Sr Jr St Mt Ft vs Gen Col Lt Sgt Capt Cmdr Adm Maj Rep Sen Gov Pres Rev Hon ' +
    'Brig Cpl Pvt Spc Pfc Cpt Lieut Ens Amb Supt Insp Det Msgr Fr Rt ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Corp Ltd Co Bros Ave Blvd Dept Fig approx est cf al')
    .split(' '),
  ...dottedRoleWords(rolesJson as { en: string; latin?: string[] }[]),
]);

/** `Brig. Gen.` → Brig, Gen: the words a role title writes with a period. */
export function dottedRoleWords(roles: { en: string; latin?: string[] }[]): string[] {
  const words: string[] = [];
  for (const role of roles)
    for (const name of [role.en, ...(role.latin ?? [])])
      for (const word of name.split(' ')) if (/^[A-Za-z]+\.$/.test(word)) words.push(word.slice(0, -1));
  return words;
}
/** Abbreviations only when a number follows: `No. 5`, but "He said no." ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['No', 'Nos', 'Vol', 'Art', 'p', 'pp']);

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const SPACE = /\s/u;

/**
 * Every character that can end a sentence or close one; the rest of the text
 * is skipped unread. Module-level and reset per call: splitting never nests.
 */
const CANDIDATES = /[。！？；｡︒!?;.…”’」』）)】》〉\]"']/g;
/** Every character that opens or closes a paired mark. */
const PAIR_MARKS = /[“”‘’「」『』（）"]/g;

export function splitSentences(text: string): Sentence[] {
  const spans = quotedSpans(text);
  const ends: number[] = [];
  let span = 0; // index into spans of the first quoted span not yet passed
  CANDIDATES.lastIndex = 0;
  for (let match = CANDIDATES.exec(text); match; match = CANDIDATES.exec(text)) {
    const i = match.index;
    while (span < spans.length && spans[span + 1]! < i) span += 2;
    const open = spans[span];
    const close = spans[span + 1];
    if (open !== undefined && close !== undefined && open <= i && i < close) {
      CANDIDATES.lastIndex = close; // nothing inside a quotation ends a sentence
      continue;
    }
    const end = sentenceEndAt(text, i, close === i);
    if (end !== null) {
      ends.push(end);
      CANDIDATES.lastIndex = end;
    }
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const boundary of ends) {
    let s = start;
    let e = boundary;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    const previous = sentences[sentences.length - 1];
    if (e > s && previous && isBracketedNote(text.slice(s, e))) {
      // `…街头。（法新社）`: a trailing credit belongs to the sentence before it.
      previous.end = e;
      previous.text = text.slice(previous.start, e);
    } else if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
    start = boundary;
  }
  return sentences;
}

/** `（路透社）`, `(AP)`: a bracketed note with no sentence of its own inside. */
function isBracketedNote(sentence: string): boolean {
  return /^[（(【\[][^（(【\[）)】\]。！？.!?]*[）)】\]]$/u.test(sentence);
}

/**
 * The outermost quoted or bracketed spans, as [open, close, open, close, …]
 * offsets in text order. Only marks that are closed later count: a stray “
 * must not swallow the rest of the paragraph.
 */
function quotedSpans(text: string): number[] {
  const pairs: [number, number][] = [];
  const open: { index: number; closer: string }[] = [];
  PAIR_MARKS.lastIndex = 0;
  for (let match = PAIR_MARKS.exec(text); match; match = PAIR_MARKS.exec(text)) {
    const ch = match[0];
    const i = match.index;
    const top = open[open.length - 1];
    if (ch === '"' && top?.closer === '"') {
      open.pop();
      pairs.push([top.index, i]);
      continue;
    }
    if (PAIRS[ch] !== undefined) {
      open.push({ index: i, closer: PAIRS[ch] });
      continue;
    }
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k]!.closer !== ch) continue;
      pairs.push([open[k]!.index, i]);
      open.length = k; // marks left open inside this pair were strays
      break;
    }
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const outermost: number[] = [];
  for (const [start, end] of pairs) if (outermost.length === 0 || start > outermost[outermost.length - 1]!) outermost.push(start, end);
  return outermost;
}

/**
 * If a sentence ends with the character at `i` (outside quotes, or the mark
 * closing one), the offset just after it and any closing marks; else null.
 */
const CONTINUES = new Set([...'并並且而但还還又也']);

function sentenceEndAt(text: string, i: number, closesQuote: boolean): number | null {
  const ch = text[i]!;
  if (closesQuote) {
    // `…。”`: the quote ended with a full stop, so the sentence ends after the quote.
    let k = i - 1;
    while (k >= 0 && CLOSERS.has(text[k]!)) k--;
    const last = text[k];
    if (last === undefined || !isEnder(last)) return null;
    const end = skipClosers(text, i + 1);
    // `…。”` and `…”` close a quoted statement, unless the sentence goes on
    // with its own verb (「…。」並祝賀賴清德當選: he also congratulated).
    if (FULL_WIDTH_ENDERS.has(last) || last === ELLIPSIS) return CONTINUES.has(text[end] ?? '') ? null : end;
    return acceptEnd(text, last, k, end);
  }
  if (!isEnder(ch)) return null;
  let j = i + 1;
  while (j < text.length && isEnder(text[j]!)) j++;
  return acceptEnd(text, strongestMark(text.slice(i, j)), i, skipClosers(text, j));
}

/** `?!`, `。。。`, `...`: a run of enders counts as its strongest mark. */
function strongestMark(run: string): string {
  for (const ch of run) if (FULL_WIDTH_ENDERS.has(ch)) return ch;
  for (const mark of ['!', '?', ';', ELLIPSIS]) if (run.includes(mark)) return mark;
  return '.';
}

function isEnder(ch: string): boolean {
  return FULL_WIDTH_ENDERS.has(ch) || HALF_WIDTH_ENDERS.has(ch) || ch === '.' || ch === ELLIPSIS;
}

function skipClosers(text: string, j: number): number {
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  return j;
}

/*
 * `工具：一是…；二是…`: the items of one enumeration are one sentence, with
 * the speaker and the verb that introduced them. Only a second or later item
 * counts: 第二天 ("the next day") and 二人 start sentences of their own.
 */
const ENUMERATION_ITEM = /^(?:[二三四五六七八九十]是|其[二三四五六七八九十](?![十百千万萬亿億])|第[二三四五六七八九十](?:是|[，,、])|[二三四五六七八九十]、|[（(][二三四五六七八九十][）)])/;

/** Decide whether the ender `mark` (at `at`) ends a sentence that runs to `end`. */
function acceptEnd(text: string, mark: string, at: number, end: number): number | null {
  if (end >= text.length) return end;
  if (mark === '；' && ENUMERATION_ITEM.test(text.slice(end, end + 4).trimStart())) return null;
  if (FULL_WIDTH_ENDERS.has(mark)) return end;
  const next = nextVisible(text, end);
  const chineseContext = (next !== null && HAN.test(next.ch)) || (at > 0 && HAN.test(text[at - 1]!));
  if (mark === ';') return chineseContext && next !== null && HAN.test(next.ch) ? end : null;
  if ((mark === '!' || mark === '?') && chineseContext && next !== null && HAN.test(next.ch)) return end;
  if (mark === ELLIPSIS && !/\s/u.test(text[end] ?? '')) return null;
  // English: whitespace, then a capital, a digit or an opening mark.
  if (next === null || next.index === end) return null;
  if (!/[\p{Lu}\d“‘"'(\[「『]/u.test(next.ch)) return null;
  if (mark === '.' && isAbbreviation(text, at, next.ch)) return clockEndsSentence(text, at, next.index) ? end : null;
  return end;
}

/*
 * "at around 11:23 a.m. Hamada added that…": after a clock time a capital
 * starts the next sentence, unless it goes on telling the time (a weekday, a
 * date, a zone: "10:15 a.m. Friday", "6 p.m. EST", "9 a.m. Beijing time").
 */
const CLOCK_SUFFIX = /^[ap]\.m$/i;
const TIME_GOES_ON =
  /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:GMT|UTC|MSK|[A-Z]{1,3}T)\b|\p{Lu}[\p{L}-]*\s+(?:time|Time)\b/uy;

function clockEndsSentence(text: string, dot: number, next: number): boolean {
  if (!CLOCK_SUFFIX.test(text.slice(dot - 3, dot)) || /[A-Za-z]/.test(text[dot - 4] ?? '') || !/\p{Lu}/u.test(text[next]!)) return false;
  TIME_GOES_ON.lastIndex = next;
  return !TIME_GOES_ON.test(text);
}

function nextVisible(text: string, from: number): { ch: string; index: number } | null {
  let k = from;
  while (k < text.length && SPACE.test(text[k]!)) k++;
  if (k >= text.length) return null;
  return { ch: String.fromCodePoint(text.codePointAt(k)!), index: k };
}

/** The word before the period at `dot` is an abbreviation or an initial. */
function isAbbreviation(text: string, dot: number, nextChar: string): boolean {
  let k = dot;
  while (k > 0 && /[A-Za-z.]/.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot);
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (NUMBER_ABBREVIATIONS.has(word) && /\d/.test(nextChar)) return true;
  // An initial follows a name (John F. Kennedy), not a lowercase word ("wrote on X.", "Plan B." aside, "in Group A.").
  if (/^[A-Z]$/.test(word)) return !/(?:^|\s)\p{Ll}+\s+$/u.test(text.slice(Math.max(0, k - 24), k));
  return /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word); // U.S., U.N., e.g., i.e.
}
