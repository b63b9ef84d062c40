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

const newNode = <T>(): Node<T> => ({ next: null, values: null });

export class CharTrie<T> {
  private readonly root: Node<T> = newNode();
  /** 1 for code units some key starts with: most text positions are skipped on this alone. */
  private readonly firstUnits = new Uint8Array(65536);

  /** Could a key start with this code unit? */
  startsWith(c: number): boolean {
    return this.firstUnits[c] === 1;
  }

  insert(key: string, value: T): void {
    if (!key) return;
    this.firstUnits[key.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
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
    let node: Node<T> | undefined = this.root;
    let hits: TrieHit<T>[] | null = null;
    for (let i = start; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) (hits ??= []).push({ at: i + 1, values: node.values });
    }
    return hits ?? NONE;
  }

  /** Keys that end at `end`, read backwards: the trie must hold reversed keys. Shortest first. */
  hitsEndingAt(text: string, end: number): TrieHit<T>[] {
    let node: Node<T> | undefined = this.root;
    let hits: TrieHit<T>[] | null = null;
    for (let i = end - 1; i >= 0; i--) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) (hits ??= []).push({ at: i, values: node.values });
    }
    return hits ?? NONE;
  }
}

const NONE: never[] = [];
