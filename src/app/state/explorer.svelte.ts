import type { Category, Timeline, TimelineEvent } from '../../lib/schema.ts';
import { CATEGORIES } from '../data/categories.ts';
import { filterEvents, indexByOrder, isFiltered, neighbours, type Filters } from '../data/filter.ts';
import { prepareTimeline } from '../data/prepare.ts';
import type { AppTimeline, Model, ParagraphRef, PreparedEvent, Span } from '../data/types.ts';
import { Details } from './details.svelte.ts';
import { MESSAGES, type Lang } from '../i18n/messages.ts';
import { buildLanes, laneShapes, type LaneShape } from '../layout/lanes.ts';
import { edgeIndex } from '../layout/overview.ts';
import { revealWindow } from '../layout/reveal.ts';
import { centreOn, clampWindow, denseWindow, fitWindow, limitsFor, pad, sameWindow, zoomWindow } from '../layout/window.ts';
import { roundWindow, type UrlState, type View } from '../url/urlState.ts';

const ALL = new Set<Category>(CATEGORIES);

/**
 * Everything the explorer's components share: the data, the selection, the
 * visible window, filters, language and view. Components read fields and
 * call methods; what follows from the state is `$derived` here, once.
 */
export class Explorer {
  model = $state.raw<Model | null>(null);
  /** Each event's details and each article's text: all in for a small timeline, loaded in parts for a large one. */
  details = $state.raw<Details | null>(null);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state('');

  /** The selected event's id; may name an event that does not exist (then `missing`). */
  selectedId = $state<string | null>(null);
  /** The address named an event in a form no id takes. */
  badLink = $state(false);
  /** The timeline's keyboard position (roving tab stop). */
  focusId = $state<string | null>(null);

  /** The visible window, as drawn now (mid-animation included). */
  window = $state.raw<Span>([0, 1]);
  /**
   * Where the last programmatic change (button, key, link) asked the window
   * to go. The zoom eases towards it, so further steps start from here, not
   * from a frame of the animation; a gesture clears it. The address names it
   * too: a link copied or a page left mid-animation gives where the view is going.
   */
  #goal = $state.raw<Span | null>(null);
  /** Width of the timeline's plot in px; 0 while it is not shown. */
  plotWidth = $state(0);
  view = $state<View>('list');
  lang = $state<Lang>('en');
  /** The reader picked the language (so links carry it), rather than the browser. */
  langChosen = $state(false);
  listInView = $state(false);
  /** Shown inside another page (`?embed=1`): no page chrome, same timeline and details. */
  embed = $state(false);

  categories = $state.raw<ReadonlySet<Category>>(ALL);
  actor = $state<string | null>(null);
  document = $state<string | null>(null);
  query = $state('');

  readonly m = $derived(MESSAGES[this.lang]);
  readonly limits = $derived(limitsFor(this.model?.extent ?? null));
  readonly defaultWindow = $derived<Span>(this.model ? denseWindow(this.model.events, this.limits) : [0, 1]);
  readonly filters = $derived<Filters>({
    categories: this.categories,
    actor: this.actor,
    document: this.document,
    query: this.query,
  });
  readonly isFiltered = $derived(isFiltered(this.filters));
  readonly filtered = $derived.by(() => {
    // A search looks into quotes and triggers, which a large timeline loads after its first view:
    // reading `complete` starts loading them, and searches again once they are in.
    if (this.query && this.details) void this.details.complete;
    return this.model ? filterEvents(this.model.events, this.filters) : [];
  });
  /** A search is running over titles and names only while the quotes are still loading. */
  readonly searchPartial = $derived(this.query !== '' && this.details !== null && !this.details.complete);
  readonly filteredDated = $derived(this.filtered.filter((e) => e.dated));
  readonly filteredUndated = $derived(this.filtered.filter((e) => !e.dated));
  readonly shapes = $derived<Map<Category, LaneShape>>(this.model ? laneShapes(this.model.events) : new Map());
  readonly lanes = $derived(this.model ? buildLanes(this.filteredDated, this.model.categories, this.shapes) : []);
  readonly edges = $derived(edgeIndex(this.filteredDated));
  readonly selected = $derived<PreparedEvent | null>(
    this.selectedId && this.model ? (this.model.byId.get(this.selectedId) ?? null) : null,
  );
  /** The address asked for an event this timeline does not have. */
  readonly missing = $derived(this.status === 'ready' && (this.badLink || (this.selectedId !== null && !this.selected)));
  readonly neighbours = $derived(
    this.selected ? neighbours(this.filtered, this.selected.order) : { previous: null, next: null },
  );

  /** What the address should say now. */
  readonly urlState = $derived<Omit<UrlState, 'badEvent'>>({
    event: this.selectedId,
    window: sameWindow(this.target, this.defaultWindow, 1e-4) ? null : roundWindow(this.target),
    categories: this.categories.size >= CATEGORIES.length ? null : CATEGORIES.filter((c) => this.categories.has(c)),
    actor: this.actor,
    document: this.document,
    query: this.query,
    view: this.view === 'list' ? null : this.view,
    lang: this.langChosen ? this.lang : null,
    embed: this.embed,
  });

  /** Shows a timeline: a whole file, or a large one's first view with where its details come from. */
  load(timeline: Timeline): void;
  load(timeline: AppTimeline, details: Details): void;
  load(timeline: AppTimeline, details?: Details) {
    const d = details ?? Details.whole(timeline as Timeline);
    this.details = d;
    this.model = prepareTimeline(timeline, (i) => d.peek(i));
    this.goTo(this.defaultWindow);
    this.status = 'ready';
  }

  /** An event with its details, or null while they load (reactive). */
  full(ev: PreparedEvent): TimelineEvent | null {
    return this.details?.of(ev.index) ?? null;
  }

  /** A paragraph's text, or null while its article's text loads (reactive). */
  paragraphText(ref: ParagraphRef): string | null {
    return this.details?.texts(ref.documentIndex)?.[ref.index] ?? null;
  }

  #aliases: { model: Model; map: Map<string, string> } | null = null;

  /**
   * The id an event goes by now: an id it had in one article before being
   * merged with reports from others leads to the merged event, so old links
   * keep working. Unknown ids come back as they are (then `missing`).
   */
  resolveId(id: string | null): string | null {
    const model = this.model;
    if (id === null || !model || model.byId.has(id)) return id;
    if (this.#aliases?.model !== model) {
      // Built on the first link that needs it: most loads never do.
      const map = new Map<string, string>();
      for (const e of model.events) for (const a of e.event.aliases ?? []) if (!map.has(a)) map.set(a, e.id);
      this.#aliases = { model, map };
    }
    return this.#aliases.map.get(id) ?? id;
  }

  /** The window to start a programmatic step from. */
  get target(): Span {
    return this.#goal ?? this.window;
  }

  /** The window was just set by a step (not a gesture, not an animation frame): worth easing to. */
  get easeToWindow(): boolean {
    return this.#goal !== null && this.#goal === this.window;
  }

  /** Moves the window programmatically; the zoom surface eases there. */
  goTo(w: Span) {
    const next = clampWindow(w, this.limits);
    this.#goal = next;
    this.window = next;
  }

  /** What the zoom surface shows: a frame of an easing (keeps the goal) or a gesture (drops it). */
  showWindow(w: Span, byGesture: boolean) {
    if (byGesture) this.#goal = null;
    this.window = w;
  }

  fail(message: string) {
    this.error = message;
    this.status = 'error';
  }

  /** Takes on what an address says (on load, and on Back/Forward). */
  applyUrl(u: UrlState) {
    this.categories = u.categories ? new Set(u.categories) : ALL;
    this.actor = u.actor;
    this.document = u.document;
    this.query = u.query;
    if (u.view) this.view = u.view;
    if (u.lang) {
      this.lang = u.lang;
      this.langChosen = true;
    }
    this.embed = u.embed;
    this.goTo(u.window ?? this.defaultWindow);
    this.badLink = u.badEvent;
    const id = this.resolveId(u.event);
    this.selectedId = id;
    this.focusId = id;
    // A link without a window still shows its event.
    if (this.selected && !u.window) this.reveal(this.selected);
  }

  select(to: string | null, opts: { reveal?: boolean } = {}) {
    this.badLink = false;
    const id = this.resolveId(to);
    this.selectedId = id;
    if (id === null) return;
    this.focusId = id;
    const ev = this.model?.byId.get(id);
    if (ev && opts.reveal !== false) this.reveal(ev);
  }

  /** Pans (and if it sits in a count, zooms) the timeline so the event is drawn on its own. */
  reveal(ev: PreparedEvent) {
    if (!ev.dated) return;
    const width = this.plotWidth > 0 ? this.plotWidth : 800;
    const lane = this.lanes.find((l) => l.category === ev.category);
    const inLane = lane && lane.items[indexByOrder(lane.items, ev.order)]?.id === ev.id;
    const from = this.target;
    if (lane && inLane) {
      const w = revealWindow(lane, ev, from, width, this.limits);
      if (w !== from) this.goTo(w);
    } else if (ev.end <= from[0] || ev.start >= from[1]) {
      // Filtered out: it has no mark to show, but its time can still come into view.
      this.goTo(centreOn(from, (ev.start + ev.end) / 2, this.limits));
    }
  }

  /** Moves the keyboard position `step` events along the dated, filtered events in time order. */
  moveFocus(step: number | 'first' | 'last') {
    const list = this.filteredDated;
    if (list.length === 0) return;
    const current = this.focusId ? this.model?.byId.get(this.focusId) : undefined;
    let i: number;
    if (step === 'first') i = 0;
    else if (step === 'last') i = list.length - 1;
    else if (!current) i = step > 0 ? 0 : list.length - 1;
    else {
      const at = indexByOrder(list, current.order);
      const here = list[at]?.order === current.order;
      i = step > 0 ? (here ? at + step : at) : at + step;
    }
    const ev = list[Math.min(Math.max(i, 0), list.length - 1)]!;
    this.focusId = ev.id;
    this.reveal(ev);
  }

  zoomBy(factor: number, at?: number) {
    this.goTo(zoomWindow(this.target, factor, this.limits, at));
  }
  zoomTo(span: Span) {
    this.goTo(pad(span, 0.15));
  }
  fit() {
    this.goTo(fitWindow(this.filtered.length ? this.filtered : (this.model?.events ?? []), this.limits));
  }
  centreOn(t: number) {
    this.goTo(centreOn(this.target, t, this.limits));
  }

  toggleCategory(c: Category) {
    const next = new Set(this.categories);
    if (next.has(c)) next.delete(c);
    else next.add(c);
    this.categories = next;
  }
  /** Show one category alone, or all again when it already is alone. */
  soloCategory(c: Category) {
    this.categories = this.categories.size === 1 && this.categories.has(c) ? ALL : new Set([c]);
  }
  clearFilters() {
    this.categories = ALL;
    this.actor = null;
    this.document = null;
    this.query = '';
  }
  setLang(lang: Lang) {
    this.lang = lang;
    this.langChosen = true;
  }
}
