/**
 * One seed file, bytes → ParsedSeed: decode, read the header, turn the body
 * (HTML or plain text) into paragraphs, mark the byline, pick the language.
 * Never throws on bad input; every problem becomes a diagnostic instead.
 */
import { decodeSeed } from './decode.ts';
import { diagnostic } from './diagnostics.ts';
import { htmlToParagraphs } from './htmlToParagraphs.ts';
import { clip, normalizeText } from './htmlText.ts';
import { parseHeader } from './parseHeader.ts';
import type { ParsedParagraph, ParseResult } from './types.ts';

export interface ParseOptions {
  /** "Now", for rejecting publication times in the future (tests pin it). */
  now?: Date;
}

const SEED_EXTENSIONS = new Set(['.txt', '.html', '.htm']);
const TITLE_FALLBACK_CHARS = 40;

/** A tag any HTML body would use; `a < b` or `<不是标签>` in plain text does not count. */
const HTML_TAG =
  /<\/?(?:html|head|body|p|div|span|br|hr|ul|ol|li|a|b|i|u|em|strong|small|sup|sub|figure|figcaption|img|h[1-6]|table|tr|td|th|tbody|thead|blockquote|section|article|header|footer|main|nav|aside|pre|code|script|style|iframe|noscript|template|svg|math|object|embed|meta|link|base|title|font|center|dl|dt|dd)(?=[\s>/])|<!--/i;

export function parseSeed(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const now = options.now ?? new Date();
  const name = file.split(/[\\/]/).pop() ?? file;
  const extension = /(\.[^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!SEED_EXTENSIONS.has(extension) || name.startsWith('.')) {
    const what = name.startsWith('.') ? 'a hidden file' : extension ? `a ${extension} file` : 'a file without extension';
    return { seed: null, diagnostics: [diagnostic(file, 0, 'info', `skipped ${what}: seeds are .txt, .html or .htm files`)] };
  }
  if (bytes.length === 0) return { seed: null, diagnostics: [diagnostic(file, 0, 'error', 'the file is empty; skipped')] };

  const decoded = decodeSeed(bytes);
  if (decoded.binary)
    return { seed: null, diagnostics: [diagnostic(file, 0, 'error', `${decoded.notes.join('; ')}: not a text file; skipped`)] };
  // Reading the encoding is worth a note; losing characters to it is a problem.
  const diagnostics = decoded.notes.map((note) => diagnostic(file, 1, decoded.lossy ? 'warning' : 'info', note));
  // Lines are counted after CRLF/CR become LF, so they match what an editor shows.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    diagnostics.push(diagnostic(file, 1, 'error', 'the file holds only whitespace; skipped'));
    return { seed: null, diagnostics };
  }

  const header = parseHeader(file, text, now);
  diagnostics.push(...header.diagnostics);
  let paragraphs: ParsedParagraph[];
  let documentTitle: string | null = null;
  if (HTML_TAG.test(header.body)) {
    const html = htmlToParagraphs(header.body, { file, firstLine: header.bodyLine, baseUrl: header.url });
    paragraphs = html.paragraphs;
    documentTitle = html.documentTitle;
    diagnostics.push(...html.diagnostics);
  } else paragraphs = plainTextParagraphs(header.body, header.bodyLine);
  markBylines(paragraphs);

  if (header.headerless && paragraphs.length === 0) {
    diagnostics.push(diagnostic(file, 1, 'warning', 'no seed header and no article text; skipped'));
    return { seed: null, diagnostics };
  }

  let title = header.title;
  if (title === null) {
    const fallback = fallbackTitle(documentTitle, paragraphs, name);
    title = fallback.title;
    const missing = header.hasTitleLine
      ? `the title on line ${header.titleLine} is empty`
      : header.headerless
        ? 'no title line'
        : `no title line (expected [TITLE](URL) on line ${header.titleLine})`;
    const link = header.headerless || header.url ? '' : " and left the article's source link empty";
    diagnostics.push(diagnostic(file, header.titleLine, 'warning', `${missing}; used ${fallback.from}, “${title}”, as the title${link}`));
  }

  const content = paragraphs.filter((p) => p.kind === 'paragraph').length;
  if (content === 0) {
    const onlyByline = paragraphs.some((p) => p.kind === 'byline');
    diagnostics.push(
      diagnostic(
        file,
        header.bodyLine,
        'warning',
        onlyByline
          ? 'the article text is only a byline; the article is kept but yields no events'
          : 'no article paragraphs after the header; the article is kept but yields no events',
      ),
    );
  }

  return {
    seed: { file, title, url: header.url, published: header.published, language: detectLanguage(paragraphs, title), paragraphs },
    diagnostics,
  };
}

/**
 * Plain text: blank lines separate paragraphs when the text has any;
 * otherwise every line is a paragraph.
 */
export function plainTextParagraphs(body: string, firstLine: number): ParsedParagraph[] {
  const lines = body.split('\n');
  const filled = lines.map((line) => line.trim() !== '');
  const first = filled.indexOf(true);
  const last = filled.lastIndexOf(true);
  const blankInside = first >= 0 && filled.slice(first, last + 1).includes(false);
  const out: ParsedParagraph[] = [];
  let group: string[] = [];
  let groupLine = 0;
  const flush = () => {
    const text = normalizeText(group.join(' '));
    if (text) out.push({ kind: 'paragraph', text, line: groupLine });
    group = [];
  };
  lines.forEach((line, i) => {
    if (!filled[i]) return flush();
    if (group.length === 0) groupLine = firstLine + i;
    group.push(line);
    if (!blankInside) flush();
  });
  flush();
  return out;
}

const BYLINE_MAX_CHARS = 120;
/*
 * "Associated Press writers A in X and B in Y contributed to this report.": a
 * closing credit that names every contributor with their city runs longer than
 * other bylines, but says what it is in its last words.
 */
const CONTRIBUTORS = /\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))(?:\s+from\s+[^.]{1,40})?\.?\)?$/i;
const CONTRIBUTORS_MAX_CHARS = 300;
/*
 * "Reporting by A in Ottawa, B in Calgary and C in Detroit; Writing by D; Editing by E": Reuters' closing credit,
 * every part a role and its names, runs past the usual length when many reporters and their cities are named.
 */
const CREDIT_PART = String.raw`(?:(?:[Aa]dditional|[Ff]urther)\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Gg]raphics|[Pp]roduction)\s+by\s+(?:[^;!?.]|(?<=\b[A-Z])\.){2,140}?`;
/* DW closes on its newsletter's promotion, two sentences long: "While you're here: Every Tuesday, DW editors round up …". */
const PROMOTION = /^While you['’]re here:/;
// Names only: a full stop ends a sentence unless it follows an initial (Jonathan E. Oatis).
const CREDIT_LIST = new RegExp(String.raw`^\(?${CREDIT_PART}(?:;\s*${CREDIT_PART})*\.?\)?$`);
const BYLINE_PATTERNS = [
  // 记者…报导 ending the paragraph or followed by the editors, not "据记者报道，…".
  /[记記]者[^，,。；;]{0,40}?(?:[报報][导導道])(?=$|[\s)）】]|[责責网網编編])/u,
  /(?:[责責]编|[网網]编|[责責]任[编編][辑輯]|[编編][辑輯]|[网網][编編])\s*[:：]/u,
  // "Additional reporting by X in Brussels and Y in Washington" (Guardian, BBC).
  /^\(?(?:(?:additional|further)\s+)?(?:reported|reporting|written|writing|edited|editing|produced)\s+by\b/i,
  /\b(?:edited|editing)\s+by\b/i,
  // Yonhap closes with the reporter's e-mail and "(END)", either alone; Xinhua with （完）.
  /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s,;/]*)+(?:[(（]END[)）])?$|^[(（](?:END|完)[)）]$/,
  // DW closes on the agencies it drew on: （路透社、法新社、美联社）, "kb/rt (AFP, Reuters)".
  /^[（(](?:\p{Script=Han}{1,8}(?:社|网|網|台|臺|报|報|通讯|通訊)[、，,／/]?)+[）)]$/u,
  // Lianhe Zaobao's （综合法新社、路透社电）: compiled (综合) from agencies that filed (电) or reported;
  // alone, 综合报道 / （综合外电报道）.
  /^(?:[（(]|(?=[综綜]合))(?:[综綜]合)?(?:\p{Script=Han}{1,8}?(?:社|网|網|台|臺|报|報|通讯|通訊)[、，,／/及和]?)+(?:[电電]|[报報](?:道|[导導])|消息)[）)]?$/u,
  /^[（(]?[综綜]合(?:外[电電])?(?:[报報](?:道|[导導])|消息)[）)]?$/u,
  // BBC中文综合报道, DW中文報導, 公視新聞網 綜合報導: the outlet (its Latin name and Chinese service, or its
  // Chinese name) and "reports" alone.
  /^(?:[A-Z][A-Za-z]{1,9}\s?(?:中文[网網]?)?|\p{Script=Han}{2,8}\s?)(?:[综綜]合)?[报報](?:道|[导導])$/u,
  // （联合早报东京特派员林方舟综合报道）: who reported, whole in brackets.
  /^[（(][^（）()。！？!?，,；;]{2,30}[报報](?:道|[导導])[）)]$/u,
  // 聯合報／編譯林彥廷／即時報導: the outlet, the writer's role and name, the kind of report, slash-separated.
  /^\p{Script=Han}{2,8}[／/][^／/。！？!?，,；;]{1,16}[／/][^／/。！？!?，,；;]{0,8}[报報](?:道|[导導])$/u,
  // "By Marcus Ellery, BBC News": the writer and the outlet.
  /^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s+and\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})?(?:,\s*[\p{L} ]{2,30})?$/u,
  // "© 2023 AFP", AFP's desk slugs "ph-str/cwl", Kyodo's "==Kyodo": copyright and wire marks.
  /^©\s*\d{4}\s+[\p{L} .&-]{2,40}$/u,
  /^[a-z]{2,4}(?:-[a-z]{2,4})*(?:\/[a-z]{2,4}(?:-[a-z]{2,4})*)+$/,
  /^==\s*[A-Z][\w ]{1,20}$/,
  // HK01, Initium: 撰文：甲、乙, 記者：甲 攝影：乙, 文：甲; BBC中文: 作者：甲，BBC中文香港报道: roles with a colon and names, no sentence.
  /^(?:作者|撰文|撰稿|文字?|[记記]者|采访|採訪|[摄攝]影|[图圖]片?|翻[译譯]|整理|[编編][译譯]|[监監]制)\s*[:：][^。！？!?；;]{1,60}$/u,
  // Al Jazeera closes on where it drew from: "Source: Al Jazeera and news agencies".
  /^Sources?:\s+[^.!?;:]{1,60}$/,
  /^(?:[a-z]{1,4}\/[a-z]{1,4}(?:\/[a-z]{1,4})?\s*)?\((?:AP|AFP|Reuters|dpa|KNA|epd|EFE|ANSA|Kyodo|Yonhap|Xinhua|TASS|Interfax|Lusa)(?:\s*[,/]\s*(?:AP|AFP|Reuters|dpa|KNA|epd|EFE|ANSA|Kyodo|Yonhap|Xinhua|TASS|Interfax|Lusa))*\)$/,
];

/* Yonhap's opening "(ATTN: UPDATES with …; ADDS photo)": a note to editors, like a credit no part of the story. */
const EDITORS_NOTE = /^\(ATTN:[^()]*\)$/;

/** Closing paragraphs that credit the reporters and editors, and an opening note to editors. */
export function markBylines(paragraphs: ParsedParagraph[]): void {
  const opening = paragraphs.find((p) => p.kind === 'paragraph');
  if (opening?.text.startsWith('(ATTN') && EDITORS_NOTE.test(opening.text)) opening.kind = 'byline';
  let i = paragraphs.length - 1;
  // Related links and pictures may follow the byline.
  while (i >= 0 && paragraphs[i]!.kind !== 'paragraph') i--;
  for (; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (p.kind !== 'paragraph') break;
    const credit =
      p.text.length <= BYLINE_MAX_CHARS
        ? BYLINE_PATTERNS.some((pattern) => pattern.test(p.text)) || CONTRIBUTORS.test(p.text) || PROMOTION.test(p.text)
        : p.text.length <= CONTRIBUTORS_MAX_CHARS && (CONTRIBUTORS.test(p.text) || CREDIT_LIST.test(p.text) || PROMOTION.test(p.text));
    if (!credit) break;
    p.kind = 'byline';
  }
}

function fallbackTitle(
  documentTitle: string | null,
  paragraphs: ParsedParagraph[],
  fileName: string,
): { title: string; from: string } {
  if (documentTitle) return { title: clip(documentTitle, 200), from: "the document's own title" };
  const first = paragraphs.find((p) => p.kind === 'paragraph') ?? paragraphs.find((p) => p.kind !== 'byline');
  if (first) return { title: clip(first.text, TITLE_FALLBACK_CHARS), from: 'the opening of the first paragraph' };
  return { title: fileName.replace(/\.[^.]+$/, ''), from: 'the file name' };
}

/** Han characters against Latin words: a Chinese article with English names stays zh. */
export function detectLanguage(paragraphs: ParsedParagraph[], title: string): 'zh' | 'en' {
  let han = 0;
  let words = 0;
  // A character loop, not regex matches: this runs on every article, 5 MB ones included.
  const count = (text: string) => {
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
      if (latin && !inWord) words++;
      inWord = latin;
      if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f)) han++;
    }
  };
  for (const p of paragraphs) if (p.kind !== 'related') count(p.text);
  if (han + words === 0) count(title);
  return han > 0 && han >= 0.3 * (han + words) ? 'zh' : 'en';
}
