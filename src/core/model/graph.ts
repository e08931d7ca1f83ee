/**
 * The read model of a procedure: the flow graph of a BPMN model, one scope per process and per sub-process,
 * with the nodes (step facts attached), the sequence flows (decision shares attached), the lane of every node,
 * the pool of every process, the message flows and the dossier's data elements. The analysis, the validation's
 * TTHC rules, the export view and the comparison's lanes read this instead of walking moddle again.
 */
import { is, isModdleElement, plainElementsOf, type ModdleElement } from '../bpmn/moddle-types.ts';
import { extension, readFacts } from './facts.ts';
import { NodeTable } from './node-table.ts';
import type { StepFacts } from './types.ts';

export type NodeKind =
  | 'step'
  | 'container'
  | 'start'
  | 'end'
  | 'event'
  | 'boundary'
  | 'exclusive'
  | 'parallel'
  | 'inclusive'
  | 'eventBased'
  | 'complex';

export interface GraphNode {
  /** Position in `FlowGraph.nodes` (stable for one graph; used by blocks and the simulation). */
  index: number;
  /** Position in `scope.nodes`. */
  local: number;
  id: string;
  name?: string;
  type: string;
  kind: NodeKind;
  bo: ModdleElement;
  scope: GraphScope;
  out: GraphEdge[];
  in: GraphEdge[];
  /** Step facts of activities (also of sub-processes, whose stated time is checked against their content). */
  step?: StepFacts;
  /** The inner scope of a sub-process that holds flow nodes. */
  inner?: GraphScope;
  /** An event sub-process, a compensation handler or a boundary event: not on the normal path. */
  offPath: boolean;
  /** Resolved shares of the outgoing flows once the scope is compiled (structure.ts `splitOf`). */
  shares?: number[];
}

export interface GraphEdge {
  index: number;
  id: string;
  /** The sequence flow. */
  bo: ModdleElement;
  source: GraphNode;
  target: GraphNode;
  /** The `tthc:outcome` element when written (read once here for the share and the checks). */
  outcome?: ModdleElement;
  /** The `tthc:outcome` share (0..1) when written. */
  share?: number;
  conditional: boolean;
  isDefault: boolean;
  /** Set by `markBackEdges`: the edge closes a loop (send-back, supplement). */
  back: boolean;
}

export interface GraphScope {
  id: string;
  name?: string;
  bo: ModdleElement;
  kind: 'process' | 'subProcess';
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The sub-process node that owns this scope. */
  owner?: GraphNode;
  /** The participant (pool) of the process this scope belongs to. */
  participant?: ModdleElement;
  /** Entry points: the start events, else the nodes no flow leads to (off-path nodes excluded). */
  starts: GraphNode[];
}

export interface MessageLink {
  id: string;
  source: ModdleElement;
  target: ModdleElement;
}

export interface FlowGraph {
  scopes: GraphScope[];
  /** Top-level process scopes, in document order. */
  processes: GraphScope[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  byId: Map<string, GraphNode>;
  /** The leaf lane of every flow node that sits in one (directly or through its sub-process). */
  laneOf: Map<ModdleElement, ModdleElement>;
  participantOfProcess: Map<ModdleElement, ModdleElement>;
  messageFlows: MessageLink[];
  /** Data objects, data object references and data inputs of every scope. */
  dataElements: ModdleElement[];
}

/** Build the flow graph of every process and sub-process in `definitions`. */
export function buildFlowGraph(definitions: ModdleElement): FlowGraph {
  let byId: Map<string, GraphNode> | undefined;
  const graph: FlowGraph = {
    scopes: [],
    processes: [],
    nodes: [],
    edges: [],
    // made on first use (the analysis never looks nodes up by id): a later node with the same id wins, as before
    get byId(): Map<string, GraphNode> {
      if (!byId) {
        byId = new Map();
        for (const node of graph.nodes) if (node.id) byId.set(node.id, node);
      }
      return byId;
    },
    laneOf: new Map(),
    participantOfProcess: new Map(),
    messageFlows: [],
    dataElements: [],
  };
  const roots = plainElementsOf(definitions, 'rootElements');
  for (const collab of roots.filter((r) => is(r, 'bpmn:Collaboration'))) {
    for (const p of plainElementsOf(collab, 'participants')) {
      const process = ref(p.processRef);
      if (process && !graph.participantOfProcess.has(process)) graph.participantOfProcess.set(process, p);
    }
    for (const mf of plainElementsOf(collab, 'messageFlows')) {
      const source = ref(mf.sourceRef);
      const target = ref(mf.targetRef);
      if (source && target) graph.messageFlows.push({ id: mf.id ?? '', source, target });
    }
  }
  for (const process of roots.filter((r) => is(r, 'bpmn:Process'))) {
    graph.processes.push(buildScopes(graph, process, graph.participantOfProcess.get(process)));
  }
  return graph;
}

/** Leaf activities: the steps a procedure counts (sub-processes with content count through their content). */
export function isStepNode(node: GraphNode): boolean {
  return node.kind === 'step';
}

/** The step nodes of the graph in node order (a list made at its length: a list grown one by one is costlier). */
export function stepNodes(graph: FlowGraph): GraphNode[] {
  let count = 0;
  for (const node of graph.nodes) if (isStepNode(node)) count++;
  const steps: GraphNode[] = new Array(count);
  for (let i = 0, k = 0; k < count; i++) {
    const node = graph.nodes[i] as GraphNode;
    if (isStepNode(node)) steps[k++] = node;
  }
  return steps;
}

/** All scopes nested in `scope` (itself included). */
export function scopeTree(scope: GraphScope): GraphScope[] {
  // depth first in document order, with an explicit stack: nesting may be deeper than the call stack
  const out: GraphScope[] = [];
  const stack = [scope];
  while (stack.length) {
    const s = stack.pop() as GraphScope;
    out.push(s);
    for (let i = s.nodes.length - 1; i >= 0; i--) {
      const inner = (s.nodes[i] as GraphNode).inner;
      if (inner) stack.push(inner);
    }
  }
  return out;
}

/** The performer of a step: its own role, else its sub-process's role, else its lane's name. */
export function performerOf(graph: FlowGraph, node: GraphNode): string | undefined {
  for (let n: GraphNode | undefined = node; n; n = n.scope.owner) {
    const role = n.step?.role?.trim();
    if (role) return role;
  }
  return str(graph.laneOf.get(node.bo)?.name);
}

// helpers //////////////////////

/** A scope being filled: its sequence flows wait until all its nodes (and inner scopes) exist. */
interface ScopeFrame {
  scope: GraphScope;
  elements: ModdleElement[];
  next: number;
  /** Positions in `elements` of the sequence flows (a typed array at the scope's size, not a list grown per flow). */
  flows: Int32Array;
  flowCount: number;
  local: NodeTable;
  /** Data inputs of the scope's activities, in node order, read when each node is made (its element is at hand then). */
  stepInputs: ModdleElement[];
  /** Whether a node of the scope names a default flow: if none does, no flow's source is read again for one. */
  defaults: boolean;
}

/**
 * Build the scope of `process` and of every sub-process in it, depth first in document order (node and edge
 * numbers follow that order), with an explicit stack of scopes instead of recursion: nesting may be deeper
 * than the call stack.
 */
function buildScopes(graph: FlowGraph, process: ModdleElement, participant: ModdleElement | undefined): GraphScope {
  const stack: ScopeFrame[] = [openScope(graph, process, 'process', undefined, participant)];
  const root = (stack[0] as ScopeFrame).scope;
  while (stack.length) {
    const frame = stack[stack.length - 1] as ScopeFrame;
    const el = frame.elements[frame.next++];
    if (!el) {
      closeScope(graph, frame);
      stack.pop();
      continue;
    }
    const type = el.$type;
    if (type === 'bpmn:SequenceFlow') {
      frame.flows[frame.flowCount++] = frame.next - 1;
      continue;
    }
    if (type === 'bpmn:DataObject' || type === 'bpmn:DataObjectReference') {
      graph.dataElements.push(el);
      continue;
    }
    const kind = KIND_BY_TYPE[type] ?? (is(el, 'bpmn:FlowNode') ? kindOf(el) : undefined);
    if (!kind) continue;
    const node = createNode(graph, el, frame.scope, kind === 'step' && type === 'bpmn:SubProcess' ? kindOf(el) : kind);
    frame.local.set(node);
    if (el.default) frame.defaults = true;
    if (node.step) {
      const io = el.ioSpecification;
      if (io) for (const input of plainElementsOf(ref(io), 'dataInputs')) frame.stepInputs.push(input);
    }
    if (node.kind === 'container') {
      const inner = openScope(graph, el, 'subProcess', node, participant);
      node.inner = inner.scope;
      stack.push(inner);
    }
  }
  return root;
}

function openScope(
  graph: FlowGraph,
  container: ModdleElement,
  kind: GraphScope['kind'],
  owner: GraphNode | undefined,
  participant: ModdleElement | undefined,
): ScopeFrame {
  const scope: GraphScope = {
    id: container.id ?? '',
    name: str(container.name),
    bo: container,
    kind,
    nodes: [],
    edges: [],
    owner,
    participant,
    starts: [],
  };
  graph.scopes.push(scope);
  indexLanes(graph, container, owner);
  const elements = plainElementsOf(container, 'flowElements');
  return {
    scope,
    elements,
    next: 0,
    flows: new Int32Array(elements.length),
    flowCount: 0,
    local: new NodeTable(scope.nodes, elements.length),
    stepInputs: [],
    defaults: false,
  };
}

/** Data inputs and sequence flows of a scope whose nodes all exist. */
function closeScope(
  graph: FlowGraph,
  { scope, elements, flows, flowCount, local, stepInputs, defaults }: ScopeFrame,
): void {
  for (const input of plainElementsOf(ref(scope.bo.ioSpecification), 'dataInputs')) {
    graph.dataElements.push(input);
  }
  for (const input of stepInputs) graph.dataElements.push(input);
  // which nodes a flow leads to, by position: the entry points are found without reading every node again
  const reached = new Uint8Array(scope.nodes.length);
  for (let i = 0; i < flowCount; i++) {
    const flow = elements[flows[i]!]!;
    // matched by the referenced object itself: a reference that is not a node of this scope finds nothing
    const source = local.get(flow.sourceRef);
    const target = local.get(flow.targetRef);
    if (!source || !target) continue;
    const outcome = extension(flow, 'tthc:Outcome');
    const share = outcome?.share;
    const edge: GraphEdge = {
      index: graph.edges.length,
      id: flow.id ?? '',
      bo: flow,
      source,
      target,
      outcome,
      // a share that cannot be true is left out here and reported by the analysis (rules/impossible-values.ts)
      share: typeof share === 'number' && Number.isFinite(share) && share >= 0 && share <= 1 ? share : undefined,
      conditional: !!flow.conditionExpression,
      isDefault: defaults && source.bo.default === flow,
      back: false,
    };
    graph.edges.push(edge);
    scope.edges.push(edge);
    // a node's first flow makes its list: a push onto an empty array would reserve room for 16
    if (source.out.length) source.out.push(edge);
    else source.out = [edge];
    if (target.in.length) target.in.push(edge);
    else target.in = [edge];
    reached[target.local] = 1;
  }
  scope.starts = entryPoints(scope.nodes, reached);
}

/** The start events among the nodes no flow reaches, else all of those (off-path nodes excluded). */
function entryPoints(nodes: GraphNode[], reached: Uint8Array): GraphNode[] {
  const starts: GraphNode[] = [];
  const sources: GraphNode[] = [];
  for (let i = reached.indexOf(0); i >= 0; i = reached.indexOf(0, i + 1)) {
    const n = nodes[i] as GraphNode;
    if (n.offPath) continue;
    if (n.kind === 'start') starts.push(n);
    else if (!starts.length) sources.push(n);
  }
  return starts.length ? starts : sources;
}

function createNode(graph: FlowGraph, el: ModdleElement, scope: GraphScope, kind: NodeKind): GraphNode {
  const node: GraphNode = {
    index: graph.nodes.length,
    local: scope.nodes.length,
    id: el.id ?? '',
    name: str(el.name),
    type: el.$type,
    kind,
    bo: el,
    scope,
    out: [],
    in: [],
    offPath: kind === 'boundary' || el.triggeredByEvent === true || el.isForCompensation === true,
    // every node made with the same fields, set later or not: one object shape keeps the walks monomorphic
    step: undefined,
    inner: undefined,
    shares: undefined,
  };
  if (kind === 'step' || kind === 'container') node.step = readFacts(el, 'step');
  graph.nodes.push(node);
  scope.nodes.push(node);
  return node;
}

/** Node kinds of the standard BPMN flow-node types (sub-processes are refined by `kindOf`). */
const KIND_BY_TYPE: Record<string, NodeKind> = {
  'bpmn:Task': 'step',
  'bpmn:UserTask': 'step',
  'bpmn:ManualTask': 'step',
  'bpmn:ServiceTask': 'step',
  'bpmn:SendTask': 'step',
  'bpmn:ReceiveTask': 'step',
  'bpmn:ScriptTask': 'step',
  'bpmn:BusinessRuleTask': 'step',
  'bpmn:CallActivity': 'step',
  'bpmn:SubProcess': 'step',
  'bpmn:StartEvent': 'start',
  'bpmn:EndEvent': 'end',
  'bpmn:BoundaryEvent': 'boundary',
  'bpmn:IntermediateCatchEvent': 'event',
  'bpmn:IntermediateThrowEvent': 'event',
  'bpmn:ExclusiveGateway': 'exclusive',
  'bpmn:ParallelGateway': 'parallel',
  'bpmn:InclusiveGateway': 'inclusive',
  'bpmn:EventBasedGateway': 'eventBased',
  'bpmn:ComplexGateway': 'complex',
};

function kindOf(el: ModdleElement): NodeKind {
  if (is(el, 'bpmn:SubProcess'))
    return plainElementsOf(el, 'flowElements').some((f) => is(f, 'bpmn:FlowNode')) ? 'container' : 'step';
  if (is(el, 'bpmn:Activity')) return 'step';
  if (is(el, 'bpmn:StartEvent')) return 'start';
  if (is(el, 'bpmn:EndEvent')) return 'end';
  if (is(el, 'bpmn:BoundaryEvent')) return 'boundary';
  if (is(el, 'bpmn:ExclusiveGateway')) return 'exclusive';
  if (is(el, 'bpmn:ParallelGateway')) return 'parallel';
  if (is(el, 'bpmn:InclusiveGateway')) return 'inclusive';
  if (is(el, 'bpmn:EventBasedGateway')) return 'eventBased';
  if (is(el, 'bpmn:ComplexGateway')) return 'complex';
  return 'event';
}

/** Record the leaf lane of every flow node referenced by the lanes of `container`. */
function indexLanes(graph: FlowGraph, container: ModdleElement, owner: GraphNode | undefined): void {
  // lanes depth first in document order (a lane's references before its child lanes'), with an explicit stack
  const stack: ModdleElement[] = [];
  const pushLanes = (laneSet: ModdleElement): void => {
    const lanes = plainElementsOf(laneSet, 'lanes');
    for (let i = lanes.length - 1; i >= 0; i--) stack.push(lanes[i]!);
  };
  const laneSets = plainElementsOf(container, 'laneSets');
  for (let i = laneSets.length - 1; i >= 0; i--) pushLanes(laneSets[i]!);
  while (stack.length) {
    const lane = stack.pop()!;
    for (const ref of plainElementsOf(lane, 'flowNodeRef')) graph.laneOf.set(ref, lane);
    const child = ref(lane.childLaneSet);
    if (child) pushLanes(child);
  }
  // nodes inside a sub-process without lanes of its own sit in the sub-process's lane
  if (owner) {
    const lane = graph.laneOf.get(owner.bo);
    if (lane)
      for (const el of plainElementsOf(container, 'flowElements'))
        if (!graph.laneOf.has(el)) graph.laneOf.set(el, lane);
  }
}

/** A referenced element, read as a plain property (no moddle lookup: this runs for every element). */
function ref(v: unknown): ModdleElement | undefined {
  return isModdleElement(v) ? v : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
