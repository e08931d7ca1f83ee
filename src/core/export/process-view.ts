/**
 * A plain view of the process a variant runs: its steps in flow order (with roles, times and candidate
 * groups), nodes, edges and decisions, read from the flow graph. Shared by the JSON descriptor, the step table,
 * the OpenCPS package and the executable exports.
 */
import { elementOf, elementsOf, is, type ModdleElement } from '../bpmn/moddle-types.ts';
import {
  buildFlowGraph,
  isStepNode,
  performerOf,
  scopeTree,
  type FlowGraph,
  type GraphNode,
  type GraphScope,
} from '../model/graph.ts';
import { isDecisionNode } from '../rules/decisions.ts';
import { procedureHolder, readFacts, readProcedure } from '../model/facts.ts';
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
  /** The gateway and its outgoing sequence flows, for the exports that write conditions on them. */
  element: ModdleElement;
  flows: ModdleElement[];
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
  if (is(holder, 'bpmn:Participant')) return elementOf(holder, 'processRef');
  return holder;
}

/** All flow elements of a process, sub-process contents included (depth first, XML order; explicit stack). */
export function allFlowElements(container: ModdleElement): ModdleElement[] {
  const out: ModdleElement[] = [];
  const stack: ModdleElement[] = [];
  const pushChildren = (el: ModdleElement): void => {
    const children = elementsOf(el, 'flowElements');
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  pushChildren(container);
  for (let el = stack.pop(); el; el = stack.pop()) {
    out.push(el);
    if (is(el, 'bpmn:SubProcess')) pushChildren(el);
  }
  return out;
}

/**
 * The plain view of the main process of `definitions`, read from its flow graph (the one read model the
 * analysis and validation use too; pass the graph already built to avoid a second walk of the model).
 */
export function processView(definitions: ModdleElement, graph: FlowGraph = buildFlowGraph(definitions)): ProcessView {
  const process = mainProcess(definitions);
  const root = graph.processes.find((scope) => scope.bo === process);
  if (!process || !root) throw new Error('No process');
  const nodes = nodesInDocumentOrder(root);
  const rank = flowOrder(root, nodes);
  const steps: StepView[] = nodes
    .filter(isStepNode)
    .sort((a, b) => (rank[a.index] ?? 0) - (rank[b.index] ?? 0))
    .map((node, i) => {
      const facts = node.step ?? readFacts(node.bo, 'step');
      const role = performerOf(graph, node);
      return {
        id: node.id,
        order: i + 1,
        type: node.type.replace(/^bpmn:/, ''),
        name: node.name ?? '',
        role,
        roleGroup: role ? slug(role) : undefined,
        facts,
        hours: workingHoursOf(facts.duration, facts.durationUnit),
        element: node.bo,
      };
    });
  const roleGroups = new Map<string, string>();
  for (const s of steps) if (s.roleGroup && s.role && !roleGroups.has(s.roleGroup)) roleGroups.set(s.roleGroup, s.role);
  const decisions: DecisionView[] = nodes.filter(isDecisionNode).map((g) => {
    const facts = readFacts(g.bo, 'decision');
    return {
      id: g.id,
      name: g.name,
      variable: facts.variable,
      question: facts.question,
      defaultFlow: g.out.find((e) => e.isDefault)?.id,
      outgoing: g.out.map((e) => e.id),
      element: g.bo,
      flows: g.out.map((e) => e.bo),
    };
  });
  const edges: EdgeView[] = scopeTree(root).flatMap((scope) =>
    scope.edges.map((e) => {
      const edge: EdgeView = { id: e.id, source: e.source.id, target: e.target.id, isDefault: e.isDefault };
      const name = typeof e.bo.name === 'string' ? e.bo.name.trim() : '';
      if (name) edge.name = name;
      if (isDecisionNode(e.source) && !e.isDefault) {
        const variable = readFacts(e.source.bo, 'decision').variable;
        const value = readFacts(e.bo, 'outcome').value;
        if (variable && value !== undefined && value !== '') edge.condition = { variable, value: String(value) };
      }
      return edge;
    }),
  );
  return {
    process,
    procedure: readProcedure(definitions),
    steps,
    decisions,
    edges,
    roleGroups,
    nodes: nodes.map((n) => ({ id: n.id, type: n.type.replace(/^bpmn:/, ''), name: n.name, isStep: isStepNode(n) })),
  };
}

// helpers //////////////////////

/** The nodes of a process, each sub-process's content right after the sub-process (explicit stack). */
function nodesInDocumentOrder(root: GraphScope): GraphNode[] {
  const out: GraphNode[] = [];
  const stack: GraphNode[] = [];
  const pushAll = (scope: GraphScope): void => {
    for (let i = scope.nodes.length - 1; i >= 0; i--) stack.push(scope.nodes[i] as GraphNode);
  };
  pushAll(root);
  while (stack.length) {
    const node = stack.pop() as GraphNode;
    out.push(node);
    if (node.inner) pushAll(node.inner);
  }
  return out;
}

/**
 * Breadth-first rank (by graph index) from the process's start events, entering each sub-process at its start
 * events before following its outgoing flows; unreached nodes keep their document order after them.
 */
function flowOrder(root: GraphScope, nodes: GraphNode[]): number[] {
  const rank: number[] = [];
  let next = 0;
  const queue: GraphNode[] = root.nodes.filter((n) => n.kind === 'start');
  for (const s of queue) rank[s.index] = next++;
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as GraphNode;
    const targets = (node.inner?.nodes.filter((n) => n.kind === 'start') ?? []).concat(node.out.map((e) => e.target));
    for (const n of targets) {
      if (rank[n.index] !== undefined) continue;
      rank[n.index] = next++;
      queue.push(n);
    }
  }
  for (const n of nodes) if (rank[n.index] === undefined) rank[n.index] = next++;
  return rank;
}
