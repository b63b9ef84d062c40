/**
 * An HTML fragment (a seed body) → plain-text paragraphs in document order.
 * Nothing here ever produces markup: the output is text and checked URLs.
 */
import type { Diagnostic } from '../lib/schema.ts';
import { diagnostic } from './diagnostics.ts';
import { checkHttpUrl } from './safeUrl.ts';
import type { ParsedParagraph } from './types.ts';
import { BLOCKS, type DomNode, figureCaption, firstLink, parseFragment, subtreeText } from './htmlDom.ts';
import { ACTIVE_CONTENT, DROPPED, clip, lineLocator, normalizeText } from './htmlText.ts';
import { MAX_NESTING_DEPTH, approximateNestingDepth, tagSoupParagraphs } from './tagSoup.ts';

export interface HtmlParagraphs {
  paragraphs: ParsedParagraph[];
  diagnostics: Diagnostic[];
  /** Text of the first <title> or <h1>, for a seed without a title line. */
  documentTitle: string | null;
}

export interface HtmlContext {
  file: string;
  /** 1-based file line of the fragment's first character. */
  firstLine: number;
  /** Article URL that relative links resolve against ('' for none). */
  baseUrl: string;
}

/** Containers whose own text is never article text but whose <title> is wanted. */
const HIDDEN = new Set(['head']);
const LEAVE_BLOCK = { leave: 'block' } as const;
const LEAVE_HIDDEN = { leave: 'hidden' } as const;
/** A link-list item with more characters or nodes than this is prose, not a headline. */
const RELATED_ITEM_BUDGET = 1000;

export function htmlToParagraphs(html: string, context: HtmlContext): HtmlParagraphs {
  // Under 32 KB even the worst nesting parses in tens of milliseconds: skip the scan.
  const depth = html.length > 32 * 1024 ? approximateNestingDepth(html) : 0;
  if (depth > MAX_NESTING_DEPTH) {
    const message =
      `markup nested about ${depth} levels deep (more than ${MAX_NESTING_DEPTH}); ` +
      'read its text with the tags removed instead of parsing it, so related links and captions are not recognised';
    return {
      paragraphs: tagSoupParagraphs(html, context.firstLine),
      diagnostics: [diagnostic(context.file, context.firstLine, 'warning', message)],
      documentTitle: null,
    };
  }
  const lineOf = lineLocator(html, context.firstLine);
  const out: ParsedParagraph[] = [];
  const diagnostics: Diagnostic[] = [];
  const dropped = new Map<string, { count: number; line: number }>();
  let documentTitle: string | null = null;

  // The paragraph being gathered from inline content.
  let parts: string[] = [];
  let startIndex: number | null = null;
  let blockDepth = 0;
  let hiddenDepth = 0;

  const flush = () => {
    const text = normalizeText(parts.join(''));
    if (text && startIndex !== null) out.push({ kind: 'paragraph', text, line: lineOf(startIndex) });
    parts = [];
    startIndex = null;
  };
  const addText = (data: string, at: number) => {
    const first = data.search(/\S/u);
    if (first < 0) {
      parts.push(data);
      return;
    }
    if (startIndex === null) startIndex = at + first;
    parts.push(data);
  };
  const onText = (node: DomNode) => {
    const data = node.data ?? '';
    const at = node.startIndex ?? 0;
    if (blockDepth > 0) return addText(data, at);
    // Text outside any block element: blank lines separate paragraphs, as in plain text.
    const pieces = data.split(/(\n[ \t\f\r]*\n\s*)/u);
    let offset = 0;
    pieces.forEach((piece, i) => {
      if (i % 2 === 1) flush();
      else addText(piece, at + offset);
      offset += piece.length;
    });
  };

  // Explicit stack, not recursion: hostile input can nest 100 000 elements deep.
  // Nodes are pushed as they are; the two markers close a block or a hidden container.
  const stack: (DomNode | typeof LEAVE_BLOCK | typeof LEAVE_HIDDEN)[] = [...(parseFragment(html).children ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if ('leave' in node) {
      if (node.leave === 'block') {
        flush();
        blockDepth--;
      } else hiddenDepth--;
      continue;
    }
    if (node.type === 'text') {
      if (hiddenDepth === 0) onText(node);
      continue;
    }
    const name = node.name?.toLowerCase() ?? '';
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue; // comments, CDATA, doctype
    if ((name === 'title' || name === 'h1') && documentTitle === null) documentTitle = subtreeText(node) || null;
    if (name === 'title') continue;
    if (DROPPED.has(name)) {
      const seen = dropped.get(name) ?? { count: 0, line: lineOf(node.startIndex ?? 0) };
      seen.count++;
      dropped.set(name, seen);
      continue;
    }
    if (name === 'br') {
      if (hiddenDepth === 0) parts.push(' ');
      continue;
    }
    if (name === 'figure') {
      flush();
      const caption = figureCaption(node);
      if (caption && hiddenDepth === 0) out.push({ kind: 'caption', text: caption, line: lineOf(node.startIndex ?? 0) });
      continue;
    }
    if (name === 'li' && hiddenDepth === 0) {
      const related = relatedItem(node, context, lineOf, diagnostics);
      if (related) {
        flush();
        out.push(related);
        continue;
      }
    }
    const children = node.children ?? [];
    if (HIDDEN.has(name)) {
      hiddenDepth++;
      stack.push(LEAVE_HIDDEN);
    } else if (BLOCKS.has(name)) {
      flush();
      blockDepth++;
      stack.push(LEAVE_BLOCK);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();

  for (const [name, { count, line }] of dropped) {
    const active = ACTIVE_CONTENT.has(name);
    const what = count === 1 ? `the <${name}> element` : `${count} <${name}> elements (the first here)`;
    const why = active ? 'active content is never shown' : 'its content is not article text';
    diagnostics.push(diagnostic(context.file, line, active ? 'warning' : 'info', `removed ${what}; ${why}`));
  }
  return { paragraphs: out, diagnostics, documentTitle };
}

/**
 * A list item that is a link to another article: its text is (mostly) the
 * link's headline. Returns null for ordinary list items.
 */
function relatedItem(
  li: DomNode,
  context: HtmlContext,
  lineOf: (index: number) => number,
  diagnostics: Diagnostic[],
): ParsedParagraph | null {
  const itemText = subtreeText(li, RELATED_ITEM_BUDGET);
  if (!itemText) return null;
  const link = firstLink(li);
  if (!link) return null;
  const headline = subtreeText(link, RELATED_ITEM_BUDGET);
  if (!headline || headline.length * 2 < itemText.length) return null;
  const line = lineOf(li.startIndex ?? 0);
  const paragraph: ParsedParagraph = { kind: 'related', text: headline, line };
  const href = link.attribs?.href ?? '';
  const checked = checkHttpUrl(href, context.baseUrl || undefined);
  if (checked.ok) paragraph.url = checked.url;
  else
    diagnostics.push(
      diagnostic(context.file, line, 'warning', `related link “${clip(headline, 30)}” has an unusable address (${checked.reason}); kept the headline without a link`),
    );
  return paragraph;
}
