/**
 * The procedure prepared for analysis: its flow graph, the process whose time is measured (the one holding
 * the procedure facts), its block structure and the step time table in working hours.
 */
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import { is } from '../bpmn/moddle-types.ts';
import { procedureHolder, readFacts, readProcedure } from '../model/facts.ts';
import { toWorkingHours } from '../model/time.ts';
import type { ProcedureFacts, StepFacts } from '../model/types.ts';
import { EMPTY_BLOCK, type Block } from './blocks.ts';
import { BlockEvaluator } from './evaluate.ts';
import { triangularMean } from './prng.ts';
import {
  buildFlowGraph,
  scopeTree,
  type FlowGraph,
  type GraphEdge,
  type GraphNode,
  type GraphScope,
} from '../model/graph.ts';
import { compileScope } from './structure.ts';
import { WarningList } from './warnings.ts';
import { impossibleFields } from '../rules/impossible-values.ts';

export interface CompiledProcedure {
  graph: FlowGraph;
  procedure: ProcedureFacts;
  /** The element holding the procedure facts (participant or process). */
  holder?: ModdleElement;
  /** The process whose time is measured. */
  timed?: GraphScope;
  /** All scopes inside `timed` (itself included). */
  timedScopes: GraphScope[];
  root: Block;
  /** Sub-processes replaced by their content, with that content's block. */
  inner: Map<GraphNode, Block>;
  /** Step times by node number, in working hours. */
  likely: Float64Array;
  min: Float64Array;
  max: Float64Array;
  mean: Float64Array;
  applicant: Float64Array;
  /** Whether the node states a time of its own. */
  hasTime: Uint8Array;
  warnings: WarningList;
}

/** Build the graph, pick the measured process, compile it to blocks and tabulate step times. */
export function compileProcedure(
  definitions: ModdleElement,
  warnings = new WarningList(),
  graph: FlowGraph = buildFlowGraph(definitions),
): CompiledProcedure {
  const holder = procedureHolder(definitions);
  const procedure = usableProcedure(
    holder ? readFacts(holder, 'procedure') : readProcedure(definitions),
    holder,
    warnings,
  );
  const n = graph.nodes.length;
  const c: CompiledProcedure = {
    graph,
    procedure,
    holder,
    timedScopes: [],
    root: EMPTY_BLOCK,
    inner: new Map(),
    likely: new Float64Array(n),
    min: new Float64Array(n),
    max: new Float64Array(n),
    mean: new Float64Array(n),
    applicant: new Float64Array(n),
    hasTime: new Uint8Array(n),
    warnings,
  };
  for (const node of graph.nodes) if (node.step) tabulateStep(c, node, usableStep(node, warnings));
  for (const edge of graph.edges) checkShare(edge, warnings);

  const process = holder && is(holder, 'bpmn:Participant') ? holder.get('processRef') : holder;
  let timed = graph.processes.find((s) => s.bo === process && s.nodes.length > 0);
  if (!timed)
    timed = [...graph.processes].sort((a, b) => b.nodes.length - a.nodes.length).find((s) => s.nodes.length > 0);
  if (!timed) {
    warnings.add('noProcess');
    return c;
  }
  c.timed = timed;
  c.timedScopes = scopeTree(timed);

  const nominal = new BlockEvaluator(c.likely, 'nominal');
  const nominalHours = (block: Block): number => (block.k === 'back' ? -Infinity : nominal.outcome(block).x);
  // whether a scope states a time anywhere inside: inner scopes follow their owners in `timedScopes`, so
  // walking it backwards settles every inner scope before its owner (one pass, however deep the nesting)
  const ownTime = new Set<GraphScope>();
  for (let i = c.timedScopes.length - 1; i >= 0; i--) {
    const scope = c.timedScopes[i] as GraphScope;
    if (scope.nodes.some((nd) => (nd.kind === 'step' && c.hasTime[nd.index]) || (nd.inner && ownTime.has(nd.inner))))
      ownTime.add(scope);
  }
  const timedAsWhole = (node: GraphNode): boolean =>
    !!node.inner && !ownTime.has(node.inner) && !!c.hasTime[node.index];
  const prepared = prepareInner(c, timedAsWhole, nominalHours);
  const nodeBlock = (node: GraphNode): Block => {
    if (node.kind === 'step') return { k: 'step', node: node.index };
    if (node.kind === 'container' && node.inner) {
      const known = c.inner.get(node);
      if (known) return known;
      if (timedAsWhole(node)) return { k: 'step', node: node.index };
      return replay(c, prepared, node);
    }
    return EMPTY_BLOCK;
  };
  const compiled = compileScope(timed, { nodeBlock, warnings, nominalHours });
  if (compiled.order.starts.length === 0)
    warnings.add('noStartEvent', {
      id: timed.id,
      name: timed.name ?? (timed.participant?.get('name') as string | undefined),
    });
  c.root = compiled.block;
  return c;
}

// helpers //////////////////////

/** What compiling a sub-process's content did, in order: warnings it gave and inner sub-processes it used first. */
type CompileEvent = { warning: Parameters<WarningList['add']> } | { inner: GraphNode };

interface PreparedScope {
  block: Block;
  events: CompileEvent[];
}

/** Warnings kept as events, to be given in their place when the sub-process is first used. */
class RecordedWarnings extends WarningList {
  constructor(private readonly events: CompileEvent[]) {
    super();
  }
  override add(...warning: Parameters<WarningList['add']>): void {
    this.events.push({ warning });
  }
}

/**
 * Compile every sub-process of the measured process before its owner (innermost first), recording what each
 * compilation did. Compiling a sub-process on first use from inside its owner's compilation, as the blocks
 * need, would nest one compilation per level on the call stack; this keeps the stack flat at any depth.
 */
function prepareInner(
  c: CompiledProcedure,
  timedAsWhole: (node: GraphNode) => boolean,
  nominalHours: (block: Block) => number,
): Map<GraphNode, PreparedScope> {
  const prepared = new Map<GraphNode, PreparedScope>();
  for (let i = c.timedScopes.length - 1; i >= 1; i--) {
    const scope = c.timedScopes[i] as GraphScope;
    const owner = scope.owner;
    if (!owner || timedAsWhole(owner)) continue;
    const events: CompileEvent[] = [];
    const used = new Set<GraphNode>();
    const nodeBlock = (node: GraphNode): Block => {
      if (node.kind === 'step') return { k: 'step', node: node.index };
      if (node.kind !== 'container' || !node.inner) return EMPTY_BLOCK;
      if (timedAsWhole(node)) return { k: 'step', node: node.index };
      const inner = prepared.get(node) as PreparedScope;
      if (!used.has(node)) {
        used.add(node);
        events.push({ inner: node });
      }
      return inner.block;
    };
    prepared.set(owner, {
      block: compileScope(scope, { nodeBlock, warnings: new RecordedWarnings(events), nominalHours }).block,
      events,
    });
  }
  return prepared;
}

/**
 * The first use of sub-process `node`: give the warnings its compilation recorded and register it and the
 * sub-processes it used (each after its own content, as compiling on first use would), with an explicit stack.
 */
function replay(c: CompiledProcedure, prepared: Map<GraphNode, PreparedScope>, node: GraphNode): Block {
  const stack: Array<{ node: GraphNode; next: number }> = [{ node, next: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1] as { node: GraphNode; next: number };
    const { block, events } = prepared.get(top.node) as PreparedScope;
    const event = events[top.next++];
    if (!event) {
      c.inner.set(top.node, block);
      stack.pop();
    } else if ('warning' in event) {
      c.warnings.add(...event.warning);
    } else if (!c.inner.has(event.inner)) {
      stack.push({ node: event.inner, next: 0 });
    }
  }
  return (prepared.get(node) as PreparedScope).block;
}

/** Report every impossible value at its field; the facts without them (nothing impossible reaches a figure). */
function withoutImpossible<T extends object>(facts: T, found: Array<{ field: string }>): T {
  if (!found.length) return facts;
  const clean = { ...facts } as Record<string, unknown>;
  for (const { field } of found) delete clean[field];
  return clean as T;
}

function report(
  warnings: WarningList,
  el: { id?: string; name?: string } | undefined,
  found: ReturnType<typeof impossibleFields>,
): void {
  for (const f of found)
    warnings.add('impossibleValue', el, { field: f.field, value: f.value, reason: f.reason }, f.field);
}

function usableStep(node: GraphNode, warnings: WarningList): StepFacts {
  const step = node.step as StepFacts;
  const found = impossibleFields('step', step);
  report(warnings, node, found);
  const clean = withoutImpossible(step, found);
  // a time in an unknown unit is no time at all
  if (found.some((f) => f.field === 'durationUnit')) {
    delete clean.duration;
    delete clean.minDuration;
    delete clean.maxDuration;
  }
  return clean;
}

function usableProcedure(
  procedure: ProcedureFacts,
  holder: ModdleElement | undefined,
  warnings: WarningList,
): ProcedureFacts {
  const found = impossibleFields('procedure', procedure);
  const at = holder ? { id: holder.id, name: (holder.name as string | undefined) ?? procedure.name } : undefined;
  report(warnings, at, found);
  const clean = withoutImpossible(procedure, found);
  if (found.some((f) => f.field === 'timeUnit')) delete clean.timeLimit;
  const badFees = new Set(found.filter((f) => f.field.startsWith('fees.')).map((f) => Number(f.field.split('.')[1])));
  if (badFees.size) clean.fees = procedure.fees.filter((_, i) => !badFees.has(i));
  return clean;
}

function checkShare({ bo: flow, outcome }: GraphEdge, warnings: WarningList): void {
  if (!outcome || outcome.share === undefined) return;
  const at = { id: flow.id, name: (flow.name as string | undefined) ?? flow.id };
  const found = impossibleFields('outcome', { share: outcome.share as number });
  report(warnings, at, found);
  const source = typeof outcome.shareSource === 'string' ? outcome.shareSource.trim() : '';
  if (!found.length && source)
    warnings.add('assumedShare', at, { share: outcome.share as number, shareSource: source });
}

function tabulateStep(c: CompiledProcedure, node: GraphNode, step: StepFacts): void {
  const unit = step.durationUnit === 'hour' ? 'hour' : 'day';
  let likely = stepHours(step.duration, unit);
  let min = stepHours(step.minDuration, unit);
  let max = stepHours(step.maxDuration, unit);
  if (likely === undefined && min !== undefined && max !== undefined) likely = (min + max) / 2;
  if (likely === undefined) {
    min = max = undefined;
  } else {
    c.hasTime[node.index] = 1;
    min ??= likely;
    max ??= likely;
    if (min > likely || max < likely) {
      c.warnings.add('stepTimeRangeInvalid', node, {
        min: step.minDuration ?? '',
        max: step.maxDuration ?? '',
        likely: step.duration ?? '',
      });
      min = Math.min(min, likely);
      max = Math.max(max, likely);
    }
  }
  const i = node.index;
  c.likely[i] = likely ?? 0;
  c.min[i] = min ?? 0;
  c.max[i] = max ?? 0;
  // the mean of the triangular distribution the simulation draws this step's time from
  c.mean[i] = triangularMean(min ?? 0, likely ?? 0, max ?? 0);
  c.applicant[i] = typeof step.applicantHours === 'number' && step.applicantHours > 0 ? step.applicantHours : 0;
}

/** A stated step time in working hours (a module function, not a closure per step: this runs for every step). */
function stepHours(v: number | undefined, unit: 'hour' | 'day'): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? toWorkingHours(Math.max(0, v), unit) : undefined;
}
