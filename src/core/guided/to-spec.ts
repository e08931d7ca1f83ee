/**
 * Guided form → `ProcedureSpec`, laid out by the existing builder. A new procedure becomes a start event in
 * the applicant's lane, one task per row in its performer's lane (one lane per performer), an end event, and
 * each row's documents as data objects read by its task. A reopened procedure keeps its diagram's events,
 * decisions, flows and facts: edited rows update their tasks, new rows are spliced in after the row above.
 */
import type { DossierSpec, FlowSpec, LaneSpec, NodeSpec, ProcedureSpec } from '../builder/spec.ts';
import { buildProcedureXml } from '../builder/build.ts';
import type { DossierComponentFacts, Form, ProcedureFacts, StepFacts } from '../model/types.ts';
import { searchKey } from '../text/fold.ts';
import type { GuidedDocument, GuidedForm, GuidedStep } from './form.ts';

type Locale = 'vi' | 'en';

const TEXT = {
  vi: { applicant: 'Tổ chức, cá nhân', start: 'Nộp hồ sơ', end: 'Nhận kết quả' },
  en: { applicant: 'Applicant', start: 'Dossier submitted', end: 'Result received' },
} as const;

/** The spec of the form's procedure (throws only on a form `guidedFormProblems` rejects). */
export function guidedSpec(form: GuidedForm, locale: Locale = 'vi'): ProcedureSpec {
  return form.base ? rebuildSpec(form, form.base) : freshSpec(form, locale);
}

/** The form's procedure as BPMN XML. */
export function guidedProcedureXml(form: GuidedForm, locale: Locale = 'vi'): Promise<string> {
  return buildProcedureXml(guidedSpec(form, locale));
}

// helpers //////////////////////

function freshSpec(form: GuidedForm, locale: Locale): ProcedureSpec {
  const t = TEXT[locale];
  const ids = new Ids();
  const lanes = new LaneIndex([], ids);
  const applicantLane = lanes.laneFor(t.applicant);
  const nodes: NodeSpec[] = [{ id: ids.take('Start_Submit'), type: 'startEvent', name: t.start, lane: applicantLane }];
  const dossiers: DossierSpec[] = [];
  for (const row of form.steps) {
    const id = ids.take('Task_Step');
    nodes.push(stepNode(id, row, lanes.laneFor(row.performer)));
    dossiers.push(...documentsOf(row, id, ids));
  }
  nodes.push({ id: ids.take('End_Result'), type: 'endEvent', name: t.end, lane: applicantLane });
  const flows: FlowSpec[] = nodes
    .slice(1)
    .map((n, i) => ({ id: ids.take('Flow'), from: (nodes[i] as NodeSpec).id, to: n.id }));
  return {
    id: 'Process_TTHC',
    name: form.name.trim(),
    procedure: { ...procedureFacts(form), variantStatus: 'current' },
    lanes: lanes.used(nodes),
    nodes,
    flows,
    dossiers,
  };
}

function rebuildSpec(form: GuidedForm, base: ProcedureSpec): ProcedureSpec {
  const ids = new Ids();
  for (const x of [...base.lanes, ...base.nodes, ...(base.dossiers ?? [])]) ids.use(x.id);
  base.flows.forEach((f, i) => ids.use(f.id ?? `Flow_${i + 1}`));
  const lanes = new LaneIndex(base.lanes, ids);
  let nodes: NodeSpec[] = base.nodes.map((n) => ({ ...n }));
  let flows: FlowSpec[] = base.flows.map((f, i) => ({ ...f, id: f.id ?? `Flow_${i + 1}` }));
  const rowIds = new Set(form.steps.map((s) => s.id).filter((id): id is string => !!id));
  const editedTasks = new Set<string>();
  const dossiers: DossierSpec[] = [];

  // rows removed from the form: their task is taken out of the flow where it has one way on
  for (const n of base.nodes) {
    if (!n.step || rowIds.has(n.id)) continue;
    const out = flows.filter((f) => f.from === n.id);
    if (out.length !== 1) continue;
    const next = (out[0] as FlowSpec).to;
    flows = flows.filter((f) => f !== out[0]).map((f) => (f.to === n.id ? { ...f, to: next } : f));
    nodes = nodes.filter((x) => x.id !== n.id);
    editedTasks.add(n.id);
  }

  let previous = nodes.find((n) => n.type === 'startEvent')?.id ?? (nodes[0] as NodeSpec | undefined)?.id;
  for (const row of form.steps) {
    const existing = row.id ? nodes.findIndex((n) => n.id === row.id) : -1;
    let id: string;
    if (existing >= 0) {
      id = row.id as string;
      nodes[existing] = {
        ...(nodes[existing] as NodeSpec),
        ...stepNode(id, row, lanes.laneFor(row.performer)),
        type: (nodes[existing] as NodeSpec).type,
      };
    } else {
      id = ids.take('Task_Step');
      nodes.push(stepNode(id, row, lanes.laneFor(row.performer)));
      if (previous) {
        const from = previous;
        flows = flows.map((f) => (f.from === from ? { ...f, from: id } : f));
        flows.push({ id: ids.take('Flow'), from, to: id });
      }
    }
    editedTasks.add(id);
    dossiers.push(...documentsOf(row, id, ids));
    previous = id;
  }
  dossiers.unshift(...(base.dossiers ?? []).filter((d) => !editedTasks.has(d.inputOf)));
  return {
    ...base,
    name: form.name.trim(),
    procedure: { ...base.procedure, ...procedureFacts(form, base.procedure) },
    lanes: lanes.used(nodes),
    nodes,
    flows,
    dossiers,
  };
}

function stepNode(id: string, row: GuidedStep, lane: string): NodeSpec {
  const kept = row.keptFacts ?? {};
  const forms: Form[] = row.forms
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => kept.forms?.find((f) => f.name === name) ?? { name });
  const step: Partial<StepFacts> = {
    ...kept,
    duration: row.duration,
    // a unit or visit flag the task did not state stays unstated while the row shows its default
    durationUnit:
      row.keptFacts && row.durationUnit === (kept.durationUnit ?? 'day') ? kept.durationUnit : row.durationUnit,
    forms,
    outputs: row.outputs.map((o) => o.trim()).filter(Boolean),
    inPersonVisit: row.keptFacts && row.inPersonVisit === !!kept.inPersonVisit ? kept.inPersonVisit : row.inPersonVisit,
    // a role written on the task is kept while it is still the row's performer; else the lane says it
    role: kept.role && kept.role === row.performer.trim() ? kept.role : undefined,
  };
  return { id, type: 'userTask', name: row.name.trim(), lane, step };
}

function documentsOf(row: GuidedStep, taskId: string, ids: Ids): DossierSpec[] {
  return row.documents.map((d: GuidedDocument) => {
    const component: DossierComponentFacts = { name: d.name.trim(), source: d.source };
    if (d.source === 'database') {
      if (d.platform) component.platform = d.platform;
      if (d.database?.trim()) component.database = d.database.trim();
    }
    if (d.copyType) component.copyType = d.copyType;
    if (d.quantity !== undefined) component.quantity = d.quantity;
    return { id: d.id ?? ids.take('Doc'), name: d.name.trim(), inputOf: taskId, component };
  });
}

function procedureFacts(form: GuidedForm, base?: Partial<ProcedureFacts>): Partial<ProcedureFacts> {
  const out: Partial<ProcedureFacts> = {
    name: form.name.trim(),
    code: form.code?.trim() || undefined,
    level: form.level,
    agency: form.agency?.trim() || undefined,
  };
  // the limit is kept as written unless the form changed it (the form counts working days)
  const baseDays =
    base?.timeLimit === undefined ? undefined : base.timeUnit === 'hour' ? base.timeLimit / 8 : base.timeLimit;
  if (form.timeLimit !== baseDays) {
    out.timeLimit = form.timeLimit;
    out.timeUnit = form.timeLimit === undefined ? undefined : 'day';
  }
  return out;
}

/** Unique element ids: `prefix_1`, `prefix_2`, … skipping those in use. */
class Ids {
  private readonly taken = new Set<string>();
  use(id: string): void {
    this.taken.add(id);
  }
  take(prefix: string): string {
    let n = 1;
    while (this.taken.has(`${prefix}_${n}`)) n++;
    const id = `${prefix}_${n}`;
    this.taken.add(id);
    return id;
  }
}

/** Lanes by performer (case and diacritics ignored), new ones added as performers appear. */
class LaneIndex {
  private readonly lanes: LaneSpec[];
  private readonly byKey = new Map<string, string>();
  constructor(
    base: LaneSpec[],
    private readonly ids: Ids,
  ) {
    this.lanes = base.map((l) => ({ ...l }));
    for (const l of this.lanes) if (!this.byKey.has(searchKey(l.name))) this.byKey.set(searchKey(l.name), l.id);
  }
  laneFor(performer: string): string {
    const name = performer.trim();
    const key = searchKey(name);
    const found = this.byKey.get(key);
    if (found) return found;
    const id = this.ids.take('Lane');
    this.lanes.push({ id, name });
    this.byKey.set(key, id);
    return id;
  }
  /** The lanes some node sits in, in their order. */
  used(nodes: NodeSpec[]): LaneSpec[] {
    const used = new Set(nodes.map((n) => n.lane));
    return this.lanes.filter((l) => used.has(l.id));
  }
}
