/**
 * The shared part of every executable export, on a fresh parse (the user's model is never touched): the main
 * process becomes executable, plain/manual tasks become user tasks, each step gets its candidate group and a
 * non-interrupting timer boundary event for its time limit (routed to an "overdue" end event, with DI), and
 * each decision's outgoing flows get conditions from `tthc:decision variable` and `tthc:outcome value`.
 * A target profile (bpmn.ts, camunda8.ts, …) writes the engine-specific parts.
 */
import { BpmnModdle } from 'bpmn-moddle';
import type { PackageDefinition } from 'moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import camunda from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import { elementOf, elementsOf, is, type ModdleElement } from '../bpmn/moddle-types.ts';
import { moddleExtensions, parseBpmn } from '../bpmn/moddle.ts';
import { readFacts } from '../model/facts.ts';
import { ExportIndex } from './model-index.ts';
import { processView, type ProcessView, type StepView } from './process-view.ts';
import { timerDuration } from './working-time.ts';

/** What a step looks like to a profile. */
export interface StepContext {
  moddle: BpmnModdle;
  step: StepView;
  timer?: string;
  serviceType?: string;
}

/** The engine-specific parts of an executable export. */
export interface Profile {
  /** Which engine extension the moddle must know (zeebe and camunda cannot be loaded together). */
  extension?: 'zeebe' | 'camunda';
  /** Namespaces to declare on `bpmn:definitions` (prefix → URI), and attributes to set on it. */
  definitionAttrs?: Record<string, string>;
  process?(process: ModdleElement, moddle: BpmnModdle): void;
  userTask(ctx: StepContext): void;
  serviceTask(ctx: StepContext): void;
  /** The condition of a flow taking `value` of decision `variable`. */
  condition(variable: string, value: string): { body: string; language?: string };
}

export interface ExecutableResult {
  xml: string;
  view: ProcessView;
  timers: Array<{ stepId: string; boundaryId: string; duration: string }>;
  services: string[];
}

// the engines' own descriptors, as they ship them (a JSON import widens `tagAlias: "lowerCase"` to a string)
const ZEEBE = zeebe as PackageDefinition;
const CAMUNDA = camunda as PackageDefinition;

/** A moddle that reads and writes `tthc` and, when asked, the `zeebe` or `camunda` extension. */
export function createExportModdle(extension?: 'zeebe' | 'camunda'): BpmnModdle {
  if (extension === 'zeebe') return new BpmnModdle({ ...moddleExtensions, zeebe: ZEEBE });
  if (extension === 'camunda') return new BpmnModdle({ ...moddleExtensions, camunda: CAMUNDA });
  return new BpmnModdle(moddleExtensions);
}

/** The service-task type a step is bound to: a data look-up through LGSP/NDXP when it reads a dossier component from a database. */
export function serviceTypeOf(step: ModdleElement): string {
  const platforms = new Set<string>();
  for (const assoc of elementsOf(step, 'dataInputAssociations')) {
    for (const src of elementsOf(assoc, 'sourceRef')) {
      const facts = readFacts(src, 'dossierComponent');
      if (facts.source === 'database') platforms.add((facts.platform ?? 'LGSP').toLowerCase());
    }
  }
  if (platforms.has('ndxp')) return 'tthc-ndxp-lookup';
  if (platforms.has('lgsp')) return 'tthc-lgsp-lookup';
  return 'tthc-service';
}

/** Make `xml` executable with `profile`; returns the new XML and what was armed. */
export async function makeExecutable(xml: string, profile: Profile): Promise<ExecutableResult> {
  const moddle = createExportModdle(profile.extension);
  const { definitions } = await parseBpmn(xml, moddle);
  return makeExecutableFrom(definitions, moddle, profile);
}

/** Make freshly parsed `definitions` (from `createExportModdle(profile.extension)`) executable; they are changed. */
export async function makeExecutableFrom(
  definitions: ModdleElement,
  moddle: BpmnModdle,
  profile: Profile,
  known?: ProcessView,
): Promise<ExecutableResult> {
  const view = known ?? processView(definitions);
  const process = view.process;
  process.set('isExecutable', true);
  for (const root of elementsOf(definitions, 'rootElements')) {
    if (is(root, 'bpmn:Process') && root !== process) root.set('isExecutable', false);
  }
  for (const [name, value] of Object.entries(profile.definitionAttrs ?? {}))
    (definitions.$attrs as Record<string, string>)[name] = value;
  profile.process?.(process, moddle);

  const timers: ExecutableResult['timers'] = [];
  const services = new Set<string>();
  const index = new ExportIndex(definitions);
  for (const step of view.steps) {
    let el = step.element;
    if (el.$type === 'bpmn:Task' || el.$type === 'bpmn:ManualTask') {
      el = replaceType(index, el, 'bpmn:UserTask', moddle);
      step.element = el;
      step.type = 'UserTask';
    }
    const timer = timerDuration(step.facts.duration, step.facts.durationUnit);
    if (is(el, 'bpmn:UserTask')) profile.userTask({ moddle, step, timer });
    else if (
      is(el, 'bpmn:ServiceTask') ||
      is(el, 'bpmn:SendTask') ||
      is(el, 'bpmn:ScriptTask') ||
      is(el, 'bpmn:BusinessRuleTask')
    ) {
      const serviceType = serviceTypeOf(el);
      services.add(serviceType);
      profile.serviceTask({ moddle, step, timer, serviceType });
    }
    if (timer) {
      const boundaryId = addOverdueTimer(index, el, timer, moddle);
      timers.push({ stepId: step.id, boundaryId, duration: timer });
    }
  }

  for (const decision of view.decisions) {
    const { variable } = decision;
    const fallback = elementOf(decision.element, 'default');
    for (const flow of decision.flows) {
      if (flow === fallback) {
        flow.set('conditionExpression', undefined);
        continue;
      }
      const value = readFacts(flow, 'outcome').value;
      if (!variable || value === undefined || value === '') continue;
      const { body, language } = profile.condition(variable, String(value));
      const expr = moddle.create('bpmn:FormalExpression', language ? { body, language } : { body });
      expr.$parent = flow;
      flow.set('conditionExpression', expr);
    }
  }

  const { xml: out } = await moddle.toXML(definitions as never, { format: true });
  return { xml: out, view, timers, services: [...services].sort() };
}

/** Create a moddle element with a parent and a fresh id-less body. */
export function child(
  moddle: BpmnModdle,
  parent: ModdleElement,
  type: string,
  attrs: Record<string, unknown> = {},
): ModdleElement {
  const el = moddle.create(type, attrs);
  el.$parent = parent;
  return el;
}

/** Append extension elements to `el` (creating `bpmn:extensionElements` when missing). */
export function addExtensions(moddle: BpmnModdle, el: ModdleElement, values: ModdleElement[]): void {
  let ext = elementOf(el, 'extensionElements');
  if (!ext) {
    ext = child(moddle, el, 'bpmn:ExtensionElements', { values: [] });
    el.set('extensionElements', ext);
  }
  const list = elementsOf(ext, 'values');
  for (const v of values) {
    v.$parent = ext;
    list.push(v);
  }
  ext.set('values', list);
}

// helpers //////////////////////

/** A non-interrupting timer on `task` with `duration`, flowing to an end event "overdue", placed below the task. */
function addOverdueTimer(index: ExportIndex, task: ModdleElement, duration: string, moddle: BpmnModdle): string {
  const container = task.$parent;
  const id = `${task.id}_Overdue`;
  const timeDuration = moddle.create('bpmn:FormalExpression', { body: duration });
  const definition = moddle.create('bpmn:TimerEventDefinition', { id: `${id}_Timer`, timeDuration });
  timeDuration.$parent = definition;
  const boundary = moddle.create('bpmn:BoundaryEvent', {
    id,
    name: 'Quá hạn / Overdue',
    attachedToRef: task,
    cancelActivity: false,
    eventDefinitions: [definition],
  });
  definition.$parent = boundary;
  const end = moddle.create('bpmn:EndEvent', {
    id: `${id}_End`,
    name: `Quá hạn: ${String(task.get('name') ?? task.id)}`,
  });
  const flow = moddle.create('bpmn:SequenceFlow', { id: `${id}_Flow`, sourceRef: boundary, targetRef: end });
  boundary.set('outgoing', [flow]);
  end.set('incoming', [flow]);
  for (const el of [boundary, end, flow]) el.$parent = container;
  elementsOf(container, 'flowElements').push(boundary, end, flow);
  const lane = index.laneOf(task);
  if (lane) elementsOf(lane, 'flowNodeRef').push(boundary, end);

  const shape = index.shapeOf(task);
  const bounds = shape?.get('bounds') as { x: number; y: number; width: number; height: number } | undefined;
  const plane = shape?.$parent;
  if (shape && bounds && plane) {
    const bx = bounds.x + bounds.width - 28;
    const by = bounds.y + bounds.height - 18;
    const ex = bounds.x + bounds.width + 12;
    const ey = bounds.y + bounds.height + 4;
    const elements = elementsOf(plane, 'planeElement');
    const add = (el: ModdleElement) => {
      el.$parent = plane;
      elements.push(el);
    };
    add(
      moddle.create('bpmndi:BPMNShape', {
        id: `${id}_di`,
        bpmnElement: boundary,
        bounds: moddle.create('dc:Bounds', { x: bx, y: by, width: 36, height: 36 }),
      }),
    );
    add(
      moddle.create('bpmndi:BPMNShape', {
        id: `${id}_End_di`,
        bpmnElement: end,
        bounds: moddle.create('dc:Bounds', { x: ex + 30, y: ey + 24, width: 36, height: 36 }),
      }),
    );
    add(
      moddle.create('bpmndi:BPMNEdge', {
        id: `${id}_Flow_di`,
        bpmnElement: flow,
        waypoint: [
          moddle.create('dc:Point', { x: bx + 18, y: by + 36 }),
          moddle.create('dc:Point', { x: bx + 18, y: ey + 42 }),
          moddle.create('dc:Point', { x: ex + 30, y: ey + 42 }),
        ],
      }),
    );
  }
  return id;
}

/** Replace `el` by a new element of `type` with the same id and content, rewiring every reference to it. */
function replaceType(index: ExportIndex, el: ModdleElement, type: string, moddle: BpmnModdle): ModdleElement {
  const attrs: Record<string, unknown> = {};
  for (const key of [
    'id',
    'name',
    'documentation',
    'extensionElements',
    'incoming',
    'outgoing',
    'dataInputAssociations',
    'dataOutputAssociations',
    'properties',
    'ioSpecification',
    'default',
  ]) {
    const v = el.get(key);
    if (v !== undefined && !(Array.isArray(v) && !v.length)) attrs[key] = v;
  }
  const next = moddle.create(type, attrs);
  next.$parent = el.$parent;
  for (const key of ['extensionElements', 'ioSpecification']) {
    const v = elementOf(next, key);
    if (v) v.$parent = next;
  }
  for (const f of elementsOf(next, 'incoming')) f.set('targetRef', next);
  for (const f of elementsOf(next, 'outgoing')) f.set('sourceRef', next);
  // its place in its container, its lane and its diagram, and the boundary events attached to it
  index.replace(el, next);
  return next;
}
