/**
 * A character trie over folded text. Written here (a few dozen lines) because
 * the matcher needs every key along one walk, longest first, so that a
 * context guard can reject the longest and fall back to a shorter one; one
 * walk per start position is fast enough for sentences (see bench.test.ts).
 */
interface Node<T> {
  next: Map<number, Node<T>> | null;
  values: T[] | null;
}

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

const newNode = <T>(): Node<T> => ({ next: null, values: null });

export class CharTrie<T> {
  /**
   * The root's children by code unit, in a plain array rather than a Map:
   * every text position looks here first, and most walks end after it.
   */
  private readonly roots: (Node<T> | undefined)[] = new Array(65536).fill(undefined);

  /** Could a key start with this code unit? */
  startsWith(c: number): boolean {
    return this.roots[c] !== undefined;
  }

  insert(key: string, value: T): void {
    if (!key) return;
    const first = key.charCodeAt(0);
    let node = this.roots[first];
    if (!node) this.roots[first] = node = newNode();
    for (let i = 1; i < key.length; i++) {
      const c = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = newNode();
        node.next.set(c, child);
      }
      node = child;
    }
    node.values ??= [];
    node.values.push(value);
  }

  /** Keys that start at `start`, shortest first. */
  hitsAt(text: string, start: number): TrieHit<T>[] {
    return this.walk(text, start, 1);
  }

  /** `hitsAt` into `out` (shortest first); returns the number of hits. */
  hitsInto(text: string, start: number, out: HitBuffer<T>): number {
    let count = 0;
    if (start >= 0 && start < text.length) {
      let node: Node<T> | undefined = this.roots[text.charCodeAt(start)];
      for (let i = start; node; ) {
        if (node.values) {
          out.ends[count] = i + 1;
          out.values[count] = node.values;
          count++;
        }
        i++;
        if (i >= text.length || !node.next) break;
        node = node.next.get(text.charCodeAt(i));
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
    let node: Node<T> | undefined = this.roots[text.charCodeAt(from)];
    let hits: TrieHit<T>[] | null = null;
    for (let i = from; node; ) {
      if (node.values) (hits ??= []).push({ at: step === 1 ? i + 1 : i, values: node.values });
      i += step;
      if (i < 0 || i >= text.length || !node.next) break;
      node = node.next.get(text.charCodeAt(i));
    }
    return hits ?? NONE;
  }
}

const NONE: never[] = [];
