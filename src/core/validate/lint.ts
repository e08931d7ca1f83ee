/**
 * bpmnlint with its `recommended` config through a static resolver: every rule module is imported here, so
 * the same code runs in Node and in the browser bundle (no resolving of rules by name at run time).
 */
import traverse from 'bpmnlint/lib/traverse.js';
import recommended from 'bpmnlint/config/recommended.js';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process.js';
import conditionalFlows from 'bpmnlint/rules/conditional-flows.js';
import endEventRequired from 'bpmnlint/rules/end-event-required.js';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway.js';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event.js';
import fakeJoin from 'bpmnlint/rules/fake-join.js';
import global from 'bpmnlint/rules/global.js';
import labelRequired from 'bpmnlint/rules/label-required.js';
import linkEvent from 'bpmnlint/rules/link-event.js';
import noBpmndi from 'bpmnlint/rules/no-bpmndi.js';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway.js';
import noDisconnected from 'bpmnlint/rules/no-disconnected.js';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows.js';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork.js';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split.js';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end.js';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start.js';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway.js';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements.js';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event.js';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition.js';
import startEventRequired from 'bpmnlint/rules/start-event-required.js';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event.js';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway.js';
import superfluousLabel from 'bpmnlint/rules/superfluous-label.js';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination.js';
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import type { ValidationProblem } from './problems.ts';

const CACHE: Record<string, unknown> = {
  'config:bpmnlint/recommended': recommended,
  'rule:bpmnlint/ad-hoc-sub-process': adHocSubProcess,
  'rule:bpmnlint/conditional-flows': conditionalFlows,
  'rule:bpmnlint/end-event-required': endEventRequired,
  'rule:bpmnlint/event-based-gateway': eventBasedGateway,
  'rule:bpmnlint/event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'rule:bpmnlint/fake-join': fakeJoin,
  'rule:bpmnlint/global': global,
  'rule:bpmnlint/label-required': labelRequired,
  'rule:bpmnlint/link-event': linkEvent,
  'rule:bpmnlint/no-bpmndi': noBpmndi,
  'rule:bpmnlint/no-complex-gateway': noComplexGateway,
  'rule:bpmnlint/no-disconnected': noDisconnected,
  'rule:bpmnlint/no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'rule:bpmnlint/no-gateway-join-fork': noGatewayJoinFork,
  'rule:bpmnlint/no-implicit-split': noImplicitSplit,
  'rule:bpmnlint/no-implicit-end': noImplicitEnd,
  'rule:bpmnlint/no-implicit-start': noImplicitStart,
  'rule:bpmnlint/no-inclusive-gateway': noInclusiveGateway,
  'rule:bpmnlint/no-overlapping-elements': noOverlappingElements,
  'rule:bpmnlint/single-blank-start-event': singleBlankStartEvent,
  'rule:bpmnlint/single-event-definition': singleEventDefinition,
  'rule:bpmnlint/start-event-required': startEventRequired,
  'rule:bpmnlint/sub-process-blank-start-event': subProcessBlankStartEvent,
  'rule:bpmnlint/superfluous-gateway': superfluousGateway,
  'rule:bpmnlint/superfluous-label': superfluousLabel,
  'rule:bpmnlint/superfluous-termination': superfluousTermination,
};

/** A bpmnlint resolver over the modules imported above. */
export const staticResolver = {
  resolveRule(pkg: string, name: string): unknown {
    const hit = CACHE[`rule:${pkg}/${name}`];
    if (!hit) throw new Error(`unknown rule <${pkg}/${name}>`);
    return hit;
  },
  resolveConfig(pkg: string, name: string): unknown {
    const hit = CACHE[`config:${pkg}/${name}`];
    if (!hit) throw new Error(`unknown config <${pkg}/${name}>`);
    return hit;
  },
};

type Check =
  | ((node: unknown, reporter: Reporter) => unknown)
  | { enter?: (node: unknown, reporter: Reporter) => unknown; leave?: (node: unknown, reporter: Reporter) => void };
interface Reporter {
  report(id: string, message: string): void;
}

/**
 * bpmnlint's recommended rules on `definitions`, as problems (`lint:<rule>`). Same rules, configuration and
 * reports as `new Linter({ config: { extends: 'bpmnlint:recommended' } }).lint(definitions)` (a test checks it),
 * but in one traversal of the model instead of one per rule. Rules are instantiated per run: some keep state.
 */
export async function lintProblems(definitions: ModdleElement): Promise<ValidationProblem[]> {
  const config = staticResolver.resolveConfig('bpmnlint', 'recommended') as { rules: Record<string, string> };
  const out: ValidationProblem[] = [];
  const active: Array<{ enter?: (n: unknown) => unknown; leave?: (n: unknown) => void; skip?: unknown }> = [];
  for (const [name, flag] of Object.entries(config.rules)) {
    if (flag === 'off') continue;
    const factory = staticResolver.resolveRule('bpmnlint', name) as (config?: unknown) => { check: Check };
    const { check } = factory({});
    const severity = flag === 'error' ? 'error' : 'warning';
    const reporter: Reporter = {
      report(id: string, message: string) {
        out.push({ code: `lint:${name}`, severity, elementId: id ?? '', params: { message } });
      },
    };
    const enter = typeof check === 'function' ? check : check.enter;
    const leave = typeof check === 'function' ? undefined : check.leave;
    active.push({ enter: enter && ((n) => enter(n, reporter)), leave: leave && ((n) => leave(n, reporter)) });
  }
  // a rule whose `enter` returns false skips that subtree (bpmnlint's traverse), but still leaves the node
  traverse(definitions, {
    enter(node: unknown) {
      for (const r of active) {
        if (r.skip !== undefined) continue;
        if (r.enter?.(node) === false) r.skip = node;
      }
    },
    leave(node: unknown) {
      for (const r of active) {
        if (r.skip === node) r.skip = undefined;
        else if (r.skip !== undefined) continue;
        r.leave?.(node);
      }
    },
  });
  // the order bpmnlint reports in: rule by rule
  const order = Object.keys(config.rules);
  return out
    .map((p, i) => ({ p, i }))
    .sort((a, b) => order.indexOf(a.p.code.slice(5)) - order.indexOf(b.p.code.slice(5)) || a.i - b.i)
    .map((x) => x.p);
}
