import type { EventDetails } from '../../lib/viewSchema.ts';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const okDetails = (d: unknown): d is EventDetails =>
  isObj(d) && typeof d.quote === 'string' && isObj(d.dateEvidence) && typeof d.dateEvidence.rule === 'string';

/**
 * A part a large timeline loads after its first view, guarded as readTimeline
 * guards the first file: a part that is not what its name says (or holds
 * other entries than asked for) is refused whole (null); a malformed entry in
 * it is left out (undefined), and its event shows without details rather
 * than breaking the panel.
 */
export function readPart(raw: unknown, kind: 'details' | 'text', first: number): (EventDetails | string[] | undefined)[] | null {
  const list = isObj(raw) && raw.first === first ? raw[kind === 'text' ? 'texts' : 'details'] : null;
  if (!Array.isArray(list)) return null;
  return list.map((item: unknown) =>
    kind === 'text' ? (Array.isArray(item) && item.every((p) => typeof p === 'string') ? item : []) : okDetails(item) ? item : undefined,
  );
}
