/**
 * A character trie over folded text. Written here (a few dozen lines) because
 * the matcher needs every key along one walk, longest first, so that a
 * context guard can reject the longest and fall back to a shorter one; one
 * walk per start position is fast enough for sentences (see bench.test.ts).
 */
import { EdgeTable } from './edgeTable.ts';

export interface TrieHit<T> {
  /** The far end of the key: its exclusive end (forward walk) or its start (backward walk). */
  at: number;
  values: T[];
}

/**
 * Hits written in place, for the scanners' per-position loops: `hitsAt`
 * allocates an array and an object per hit at every position a key may
 * start, which on a corpus is millions of short-lived objects for the GC.
 * Entries past `count` are stale.
 */
export interface HitBuffer<T> {
  count: number;
  ends: number[];
  values: T[][];
}

export const hitBuffer = <T>(): HitBuffer<T> => ({ count: 0, ends: [], values: [] });

/**
 * Nodes are numbers (1, 2, …; 0 is "none"), their children one shared hash
 * table of (node, code unit) → node: the scanners step from node to child at
 * almost every position of every text, and a typed-array probe costs a few
 * times less than a Map per node, which was the scanners' largest line.
 */
export class CharTrie<T> {
  /** The root's children by code unit: every text position looks here first, and most walks end after it. */
  private readonly roots = new Int32Array(65536);
  private readonly edges = new EdgeTable();
  /** Keys ending at each node (index = node); null where none does. */
  private readonly valuesAt: (T[] | null)[] = [null];
  /**
   * Per node: HAS_VALUES when keys end there, INNER when it has children (a
   * walk at a leaf stops without probing). One byte a node, so the flags of a
   * trie of fifty thousand nodes stay in the processor's cache, where the
   * arrays of JavaScript values they replace (four bytes a node each) did not:
   * most walks read them once or twice and stop.
   */
  private flags = new Uint8Array(1024);
  private size = 1;

  /** Could a key start with this code unit? */
  startsWith(c: number): boolean {
    return this.roots[c] !== 0;
  }

  /**
   * The first position from `from` where a key may start, or the text's
   * length. The scanners' loops skip most characters: skipping them here is
   * one call per candidate instead of one per character, which inlining
   * budgets of big callers did not always spare.
   */
  nextStart(text: string, from: number): number {
    const { roots } = this;
    let i = from;
    while (i < text.length && roots[text.charCodeAt(i)] === 0) i++;
    return i;
  }

  insert(key: string, value: T): void {
    if (!key) return;
    const first = key.charCodeAt(0);
    let node = this.roots[first]!;
    if (node === 0) this.roots[first] = node = this.newNode();
    for (let i = 1; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = this.edges.get(node, c);
      if (child === 0) {
        child = this.newNode();
        this.edges.set(node, c, child);
        this.flags[node]! |= INNER;
      }
      node = child;
    }
    (this.valuesAt[node] ??= []).push(value);
    this.flags[node]! |= HAS_VALUES;
  }

  /** Keys that start at `start`, shortest first. */
  hitsAt(text: string, start: number): TrieHit<T>[] {
    return this.walk(text, start, 1);
  }

  /** `hitsAt` into `out` (shortest first); returns the number of hits. */
  hitsInto(text: string, start: number, out: HitBuffer<T>): number {
    let count = 0;
    if (start >= 0 && start < text.length) {
      for (let i = start, node = this.roots[text.charCodeAt(start)]!; node !== 0; ) {
        const flags = this.flags[node]!;
        if ((flags & HAS_VALUES) !== 0) {
          out.ends[count] = i + 1;
          out.values[count] = this.valuesAt[node]!;
          count++;
        }
        i++;
        if (i >= text.length || (flags & INNER) === 0) break;
        node = this.edges.get(node, text.charCodeAt(i));
      }
    }
    out.count = count;
    return count;
  }

  /** Keys that end at `end`, read backwards: the trie must hold reversed keys. Shortest first. */
  hitsEndingAt(text: string, end: number): TrieHit<T>[] {
    return this.walk(text, end - 1, -1);
  }

  /** One walk from `from` in direction `step`; a hit's `at` is the far end (exclusive forwards, inclusive backwards). */
  private walk(text: string, from: number, step: 1 | -1): TrieHit<T>[] {
    if (from < 0 || from >= text.length) return NONE;
    let hits: TrieHit<T>[] | null = null;
    for (let i = from, node = this.roots[text.charCodeAt(from)]!; node !== 0; ) {
      const flags = this.flags[node]!;
      if ((flags & HAS_VALUES) !== 0) (hits ??= []).push({ at: step === 1 ? i + 1 : i, values: this.valuesAt[node]! });
      i += step;
      if (i < 0 || i >= text.length || (flags & INNER) === 0) break;
      node = this.edges.get(node, text.charCodeAt(i));
    }
    return hits ?? NONE;
  }

  private newNode(): number {
    this.valuesAt.push(null);
    if (this.size === this.flags.length) {
      const grown = new Uint8Array(this.flags.length * 2);
      grown.set(this.flags);
      this.flags = grown;
    }
    return this.size++;
  }
}

const HAS_VALUES = 1;
const INNER = 2;

const NONE: never[] = [];
