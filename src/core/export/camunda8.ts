/**
 * `camunda8` target: Zeebe extensions for Camunda 8.x — `zeebe:userTask`, `zeebe:assignmentDefinition`
 * candidateGroups, `zeebe:formDefinition` (an external reference the one-stop software resolves),
 * `zeebe:taskDefinition` for service tasks (LGSP/NDXP look-ups), FEEL conditions and the execution platform.
 */
import { addExtensions, makeExecutable, type ExecutableResult, type Profile } from './executable.ts';
import { quoteDouble } from './names.ts';

/** The Camunda 8 version the export declares (and is linted against in the tests). */
export const CAMUNDA8_VERSION = '8.8.0';

export const camunda8Profile: Profile = {
  extension: 'zeebe',
  definitionAttrs: {
    'xmlns:modeler': 'http://camunda.org/schema/modeler/1.0',
    'modeler:executionPlatform': 'Camunda Cloud',
    'modeler:executionPlatformVersion': CAMUNDA8_VERSION,
  },
  userTask({ moddle, step }) {
    const values = [moddle.create('zeebe:UserTask')];
    if (step.roleGroup) values.push(moddle.create('zeebe:AssignmentDefinition', { candidateGroups: step.roleGroup }));
    values.push(moddle.create('zeebe:FormDefinition', { externalReference: `tthc:form/${step.id}` }));
    addExtensions(moddle, step.element, values);
  },
  serviceTask({ moddle, step, serviceType }) {
    const headers = moddle.create('zeebe:TaskHeaders', {
      values: [moddle.create('zeebe:Header', { key: 'stepId', value: step.id })],
    });
    addExtensions(moddle, step.element, [
      moddle.create('zeebe:TaskDefinition', { type: serviceType ?? 'tthc-service', retries: '3' }),
      headers,
    ]);
  },
  condition(variable, value) {
    return { body: `=${variable} = ${quoteDouble(value)}` };
  },
};

/** Export `xml` for Camunda 8 (Zeebe). */
export function exportCamunda8(xml: string): Promise<ExecutableResult> {
  return makeExecutable(xml, camunda8Profile);
}
