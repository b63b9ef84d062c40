/**
 * Deterministic corpus of seed-format articles for the extraction benchmark.
 * Each article recombines real paragraphs of the source articles (seeds and
 * test articles), moved to a new publication date with every date expression
 * shifted to match, actors swapped for others of the same kind, and a length
 * that varies around the source's. Article i depends only on (seed, i), so
 * the 100-article corpus is the first 100 of the 10,000-article one.
 *
 *   npx tsx bench/generateCorpus.ts articles 1000 .tmp/bench/corpus-1000
 *   npx tsx bench/generateCorpus.ts events 10000 .tmp/bench/events-10000.json
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRng, hash32 } from './lib/prng.ts';
import { createSwapper } from './lib/actorSwaps.ts';
import { readSourceArticles, type SourceArticle } from './lib/sourceArticles.ts';
import { daysBetween, shiftDateExpressions, shiftUrlStamps, urlStamp } from './lib/shiftDates.ts';
import { clusters, pickPublication } from './lib/timeSpread.ts';

export { generateEvents } from './generateEvents.ts';

export const DEFAULT_SEED = 'threadline-bench-1';
/** Bump when the output of the generator changes, so cached corpora are rebuilt. */
export const CORPUS_VERSION = 1;

export interface GeneratedArticle {
  name: string;
  text: string;
}

interface Block {
  html: string;
  source: SourceArticle;
}

export interface CorpusSources {
  articles: SourceArticle[];
  /** Mean size of the seed files: generated lengths vary around it. */
  seedBytes: number;
}

export function loadSources(root = process.cwd()): CorpusSources {
  const articles = readSourceArticles(root);
  const seeds = articles.filter((a) => a.file.startsWith('seeds/'));
  const sized = seeds.length ? seeds : articles;
  return { articles, seedBytes: sized.reduce((sum, a) => sum + a.bytes, 0) / sized.length };
}

export function generateArticle({ articles, seedBytes }: CorpusSources, index: number, seed = DEFAULT_SEED): GeneratedArticle {
  const rng = createRng(`${seed}:article:${index}`);
  const published = pickPublication(rng, clusters(createRng(`${seed}:clusters`)));
  const swap = createSwapper(rng);
  const rewrite = ({ html, source }: Block) => {
    const shift = { published: source.published, days: daysBetween(source.published, published) };
    return swap(shiftUrlStamps(shiftDateExpressions(html, shift), shift.days));
  };
  // One language per article: paragraphs are only mixed between articles in the same language.
  const head = rng.pick(articles);
  const sources = articles.filter((a) => a.language === head.language);
  const all = (key: 'lead' | 'body' | 'related' | 'figures' | 'byline') =>
    sources.flatMap((source) => source[key].map((html) => ({ html, source })));

  const leads = all('lead');
  const bodies = all('body');
  const blocks: Block[] = [rng.pick(leads.length ? leads : bodies)];
  const related = all('related');
  if (related.length && rng.chance(0.6)) blocks.push(rng.pick(related));
  // Lengths vary from 0.4 to 1.4 times the seed's; the last paragraph overshoots by
  // half a paragraph on average, so the corpus comes out seed-sized on average.
  const target = seedBytes * (0.4 + rng.next());
  const order = rng.shuffle(bodies);
  const figures = all('figures');
  const withFigure = figures.length > 0 && rng.chance(0.5);
  let size = blocks.reduce((sum, b) => sum + Buffer.byteLength(b.html), 300);
  const chosen: Block[] = [];
  for (let i = 0; size < target || chosen.length === 0; i++) {
    const block = i < order.length ? order[i]! : rng.pick(bodies);
    chosen.push(block);
    size += Buffer.byteLength(block.html);
  }
  if (withFigure) chosen.splice(rng.int(0, chosen.length), 0, rng.pick(figures));
  blocks.push(...chosen);
  const bylines = all('byline');
  if (bylines.length) blocks.push(rng.pick(bylines));

  const body = blocks.map((b) => wrapFigure(rewrite(b))).join('');
  const title = rewrite({ html: head.title, source: head });
  const url = articleUrl(head.url, index, published);
  const name = `${String(index).padStart(6, '0')}_${hex(`${seed}:${index}`)}.txt`;
  return { name, text: `<!--${published.getTime()}-->\n[${title}](${url})\n------\n\n${body}\n` };
}

/** The seed writes figures inside a paragraph; cheerio lifts them out, so put them back. */
const wrapFigure = (html: string) => (html.startsWith('<figure') ? `<p>${html}</p>` : html);

const hex = (text: string) =>
  hash32(text).toString(16).padStart(8, '0') + hash32(`${text}#`).toString(16).padStart(8, '0');

/** A unique URL per article (the pipeline keeps one copy per URL), dated like RFA's. */
function articleUrl(sourceUrl: string, index: number, published: Date): string {
  let base = 'https://www.rfa.org/mandarin/bench';
  try {
    const url = new URL(sourceUrl);
    base = `${url.origin}${url.pathname.replace(/\/[^/]*$/, '')}`;
  } catch {
    // A source without a usable URL still gets a well-formed one.
  }
  return `${base}/g${index}/cl-${urlStamp(published)}.html`;
}

export function generateArticles(n: number, options: { seed?: string; root?: string } = {}): GeneratedArticle[] {
  const sources = loadSources(options.root);
  return Array.from({ length: n }, (_, i) => generateArticle(sources, i, options.seed));
}

/**
 * Writes an N-article corpus to `dir`, reusing it when a manifest says it was
 * made by this generator version with the same seed and sources.
 */
export function writeCorpus(dir: string, n: number, options: { seed?: string; root?: string } = {}) {
  const root = options.root ?? process.cwd();
  const seed = options.seed ?? DEFAULT_SEED;
  const sources = loadSources(root);
  const key = JSON.stringify({ version: CORPUS_VERSION, seed, n, sources: sources.articles.map((s) => [s.file, s.bytes]) });
  const manifest = join(dir, '..', `${dir.split('/').pop()}.manifest.json`);
  if (existsSync(manifest) && readFileSync(manifest, 'utf8') === key && existsSync(dir)) {
    const names = readdirSync(dir);
    if (names.length === n) return { dir, files: n, bytes: sizeOf(dir, names) };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const article = generateArticle(sources, i, seed);
    const buffer = Buffer.from(article.text, 'utf8');
    bytes += buffer.length;
    writeFileSync(join(dir, article.name), buffer);
  }
  writeFileSync(manifest, key);
  return { dir, files: n, bytes };
}

const sizeOf = (dir: string, names: string[]) =>
  names.reduce((sum, name) => sum + readFileSync(join(dir, name)).length, 0);

async function main(argv: string[]) {
  const [what, count, out] = argv;
  const n = Number(count);
  if (!out || !Number.isInteger(n) || n < 0 || (what !== 'articles' && what !== 'events')) {
    console.error('usage: tsx bench/generateCorpus.ts articles|events N OUT');
    return 2;
  }
  if (what === 'articles') {
    const result = writeCorpus(resolve(out), n);
    console.log(`${result.files} articles, ${(result.bytes / 1e6).toFixed(2)} MB → ${out}`);
  } else {
    const { generateEvents } = await import('./generateEvents.ts');
    const json = JSON.stringify(generateEvents(n));
    writeFileSync(out, json);
    console.log(`${n} events, ${(json.length / 1e6).toFixed(2)} MB → ${out}`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
