/** Test helper: semantic differences between two BPMN models (bpmn-js-differ), as id lists. */
import { diff } from 'bpmn-js-differ';
import type { ModdleElement } from '../../src/core/index.ts';

export interface SemanticDiff {
  added: string[];
  removed: string[];
  changed: Array<{ id: string; attrs: string[] }>;
  layoutChanged: string[];
}

export function semanticDiff(before: ModdleElement, after: ModdleElement): SemanticDiff {
  const result = diff(before, after);
  return {
    added: Object.keys(result._added),
    removed: Object.keys(result._removed),
    changed: Object.entries(result._changed).map(([id, c]) => ({ id, attrs: Object.keys(c.attrs) })),
    layoutChanged: Object.keys(result._layoutChanged),
  };
}

/** True when the two models differ in nothing but layout. */
export function isSemanticallyEqual(d: SemanticDiff): boolean {
  return !d.added.length && !d.removed.length && !d.changed.length;
}
