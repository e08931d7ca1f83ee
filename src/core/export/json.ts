/**
 * `json` target: a process descriptor for one-stop software that does not run BPMN, shaped like its
 * configuration model (variant → steps → role groups → dossier statuses; the graph as nodes and edges).
 * The format is `schemas/process-descriptor.v1.json` (JSON Schema 2020-12); see README-export.md.
 */
import { parseBpmn } from '../bpmn/moddle.ts';
import { toWorkingHours } from '../model/time.ts';
import { processView, type ProcessView } from './process-view.ts';
import { timerDuration } from './working-time.ts';

export const DESCRIPTOR_FORMAT = 'tthc-process-descriptor';
export const DESCRIPTOR_VERSION = 1;
export const DESCRIPTOR_SCHEMA_ID = 'https://tthc-studio.github.io/schema/process-descriptor.v1.json';

export interface ProcessDescriptor {
  $schema: string;
  format: typeof DESCRIPTOR_FORMAT;
  version: typeof DESCRIPTOR_VERSION;
  procedure: {
    code: string | null;
    name: string;
    level: string | null;
    agency: string | null;
    timeLimit: number | null;
    timeUnit: 'day' | 'hour' | null;
    timeLimitHours: number | null;
  };
  variant: { processId: string; name: string | null; status: string | null };
  roleGroups: Array<{ id: string; name: string }>;
  steps: Array<{
    id: string;
    order: number;
    name: string;
    kind: 'user' | 'service' | 'other';
    roleGroup: string | null;
    roleName: string | null;
    timeHours: number | null;
    timeValue: number | null;
    timeUnit: 'day' | 'hour' | null;
    timerDuration: string | null;
    dossierStatuses: number[];
    maySendBack: boolean;
    inPersonVisit: boolean;
    description: string | null;
    forms: string[];
    outputs: string[];
  }>;
  nodes: Array<{ id: string; type: string; name: string | null; stepId: string | null }>;
  edges: Array<{
    id: string;
    source: string;
    target: string;
    name: string | null;
    isDefault: boolean;
    condition: { variable: string; value: string } | null;
  }>;
  decisions: Array<{
    id: string;
    name: string | null;
    variable: string | null;
    question: string | null;
    defaultEdge: string | null;
  }>;
}

/** The descriptor of a plain process view. */
export function toDescriptor(view: ProcessView): ProcessDescriptor {
  const p = view.procedure;
  return {
    $schema: DESCRIPTOR_SCHEMA_ID,
    format: DESCRIPTOR_FORMAT,
    version: DESCRIPTOR_VERSION,
    procedure: {
      code: p.code ?? null,
      name: p.name ?? String(view.process.get('name') ?? view.process.id),
      level: p.level ?? null,
      agency: p.agency ?? null,
      timeLimit: p.timeLimit ?? null,
      timeUnit: p.timeUnit ?? (p.timeLimit !== undefined ? 'day' : null),
      timeLimitHours: p.timeLimit !== undefined ? toWorkingHours(p.timeLimit, p.timeUnit) : null,
    },
    variant: { processId: String(view.process.id), name: p.variantName ?? null, status: p.variantStatus ?? null },
    roleGroups: [...view.roleGroups].map(([id, name]) => ({ id, name })),
    steps: view.steps.map((s) => ({
      id: s.id,
      order: s.order,
      name: s.name,
      kind: /^(User|Manual)?Task$/.test(s.type)
        ? 'user'
        : /^(Service|Send|Script|BusinessRule)Task$/.test(s.type)
          ? 'service'
          : 'other',
      roleGroup: s.roleGroup ?? null,
      roleName: s.role ?? null,
      timeHours: s.hours ?? null,
      timeValue: s.facts.duration ?? null,
      timeUnit: s.facts.duration !== undefined ? (s.facts.durationUnit ?? 'day') : null,
      timerDuration: timerDuration(s.facts.duration, s.facts.durationUnit) ?? null,
      dossierStatuses: s.facts.dossierStatus !== undefined ? [s.facts.dossierStatus] : [],
      maySendBack: s.facts.maySendBack === true,
      inPersonVisit: s.facts.inPersonVisit === true,
      description: s.facts.description ?? null,
      forms: s.facts.forms.map((f) => f.name).filter(Boolean),
      outputs: s.facts.outputs.filter(Boolean),
    })),
    nodes: view.nodes.map((n) => ({ id: n.id, type: n.type, name: n.name ?? null, stepId: n.isStep ? n.id : null })),
    edges: view.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      name: e.name ?? null,
      isDefault: e.isDefault,
      condition: e.condition ?? null,
    })),
    decisions: view.decisions.map((d) => ({
      id: d.id,
      name: d.name ?? null,
      variable: d.variable ?? null,
      question: d.question ?? null,
      defaultEdge: d.defaultFlow ?? null,
    })),
  };
}

/** Export `xml` as a process descriptor (pretty JSON text and the object). */
export async function exportJson(xml: string): Promise<{ json: string; descriptor: ProcessDescriptor }> {
  const { definitions } = await parseBpmn(xml);
  const descriptor = toDescriptor(processView(definitions));
  return { json: JSON.stringify(descriptor, null, 2) + '\n', descriptor };
}
