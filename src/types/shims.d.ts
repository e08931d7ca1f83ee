declare module 'bpmn-js-differ' {
  export interface ChangeHandler {
    _added: Record<string, unknown>;
    _removed: Record<string, unknown>;
    _changed: Record<string, { model: unknown; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
    _layoutChanged: Record<string, unknown>;
  }
  export function diff(a: unknown, b: unknown): ChangeHandler;
}

declare module 'bpmn-moddle' {
  export interface ParseWarning {
    message: string;
    element?: unknown;
    property?: string;
    value?: unknown;
  }
  export interface FromXmlResult {
    rootElement: import('../core/bpmn/moddle-types.ts').ModdleElement;
    references: unknown[];
    warnings: ParseWarning[];
    elementsById: Record<string, unknown>;
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(
      xml: string,
      typeName?: string | Record<string, unknown>,
      options?: Record<string, unknown>,
    ): Promise<FromXmlResult>;
    toXML(element: unknown, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): import('../core/bpmn/moddle-types.ts').ModdleElement;
    getType(type: string): unknown;
  }
  export default BpmnModdle;
}

declare module 'diagram-js-minimap' {
  const minimapModule: { __init__: string[]; [name: string]: unknown };
  export default minimapModule;
}
