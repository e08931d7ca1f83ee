/**
 * Test support: run an exported process on bpmn-engine through every decision outcome. User tasks are
 * completed as they wait; each decision variable is set when its gateway starts, from a planned choice list;
 * timers are recorded by an injected Timers object and never fire (no real waiting, no 24.8-day overflow).
 */
import { Engine } from 'bpmn-engine';
import { Environment, Timers } from 'bpmn-elements';
import { evaluate } from '@bpmn-io/feelin';
import type { ProcessView } from '../../../src/core/index.ts';

export interface RunResult {
  /** Flow ids taken out of decisions, in order. */
  decisionFlows: string[];
  /** End events reached. */
  ends: string[];
  /** Armed timers: boundary event id → timeout in ms. */
  timers: Array<{ id: string; timeout: number }>;
  /** Steps completed (user and service tasks), in order. */
  completed: string[];
  /** Options (flow ids) at each decision visit, for the path search. */
  visits: Array<{ gateway: string; options: string[] }>;
}

/** FEEL conditions (`=…`) evaluated by @bpmn-io/feelin; everything else by bpmn-engine's own expressions. */
export function feelExpressions(): never {
  const base = new Environment().expressions as {
    resolveExpression(e: string, c: unknown, f?: unknown): unknown;
    isExpression(t: string): boolean;
    hasExpression(t: string): boolean;
  };
  return {
    isExpression: (t: string) => base.isExpression(t),
    hasExpression: (t: string) => base.hasExpression(t),
    resolveExpression(
      expression: string,
      context: { environment?: { variables?: Record<string, unknown> } },
      fnContext?: unknown,
    ) {
      if (typeof expression === 'string' && expression.startsWith('=')) {
        const result = evaluate(expression.slice(1), { ...(context.environment?.variables ?? {}) });
        if (result.warnings.length)
          throw new Error(`FEEL ${expression}: ${result.warnings.map((w) => w.message).join('; ')}`);
        return result.value;
      }
      return base.resolveExpression(expression, context, fnContext);
    },
  } as never;
}

/** Run `xml` once, taking `choices` (flow ids) at the decision visits in order; beyond them, the first option. */
export async function runOnce(
  xml: string,
  view: ProcessView,
  choices: string[],
  options: { feel?: boolean; services?: Record<string, () => void> } = {},
): Promise<RunResult> {
  const result: RunResult = { decisionFlows: [], ends: [], timers: [], completed: [], visits: [] };
  const decisions = new Map(view.decisions.map((d) => [d.id, d]));
  const edges = new Map(view.edges.map((e) => [e.id, e]));
  const timers = new Timers({
    setTimeout: (() => ({})) as unknown as typeof setTimeout,
    clearTimeout: () => undefined,
  });
  const visitsPerGateway = new Map<string, number>();
  const services: Record<string, CallableFunction> = {};
  for (const [name, fn] of Object.entries(options.services ?? {})) {
    services[name] = (_ctx: unknown, next: (err: unknown, out?: unknown) => void) => {
      fn();
      next(null, {});
    };
  }
  const engine = new Engine({
    name: 'proof',
    source: xml,
    timers,
    services,
    settings: { enableDummyService: !options.services },
    ...(options.feel ? { expressions: feelExpressions() } : {}),
  });
  const { EventEmitter } = await import('node:events');
  const listener = new EventEmitter();
  listener.on('activity.start', (api: { id: string; environment: { variables: Record<string, unknown> } }) => {
    const d = decisions.get(api.id);
    if (!d) return;
    const seen = visitsPerGateway.get(d.id) ?? 0;
    visitsPerGateway.set(d.id, seen + 1);
    const ordered = [...d.outgoing].sort((a, b) => Number(b === d.defaultFlow) - Number(a === d.defaultFlow));
    const index = result.visits.length;
    // a gateway seen twice takes its first (default) option: each loop is run once
    result.visits.push({ gateway: d.id, options: seen >= 1 ? [ordered[0] as string] : ordered });
    const pick = choices[index] ?? (ordered[0] as string);
    const cond = edges.get(pick)?.condition;
    if (cond) api.environment.variables[cond.variable] = cond.value;
    else if (d.variable) api.environment.variables[d.variable] = '__none_of_the_outcomes__';
  });
  listener.on('activity.timer', (api: { id: string; content: { timeout?: number } }) => {
    result.timers.push({ id: api.id, timeout: Number(api.content.timeout) });
  });
  listener.on('activity.wait', (api: { id: string; signal(payload?: unknown): void }) => {
    api.signal({});
  });
  listener.on('activity.end', (api: { id: string; type: string }) => {
    if (api.type === 'bpmn:EndEvent') result.ends.push(api.id);
    else if (/Task$/.test(api.type)) result.completed.push(api.id);
  });
  listener.on('flow.take', (flow: { id: string; content: { sourceId: string } }) => {
    if (decisions.has(flow.content.sourceId)) result.decisionFlows.push(flow.id);
  });
  const ended = new Promise<void>((resolve, reject) => {
    engine.once('end', () => resolve());
    engine.once('error', (err: unknown) => reject(err));
  });
  await engine.execute({ listener });
  await ended;
  return result;
}

/** Every path: depth-first over the options of each decision visit (loops run once). */
export async function runAllPaths(
  xml: string,
  view: ProcessView,
  options: { feel?: boolean; services?: Record<string, () => void> } = {},
): Promise<Array<{ choices: string[]; run: RunResult }>> {
  const out: Array<{ choices: string[]; run: RunResult }> = [];
  const stack: string[][] = [[]];
  while (stack.length) {
    const prefix = stack.pop() as string[];
    const run = await runOnce(xml, view, prefix, options);
    out.push({ choices: run.decisionFlows, run });
    for (let i = prefix.length; i < run.visits.length; i++) {
      const visit = run.visits[i] as { options: string[] };
      for (const alt of visit.options.slice(1)) stack.push([...run.decisionFlows.slice(0, i), alt]);
    }
    if (out.length > 500) throw new Error('too many paths');
  }
  return out;
}

/** The end events a path reaches by walking the graph with the same decision flows (parallel: all branches). */
export function expectedEnds(view: ProcessView, decisionFlows: string[]): string[] {
  const out = new Edges(view);
  return out.walk(decisionFlows);
}

class Edges {
  constructor(private readonly view: ProcessView) {}
  walk(decisionFlows: string[]): string[] {
    const byId = new Map(this.view.nodes.map((n) => [n.id, n]));
    const outgoing = (id: string) => this.view.edges.filter((e) => e.source === id && !e.id.endsWith('_Overdue_Flow'));
    const decisions = new Set(this.view.decisions.map((d) => d.id));
    const ends: string[] = [];
    let cursor = 0;
    const queue = this.view.nodes.filter((n) => n.type === 'StartEvent').map((n) => n.id);
    const joinsSeen = new Map<string, number>();
    const incoming = (id: string) => this.view.edges.filter((e) => e.target === id).length;
    while (queue.length) {
      const id = queue.shift() as string;
      const node = byId.get(id);
      if (!node) continue;
      if (node.type === 'EndEvent') {
        ends.push(id);
        continue;
      }
      if (node.type === 'ParallelGateway' && incoming(id) > 1) {
        const n = (joinsSeen.get(id) ?? 0) + 1;
        joinsSeen.set(id, n);
        if (n < incoming(id)) continue;
        joinsSeen.set(id, 0);
      }
      if (decisions.has(id)) {
        const flow = decisionFlows[cursor++];
        const edge = this.view.edges.find((e) => e.id === flow);
        if (edge) queue.push(edge.target);
        continue;
      }
      for (const e of outgoing(id)) queue.push(e.target);
    }
    return ends.sort();
  }
}
