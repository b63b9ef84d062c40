/**
 * Reads the real articles the corpus generator recombines (the seeds, plus
 * any test articles in tests/fixtures/articles/) and cuts each body into its
 * top-level blocks: lead paragraph, body paragraphs, related-article lists,
 * figures and the closing byline.
 */
import * as cheerio from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceArticle {
  file: string;
  published: Date;
  title: string;
  url: string;
  language: 'zh' | 'en';
  /** Size of the whole file in UTF-8 bytes. */
  bytes: number;
  lead: string[];
  body: string[];
  related: string[];
  figures: string[];
  byline: string[];
}

export const SOURCE_DIRS = ['seeds', 'tests/fixtures/articles'];

const BYLINE = /(记者|記者).{0,30}(报导|報導|报道|報道)|责编|責編|^(Reported|Written|Edited) by /;

export function parseSourceArticle(file: string, text: string): SourceArticle | null {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const epoch = /^<!--(\d+)-->/.exec(lines[0]?.trim() ?? '');
  const head = /^\[(.*)\]\((.*)\)$/.exec(lines[1]?.trim() ?? '');
  const separator = lines.findIndex((l) => /^-{3,}$/.test(l.trim()));
  if (!epoch || !head || separator < 0) return null;
  const $ = cheerio.load(lines.slice(separator + 1).join('\n'), null, false);
  const article: SourceArticle = {
    file,
    published: new Date(Number(epoch[1])),
    title: head[1]!,
    url: head[2]!,
    language: 'zh',
    bytes: Buffer.byteLength(text, 'utf8'),
    lead: [],
    body: [],
    related: [],
    figures: [],
    byline: [],
  };
  $.root()
    .children()
    .each((_, el) => {
      if (el.type !== 'tag') return;
      const html = $.html(el);
      const text = $(el).text().trim();
      if (el.tagName === 'ul' || el.tagName === 'ol') article.related.push(html);
      else if (el.tagName === 'figure' || $(el).find('figure, img').length > 0) article.figures.push(html);
      else if (!text) return;
      else if (BYLINE.test(text)) article.byline.push(html);
      else if (article.lead.length === 0) article.lead.push(html);
      else article.body.push(html);
    });
  article.language = languageOf($.root().text());
  return article;
}

/** English when Han characters are under a fifth of the letters. */
export function languageOf(text: string): 'zh' | 'en' {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han >= (han + latin) / 5 ? 'zh' : 'en';
}

/** Every readable source article under `root`, in file-name order. */
export function readSourceArticles(root: string, dirs = SOURCE_DIRS): SourceArticle[] {
  const out: SourceArticle[] = [];
  for (const dir of dirs) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).filter((n) => n.endsWith('.txt')).sort()) {
      const article = parseSourceArticle(join(dir, name), readFileSync(join(full, name), 'utf8'));
      if (article && article.lead.length + article.body.length > 0) out.push(article);
    }
  }
  if (out.length === 0) throw new Error(`no seed-format articles found under ${dirs.join(', ')}`);
  return out;
}
