/**
 * Validation of a variant before it goes to the one-stop software: TTHC rules (tthc-rules.ts) and bpmnlint's
 * recommended rules (lint.ts), as one problems list. Pure: reads moddle definitions, changes nothing.
 */
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import { checkNestingDepth, parseBpmn } from '../bpmn/moddle.ts';
import { elementsOf, is } from '../bpmn/moddle-types.ts';
import { readFacts } from '../model/facts.ts';
import { lintProblems } from './lint.ts';
import type { ValidationProblem } from './problems.ts';
import { tthcProblems } from './tthc-rules.ts';
import { analyze, type Analysis } from '../analysis/analyze.ts';
import type { FlowGraph } from '../model/graph.ts';
import { lintSeverityIn, type RuleContext } from '../rules/registry.ts';

export * from './problems.ts';
export { findingsAsProblems, tthcProblems } from './tthc-rules.ts';
export { lintProblems, staticResolver } from './lint.ts';

export interface ValidateOptions {
  /** `lint: false` checks the TTHC rules only. */
  lint?: boolean;
  /** An analysis already made of these definitions (its findings are the TTHC problems). */
  analysis?: Analysis;
  /** The flow graph of these definitions, when the caller has built it (the analysis then reuses it). */
  graph?: FlowGraph;
  /** Severities of the export gate (default) or of live drawing. */
  context?: RuleContext;
}

const RANK: Record<ValidationProblem['severity'], number> = { error: 0, warning: 1, hint: 2 };

/**
 * All problems of `definitions`, errors first, then warnings, then hints. A model nested deeper than bpmnlint's
 * recursive rules can check is refused first (`ImportProblem` 'tooDeep').
 */
export async function validateDefinitions(
  definitions: ModdleElement,
  options: ValidateOptions = {},
): Promise<ValidationProblem[]> {
  checkNestingDepth(definitions);
  const analysis = options.analysis ?? analyze(definitions, { maxPaths: 1, graph: options.graph });
  const problems = tthcProblems(definitions, analysis, options.context);
  if (options.lint !== false) {
    const lint = await lintProblems(definitions);
    const context = options.context ?? 'export';
    for (const p of lint)
      if (!coveredByOutcome(definitions, p))
        problems.push({ ...p, severity: lintSeverityIn(p.severity as 'error' | 'warning', context) });
  }
  return problems.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** Parse `xml` and validate it (parse failures throw `ImportProblem`). */
export async function validateXml(xml: string, options: ValidateOptions = {}): Promise<ValidationProblem[]> {
  const { definitions } = await parseBpmn(xml);
  return validateDefinitions(definitions, options);
}

// helpers //////////////////////

/**
 * bpmnlint's `conditional-flows` asks for condition expressions; in a TTHC model the condition is the flow's
 * `tthc:outcome value`, turned into an expression at export. A flow with an outcome is therefore not missing one.
 */
function coveredByOutcome(definitions: ModdleElement, problem: ValidationProblem): boolean {
  if (problem.code !== 'lint:conditional-flows') return false;
  const flow = findById(definitions, problem.elementId);
  return !!flow && is(flow, 'bpmn:SequenceFlow') && readFacts(flow, 'outcome').value !== undefined;
}

function findById(definitions: ModdleElement, id: string): ModdleElement | undefined {
  const stack = [...elementsOf(definitions, 'rootElements')];
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (el.id === id) return el;
    for (const child of elementsOf(el, 'flowElements')) stack.push(child);
  }
  return undefined;
}
