/**
 * `camunda7` target: `camunda:candidateGroups`, a `camunda:dueDate` at the safe calendar bound of the step's
 * working time, external service tasks (`camunda:type="external"`, topic = service type), JUEL conditions.
 */
import { makeExecutable, type ExecutableResult, type Profile } from './executable.ts';
import { quoteSingle } from './names.ts';

export const camunda7Profile: Profile = {
  extension: 'camunda',
  definitionAttrs: {
    'xmlns:modeler': 'http://camunda.org/schema/modeler/1.0',
    'modeler:executionPlatform': 'Camunda Platform',
    'modeler:executionPlatformVersion': '7.23.0',
  },
  process(process) {
    process.set('camunda:historyTimeToLive', '180');
  },
  userTask({ step, timer }) {
    if (step.roleGroup) step.element.set('camunda:candidateGroups', step.roleGroup);
    const days = timer ? Number(/^P(\d+)D$/.exec(timer)?.[1]) : 0;
    if (days) step.element.set('camunda:dueDate', `\${dateTime().plusDays(${days}).toDate()}`);
  },
  serviceTask({ step, serviceType }) {
    step.element.set('camunda:type', 'external');
    step.element.set('camunda:topic', serviceType ?? 'tthc-service');
  },
  condition(variable, value) {
    return { body: `\${execution.getVariable(${quoteSingle(variable)}) == ${quoteSingle(value)}}` };
  },
};

/** Export `xml` for Camunda 7. */
export function exportCamunda7(xml: string): Promise<ExecutableResult> {
  return makeExecutable(xml, camunda7Profile);
}
