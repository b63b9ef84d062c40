/**
 * A guard against markup nested absurdly deep. HTML parsers (htmlparser2 and
 * parse5 alike) take time quadratic in nesting depth, so 100 000 unclosed
 * <div>s in a 1 MB file would stall the build for seconds. Browsers cap
 * depth too (Blink at 512). Past the cap we stop treating the body as a
 * tree and read its text with the tags taken out.
 */
import { load } from 'cheerio/slim';
import type { ParsedParagraph } from './types.ts';
import { DROPPED, lineLocator, normalizeText } from './htmlText.ts';

export const MAX_NESTING_DEPTH = 1000;

/** `[^<>]`, not `[^>]`: a `<` with no `>` after it must not make every later scan run to the end. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g;
/** Void elements and those whose end tag may be left out never stack up. */
const NON_NESTING = new Set(
  ('area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th thead tbody tfoot option optgroup colgroup rb rt rp html head body')
    .split(' '),
);

/** The deepest nesting the tags would build, counted cheaply from the tag names alone. */
export function approximateNestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const [, closing, rawName, selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (NON_NESTING.has(name) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** U+FDD0 is a noncharacter: it cannot occur in text, so it can mark paragraph breaks. */
const BREAK = '\uFDD0';
const BREAKING_TAGS = new Set(
  ('address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main ' +
    'nav ol p pre section table td th tr ul').split(' '),
);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** A dropped element with its content; an unclosed one runs to the end, as in a browser. Void ones are plain tags. */
const DROPPED_ELEMENT = new RegExp(
  `<(${[...DROPPED].filter((name) => !VOID.has(name)).join('|')})\\b[^<>]*>[\\s\\S]*?(?:</\\1\\s*>|$)`,
  'gi',
);

/**
 * Text paragraphs from markup too deep to parse: dropped elements go with
 * their content, block tags become paragraph breaks, other tags vanish.
 * Newlines inside removed markup are kept so lines still match the file.
 */
export function tagSoupParagraphs(html: string, firstLine: number): ParsedParagraph[] {
  const keepNewlines = (chunk: string) => chunk.replace(/[^\n]/g, '');
  const stripped = html
    .replace(DROPPED_ELEMENT, keepNewlines)
    .replace(TAG, (tag, _closing: string, name: string) =>
      BREAKING_TAGS.has(name.toLowerCase()) ? BREAK + keepNewlines(tag) : keepNewlines(tag),
    );
  // With no tags left htmlparser2 only decodes entities, in linear time.
  const text = load(stripped, { xml: { xmlMode: false, decodeEntities: true } }, false).root().text();
  const lineOf = lineLocator(text, firstLine);
  const out: ParsedParagraph[] = [];
  let offset = 0;
  for (const chunk of text.split(BREAK)) {
    const paragraph = normalizeText(chunk);
    if (paragraph) out.push({ kind: 'paragraph', text: paragraph, line: lineOf(offset + chunk.search(/\S/u)) });
    offset += chunk.length + BREAK.length;
  }
  return out;
}
