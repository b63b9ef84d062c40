/**
 * The three header lines of a seed: `<!--EPOCH_MS-->`, `[TITLE](URL)`,
 * `------`. Each may be missing or damaged; every problem becomes one
 * diagnostic saying what was wrong and what was done instead.
 */
import type { Diagnostic } from '../lib/schema.ts';
import { diagnostic } from './diagnostics.ts';
import { htmlToParagraphs } from './htmlToParagraphs.ts';
import { clip, normalizeText } from './htmlText.ts';
import { checkHttpUrl } from './safeUrl.ts';

export interface SeedHeader {
  published: Date | null;
  /** null when the header gives no title; the caller picks a fallback. */
  title: string | null;
  /** 1-based line of the title line (or where it was expected). */
  titleLine: number;
  /** A title line was there (possibly with an empty title). */
  hasTitleLine: boolean;
  url: string;
  /** Everything after the header, and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** None of the three header lines was found: the file is not a seed. */
  headerless: boolean;
  diagnostics: Diagnostic[];
}

const TIMESTAMP_LINE = /^<!--(.*?)-->$/;
/** `<!--1641935372000` or `<!--1641935372000->`: a timestamp whose comment was cut short. */
const UNCLOSED_TIMESTAMP_LINE = /^<!--\s*(-?\d+)\s*-{0,2}>?$/;
/** The lazy URL keeps a URL's own `)` and tolerates a missing closing `)`. */
const TITLE_LINE = /^\[(.*)\](?:\((.*?)\)?)?$/;
const SEPARATOR_LINE = /^-{3,}$/;
const EARLIEST = Date.UTC(1990, 0, 1);
const DAY_MS = 86_400_000;
const UNDATED = 'published left empty, so relative dates in this article will be left undated';

export function parseHeader(file: string, text: string, now: Date): SeedHeader {
  const lines = text.split('\n');
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, message: string) => diagnostics.push(diagnostic(file, line, 'warning', message));
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
  };

  skipBlank();
  let published: Date | null = null;
  const first = lines[i]?.trim() ?? '';
  const timestampMatch = TIMESTAMP_LINE.exec(first) ?? UNCLOSED_TIMESTAMP_LINE.exec(first);
  const hasTimestamp = timestampMatch !== null;
  if (timestampMatch) {
    if (!first.endsWith('-->')) warn(i + 1, `the timestamp comment on line ${i + 1} is not closed with -->; read it anyway`);
    const result = readTimestamp(timestampMatch[1]!.trim(), i + 1, now);
    published = result.published;
    if (result.problem) warn(i + 1, result.problem);
    i++;
  }

  skipBlank();
  let title: string | null = null;
  let url = '';
  let titleLine = i + 1;
  const candidate = lines[i]?.trim() ?? '';
  const titleMatch = TITLE_LINE.exec(candidate);
  let hasTitle = false;
  if (titleMatch) {
    hasTitle = true;
    titleLine = i + 1;
    title = readTitleText(file, titleMatch[1]!, titleLine, diagnostics);
    if (titleMatch[2] !== undefined && !candidate.endsWith(')'))
      warn(titleLine, `the title on line ${titleLine} has no closing ) after the URL; read it anyway`);
    url = readTitleUrl(titleMatch[2], titleLine, warn);
    i++;
  } else if (candidate && isPlainTitle(candidate) && SEPARATOR_LINE.test(nextNonBlank(lines, i + 1))) {
    hasTitle = true;
    titleLine = i + 1;
    title = readTitleText(file, candidate.replace(/^#+\s*/, ''), titleLine, diagnostics);
    warn(titleLine, `title line is not [TITLE](URL); used “${clip(title ?? '', 40)}” as the title and left the article's source link empty`);
    i++;
  }

  skipBlank();
  const hasSeparator = SEPARATOR_LINE.test(lines[i]?.trim() ?? '');
  if (hasSeparator) i++;

  const headerless = !hasTimestamp && !hasTitle && !hasSeparator;
  if (headerless) {
    warn(
      1,
      'no seed header (<!--EPOCH_MS-->, [TITLE](URL) and ------ on lines 1-3); read the whole file as the article text, ' +
        `with no source link; ${UNDATED}`,
    );
    i = 0;
  } else {
    if (!hasTimestamp)
      warn(1, `no publication time (expected <!--EPOCH_MS--> on line 1); relative dates in this article will be left undated`);
    if (!hasSeparator) warn(i + 1, `no ------ separator after the header; the article text is read from line ${i + 1}`);
  }
  return {
    published,
    title,
    titleLine,
    hasTitleLine: hasTitle,
    url,
    body: lines.slice(i).join('\n'),
    bodyLine: i + 1,
    headerless,
    diagnostics,
  };
}

function nextNonBlank(lines: string[], from: number): string {
  for (let j = from; j < lines.length; j++) if (lines[j]!.trim() !== '') return lines[j]!.trim();
  return '';
}

/** A short line of text, not markup: could be a title written without the link syntax. */
function isPlainTitle(line: string): boolean {
  return !line.startsWith('<') && [...line].length <= 200;
}

function readTimestamp(raw: string, line: number, now: Date): { published: Date | null; problem?: string } {
  if (!/^-?\d+(?:\.\d+)?$/.test(raw))
    return { published: null, problem: `publication time “${clip(raw, 30)}” on line ${line} is not a number of milliseconds; ${UNDATED}` };
  const value = Number(raw);
  const latest = now.getTime() + DAY_MS;
  const plausible = (ms: number) => ms >= EARLIEST && ms <= latest;
  if (plausible(value)) return { published: new Date(value) };
  // A 10-digit value is almost always seconds since 1970, not milliseconds.
  if (plausible(value * 1000) && Math.abs(value) < 1e11)
    return {
      published: new Date(value * 1000),
      problem: `publication time ${raw} on line ${line} looks like seconds, not milliseconds; read it as ${new Date(value * 1000).toISOString()}`,
    };
  const date = new Date(value);
  const when = Number.isNaN(date.getTime()) ? 'not a representable date' : date.toISOString();
  const why = value < EARLIEST ? 'before 1990' : 'in the future';
  return { published: null, problem: `publication time ${raw} on line ${line} (${when}) is ${why}; ${UNDATED}` };
}

function readTitleText(file: string, raw: string, line: number, diagnostics: Diagnostic[]): string | null {
  let title = normalizeText(raw);
  if (/[<&]/.test(title)) {
    const asHtml = htmlToParagraphs(title, { file, firstLine: line, baseUrl: '' });
    const text = normalizeText(asHtml.paragraphs.map((p) => p.text).join(' '));
    if (/<\/?[a-z!]/i.test(title))
      diagnostics.push(diagnostic(file, line, 'warning', `the title on line ${line} contains markup; kept its text only`));
    title = text;
  }
  return title || null;
}

function readTitleUrl(raw: string | undefined, line: number, warn: (line: number, message: string) => void): string {
  // Markdown allows `<url>` and a quoted link title after the address.
  const href = (raw ?? '').trim().replace(/\s+"[^"]*"$/, '').replace(/^<(.*)>$/, '$1');
  if (!href) {
    warn(line, `the title on line ${line} has no URL; the article's source link is left empty`);
    return '';
  }
  const checked = checkHttpUrl(href);
  if (checked.ok) return checked.url;
  warn(line, `the title URL “${clip(href, 60)}” on line ${line} is unusable (${checked.reason}); the article's source link is left empty`);
  return '';
}
