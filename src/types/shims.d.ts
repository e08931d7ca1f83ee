declare module 'bpmn-js-differ' {
  export interface ChangeHandler {
    _added: Record<string, unknown>;
    _removed: Record<string, unknown>;
    _changed: Record<string, { model: unknown; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
    _layoutChanged: Record<string, unknown>;
  }
  export function diff(a: unknown, b: unknown): ChangeHandler;
}

// bpmn-moddle ships the element types (bpmn-moddle/types, used in core/bpmn/moddle-types.ts) but not its class:
// the class is moddle's, typed by moddle itself, plus the XML reading and writing bpmn-moddle adds
declare module 'bpmn-moddle' {
  import { Moddle } from 'moddle';
  import type { ModdleElement } from '../core/bpmn/moddle-types.ts';

  export interface ParseWarning {
    message: string;
    element?: unknown;
    property?: string;
    value?: unknown;
  }
  export interface FromXmlResult {
    rootElement: ModdleElement;
    references: unknown[];
    warnings: ParseWarning[];
    elementsById: Record<string, unknown>;
  }
  export class BpmnModdle extends Moddle {
    // bpmn-moddle brings the BPMN packages itself: the extra ones are optional
    constructor(packages?: ConstructorParameters<typeof Moddle>[0], options?: ConstructorParameters<typeof Moddle>[1]);
    // elements typed as the core reads them (moddle's own element type, with the BPMN properties)
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    fromXML(
      xml: string,
      typeName?: string | Record<string, unknown>,
      options?: Record<string, unknown>,
    ): Promise<FromXmlResult>;
    toXML(element: unknown, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
  }
  export default BpmnModdle;
}

declare module 'diagram-js-minimap' {
  const minimapModule: { __init__: string[]; [name: string]: unknown };
  export default minimapModule;
}
