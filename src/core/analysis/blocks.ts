/**
 * The block structure of a process: plain data (structured-clonable for a Web Worker) that both the
 * analytic evaluation and the Monte Carlo simulation read. Node numbers are `GraphNode.index`.
 */
export type Block =
  /** One step; its time comes from the step table. */
  | { k: 'step'; node: number }
  /** Blocks one after another; stops early when a block sends the dossier back. */
  | { k: 'seq'; items: Block[] }
  /** Exactly one branch, chosen with the decision shares (exclusive or event-based gateway). */
  | { k: 'xor'; node: number; branches: Block[]; shares: number[] }
  /** All branches at once; the longest one counts (parallel gateway or a fork without gateway). */
  | { k: 'and'; node: number; branches: Block[] }
  /** Each branch independently with its share; the longest taken branch counts (inclusive gateway). */
  | { k: 'or'; node: number; branches: Block[]; shares: number[]; fallback: number }
  /** A loop whose body may end in `back` to `header` (send-back, supplement) and then runs again. */
  | { k: 'loop'; header: number; body: Block }
  /** Go back to the start of the loop headed by `header`. */
  | { k: 'back'; header: number }
  | { k: 'empty' };

/** A block that takes no time (events, gateways that only merge). */
export const EMPTY_BLOCK: Block = { k: 'empty' };

/**
 * Add `item` to the items of a sequence being built: empty blocks left out, a sequence flattened one level
 * (one push per item: spreading a long sequence into push() overflows the call stack).
 */
export function addToSeq(items: Block[], item: Block): void {
  if (item.k === 'empty') return;
  if (item.k === 'seq') for (const inner of item.items) items.push(inner);
  else items.push(item);
}

/**
 * The sequence of `items` made with `addToSeq` (the list itself, not a copy: a chain's list is as long as the
 * chain, and a second list of that length is costly to allocate).
 */
export function seqOf(items: Block[]): Block {
  if (items.length === 0) return EMPTY_BLOCK;
  if (items.length === 1) return items[0] as Block;
  return { k: 'seq', items };
}
