/**
 * A read OpenCPS package → procedures for the studio: one procedure per `ServiceInfo` (and one per process no
 * service names), one variant per service process, laid out in lanes by role (builder/build.ts). Steps keep
 * their code (as element id, or as step number when it cannot be an id), status, duration and note; actions
 * become flows, with a decision after a step that has more than one.
 */
import { buildProcedureXml } from '../builder/build.ts';
import type { DossierSpec, FlowSpec, LaneSpec, NodeSpec, ProcedureSpec } from '../builder/spec.ts';
import type { Channel, CopyType, Fee, FeeKind, Form, ProcedureFacts, StepFacts, TimeUnit } from '../model/types.ts';
import { HOURS_PER_WORKING_DAY } from '../model/time.ts';
import { readOpencpsPackage } from './read-package.ts';
import { CHANNEL_TEXT, FEE_TEXT } from './service-info.ts';
import { FILE_MARKS, SERVICE_LEVELS, statusCode } from './status-table.ts';
import type { DossierTemplate, OpencpsNote, OpencpsPackage, ServiceInfo, ServiceProcess } from './types.ts';

export interface ImportedVariant {
  name: string;
  processNo: string;
  spec: ProcedureSpec;
  xml: string;
}
export interface ImportedProcedure {
  name: string;
  code?: string;
  variants: ImportedVariant[];
}
export interface OpencpsImport {
  procedures: ImportedProcedure[];
  notes: OpencpsNote[];
}

/** Role name of a step without one. */
const NO_ROLE = 'Chưa phân công';

/** A valid XML id from `code` that no other element has taken. */
function idFor(code: string, prefix: string, taken: Set<string>): string {
  let id = /^[A-Za-z_][\w.-]*$/.test(code) ? code : `${prefix}_${code.replace(/[^\w.-]+/g, '_')}`;
  const base = id;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

/** Time limit in the unit it reads best in: whole working days as days, otherwise hours. */
function limitOf(p: ServiceProcess): { timeLimit: number; timeUnit: TimeUnit } | undefined {
  if (!p.durationCount) return undefined;
  const hours = p.durationUnit === 0 ? p.durationCount * HOURS_PER_WORKING_DAY : p.durationCount;
  return hours % HOURS_PER_WORKING_DAY === 0
    ? { timeLimit: hours / HOURS_PER_WORKING_DAY, timeUnit: 'day' }
    : { timeLimit: hours, timeUnit: 'hour' };
}

const splitList = (t: string): string[] =>
  t
    .split(/;\s*/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Procedure facts from a service's texts (the inverse of service-info.ts where the text allows it). */
function procedureFacts(
  s: ServiceInfo | undefined,
  p: ServiceProcess,
  optionName: string,
  first: boolean,
): Partial<ProcedureFacts> {
  const facts: Partial<ProcedureFacts> = {
    variantName: optionName,
    variantStatus: first ? 'current' : 'proposed',
    ...limitOf(p),
  };
  if (!s) return { ...facts, name: p.processName || p.processNo };
  const channels = (Object.entries(CHANNEL_TEXT) as Array<[Channel, string]>)
    .filter(([, t]) => splitList(s.methodText).includes(t))
    .map(([c]) => c);
  const kinds = Object.entries(FEE_TEXT) as Array<[FeeKind, string]>;
  const fees: Fee[] = splitList(s.feeText).map((f) => {
    const m = /^([^:]+): (\d+(?:\.\d+)?) đồng(?: \((.*)\))?$/.exec(f);
    const kind = kinds.find(([, t]) => t === m?.[1])?.[0];
    return m && kind
      ? { kind, amountVnd: Number(m[2]), ...(m[3] ? { description: m[3] } : {}) }
      : { kind: 'other', amountVnd: 0, description: f };
  });
  const processNos = new Set(s.configs.flatMap((c) => c.processes.map((o) => o.processNo)));
  const forms: Form[] = s.fileTemplates
    .filter((f) => f.templateName && !processNos.has(f.fileTemplateNo))
    .map((f) => ({ name: f.templateName, ...(f.fileTemplateNo ? { code: f.fileTemplateNo } : {}) }));
  const level = s.maxLevel || s.configs[0]?.serviceLevel;
  const starts = /^[^()]*? \((.*)\)$/.exec(s.durationText)?.[1];
  return {
    ...facts,
    code: s.serviceCode,
    name: s.serviceName || s.serviceCode,
    ...(s.domainName ? { field: s.domainName } : {}),
    ...(s.administrationName || s.configs[0]?.govAgencyName
      ? { agency: s.administrationName || s.configs[0]?.govAgencyName }
      : {}),
    ...(s.applicantText ? { applicants: s.applicantText } : {}),
    ...(s.resultText ? { result: s.resultText } : {}),
    ...(starts ? { timeStartsFrom: starts } : {}),
    ...(level === SERVICE_LEVELS.full
      ? { onlineLevel: 'full' as const }
      : level === SERVICE_LEVELS.partial
        ? { onlineLevel: 'partial' as const }
        : {}),
    channels,
    fees,
    forms,
    legalBases: splitList(s.regularText).map((document) => ({ document })),
  };
}

const COPY_BY_MARK = new Map(Object.entries(FILE_MARKS).map(([k, v]) => [v, k as CopyType]));

/** The spec of one service process. */
export function processToSpec(
  p: ServiceProcess,
  template: DossierTemplate | undefined,
  facts: Partial<ProcedureFacts>,
  notes: OpencpsNote[],
): ProcedureSpec {
  const taken = new Set<string>();
  const processId = idFor(p.processNo, 'Process', taken);
  const unit: TimeUnit = p.durationUnit === 0 ? 'day' : 'hour';
  const roleName = (r: { roleName: string; roleCode: string }) => r.roleName || r.roleCode;
  const laneNames: string[] = [];
  const addLane = (n: string) => {
    if (!laneNames.includes(n)) laneNames.push(n);
  };
  p.roles.forEach((r) => addLane(roleName(r)));
  const stepRole = new Map(p.steps.map((s) => [s.stepCode, s.roles[0] ? roleName(s.roles[0]) : NO_ROLE]));
  p.steps.forEach((s) => addLane(stepRole.get(s.stepCode) as string));
  const lanes: LaneSpec[] = laneNames.map((name, i) => ({ id: `Lane_${i + 1}`, name }));
  const laneOf = (role: string) => (lanes.find((l) => l.name === role) as LaneSpec).id;

  const stepId = new Map<string, string>();
  const nodes: NodeSpec[] = p.steps.map((s) => {
    const id = idFor(s.stepCode, 'Step', taken);
    stepId.set(s.stepCode, id);
    const code = statusCode(s.dossierStatus);
    if (s.dossierStatus && code === undefined)
      notes.push({
        code: 'unknownStatus',
        where: p.processNo,
        params: { step: s.stepName || s.stepCode, term: s.dossierStatus },
      });
    const step: Partial<StepFacts> = { duration: s.durationCount, durationUnit: unit };
    if (id !== s.stepCode) step.number = s.stepCode;
    if (code !== undefined) step.dossierStatus = code;
    if (s.instructionNote) step.description = s.instructionNote;
    return {
      id,
      type: 'userTask',
      name: s.stepName || s.stepCode,
      lane: laneOf(stepRole.get(s.stepCode) as string),
      step,
    };
  });
  const flows: FlowSpec[] = [];
  const firstLane = nodes[0]?.lane as string;

  // one source (the start, or a step) with its actions: a flow, or a decision when there are several
  let decisions = 0;
  const connect = (sourceId: string, sourceName: string, lane: string, actions: ServiceProcess['actions']) => {
    const flow = (from: string, a: ServiceProcess['actions'][number], extra: Partial<FlowSpec> = {}): FlowSpec => ({
      id: idFor(a.actionCode || `Flow_${sourceId}`, 'Flow', taken),
      from,
      to: stepId.get(a.postStepCode) as string,
      name: a.actionName || undefined,
      ...extra,
    });
    if (actions.length === 1) {
      flows.push(flow(sourceId, actions[0] as ServiceProcess['actions'][number]));
      return;
    }
    const gateway = idFor(`Gateway_${sourceId}`, 'Gateway', taken);
    decisions++;
    nodes.push({
      id: gateway,
      type: 'exclusiveGateway',
      name: `${sourceName}?`,
      lane,
      decision: { variable: `luaChon${decisions}`, question: `${sourceName}?` },
    });
    flows.push({ id: idFor(`Flow_${sourceId}_${gateway}`, 'Flow', taken), from: sourceId, to: gateway });
    actions.forEach((a, i) =>
      flows.push(flow(gateway, a, { outcome: { value: `huong${i + 1}` }, ...(i === 0 ? { isDefault: true } : {}) })),
    );
  };

  const initial = p.actions.filter((a) => !a.preStepCode);
  const startId = idFor('Start_1', 'Start', taken);
  nodes.unshift({ id: startId, type: 'startEvent', name: 'Nộp hồ sơ', lane: firstLane });
  if (initial.length) connect(startId, 'Nộp hồ sơ', firstLane, initial);
  else
    flows.push({
      id: idFor(`Flow_${startId}`, 'Flow', taken),
      from: startId,
      to: stepId.get(p.steps[0]?.stepCode as string) as string,
    });
  for (const s of p.steps) {
    const id = stepId.get(s.stepCode) as string;
    const lane = laneOf(stepRole.get(s.stepCode) as string);
    const out = p.actions.filter((a) => a.preStepCode === s.stepCode);
    if (out.length) connect(id, s.stepName || s.stepCode, lane, out);
    else {
      const end = idFor(`End_${id}`, 'End', taken);
      nodes.push({ id: end, type: 'endEvent', name: 'Kết thúc', lane });
      flows.push({ id: idFor(`Flow_${id}_${end}`, 'Flow', taken), from: id, to: end });
    }
  }

  const firstStep = stepId.get(p.steps[0]?.stepCode as string) as string;
  const dossiers: DossierSpec[] = (template?.parts ?? []).map((part) => {
    const quantity = /Số lượng: (\d+)/.exec(part.partTip)?.[1];
    const copyType = COPY_BY_MARK.get(part.fileMark as never);
    return {
      id: idFor(part.partNo || 'Dossier', 'Dossier', taken),
      name: part.partName || part.partNo,
      inputOf: firstStep,
      component: {
        name: part.partName || part.partNo,
        source: part.eForm ? 'database' : 'applicant',
        ...(copyType ? { copyType } : {}),
        ...(quantity ? { quantity: Number(quantity) } : {}),
      },
    };
  });
  return {
    id: processId,
    name: facts.name ?? p.processName,
    procedure: facts,
    lanes,
    nodes,
    flows,
    dossiers,
    ...(p.description ? { documentation: p.description } : {}),
  };
}

/** The procedures of a read package. */
export async function packageToProcedures(pkg: OpencpsPackage): Promise<OpencpsImport> {
  const notes: OpencpsNote[] = [];
  const byNo = new Map(pkg.processes.map((p) => [p.processNo, p]));
  const templates = new Map(pkg.templates.map((t) => [t.templateNo, t]));
  const used = new Set<string>();
  const procedures: ImportedProcedure[] = [];
  const variant = async (
    p: ServiceProcess,
    service: ServiceInfo | undefined,
    optionName: string,
    templateNo: string,
    first: boolean,
  ): Promise<ImportedVariant> => {
    const template = templates.get(templateNo);
    if (templateNo && !template)
      notes.push({ code: 'missingTemplate', where: p.processNo, params: { template: templateNo } });
    const spec = processToSpec(p, template, procedureFacts(service, p, optionName, first), notes);
    return { name: optionName, processNo: p.processNo, spec, xml: await buildProcedureXml(spec) };
  };
  for (const s of pkg.services) {
    const options = s.configs.flatMap((c) => c.processes).sort((a, b) => a.seqOrder - b.seqOrder);
    const variants: ImportedVariant[] = [];
    for (const o of options) {
      const p = byNo.get(o.processNo) as ServiceProcess;
      used.add(p.processNo);
      variants.push(await variant(p, s, o.optionName || p.processName || p.processNo, o.templateNo, !variants.length));
    }
    if (variants.length) procedures.push({ name: s.serviceName || s.serviceCode, code: s.serviceCode, variants });
    else notes.push({ code: 'serviceWithoutProcess', where: s.serviceCode, params: {} });
  }
  for (const p of pkg.processes.filter((x) => !used.has(x.processNo))) {
    procedures.push({
      name: p.processName || p.processNo,
      variants: [await variant(p, undefined, p.processName || p.processNo, p.processNo, true)],
    });
  }
  return { procedures, notes };
}

/** Read a package zip into procedures; throws `OpencpsProblem` (nothing is returned half-way). */
export async function importOpencpsPackage(bytes: Uint8Array): Promise<OpencpsImport> {
  return packageToProcedures(readOpencpsPackage(bytes));
}
