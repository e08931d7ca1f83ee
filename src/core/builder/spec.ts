/** A plain-data description of a procedure diagram, turned into BPMN with lanes by `buildProcedureXml`. */
import type { DecisionFacts, DossierComponentFacts, OutcomeFacts, ProcedureFacts, StepFacts } from '../model/types.ts';

export type NodeType =
  | 'startEvent'
  | 'endEvent'
  | 'intermediateThrowEvent'
  | 'task'
  | 'userTask'
  | 'serviceTask'
  | 'manualTask'
  | 'sendTask'
  | 'receiveTask'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'inclusiveGateway';

export interface LaneSpec {
  id: string;
  name: string;
}

export interface NodeSpec {
  id: string;
  type: NodeType;
  name: string;
  lane: string;
  step?: Partial<StepFacts>;
  decision?: DecisionFacts;
  documentation?: string;
}

export interface FlowSpec {
  id?: string;
  from: string;
  to: string;
  name?: string;
  outcome?: OutcomeFacts;
  /** Marks the flow as its gateway's default flow. */
  isDefault?: boolean;
}

export interface DossierSpec {
  id: string;
  name: string;
  /** The step that takes this component as input. */
  inputOf: string;
  component: DossierComponentFacts;
}

export interface ProcedureSpec {
  /** Process id; the participant and collaboration ids derive from it. */
  id: string;
  name: string;
  procedure?: Partial<ProcedureFacts>;
  lanes: LaneSpec[];
  nodes: NodeSpec[];
  flows: FlowSpec[];
  dossiers?: DossierSpec[];
  documentation?: string;
}
