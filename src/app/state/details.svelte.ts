import type { Timeline, TimelineEvent } from '../../lib/schema.ts';
import type { EventDetails, ViewTimeline } from '../../lib/viewSchema.ts';
import { joinEvent } from '../data/joinEvent.ts';
import { readPart } from '../data/readParts.ts';

type Kind = 'details' | 'text';

/** Fetches part k of a kind (data/details/k.json, data/text/k.json) and gives its JSON. */
export type FetchPart = (kind: Kind, k: number) => Promise<unknown>;

/** Parts fetched at once when loading everything: enough to keep the connection busy, few enough to leave room for one asked for. */
const AT_ONCE = 4;

/**
 * Each event's details (quote, date evidence, figures, other reports…) and
 * each article's text, by their place in the file, for the components that
 * show them. A small timeline has them all from the start (`whole`); a large
 * one, made from its first view (lib/viewSchema.ts), loads the part holding
 * what is asked for, and every part when `all()` is called (idle time,
 * search, print, export). Reads are reactive: a component asking for what is not in yet gets
 * null, then the value once its part arrives.
 */
export class Details {
  #version = $state(0);
  /** Why some details could not be loaded, for the reader; null while all is well. */
  problem = $state<string | null>(null);
  readonly #items: { details: (TimelineEvent | undefined)[]; text: (readonly string[] | undefined)[] } = { details: [], text: [] };
  readonly #loading = new Map<string, Promise<void>>();
  #all: Promise<void> | null = null;
  // Apart from #version, so that what waits for everything (a search) runs again once, not per part.
  #complete = $state(false);

  /** A large timeline's first view, its parts fetched by `fetch`; or, with no view, a whole file (see `whole`). */
  constructor(
    private readonly view: ViewTimeline | null,
    private readonly fetch: FetchPart = () => Promise.resolve(null),
  ) {
    this.#complete = !view;
  }

  /** A timeline file read whole: everything is in. */
  static whole(t: Timeline): Details {
    const d = new Details(null);
    d.#items.details = t.events;
    d.#items.text = t.documents.map((doc) => doc.paragraphs.map((p) => p.text));
    return d;
  }

  /** The event (by its index in the file) with its details, or null while they load. */
  of(index: number): TimelineEvent | null {
    return (this.#read('details', index) as TimelineEvent | undefined) ?? null;
  }

  /** As `of`, without subscribing or loading: for search keys, built outside components. */
  peek(index: number): TimelineEvent | undefined {
    return this.#items.details[index];
  }

  /** A document's paragraphs' text (by its index in the file), or null while it loads. */
  texts(documentIndex: number): readonly string[] | null {
    return (this.#read('text', documentIndex) as readonly string[] | undefined) ?? null;
  }

  /** Everything is in. Reading it starts loading the rest. */
  get complete(): boolean {
    if (!this.#complete) void this.all();
    return this.#complete;
  }

  /** Loads every part not yet in; resolves when all are (or have failed, see `problem`). */
  all(): Promise<void> {
    const view = this.view;
    if (!view) return Promise.resolve();
    return (this.#all ??= (async () => {
      const wanted: [Kind, number][] = [];
      for (let k = 0; k * view.parts.events < view.events.length; k++) wanted.push(['details', k]);
      for (let k = 0; k * view.parts.documents < view.documents.length; k++) wanted.push(['text', k]);
      let next = 0;
      const worker = async () => {
        while (next < wanted.length) await this.#load(...wanted[next++]!);
      };
      await Promise.all(Array.from({ length: AT_ONCE }, worker));
      this.#complete = true;
    })());
  }

  #read(kind: Kind, index: number): unknown {
    void this.#version;
    const item = this.#items[kind][index];
    if (!item && this.view) void this.#load(kind, Math.floor(index / this.#size(kind)));
    return item;
  }

  #size(kind: Kind): number {
    return kind === 'text' ? this.view!.parts.documents : this.view!.parts.events;
  }

  #load(kind: Kind, k: number): Promise<void> {
    const key = `${kind}/${k}`;
    let loading = this.#loading.get(key);
    if (!loading) {
      loading = this.fetch(kind, k).then(
        (raw) => this.#apply(kind, k, raw),
        (e: unknown) => this.#fail(key, e instanceof Error ? e.message : String(e)),
      );
      this.#loading.set(key, loading);
    }
    return loading;
  }

  #apply(kind: Kind, k: number, raw: unknown) {
    const first = k * this.#size(kind);
    const items = readPart(raw, kind, first);
    if (!items) return this.#fail(`${kind}/${k}`, `not a ${kind} part`);
    items.forEach((item, j) => {
      const i = first + j;
      if (kind === 'text') this.#items.text[i] = item as string[];
      else if (item && this.view!.events[i]) this.#items.details[i] = joinEvent(this.view!.events[i]!, item as EventDetails);
    });
    this.#version++;
  }

  #fail(key: string, why: string) {
    console.warn(`Threadline: could not load data/${key}.json: ${why}`);
    this.problem = `data/${key}.json: ${why}`;
  }
}
