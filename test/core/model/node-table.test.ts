import { describe, expect, it } from 'vitest';
import type { GraphNode } from '@/core/model/graph.ts';
import { NodeTable } from '@/core/model/node-table.ts';

/** A node of a scope being filled: only the fields the table reads (its element and its position). */
function nodeOf(nodes: GraphNode[], bo: Record<string, unknown>): GraphNode {
  const node = { bo, local: nodes.length } as unknown as GraphNode;
  nodes.push(node);
  return node;
}

describe('the node table of a scope', () => {
  it('finds every node by its element, and nothing for an element of another scope with the same id', () => {
    const nodes: GraphNode[] = [];
    const table = new NodeTable(nodes, 3000);
    const made = Array.from({ length: 3000 }, (_, i) => nodeOf(nodes, { id: `S${i}` }));
    for (const node of made) table.set(node);
    for (const node of made) expect(table.get(node.bo)).toBe(node);
    expect(table.get({ id: 'S7' })).toBeUndefined();
    expect(table.get({ id: 'elsewhere' })).toBeUndefined();
    expect(table.get(undefined)).toBeUndefined();
    expect(table.get('S7')).toBeUndefined();
  });

  it('keeps apart elements that share an id, and gives an element made a node twice its later node', () => {
    const nodes: GraphNode[] = [];
    const table = new NodeTable(nodes, 4);
    const a = { id: 'Task_1' };
    const b = { id: 'Task_1' };
    const first = nodeOf(nodes, a);
    table.set(first);
    const other = nodeOf(nodes, b);
    table.set(other);
    const later = nodeOf(nodes, a);
    table.set(later);
    expect(table.get(a)).toBe(later);
    expect(table.get(b)).toBe(other);
  });

  it('finds elements without an id by identity', () => {
    const nodes: GraphNode[] = [];
    const table = new NodeTable(nodes, 2);
    const blank = nodeOf(nodes, { id: '' });
    const none = nodeOf(nodes, {});
    table.set(blank);
    table.set(none);
    expect(table.get(blank.bo)).toBe(blank);
    expect(table.get(none.bo)).toBe(none);
    expect(table.get({})).toBeUndefined();
  });
});
