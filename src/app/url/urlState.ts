import type { Category } from '../../lib/schema.ts';
import { CATEGORIES } from '../data/categories.ts';
import type { Span } from '../data/types.ts';
import { LANGS, type Lang } from '../i18n/messages.ts';
import { formatInstant, parseInstant } from '../time/eventTime.ts';

export const VIEWS = ['list', 'timeline', 'reader'] as const;
export type View = (typeof VIEWS)[number];

/** What an address says: the selected event, the visible window, filters and view. */
export interface UrlState {
  readonly event: string | null;
  /** The path named an event, but not in a form any id can take. */
  readonly badEvent: boolean;
  readonly window: Span | null;
  /** null: every category. */
  readonly categories: readonly Category[] | null;
  readonly actor: string | null;
  readonly document: string | null;
  readonly query: string;
  readonly view: View | null;
  readonly lang: Lang | null;
  /** `?embed=1`: shown inside someone else's page, without the page chrome. */
  readonly embed: boolean;
}

export const EMPTY_URL_STATE: UrlState = {
  event: null,
  badEvent: false,
  window: null,
  categories: null,
  actor: null,
  document: null,
  query: '',
  view: null,
  lang: null,
  embed: false,
};

const ID = /^[a-z0-9]{1,64}$/;
const ACTOR = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
const DOC = /^[A-Za-z0-9][\w.-]{0,127}$/;
const MAX_QUERY = 200;

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** `event/<id>` at the start of a path relative to the base (or of a `#/` hash). */
function eventIn(rest: string): { event: string | null; bad: boolean } {
  const m = /^\/?event(?:\/(.*))?$/.exec(rest);
  if (!m) return { event: null, bad: false };
  const raw = decode((m[1] ?? '').replace(/\/$/, ''));
  const id = raw?.trim().toLowerCase() ?? '';
  return ID.test(id) ? { event: id, bad: false } : { event: null, bad: true };
}

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | null =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : null;

/** Reads an address. Anything it cannot read is ignored; it never throws. */
export function parseUrl(loc: { pathname: string; search: string; hash: string }, base: string): UrlState {
  const path = loc.pathname;
  const root = base.endsWith('/') ? base : `${base}/`;
  let found = { event: null as string | null, bad: false };
  if (path.startsWith(root)) found = eventIn(path.slice(root.length));
  if (!found.event && !found.bad && loc.hash.startsWith('#')) found = eventIn(loc.hash.slice(1));

  let q: URLSearchParams;
  try {
    q = new URLSearchParams(loc.search.length > 4000 ? '' : loc.search);
  } catch {
    q = new URLSearchParams();
  }
  const from = parseInstant(q.get('from') ?? '');
  const to = parseInstant(q.get('to') ?? '');
  const cat = q.get('cat');
  let categories: Category[] | null = null;
  if (cat !== null) {
    const list = cat.split(',').filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c));
    categories = cat === '' || list.length > 0 ? [...new Set(list)] : null;
  }
  const actor = q.get('actor');
  const doc = q.get('doc');
  return {
    event: found.event,
    badEvent: found.bad,
    window: from !== null && to !== null && to > from ? [from, to] : null,
    categories,
    actor: actor !== null && ACTOR.test(actor) ? actor : null,
    document: doc !== null && DOC.test(doc) ? doc : null,
    // Control characters have no business in a search and could upset logs.
    query: (q.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, MAX_QUERY),
    view: oneOf(VIEWS, q.get('view')),
    lang: oneOf(LANGS, q.get('lang')),
    embed: q.get('embed') === '1',
  };
}

/** Writes an address for a state: `<base>event/<id>?from=…&to=…&cat=…`; defaults are left out. */
export function formatUrl(s: Omit<UrlState, 'badEvent'>, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = s.event && ID.test(s.event) ? `${root}event/${s.event}` : root;
  const q = new URLSearchParams();
  if (s.window) {
    q.set('from', formatInstant(s.window[0]));
    q.set('to', formatInstant(s.window[1]));
  }
  if (s.categories) q.set('cat', CATEGORIES.filter((c) => s.categories!.includes(c)).join(','));
  if (s.actor) q.set('actor', s.actor);
  if (s.document) q.set('doc', s.document);
  if (s.query.trim()) q.set('q', s.query.slice(0, MAX_QUERY));
  if (s.view) q.set('view', s.view);
  if (s.lang) q.set('lang', s.lang);
  if (s.embed) q.set('embed', '1');
  const qs = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return qs ? `${path}?${qs}` : path;
}

/** A window rounded to the minute for the address: enough to restore the view, short to share. */
export function roundWindow(w: Span): Span {
  const minute = 60_000;
  return [Math.round(w[0] / minute) * minute, Math.round(w[1] / minute) * minute];
}
