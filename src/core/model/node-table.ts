/**
 * The nodes of one scope found by their element, for the scope's sequence flows (their source and target).
 *
 * Hand-written rather than a `Map` keyed by elements: at tens of thousands of elements such a `Map` grows
 * through backing stores too large for the young generation, and an insert cost 0.9 µs at 20,000 steps against
 * 0.03 µs at 2,000 (docs/benchmarks.md). This is an open-addressing table of node positions in one typed array
 * made at the scope's size, hashed by the element's id and matched by identity: a reference that is not a node
 * of the scope finds nothing, and an element made a node twice finds its later node, as with the `Map`.
 */
import type { GraphNode } from './graph.ts';

export class NodeTable {
  /** Position in `nodes` + 1 of the node in each slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Elements without an id (no hash to place them by): few, and kept in a `Map`. */
  private readonly withoutId = new Map<unknown, GraphNode>();

  /** `nodes` is the scope's node list, filled alongside; `capacity` bounds how many nodes it will get. */
  constructor(
    private readonly nodes: readonly GraphNode[],
    capacity: number,
  ) {
    // at most two thirds full, so that a probe ends soon (a scope's nodes are fewer than its elements, which
    // `capacity` counts, so mostly far less), and no larger: a table beyond the processor's cache costs a miss
    // per probe
    let size = 16;
    while (size < capacity + (capacity >> 1)) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Make `node` (already in `nodes`) the node of its element. */
  set(node: GraphNode): void {
    const el = node.bo;
    const id = el.id;
    if (typeof id !== 'string' || id === '') {
      this.withoutId.set(el, node);
      return;
    }
    for (let slot = hash(id) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot] as number;
      if (at === 0 || (this.nodes[at - 1] as GraphNode).bo === el) {
        this.slots[slot] = node.local + 1;
        return;
      }
    }
  }

  /** The node of element `ref` in this scope, if it is one. */
  get(ref: unknown): GraphNode | undefined {
    if (typeof ref !== 'object' || ref === null) return undefined;
    const id = (ref as { id?: unknown }).id;
    if (typeof id !== 'string' || id === '') return this.withoutId.get(ref);
    for (let slot = hash(id) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot] as number;
      if (at === 0) return undefined;
      const node = this.nodes[at - 1] as GraphNode;
      if (node.bo === ref) return node;
    }
  }
}

/** FNV-1a of the string's UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
