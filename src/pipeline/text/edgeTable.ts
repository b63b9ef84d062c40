/**
 * (node, code unit) → node for CharTrie: open addressing with linear probing
 * over typed arrays, kept at most half full so a miss, the usual outcome,
 * ends after a probe or two. Nodes are positive; 0 means "no such edge".
 */
export class EdgeTable {
  private bits = 10;
  private parents = new Int32Array(1 << this.bits);
  private units = new Uint16Array(1 << this.bits);
  private children = new Int32Array(1 << this.bits);
  private size = 0;

  get(parent: number, unit: number): number {
    const mask = this.parents.length - 1;
    for (let slot = this.slotOf(parent, unit); ; slot = (slot + 1) & mask) {
      const p = this.parents[slot]!;
      if (p === 0) return 0;
      if (p === parent && this.units[slot] === unit) return this.children[slot]!;
    }
  }

  /** Adds an edge that is not there yet. */
  set(parent: number, unit: number, child: number): void {
    if (2 * (this.size + 1) > this.parents.length) this.grow();
    this.place(parent, unit, child);
    this.size++;
  }

  private place(parent: number, unit: number, child: number): void {
    const mask = this.parents.length - 1;
    let slot = this.slotOf(parent, unit);
    while (this.parents[slot] !== 0) slot = (slot + 1) & mask;
    this.parents[slot] = parent;
    this.units[slot] = unit;
    this.children[slot] = child;
  }

  /** Multiplicative hashing: the top `bits` bits of the mixed pair. */
  private slotOf(parent: number, unit: number): number {
    return (Math.imul(parent, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b)) >>> (32 - this.bits);
  }

  private grow(): void {
    const { parents, units, children } = this;
    this.bits++;
    this.parents = new Int32Array(1 << this.bits);
    this.units = new Uint16Array(1 << this.bits);
    this.children = new Int32Array(1 << this.bits);
    for (let slot = 0; slot < parents.length; slot++) {
      if (parents[slot] !== 0) this.place(parents[slot]!, units[slot]!, children[slot]!);
    }
  }
}
