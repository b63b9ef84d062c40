import type { Actor, Timeline, TimelineDocument, TimelineEvent } from '../../lib/schema.ts';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function okEvent(v: unknown): v is TimelineEvent {
  if (!isObj(v) || !isStr(v.id) || !/^[a-z0-9]{1,64}$/.test(v.id)) return false;
  if (!isStr(v.title) || !isStr(v.titleEn) || !isStr(v.category) || !Array.isArray(v.actors)) return false;
  if (v.date !== null && !(isObj(v.date) && isStr(v.date.start) && isStr(v.date.precision))) return false;
  if (!isObj(v.dateEvidence) || !isStr(v.dateEvidence.rule)) return false;
  const s = v.source;
  return isObj(s) && isStr(s.document) && isStr(s.paragraph) && isStr(s.quote) && typeof s.start === 'number';
}

function okDocument(v: unknown): v is TimelineDocument {
  return isObj(v) && isStr(v.id) && isStr(v.title) && isStr(v.url) && Array.isArray(v.paragraphs) &&
    v.paragraphs.every((p) => isObj(p) && isStr(p.id) && isStr(p.text) && isStr(p.kind));
}

function okActor(v: unknown): v is Actor {
  return isObj(v) && isStr(v.id) && isStr(v.name) && isObj(v.names) && Array.isArray(v.aliases);
}

/**
 * The pipeline validates the JSON against the schema before writing it; this
 * guard only keeps a damaged or hand-edited file from breaking the page:
 * entries that lack what the app reads are left out and counted.
 */
export function readTimeline(raw: unknown): { timeline: Timeline; dropped: number } | null {
  if (!isObj(raw) || raw.version !== 1 || !Array.isArray(raw.events)) return null;
  const documents = arr(raw.documents).filter(okDocument);
  const actors = arr(raw.actors).filter(okActor);
  const events = raw.events.filter(okEvent);
  const dropped = raw.events.length - events.length + arr(raw.documents).length - documents.length;
  return { timeline: { version: 1, documents, actors, events, diagnostics: [] }, dropped };
}
