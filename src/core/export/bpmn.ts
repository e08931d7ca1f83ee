/**
 * `bpmn-engine` target: executable BPMN 2.0 for bpmn-engine (named for it: its conditions are that engine's
 * JavaScript). Roles become standard `bpmn:potentialOwner` resource roles (`group(<slug>)`); decisions become
 * JavaScript conditions (`language="javascript"`); service tasks are bound to
 * `${environment.services.<type>}`; step limits are timers.
 */
import { elementsOf } from '../bpmn/moddle-types.ts';
import { child, makeExecutable, type ExecutableResult, type Profile } from './executable.ts';
import { quoteDouble } from './names.ts';

/** The service function name a service-task type is bound to: `tthc-lgsp-lookup` → `tthcLgspLookup`. */
export function serviceFunctionName(type: string): string {
  return type.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export const bpmnProfile: Profile = {
  userTask({ moddle, step }) {
    if (!step.roleGroup) return;
    const el = step.element;
    const owner = child(moddle, el, 'bpmn:PotentialOwner', { id: `${step.id}_owner`, name: step.role });
    const assignment = child(moddle, owner, 'bpmn:ResourceAssignmentExpression');
    const expr = child(moddle, assignment, 'bpmn:FormalExpression', { body: `group(${step.roleGroup})` });
    assignment.set('expression', expr);
    owner.set('resourceAssignmentExpression', assignment);
    el.set('resources', [...elementsOf(el, 'resources'), owner]);
  },
  serviceTask({ step, serviceType }) {
    step.element.set(
      'implementation',
      `\${environment.services.${serviceFunctionName(serviceType ?? 'tthc-service')}}`,
    );
  },
  condition(variable, value) {
    return { language: 'javascript', body: `next(null, environment.variables.${variable} === ${quoteDouble(value)});` };
  },
};

/** Export `xml` as executable BPMN for bpmn-engine. */
export function exportBpmn(xml: string): Promise<ExecutableResult> {
  return makeExecutable(xml, bpmnProfile);
}
