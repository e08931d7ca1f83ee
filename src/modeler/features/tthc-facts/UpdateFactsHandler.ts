import type { ElementLike } from 'diagram-js/lib/core/Types';
import {
  ensureFactsElement,
  patchToProperties,
  removeEnsured,
  setProperty,
  type EnsuredFacts,
  type FactsKind,
  type ModdleElement,
  type ModdleFactory,
} from '@/core/index.ts';

export interface UpdateFactsContext {
  /** The diagram element to report as changed (a shape, connection or the root). */
  element: ElementLike;
  /** The business object that holds the facts; defaults to the element's. */
  businessObject?: ModdleElement;
  kind: FactsKind;
  patch: Record<string, unknown>;
  ensured?: EnsuredFacts;
  oldValues?: Record<string, unknown>;
}

/** `tthc.updateFacts`: write TTHC facts onto an element as one undoable command. */
export class UpdateFactsHandler {
  static $inject = ['moddle'];

  constructor(private readonly moddle: ModdleFactory) {}

  execute(context: UpdateFactsContext): ElementLike[] {
    const bo: ModdleElement = context.businessObject ?? context.element.businessObject;
    const ensured = ensureFactsElement(this.moddle, bo, context.kind);
    const properties = patchToProperties(this.moddle, context.kind, context.patch);
    context.ensured = ensured;
    context.oldValues = Object.fromEntries(Object.keys(properties).map((key) => [key, ensured.facts.get(key)]));
    for (const [key, value] of Object.entries(properties)) setProperty(ensured.facts, key, value);
    return [context.element];
  }

  revert(context: UpdateFactsContext): ElementLike[] {
    const bo: ModdleElement = context.businessObject ?? context.element.businessObject;
    const ensured = context.ensured as EnsuredFacts;
    for (const [key, value] of Object.entries(context.oldValues ?? {})) setProperty(ensured.facts, key, value);
    removeEnsured(bo, ensured);
    return [context.element];
  }
}
