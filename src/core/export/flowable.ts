/**
 * `flowable` target: `flowable:candidateGroups`, `flowable:dueDate` as an ISO 8601 duration at the safe
 * calendar bound, external-worker service tasks (`flowable:type="external-worker"`, topic), JUEL conditions.
 */
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import { makeExecutable, type ExecutableResult, type Profile } from './executable.ts';
import { quoteSingle } from './names.ts';

export const FLOWABLE_NS = 'http://flowable.org/bpmn';

function setAttr(el: ModdleElement, name: string, value: string): void {
  (el.$attrs as Record<string, string>)[`flowable:${name}`] = value;
}

export const flowableProfile: Profile = {
  definitionAttrs: { 'xmlns:flowable': FLOWABLE_NS },
  userTask({ step, timer }) {
    if (step.roleGroup) setAttr(step.element, 'candidateGroups', step.roleGroup);
    if (timer) setAttr(step.element, 'dueDate', timer);
  },
  serviceTask({ step, serviceType }) {
    setAttr(step.element, 'type', 'external-worker');
    setAttr(step.element, 'topic', serviceType ?? 'tthc-service');
  },
  condition(variable, value) {
    return { body: `\${execution.getVariable(${quoteSingle(variable)}) == ${quoteSingle(value)}}` };
  },
};

/** Export `xml` for Flowable. */
export function exportFlowable(xml: string): Promise<ExecutableResult> {
  return makeExecutable(xml, flowableProfile);
}
