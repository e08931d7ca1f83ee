/**
 * What a decision needs before an engine or a one-stop system can run it: a decision variable that every
 * target can read, and on each outgoing flow an outcome value (or the flow is the default).
 */
import type { GraphNode } from '../model/graph.ts';
import { extension } from '../model/facts.ts';
import type { WarningList } from '../analysis/warnings.ts';

/** Whether `name` can be a process variable in every target (JavaScript, FEEL, JUEL identifiers). */
export function isVariableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/** Whether a node is a decision: an exclusive or inclusive gateway with more than one outgoing flow. */
export function isDecisionNode(node: GraphNode): boolean {
  return (node.kind === 'exclusive' || node.kind === 'inclusive') && node.out.length > 1;
}

/** Report incomplete decisions among `nodes`. */
export function checkDecisions(nodes: GraphNode[], warnings: WarningList): void {
  for (const gateway of nodes) {
    if (!isDecisionNode(gateway)) continue;
    const variable = String(extension(gateway.bo, 'tthc:Decision')?.variable ?? '').trim();
    if (!variable) warnings.add('decisionWithoutVariable', gateway);
    else if (!isVariableName(variable)) warnings.add('decisionVariableInvalid', gateway, { variable });
    for (const edge of gateway.out) {
      if (edge.isDefault) continue;
      const value = edge.outcome?.value;
      if (value === undefined || value === null || String(value).trim() === '') {
        warnings.add(
          'flowWithoutOutcome',
          { id: edge.id, name: str(edge.bo.name) ?? edge.id },
          { gateway: gateway.name ?? gateway.id },
        );
      }
    }
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
