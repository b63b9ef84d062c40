/** For tests: the timeline of a one-article corpus made of these paragraphs, published at `published`. */
import type { Timeline } from '../../lib/schema.ts';
import { extractCorpus } from '../extract.ts';

export function extractArticle(paragraphs: string[], published: string): Timeline {
  const seed = [`<!--${Date.parse(published)}-->`, '[Test](https://example.org/a.html)', '------', paragraphs.map((p) => `<p>${p}</p>`).join('')].join('\n');
  return extractCorpus([{ name: 'a.txt', bytes: Buffer.from(seed) }]);
}
