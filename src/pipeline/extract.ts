/**
 * The whole pipeline for a corpus: decode and parse every seed, drop
 * duplicate articles, learn actors from all texts, then extract each
 * article's events. Pure: files in, timeline out; the CLI does the I/O.
 */
import type { Actor, Diagnostic, Timeline, TimelineDocument, TimelineEvent } from '../lib/schema.ts';
import type { ActorRegistry, ParsedSeed } from './types.ts';
import { parseSeed } from './parseSeed.ts';
import { createActorRegistry } from './actors/index.ts';
import { extractEvents } from './events/extractEvents.ts';
import { mergeAcrossArticles } from './events/merge.ts';
import { mergeRestatements } from './events/restatements.ts';
import { documentId, sameArticleKey } from './ids.ts';
import { diagnostic } from './diagnostics.ts';
import { compareCodeUnits } from './text/compareCodeUnits.ts';
import { unresolvedDateDiagnostics } from './events/unresolved.ts';
import { foldText } from './text/fold.ts';
import { articleClock } from './outletTime.ts';

export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

export function extractCorpus(files: SeedFile[]): Timeline {
  const diagnostics: Diagnostic[] = [];
  const seeds: ParsedSeed[] = [];
  for (const file of [...files].sort((a, b) => compareCodeUnits(a.name, b.name))) {
    const result = parseSeed(file.name, file.bytes);
    diagnostics.push(...result.diagnostics);
    if (result.seed) seeds.push(result.seed);
  }
  const documents = dropDuplicates(seeds, diagnostics).map(toDocument);
  const registry = memoisedLookups(createActorRegistry());
  // Each paragraph is folded once, here: learning takes it from foldText's
  // memo, and extraction cuts its sentences' folded forms out of it.
  const folded = new Map<object, string>();
  for (const doc of documents) {
    registry.startDocument();
    for (const p of doc.paragraphs) {
      folded.set(p, foldText(p.text));
      registry.learn(p.text);
    }
  }

  const events: TimelineEvent[] = [];
  const published = new Map(seeds.map((s) => [s.file, s.published]));
  const clocks = new Map(seeds.map((s) => [s.file, articleClock(s.published, s.url)]));
  const paragraphIndex = new Map(documents.flatMap((d) => d.paragraphs.map((p, i) => [p.id, i] as const)));
  for (const doc of documents) {
    const docPublished = published.get(doc.file) ?? null;
    registry.startDocument();
    const own = extractEvents(doc, { published: clocks.get(doc.file) ?? null, registry, folded: (p) => folded.get(p) });
    events.push(...mergeRestatements(own, (id) => paragraphIndex.get(id)!));
    if (!docPublished) diagnostics.push(...unresolvedDateDiagnostics(doc, seeds.find((s) => s.file === doc.file)!));
  }
  const merged = mergeAcrossArticles(events, documents, (id) => registry.get(id)?.kind === 'person');
  const used = new Set(merged.flatMap((e) => e.actors));
  return {
    version: 1,
    documents: documents.sort(byPublication),
    actors: registry.actors().filter((a) => used.has(a.id)),
    events: merged.sort(chronological(documents)),
    diagnostics,
  };
}

/**
 * Events need an actor's name and kind, which learning has fixed by the time
 * events are extracted; building the record once per actor saves rebuilding
 * it for each of thousands of mentions.
 */
function memoisedLookups(registry: ActorRegistry): ActorRegistry {
  const cache = new Map<string, Actor | undefined>();
  const get = (id: string) => {
    const cached = cache.get(id);
    if (cached !== undefined || cache.has(id)) return cached;
    const actor = registry.get(id);
    cache.set(id, actor);
    return actor;
  };
  return {
    learn: (t) => registry.learn(t),
    find: (t) => registry.find(t),
    startDocument: () => registry.startDocument(),
    actors: () => registry.actors(),
    get,
  };
}

function toDocument(seed: ParsedSeed): TimelineDocument {
  const id = documentId(seed.url, seed.file);
  return {
    id,
    file: seed.file,
    title: seed.title,
    url: seed.url,
    published: seed.published ? seed.published.toISOString() : null,
    language: seed.language,
    paragraphs: seed.paragraphs.map((p, i) => ({
      id: `${id}-p${i}`,
      kind: p.kind,
      text: p.text,
      ...(p.url ? { url: p.url } : {}),
      line: p.line,
    })),
  };
}

/** The same article twice (same URL) is kept once: the first file by name. */
function dropDuplicates(seeds: ParsedSeed[], diagnostics: Diagnostic[]): ParsedSeed[] {
  const firstByKey = new Map<string, ParsedSeed>();
  return seeds.filter((seed) => {
    if (!seed.url) return true;
    const key = sameArticleKey(seed.url);
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, seed);
      return true;
    }
    diagnostics.push(
      diagnostic(seed.file, 2, 'warning', `same article URL as ${first.file} (${seed.url}); kept ${first.file} and skipped this copy`),
    );
    return false;
  });
}

const byPublication = (a: TimelineDocument, b: TimelineDocument) =>
  compareCodeUnits(a.published ?? '', b.published ?? '') || compareCodeUnits(a.id, b.id);

/** Dated events by date (then sources in reading order); undated ones last. */
function chronological(documents: TimelineDocument[]) {
  const order = new Map<string, number>();
  documents.forEach((d) => d.paragraphs.forEach((p, i) => order.set(p.id, i)));
  const docOrder = new Map(documents.map((d, i) => [d.id, i]));
  return (a: TimelineEvent, b: TimelineEvent) => {
    if (!a.date !== !b.date) return a.date ? -1 : 1;
    return (
      (a.date && b.date ? compareCodeUnits(a.date.start, b.date.start) : 0) ||
      docOrder.get(a.source.document)! - docOrder.get(b.source.document)! ||
      order.get(a.source.paragraph)! - order.get(b.source.paragraph)! ||
      a.source.start - b.source.start ||
      compareCodeUnits(a.id, b.id)
    );
  };
}
