/**
 * One flat record per event with everything a citation needs: the shape the
 * CSV, JSON and calendar exports share, so all three say the same thing.
 */
import type { Actor, Source, TimelineDocument, TimelineEvent } from '../../lib/schema.ts';

export interface ExportLookup {
  actors: ReadonlyMap<string, Actor>;
  documents: ReadonlyMap<string, Pick<TimelineDocument, 'title' | 'url' | 'published'>>;
  /** The event's shareable address (absolute). */
  linkFor: (id: string) => string;
}

export interface ExportSource {
  quote: string;
  article: string;
  url: string;
  published: string | null;
}

export interface ExportRow {
  id: string;
  link: string;
  start: string | null;
  end: string | null;
  precision: string | null;
  category: string;
  cameo: string | null;
  titleEn: string;
  title: string;
  actors: string[];
  dateRule: string;
  dateText: string | null;
  sources: ExportSource[];
  disagreements: string[];
}

export function exportRows(events: readonly TimelineEvent[], lookup: ExportLookup): ExportRow[] {
  return events.map((e) => ({
    id: e.id,
    link: lookup.linkFor(e.id),
    start: e.date?.start ?? null,
    end: e.date?.end ?? null,
    precision: e.date?.precision ?? null,
    category: e.category,
    cameo: e.cameo ?? null,
    titleEn: e.titleEn,
    title: e.title,
    actors: e.actors.map((id) => lookup.actors.get(id)?.name ?? id),
    dateRule: e.dateEvidence.rule,
    dateText: e.dateEvidence.text,
    sources: [e.source, ...(e.otherSources ?? []).map((o) => o.source)].map((s) => exportSource(s, lookup)),
    disagreements: (e.disagreements ?? []).map((d) => `${d.what}: ${d.values.map((v) => v.value).join(' / ')}`),
  }));
}

function exportSource(source: Source, lookup: ExportLookup): ExportSource {
  const doc = lookup.documents.get(source.document);
  return { quote: source.quote, article: doc?.title ?? '', url: doc?.url ?? '', published: doc?.published ?? null };
}
