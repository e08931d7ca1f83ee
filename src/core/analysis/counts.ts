/**
 * What a procedure asks of people, counted from the model: steps, hand-offs between lanes and pools, units
 * involved, in-person visits, dossier components (from the applicant vs. from databases), forms, fees.
 */
import { is, type ModdleElement } from '../bpmn/moddle-types.ts';
import { extension, readFacts } from '../model/facts.ts';
import type { CopyType, DataSource, Fee, FeeKind, ProcedureFacts } from '../model/types.ts';
import { impossibleFields } from '../rules/impossible-values.ts';
import { performerOf, stepNodes, type FlowGraph, type GraphNode } from '../model/graph.ts';
import type { WarningList } from './warnings.ts';

export interface Handoff {
  /** The sequence flow or message flow that crosses. */
  flowId: string;
  kind: 'lane' | 'pool';
  from: string;
  to: string;
}

export interface DossierComponentCount {
  id: string;
  name?: string;
  source: DataSource;
  database?: string;
  quantity?: number;
  copyType?: CopyType;
}

export interface FeeTotals {
  feeVnd: number;
  chargeVnd: number;
  otherVnd: number;
  /** Everything the applicant pays per dossier: fees + charges + other costs. */
  totalVnd: number;
  items: Fee[];
}

export interface Counts {
  steps: number;
  stepIds: string[];
  handoffs: number;
  handoffList: Handoff[];
  units: number;
  unitNames: string[];
  inPersonVisits: number;
  inPersonStepIds: string[];
  documentsFromApplicant: number;
  documentsFromDatabases: number;
  /** Components taken from databases, per database name ("" when the database is not named). */
  documentsByDatabase: Record<string, number>;
  documents: DossierComponentCount[];
  forms: number;
  formNames: string[];
  decisions: number;
  fees: FeeTotals;
}

/** Node kinds whose lane takes a decision. */
const DECIDING = new Set<GraphNode['kind']>(['exclusive', 'inclusive', 'eventBased', 'complex']);

/**
 * Count everything in the model (all pools and sub-processes). `performer` is `performerOf` and `steps` the
 * graph's step nodes unless the caller has found them already.
 */
export function countModel(
  graph: FlowGraph,
  procedure: ProcedureFacts,
  warnings: WarningList,
  performer: (node: GraphNode) => string | undefined = (node) => performerOf(graph, node),
  steps: GraphNode[] = stepNodes(graph),
): Counts {
  const units = new Set<string>();
  for (const node of steps) {
    const name = performer(node) ?? str(node.scope.participant?.name);
    if (name) units.add(name);
  }
  // whoever takes a decision is involved too
  for (const node of graph.nodes) {
    if (node.out.length < 2 || !DECIDING.has(node.kind)) continue;
    const lane = str(graph.laneOf.get(node.bo)?.name);
    if (lane) units.add(lane);
  }
  const inPerson = steps.filter((n) => n.step?.inPersonVisit === true);
  const documents = countDocuments(graph, warnings);
  const byDatabase: Record<string, number> = {};
  for (const d of documents)
    if (d.source === 'database') byDatabase[d.database ?? ''] = (byDatabase[d.database ?? ''] ?? 0) + 1;
  const formNames = distinctForms(procedure, steps);
  const handoffList = countHandoffs(graph);
  return {
    steps: steps.length,
    stepIds: steps.map((n) => n.id),
    handoffs: handoffList.length,
    handoffList,
    units: units.size,
    unitNames: [...units],
    inPersonVisits: inPerson.length,
    inPersonStepIds: inPerson.map((n) => n.id),
    documentsFromApplicant: documents.filter((d) => d.source === 'applicant').length,
    documentsFromDatabases: documents.filter((d) => d.source === 'database').length,
    documentsByDatabase: byDatabase,
    documents,
    forms: formNames.length,
    formNames,
    decisions: graph.nodes.filter(
      (n) => (n.kind === 'exclusive' || n.kind === 'inclusive' || n.kind === 'eventBased') && n.out.length > 1,
    ).length,
    fees: feeTotals(procedure.fees),
  };
}

/** Fees, charges and other costs of one dossier, by kind. */
export function feeTotals(fees: Fee[]): FeeTotals {
  const sum = (kind: FeeKind): number =>
    fees.filter((f) => (f.kind ?? 'fee') === kind).reduce((s, f) => s + (Number(f.amountVnd) || 0), 0);
  const feeVnd = sum('fee');
  const chargeVnd = sum('charge');
  const otherVnd = sum('other');
  return { feeVnd, chargeVnd, otherVnd, totalVnd: feeVnd + chargeVnd + otherVnd, items: fees };
}

// helpers //////////////////////

function countHandoffs(graph: FlowGraph): Handoff[] {
  const out: Handoff[] = [];
  // without lanes no flow crosses one: skip the look-up of both ends of every flow
  if (graph.laneOf.size) {
    for (const edge of graph.edges) {
      const a = graph.laneOf.get(edge.source.bo);
      const b = graph.laneOf.get(edge.target.bo);
      if (a && b && a !== b) out.push({ flowId: edge.id, kind: 'lane', from: laneLabel(a), to: laneLabel(b) });
    }
  }
  for (const mf of graph.messageFlows) {
    const a = poolOf(graph, mf.source);
    const b = poolOf(graph, mf.target);
    if (a && b && a !== b) out.push({ flowId: mf.id, kind: 'pool', from: laneLabel(a), to: laneLabel(b) });
  }
  return out;
}

function poolOf(graph: FlowGraph, el: ModdleElement): ModdleElement | undefined {
  if (is(el, 'bpmn:Participant')) return el;
  for (let cur: ModdleElement | undefined = el; cur; cur = cur.$parent) {
    if (is(cur, 'bpmn:Process')) return graph.participantOfProcess.get(cur) ?? cur;
  }
  return undefined;
}

function countDocuments(graph: FlowGraph, warnings: WarningList): DossierComponentCount[] {
  const withFacts = graph.dataElements.filter((el) => extension(el, 'tthc:DossierComponent'));
  // a data object counts once: through its references when they carry facts, else on its own
  const objectsCoveredByRefs = new Set<ModdleElement>();
  for (const el of withFacts) {
    if (is(el, 'bpmn:DataObjectReference') && el.dataObjectRef) objectsCoveredByRefs.add(el.dataObjectRef);
  }
  const out: DossierComponentCount[] = [];
  for (const el of withFacts) {
    if (is(el, 'bpmn:DataObject') && objectsCoveredByRefs.has(el)) continue;
    const facts = readFacts(el, 'dossierComponent');
    const name = facts.name ?? str(el.name);
    const found = impossibleFields('dossierComponent', facts);
    for (const f of found)
      warnings.add(
        'impossibleValue',
        { id: el.id, name },
        { field: f.field, value: f.value, reason: f.reason },
        f.field,
      );
    const bad = new Set(found.map((f) => f.field));
    if (!facts.source) warnings.add('componentWithoutSource', { id: el.id, name });
    const item: DossierComponentCount = {
      id: el.id ?? '',
      source: facts.source === 'database' ? 'database' : 'applicant',
    };
    if (name) item.name = name;
    if (facts.database) item.database = facts.database;
    if (facts.quantity !== undefined && !bad.has('quantity')) item.quantity = facts.quantity;
    if (facts.copyType && !bad.has('copyType')) item.copyType = facts.copyType;
    out.push(item);
  }
  return out;
}

function distinctForms(procedure: ProcedureFacts, steps: GraphNode[]): string[] {
  const names = new Map<string, string>();
  const add = (form: { name?: string; code?: string }): void => {
    const label = (form.code ? `${form.code} ` : '') + (form.name ?? '');
    const key = `${form.code ?? ''}|${form.name ?? ''}`.trim().toLowerCase();
    if (key === '|') return;
    if (!names.has(key)) names.set(key, label.trim());
  };
  procedure.forms.forEach(add);
  for (const step of steps) step.step?.forms.forEach(add);
  return [...names.values()];
}

function laneLabel(el: ModdleElement): string {
  return str(el.name) ?? el.id ?? '';
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
