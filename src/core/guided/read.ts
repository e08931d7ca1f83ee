/**
 * Read a procedure diagram back into the guided form: its steps as rows in flow order (performer, time,
 * forms, outputs, documents, in-person visit) and the whole diagram as the form's `base` spec, so that a
 * rebuild keeps its events, decisions, flows and every fact. Diagrams the builder cannot redraw (sub-
 * processes, several pools, event definitions, conditions, …) are read for display but marked `unsupported`.
 */
import { elementsOf, is, type ModdleElement } from '../bpmn/moddle-types.ts';
import type { DossierSpec, FlowSpec, LaneSpec, NodeSpec, NodeType, ProcedureSpec } from '../builder/spec.ts';
import { effectiveRole, procedureHolder, readFacts, readProcedure } from '../model/facts.ts';
import type { DecisionFacts, OutcomeFacts } from '../model/types.ts';
import type { GuidedForm, GuidedStep } from './form.ts';

export interface GuidedRead {
  form: GuidedForm;
  /** Element ids (or types) the form cannot rebuild; empty when the form can rebuild the diagram. */
  unsupported: string[];
}

const NODE_TYPES = new Set<string>([
  'startEvent',
  'endEvent',
  'intermediateThrowEvent',
  'task',
  'userTask',
  'serviceTask',
  'manualTask',
  'sendTask',
  'receiveTask',
  'exclusiveGateway',
  'parallelGateway',
  'inclusiveGateway',
]);

/** The guided form of a parsed diagram. */
export function readGuidedForm(definitions: ModdleElement): GuidedRead {
  const unsupported: string[] = [];
  const facts = readProcedure(definitions);
  const holder = procedureHolder(definitions);
  const process = holder && is(holder, 'bpmn:Participant') ? holder.get('processRef') : holder;
  const roots = elementsOf(definitions, 'rootElements');
  for (const c of roots.filter((r) => is(r, 'bpmn:Collaboration'))) {
    if ((c.get('participants') ?? []).length > 1) unsupported.push(String(c.id));
    if ((c.get('messageFlows') ?? []).length) unsupported.push(String(c.id));
  }
  const elements = elementsOf(process, 'flowElements');
  if (elementsOf(process, 'artifacts').length) unsupported.push(String(process?.id));

  const lanes: LaneSpec[] = [];
  const laneOfNode = new Map<ModdleElement, string>();
  for (const set of elementsOf(process, 'laneSets')) {
    for (const lane of elementsOf(set, 'lanes')) {
      if (lane.get('childLaneSet')) unsupported.push(String(lane.id));
      lanes.push({ id: String(lane.id), name: String(lane.get('name') ?? '').trim() });
      for (const n of elementsOf(lane, 'flowNodeRef')) laneOfNode.set(n, String(lane.id));
    }
  }

  const nodes: NodeSpec[] = [];
  const flows: FlowSpec[] = [];
  const dossiers: DossierSpec[] = [];
  const rows = new Map<string, GuidedStep>();
  const fallbackLane = () => {
    if (!lanes.some((l) => l.id === 'Lane_Unassigned')) lanes.push({ id: 'Lane_Unassigned', name: '' });
    return 'Lane_Unassigned';
  };
  for (const el of elements) {
    const type = el.$type.replace(/^bpmn:/, '');
    const t = type[0]!.toLowerCase() + type.slice(1);
    if (is(el, 'bpmn:SequenceFlow')) {
      if (el.get('conditionExpression')) unsupported.push(String(el.id));
      const source = el.get('sourceRef');
      const target = el.get('targetRef');
      // a flow whose end the file does not hold cannot be rebuilt: marked, not read
      if (!source || !target) {
        unsupported.push(String(el.id));
        continue;
      }
      const flow: FlowSpec = { id: String(el.id), from: String(source.id), to: String(target.id) };
      const name = String(el.get('name') ?? '').trim();
      if (name) flow.name = name;
      if (source.get('default') === el) flow.isDefault = true;
      const outcome = readFacts(el, 'outcome');
      if (Object.keys(outcome).length) flow.outcome = outcome as OutcomeFacts;
      flows.push(flow);
    } else if (is(el, 'bpmn:DataObject')) {
      continue;
    } else if (is(el, 'bpmn:DataObjectReference')) {
      // read as a dossier where a task takes it as input (below)
      continue;
    } else if (NODE_TYPES.has(t) && !elementsOf(el, 'eventDefinitions').length) {
      const lane = laneOfNode.get(el) ?? (is(el, 'bpmn:Activity') ? undefined : lanes[0]?.id) ?? fallbackLane();
      const node: NodeSpec = { id: String(el.id), type: t as NodeType, name: String(el.get('name') ?? ''), lane };
      const doc = documentation(el);
      if (doc) node.documentation = doc;
      if (is(el, 'bpmn:Activity')) {
        const step = readFacts(el, 'step');
        node.step = step;
        const { duration, outputs: _o, ...kept } = step;
        const row: GuidedStep = {
          id: node.id,
          name: node.name,
          performer: effectiveRole(el) ?? '',
          duration,
          durationUnit: step.durationUnit ?? 'day',
          forms: step.forms.map((f) => f.name),
          outputs: [...step.outputs],
          documents: [],
          inPersonVisit: !!step.inPersonVisit,
          keptFacts: kept,
        };
        rows.set(node.id, row);
        if ((el.get('dataOutputAssociations') ?? []).length) unsupported.push(String(el.id));
        for (const a of el.get('dataInputAssociations') ?? []) {
          for (const ref of a.get('sourceRef') ?? []) {
            if (!is(ref, 'bpmn:DataObjectReference')) {
              unsupported.push(String(a.id));
              continue;
            }
            const component = readFacts(ref, 'dossierComponent');
            const name = component.name ?? String(ref.get('name') ?? '');
            dossiers.push({ id: String(ref.id), name, inputOf: node.id, component });
            row.documents.push({ ...component, id: String(ref.id), name, source: component.source ?? 'applicant' });
          }
        }
      }
      if (is(el, 'bpmn:ExclusiveGateway') || is(el, 'bpmn:InclusiveGateway')) {
        const decision = readFacts(el, 'decision');
        if (Object.keys(decision).length) node.decision = decision as DecisionFacts;
      }
      nodes.push(node);
    } else {
      unsupported.push(String(el.id));
    }
  }
  // a document no task reads would be lost
  const read = new Set(dossiers.map((d) => d.id));
  for (const el of elements)
    if (is(el, 'bpmn:DataObjectReference') && !read.has(String(el.id))) unsupported.push(String(el.id));

  const limitDays =
    facts.timeLimit === undefined ? undefined : facts.timeUnit === 'hour' ? facts.timeLimit / 8 : facts.timeLimit;
  const base: ProcedureSpec = {
    id: String(process?.id ?? 'Process_TTHC'),
    name: facts.name ?? String(holder?.get('name') ?? ''),
    procedure: facts,
    lanes,
    nodes,
    flows,
    dossiers,
  };
  const doc = process ? documentation(process) : undefined;
  if (doc) base.documentation = doc;
  const form: GuidedForm = {
    name: base.name,
    code: facts.code,
    level: facts.level,
    agency: facts.agency,
    timeLimit: limitDays,
    steps: flowOrder(nodes, flows)
      .map((id) => rows.get(id))
      .filter((r): r is GuidedStep => !!r),
    base,
  };
  return { form, unsupported: [...new Set(unsupported)] };
}

/** Node ids in the order a reader follows the flow from the start events; nodes not reached come last. */
function flowOrder(nodes: NodeSpec[], flows: FlowSpec[]): string[] {
  const out = new Map<string, string[]>();
  for (const f of flows) out.set(f.from, [...(out.get(f.from) ?? []), f.to]);
  const seen = new Set<string>();
  const order: string[] = [];
  const queue = nodes.filter((n) => n.type === 'startEvent').map((n) => n.id);
  while (queue.length) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    queue.push(...(out.get(id) ?? []));
  }
  for (const n of nodes) if (!seen.has(n.id)) order.push(n.id);
  return order;
}

function documentation(el: ModdleElement): string | undefined {
  const docs = elementsOf(el, 'documentation');
  const text = docs
    .map((d) => String(d.get('text') ?? ''))
    .join('\n')
    .trim();
  return text || undefined;
}
