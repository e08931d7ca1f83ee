/**
 * Helpers that derive a simplification option from a procedure's current spec. Every helper returns a new
 * spec and never renames an element: comparison matches elements by id, so an option keeps the id of every
 * element it shares with the current variant. Steps changed by a helper get a note in their description.
 */
import type { DossierSpec, FlowSpec, NodeSpec, ProcedureSpec } from '../../src/core/builder/spec.ts';
import type { Platform, ProcedureFacts, StepFacts, VariantStatus } from '../../src/core/model/types.ts';
import type { SampleOption } from './types.ts';

/** A deep copy of a spec (plain data only). */
export function cloneSpec(spec: ProcedureSpec): ProcedureSpec {
  return JSON.parse(JSON.stringify(spec)) as ProcedureSpec;
}

/** Apply derivation steps in order to a copy of `spec`. */
export function derive(spec: ProcedureSpec, ...steps: Array<(s: ProcedureSpec) => ProcedureSpec>): ProcedureSpec {
  return steps.reduce((s, step) => step(s), cloneSpec(spec));
}

/** The option record: the variant name and status written into the spec, the description appended to its documentation. */
export function option(
  slug: string,
  name: string,
  description: string,
  spec: ProcedureSpec,
  status: VariantStatus = 'proposed',
): SampleOption {
  const s = cloneSpec(spec);
  s.procedure = { ...procedureOf(s), variantName: name, variantStatus: status };
  s.documentation =
    `${s.documentation ?? ''}\n\n${name} (${status === 'approved' ? 'đã được phê duyệt' : 'đề xuất'}): ${description}`.trim();
  return { slug, name, description, spec: s };
}

/** Set the working time (days) of a step, noting the change. */
export function withStepTime(nodeId: string, days: number, note?: string): (s: ProcedureSpec) => ProcedureSpec {
  return (s) => {
    const out = cloneSpec(s);
    const node = nodeOf(out, nodeId);
    const before = node.step?.duration;
    node.step = { ...node.step, duration: days };
    addNote(node, note ?? `Phương án: thời gian ${fmt(before)} → ${fmt(days)} ngày làm việc.`);
    return out;
  };
}

/** Change any step facts of a node (merged into the existing ones). */
export function withStep(
  nodeId: string,
  patch: Partial<StepFacts>,
  note?: string,
): (s: ProcedureSpec) => ProcedureSpec {
  return (s) => {
    const out = cloneSpec(s);
    const node = nodeOf(out, nodeId);
    node.step = { ...node.step, ...patch };
    if (note) addNote(node, note);
    return out;
  };
}

/** Set the procedure's statutory (or proposed) time limit in working days. */
export function withTimeLimit(days: number): (s: ProcedureSpec) => ProcedureSpec {
  return (s) => {
    const out = cloneSpec(s);
    out.procedure = { ...procedureOf(out), timeLimit: days, timeUnit: 'day' };
    return out;
  };
}

/** Change procedure facts (merged). */
export function withProcedure(patch: Partial<ProcedureFacts>): (s: ProcedureSpec) => ProcedureSpec {
  return (s) => {
    const out = cloneSpec(s);
    out.procedure = { ...procedureOf(out), ...patch };
    return out;
  };
}

/**
 * Remove a step (merged into its neighbours): its single incoming flow is reconnected to the target of its
 * single outgoing flow, which is removed; dossier components it took are handed to that next node.
 */
export function removeStep(nodeId: string, note?: string): (s: ProcedureSpec) => ProcedureSpec {
  return (s) => {
    const out = cloneSpec(s);
    nodeOf(out, nodeId);
    const incoming = out.flows.filter((f) => f.to === nodeId);
    const outgoing = out.flows.filter((f) => f.from === nodeId);
    if (incoming.length !== 1 || outgoing.length !== 1) {
      throw new Error(
        `removeStep(${nodeId}): needs exactly one incoming and one outgoing flow (has ${incoming.length} and ${outgoing.length})`,
      );
    }
    const [inFlow, outFlow] = [incoming[0] as FlowSpec, outgoing[0] as FlowSpec];
    inFlow.to = outFlow.to;
    out.flows = out.flows.filter((f) => f !== outFlow);
    out.nodes = out.nodes.filter((n) => n.id !== nodeId);
    const next = nodeOf(out, outFlow.to);
    for (const d of out.dossiers ?? []) {
      if (d.inputOf !== nodeId) continue;
      if (next.type.endsWith('Gateway') || next.type.endsWith('Event'))
        throw new Error(`removeStep(${nodeId}): dossier ${d.id} has no step to move to`);
      d.inputOf = next.id;
    }
    if (note && !next.type.endsWith('Gateway') && !next.type.endsWith('Event')) addNote(next, note);
    return out;
  };
}

/** Take a dossier component from a database instead of the applicant (once-only principle). */
export function fromDatabase(
  dossierId: string,
  database: string,
  platform?: Platform,
): (s: ProcedureSpec) => ProcedureSpec {
  return (s) => {
    const out = cloneSpec(s);
    const d = dossierOf(out, dossierId);
    d.component = { ...d.component, source: 'database', database, copyType: 'electronic', quantity: 1 };
    if (platform) d.component.platform = platform;
    else delete d.component.platform;
    return out;
  };
}

/** Drop a dossier component altogether (cắt giảm thành phần hồ sơ). */
export function removeDossier(dossierId: string): (s: ProcedureSpec) => ProcedureSpec {
  return (s) => {
    const out = cloneSpec(s);
    dossierOf(out, dossierId);
    out.dossiers = (out.dossiers ?? []).filter((d) => d.id !== dossierId);
    return out;
  };
}

/**
 * Full online service (Decree 42/2022 Art.11, "toàn trình"): filing and result online (or by post), no
 * in-person visit, electronic dossier components.
 */
export function fullyOnline(s: ProcedureSpec): ProcedureSpec {
  const out = cloneSpec(s);
  out.procedure = { ...procedureOf(out), channels: ['online', 'post'], onlineLevel: 'full' };
  for (const node of out.nodes) {
    if (!node.step) continue;
    if (node.step.inPersonVisit) {
      node.step.inPersonVisit = false;
      addNote(node, 'Phương án: thực hiện trực tuyến, người dân không phải đến trực tiếp.');
    }
    if (node.step.channel === 'inPerson') node.step.channel = 'online';
  }
  for (const d of out.dossiers ?? []) {
    if (d.component.source !== 'database') d.component = { ...d.component, copyType: 'electronic', quantity: 1 };
  }
  return out;
}

// helpers //////////////////////

function procedureOf(s: ProcedureSpec): Partial<ProcedureFacts> {
  return s.procedure ?? {};
}

function nodeOf(s: ProcedureSpec, id: string): NodeSpec {
  const node = s.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id} in ${s.id}`);
  return node;
}

function dossierOf(s: ProcedureSpec, id: string): DossierSpec {
  const d = (s.dossiers ?? []).find((x) => x.id === id);
  if (!d) throw new Error(`no dossier component ${id} in ${s.id}`);
  return d;
}

function addNote(node: NodeSpec, note: string): void {
  const description = node.step?.description;
  node.step = { ...node.step, description: description ? `${description} ${note}` : note };
}

function fmt(days: number | undefined): string {
  return days === undefined ? '?' : String(days).replace('.', ',');
}
