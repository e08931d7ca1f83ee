/** The definitions a bpmn-js diagram shows, as the core types them (bpmn-js types `getDefinitions()` as `any`). */
import { isModdleElement, type ModdleElement } from '@/core/index.ts';

/** The diagram's moddle definitions; undefined before a diagram is imported (or without a diagram). */
export function definitionsOf(diagram: { getDefinitions(): unknown } | null | undefined): ModdleElement | undefined {
  const definitions = diagram?.getDefinitions();
  return isModdleElement(definitions) ? definitions : undefined;
}
