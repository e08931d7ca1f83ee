/**
 * A plain view of the process a variant runs: its steps in flow order (with roles, times and candidate
 * groups), nodes, edges and decisions. Shared by the JSON descriptor, the step table and the executable exports.
 */
import { is, type ModdleElement } from '../bpmn/moddle-types.ts';
import { effectiveRole, procedureHolder, readFacts, readProcedure } from '../model/facts.ts';
import type { ProcedureFacts, StepFacts } from '../model/types.ts';
import { slug } from './names.ts';
import { workingHoursOf } from './working-time.ts';

export interface StepView {
  id: string;
  /** 1-based position in flow order (breadth-first from the start events). */
  order: number;
  type: string;
  name: string;
  role?: string;
  /** Candidate group: the slug of the performing role. */
  roleGroup?: string;
  facts: StepFacts;
  /** Working hours (8 h = 1 working day), undefined without a time. */
  hours?: number;
  element: ModdleElement;
}

export interface EdgeView {
  id: string;
  source: string;
  target: string;
  name?: string;
  /** The decision this flow answers: variable and outcome value. */
  condition?: { variable: string; value: string };
  isDefault: boolean;
}

export interface NodeView {
  id: string;
  type: string;
  name?: string;
  isStep: boolean;
}

export interface DecisionView {
  id: string;
  name?: string;
  variable?: string;
  question?: string;
  defaultFlow?: string;
  outgoing: string[];
}

export interface ProcessView {
  process: ModdleElement;
  procedure: ProcedureFacts;
  steps: StepView[];
  nodes: NodeView[];
  edges: EdgeView[];
  decisions: DecisionView[];
  /** Distinct candidate groups: slug → role as written. */
  roleGroups: Map<string, string>;
}

/** The executable process of a diagram: the process carrying the procedure facts (or under its participant). */
export function mainProcess(definitions: ModdleElement): ModdleElement | undefined {
  const holder = procedureHolder(definitions);
  if (!holder) return undefined;
  if (is(holder, 'bpmn:Participant')) return holder.get('processRef') as ModdleElement | undefined;
  return holder;
}

/** All flow elements of a process, sub-process contents included (depth first, XML order; explicit stack). */
export function allFlowElements(container: ModdleElement): ModdleElement[] {
  const out: ModdleElement[] = [];
  const stack: ModdleElement[] = [];
  const pushChildren = (el: ModdleElement): void => {
    const children = (el.get('flowElements') as ModdleElement[] | undefined) ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ModdleElement);
  };
  pushChildren(container);
  while (stack.length) {
    const el = stack.pop() as ModdleElement;
    out.push(el);
    if (is(el, 'bpmn:SubProcess')) pushChildren(el);
  }
  return out;
}

/** Whether an element is a step (an activity that is not a sub-process with content). */
export function isStep(el: ModdleElement): boolean {
  if (!is(el, 'bpmn:Activity')) return false;
  if (is(el, 'bpmn:SubProcess')) return !(el.get('flowElements') as unknown[] | undefined)?.length;
  return true;
}

/** Whether an element is a decision: an exclusive or inclusive gateway with more than one outgoing flow. */
export function isDecision(el: ModdleElement): boolean {
  return (
    (is(el, 'bpmn:ExclusiveGateway') || is(el, 'bpmn:InclusiveGateway')) &&
    ((el.get('outgoing') as unknown[] | undefined)?.length ?? 0) > 1
  );
}

/** Build the plain view of the main process of `definitions`. */
export function processView(definitions: ModdleElement): ProcessView {
  const process = mainProcess(definitions);
  if (!process) throw new Error('No process');
  const elements = allFlowElements(process);
  const flows = elements.filter((e) => is(e, 'bpmn:SequenceFlow'));
  const nodes = elements.filter((e) => !is(e, 'bpmn:SequenceFlow') && is(e, 'bpmn:FlowNode'));
  const rank = flowOrder(nodes);
  const steps: StepView[] = nodes
    .filter(isStep)
    .sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9))
    .map((el, i) => {
      const facts = readFacts(el, 'step');
      const role = effectiveRole(el);
      return {
        id: String(el.id),
        order: i + 1,
        type: el.$type.replace(/^bpmn:/, ''),
        name: String(el.get('name') ?? '').trim(),
        role,
        roleGroup: role ? slug(role) : undefined,
        facts,
        hours: workingHoursOf(facts.duration, facts.durationUnit),
        element: el,
      };
    });
  const roleGroups = new Map<string, string>();
  for (const s of steps) if (s.roleGroup && s.role && !roleGroups.has(s.roleGroup)) roleGroups.set(s.roleGroup, s.role);
  const decisions: DecisionView[] = nodes.filter(isDecision).map((g) => ({
    id: String(g.id),
    name: (g.get('name') as string | undefined) || undefined,
    variable: readFacts(g, 'decision').variable,
    question: readFacts(g, 'decision').question,
    defaultFlow: (g.get('default') as ModdleElement | undefined)?.id,
    outgoing: ((g.get('outgoing') as ModdleElement[] | undefined) ?? []).map((f) => String(f.id)),
  }));
  const edges: EdgeView[] = flows.map((f) => {
    const source = f.get('sourceRef') as ModdleElement;
    const isDefault = (source?.get?.('default') as ModdleElement | undefined) === f;
    const edge: EdgeView = {
      id: String(f.id),
      source: String(source?.id),
      target: String((f.get('targetRef') as ModdleElement)?.id),
      isDefault,
    };
    const name = (f.get('name') as string | undefined)?.trim();
    if (name) edge.name = name;
    if (source && isDecision(source) && !isDefault) {
      const variable = readFacts(source, 'decision').variable;
      const value = readFacts(f, 'outcome').value;
      if (variable && value !== undefined && value !== '') edge.condition = { variable, value: String(value) };
    }
    return edge;
  });
  return {
    process,
    procedure: readProcedure(definitions),
    steps,
    decisions,
    edges,
    roleGroups,
    nodes: nodes.map((n) => ({
      id: String(n.id),
      type: n.$type.replace(/^bpmn:/, ''),
      name: (n.get('name') as string | undefined)?.trim() || undefined,
      isStep: isStep(n),
    })),
  };
}

// helpers //////////////////////

/** Breadth-first rank of nodes from the start events (unreached nodes keep their XML order after them). */
function flowOrder(nodes: ModdleElement[]): Map<ModdleElement, number> {
  const rank = new Map<ModdleElement, number>();
  const queue = nodes.filter((n) => is(n, 'bpmn:StartEvent') && !is(n.$parent, 'bpmn:SubProcess'));
  for (const s of queue) rank.set(s, rank.size);
  while (queue.length) {
    const node = queue.shift() as ModdleElement;
    const next: ModdleElement[] = [];
    for (const f of (node.get('outgoing') as ModdleElement[] | undefined) ?? [])
      next.push(f.get('targetRef') as ModdleElement);
    if (is(node, 'bpmn:SubProcess'))
      next.unshift(
        ...((node.get('flowElements') as ModdleElement[] | undefined) ?? []).filter((e) => is(e, 'bpmn:StartEvent')),
      );
    for (const n of next) {
      if (n && !rank.has(n)) {
        rank.set(n, rank.size);
        queue.push(n);
      }
    }
  }
  for (const n of nodes) if (!rank.has(n)) rank.set(n, rank.size);
  return rank;
}
