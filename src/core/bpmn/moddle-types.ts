/** The small slice of the moddle element API the core relies on (bpmn-moddle ships no element types). */
export interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  $attrs?: Record<string, string>;
  id?: string;
  name?: string;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  $instanceOf(type: string): boolean;
  [key: string]: unknown;
}

/** What the core needs from a moddle instance: create elements. */
export interface ModdleFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/** Narrowing helper for `is(bo, 'bpmn:Task')` style checks on possibly-missing elements. */
export function is(element: ModdleElement | undefined | null, type: string): boolean {
  return !!element && typeof element.$instanceOf === 'function' && element.$instanceOf(type);
}
