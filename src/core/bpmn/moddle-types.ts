import type { ModdleElement as ShippedElement } from 'moddle';
import type {
  BpmnActivity,
  BpmnArtifact,
  BpmnBaseElement,
  BpmnCallableElement,
  BpmnCatchEvent,
  BpmnChoreographyActivity,
  BpmnConversationNode,
  BpmnEvent,
  BpmnEventDefinition,
  BpmnFlowElement,
  BpmnFlowElementsContainer,
  BpmnFlowNode,
  BpmnGateway,
  BpmnInteractionNode,
  BpmnLoopCharacteristics,
  BpmnRootElement,
  BpmnThrowEvent,
  BpmnModdleTypeMap,
  BpmndiModdleTypeMap,
  DcModdleTypeMap,
  DiModdleTypeMap,
} from 'bpmn-moddle/types';

/**
 * The properties every element has for the core: moddle's own element type (`$type`, `$instanceOf`, the
 * typed `get`/`set` of its base) over an open bag of properties, `unknown` until narrowed with `is`.
 */
interface ElementProperties {
  id?: string;
  name?: string;
  $parent?: ModdleElement;
  $attrs: Record<string, string>;
  [key: string]: unknown;
}

/** A moddle element as the core sees it: the type moddle ships, its unknown properties `unknown`. */
export type ModdleElement = ShippedElement<ElementProperties>;

/** The abstract BPMN types `is` is often asked about (`bpmn:FlowNode`…), which the shipped map leaves out. */
interface AbstractBpmnTypeMap {
  'bpmn:Activity': ShippedElement<BpmnActivity>;
  'bpmn:Artifact': ShippedElement<BpmnArtifact>;
  'bpmn:BaseElement': ShippedElement<BpmnBaseElement>;
  'bpmn:CallableElement': ShippedElement<BpmnCallableElement>;
  'bpmn:CatchEvent': ShippedElement<BpmnCatchEvent>;
  'bpmn:ChoreographyActivity': ShippedElement<BpmnChoreographyActivity>;
  'bpmn:ConversationNode': ShippedElement<BpmnConversationNode>;
  'bpmn:Event': ShippedElement<BpmnEvent>;
  'bpmn:EventDefinition': ShippedElement<BpmnEventDefinition>;
  'bpmn:FlowElement': ShippedElement<BpmnFlowElement>;
  'bpmn:FlowElementsContainer': ShippedElement<BpmnFlowElementsContainer>;
  'bpmn:FlowNode': ShippedElement<BpmnFlowNode>;
  'bpmn:Gateway': ShippedElement<BpmnGateway>;
  'bpmn:InteractionNode': ShippedElement<BpmnInteractionNode>;
  'bpmn:LoopCharacteristics': ShippedElement<BpmnLoopCharacteristics>;
  'bpmn:RootElement': ShippedElement<BpmnRootElement>;
  'bpmn:ThrowEvent': ShippedElement<BpmnThrowEvent>;
}

/** Every BPMN 2.0 element type bpmn-moddle ships a type for, by its name (`bpmn:Task`, `bpmndi:BPMNShape`…). */
export interface BpmnTypeMap
  extends AbstractBpmnTypeMap, BpmnModdleTypeMap, BpmndiModdleTypeMap, DcModdleTypeMap, DiModdleTypeMap {}

/** A BPMN type name bpmn-moddle knows. */
export type BpmnTypeName = keyof BpmnTypeMap;

// The shipped map gives `ModdleElement<BpmnTask> & { $type: 'bpmn:Task' }`; the core re-types its properties so
// that referenced elements are core elements too (and drops the literal `$type`: `is` also matches subtypes).
type PropertiesOf<E> = E extends ShippedElement<infer P> ? P : never;
type Lifted<T> = T extends ShippedElement<infer P> ? ElementOf<P> : T extends readonly (infer E)[] ? Lifted<E>[] : T;
type ElementOf<P> = ModdleElement & { [K in keyof P as Exclude<K, '$type'>]: Lifted<P[K]> };

/** The core element narrowed to a BPMN type: its properties typed as bpmn-moddle declares them. */
export type BpmnElement<K extends BpmnTypeName> = ElementOf<PropertiesOf<BpmnTypeMap[K]>>;

/** Whether a value is a moddle element (what a reference or child property holds once set). */
export function isModdleElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' && value !== null && '$instanceOf' in value && typeof value.$instanceOf === 'function'
  );
}

/** The element a single-valued property holds (`processRef`, `sourceRef`, `plane`…), undefined when unset. */
export function elementOf(el: ModdleElement | undefined | null, property: string): ModdleElement | undefined {
  const value = el?.get(property);
  return isModdleElement(value) ? value : undefined;
}

/**
 * The elements a many-valued property holds (`flowElements`, `lanes`, `outgoing`…), [] when unset. It is moddle's
 * own array (moddle creates it on first `get`), so pushing to it adds to the element.
 */
export function elementsOf(el: ModdleElement | undefined | null, property: string): ModdleElement[] {
  const value = el?.get(property);
  return Array.isArray(value) ? value : [];
}

/**
 * The same as `elementsOf`, read as a plain property: no descriptor look-up and no list created on the element
 * when unset (moddle keeps set properties on the element itself). For the walks that read every element.
 */
export function plainElementsOf(el: ModdleElement | undefined | null, property: string): ModdleElement[] {
  const value = el?.[property];
  return Array.isArray(value) ? value : [];
}

/** What the core needs from a moddle instance: create elements. */
export interface ModdleFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/**
 * `is(bo, 'bpmn:Task')` on a possibly-missing element: true for the type and its subtypes (moddle's
 * `$instanceOf`). For a BPMN type it narrows the element; extension types (`tthc:…`) just answer.
 */
export function is<K extends BpmnTypeName>(
  element: ModdleElement | undefined | null,
  type: K,
): element is BpmnElement<K>;
export function is(element: ModdleElement | undefined | null, type: string): boolean;
export function is(element: ModdleElement | undefined | null, type: string): boolean {
  return !!element && typeof element.$instanceOf === 'function' && element.$instanceOf(type);
}
