/**
 * The TTHC part of validation: the findings of the analysis (rules/registry.ts), with their severity at the
 * export gate. The Analysis tab, the Problems tab, `validate` and the export therefore judge the same steps on
 * the same paths with the same rules.
 */
import { analyze, type Analysis } from '../analysis/analyze.ts';
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import { severityIn, type Finding, type RuleContext } from '../rules/registry.ts';
import type { ValidationProblem } from './problems.ts';

/** Findings as problems in `context` (notes of severity `info` are context for figures, not problems). */
export function findingsAsProblems(findings: Finding[], context: RuleContext, fallbackId = ''): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  for (const f of findings) {
    const severity = severityIn(f.code, context);
    if (severity === 'info') continue;
    const problem: ValidationProblem = {
      code: f.code,
      severity,
      elementId: f.elementId ?? fallbackId,
      params: { name: f.elementName ?? f.elementId ?? '', ...f.params },
    };
    if (f.field) problem.field = f.field;
    out.push(problem);
  }
  return out;
}

/** The TTHC problems of `definitions` at the export gate (an analysis already made of them can be passed in). */
export function tthcProblems(
  definitions: ModdleElement,
  analysis: Analysis = analyze(definitions, { maxPaths: 1 }),
  context: RuleContext = 'export',
): ValidationProblem[] {
  return findingsAsProblems(analysis.warnings, context, String(definitions.id ?? ''));
}
