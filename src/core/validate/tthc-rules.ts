/**
 * TTHC rules as pure functions over moddle definitions: every step has a performer and a working time, every
 * decision a valid variable and each outgoing flow an outcome or the default, the longest path fits the
 * statutory limit, every dossier component names its source.
 */
import { analyze } from '../analysis/analyze.ts';
import { is, type ModdleElement } from '../bpmn/moddle-types.ts';
import { effectiveRole, readFacts } from '../model/facts.ts';
import { allFlowElements, isDecision, isStep, mainProcess } from '../export/process-view.ts';
import { isVariableName } from '../export/names.ts';
import type { ValidationProblem } from './problems.ts';

type Rule = (definitions: ModdleElement, process: ModdleElement) => ValidationProblem[];

const nameOf = (el: ModdleElement): string => String(el.get('name') ?? '').trim() || String(el.id);

/** Every step has a role or sits in a lane. */
export const stepsHaveRoles: Rule = (_d, process) => allFlowElements(process).filter(isStep)
  .filter(el => !effectiveRole(el))
  .map(el => ({ code: 'stepWithoutRole', severity: 'error', elementId: String(el.id), params: { name: nameOf(el) } }));

/** Every step has a working time (0 is a time). */
export const stepsHaveTimes: Rule = (_d, process) => allFlowElements(process).filter(isStep)
  .filter(el => readFacts(el, 'step').duration === undefined)
  .map(el => ({ code: 'stepWithoutTime', severity: 'error', elementId: String(el.id), params: { name: nameOf(el) } }));

/** Every decision has a valid variable, and each outgoing flow an outcome value or is the default. */
export const decisionsAreComplete: Rule = (_d, process) => {
  const out: ValidationProblem[] = [];
  for (const gateway of allFlowElements(process).filter(isDecision)) {
    const variable = readFacts(gateway, 'decision').variable?.trim();
    if (!variable) out.push({ code: 'decisionWithoutVariable', severity: 'error', elementId: String(gateway.id), params: { name: nameOf(gateway) } });
    else if (!isVariableName(variable)) out.push({ code: 'decisionVariableInvalid', severity: 'error', elementId: String(gateway.id), params: { name: nameOf(gateway), variable } });
    const fallback = gateway.get('default') as ModdleElement | undefined;
    for (const flow of (gateway.get('outgoing') as ModdleElement[] | undefined) ?? []) {
      if (flow === fallback) continue;
      const value = readFacts(flow, 'outcome').value;
      if (value === undefined || String(value).trim() === '') {
        out.push({ code: 'flowWithoutOutcome', severity: 'error', elementId: String(flow.id), params: { name: nameOf(flow), gateway: nameOf(gateway) } });
      }
    }
  }
  return out;
};

/** The longest path (without repeats) fits the statutory limit. */
export const fitsStatutoryLimit: Rule = (definitions, process) => {
  const a = analyze(definitions, { maxPaths: 1 });
  const limit = a.statutoryLimitWorkingDays;
  const days = a.time.nominalWorkingDays;
  if (limit === null || days <= limit + 1e-9) return [];
  return [{ code: 'overStatutoryLimit', severity: 'error', elementId: String(process.id), params: { days: round(days), limit: round(limit) } }];
};

/** Every dossier component names its source. */
export const componentsHaveSources: Rule = (definitions, process) => {
  const out: ValidationProblem[] = [];
  const seen = new Set<string>();
  const scan = (el: ModdleElement) => {
    const ext = el.get('extensionElements') as ModdleElement | undefined;
    const has = ((ext?.get('values') as ModdleElement[] | undefined) ?? []).some(v => v.$type === 'tthc:DossierComponent');
    if (!has || seen.has(String(el.id))) return;
    seen.add(String(el.id));
    const facts = readFacts(el, 'dossierComponent');
    if (!facts.source) out.push({ code: 'componentWithoutSource', severity: 'error', elementId: String(el.id), params: { name: facts.name ?? nameOf(el) } });
  };
  for (const el of allFlowElements(process)) {
    if (is(el, 'bpmn:DataObjectReference') || is(el, 'bpmn:DataObject')) scan(el);
  }
  void definitions;
  return out;
};

export const TTHC_RULES: Rule[] = [stepsHaveRoles, stepsHaveTimes, decisionsAreComplete, fitsStatutoryLimit, componentsHaveSources];

/** Run every TTHC rule on `definitions`. */
export function tthcProblems(definitions: ModdleElement): ValidationProblem[] {
  const process = mainProcess(definitions);
  if (!process) return [{ code: 'noProcess', severity: 'error', elementId: String(definitions.id ?? ''), params: {} }];
  return TTHC_RULES.flatMap(rule => rule(definitions, process));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
