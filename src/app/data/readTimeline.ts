import type { Actor, Timeline } from '../../lib/schema.ts';
import type { ViewDocument, ViewEvent, ViewTimeline } from '../../lib/viewSchema.ts';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** What the first view reads of an event; a whole file's event must carry its details too. */
function okEvent(v: unknown, whole: boolean): v is ViewEvent {
  if (!isObj(v) || !isStr(v.id) || !/^[a-z0-9]{1,64}$/.test(v.id)) return false;
  if (!isStr(v.title) || !isStr(v.titleEn) || !isStr(v.category) || !Array.isArray(v.actors)) return false;
  if (v.date !== null && !(isObj(v.date) && isStr(v.date.start) && isStr(v.date.precision))) return false;
  const s = v.source;
  if (!isObj(s) || !isStr(s.document) || !isStr(s.paragraph) || typeof s.start !== 'number') return false;
  return !whole || (isStr(s.quote) && isObj(v.dateEvidence) && isStr(v.dateEvidence.rule));
}

function okDocument(v: unknown, whole: boolean): v is ViewDocument {
  return isObj(v) && isStr(v.id) && isStr(v.title) && isStr(v.url) && Array.isArray(v.paragraphs) &&
    v.paragraphs.every((p) => isObj(p) && isStr(p.id) && isStr(p.kind) && (!whole || isStr(p.text)));
}

function okActor(v: unknown): v is Actor {
  return isObj(v) && isStr(v.id) && isStr(v.name) && isObj(v.names) && Array.isArray(v.aliases);
}

const okParts = (v: unknown): v is ViewTimeline['parts'] =>
  isObj(v) && Number.isInteger(v.events) && (v.events as number) > 0 && Number.isInteger(v.documents) && (v.documents as number) > 0;

export type ReadTimeline =
  | { kind: 'whole'; timeline: Timeline; dropped: number }
  | { kind: 'view'; timeline: ViewTimeline; dropped: number };

/**
 * The pipeline validates the JSON against the schema before writing it (and
 * the build splits it from there); this guard only keeps a damaged or
 * hand-edited file from breaking the page: entries that lack what the app
 * reads are left out and counted. A file with `parts` is a large timeline's
 * first view (lib/viewSchema.ts); its details come later, in parts counted
 * by place in the file, so one left out would shift them all: loadTimeline
 * then reads the whole file instead.
 */
export function readTimeline(raw: unknown): ReadTimeline | null {
  if (!isObj(raw) || raw.version !== 1 || !Array.isArray(raw.events)) return null;
  const whole = raw.parts === undefined;
  if (!whole && !okParts(raw.parts)) return null;
  const documents = arr(raw.documents).filter((d): d is ViewDocument => okDocument(d, whole));
  const events = raw.events.filter((e): e is ViewEvent => okEvent(e, whole));
  const actors = arr(raw.actors).filter(okActor);
  const dropped = raw.events.length - events.length + arr(raw.documents).length - documents.length;
  const timeline = { version: 1 as const, documents, actors, events, diagnostics: [] };
  // Checked as whole above: events with their details, paragraphs with their text.
  if (whole) return { kind: 'whole', timeline: timeline as unknown as Timeline, dropped };
  return { kind: 'view', timeline: { ...timeline, parts: raw.parts as ViewTimeline['parts'] }, dropped };
}

