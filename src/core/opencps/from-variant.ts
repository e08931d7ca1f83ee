/**
 * One variant → one OpenCPS `ServiceProcess` (and its `DossierTemplate`): steps with their status, role and
 * duration; every way from one step to the next (through gateways and events) as a `ProcessAction`; lanes and
 * roles as process roles. What the format cannot hold is returned as notes for the export's report.
 */
import { elementOf, elementsOf, is, type ModdleElement } from '../bpmn/moddle-types.ts';
import { allFlowElements, type ProcessView, type StepView } from '../export/process-view.ts';
import { slug } from '../export/names.ts';
import { readFacts } from '../model/facts.ts';
import { HOURS_PER_WORKING_DAY, toWorkingHours } from '../model/time.ts';
import { DEFAULT_STATUS_CODE, DURATION_UNITS, FILE_MARKS, statusTerm } from './status-table.ts';
import type {
  ActionConfig,
  DossierPart,
  DossierTemplate,
  OpencpsNote,
  ProcessAction,
  ProcessStep,
  RoleEntry,
  ServiceProcess,
} from './types.ts';

/** Longest text the schema allows in most fields. */
export const MAX_TEXT = 255;

export interface VariantPackagePart {
  process: ServiceProcess;
  template?: DossierTemplate;
  sendBacks: ActionConfig[];
  notes: OpencpsNote[];
}

/** `text` cut to `max` characters (ending in "…"), with a note when it was cut. */
export function fit(text: string, max: number, notes: OpencpsNote[], where: string, field: string): string {
  const t = text.trim();
  if (t.length <= max) return t;
  notes.push({ code: 'truncated', where, params: { field, length: t.length, max } });
  return `${t.slice(0, max - 1).trimEnd()}…`;
}

/** The step code of each step: its unique step number, else its element id. */
export function stepCodes(steps: StepView[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const s of steps) if (s.facts.number) counts.set(s.facts.number, (counts.get(s.facts.number) ?? 0) + 1);
  const ids = new Set(steps.map((s) => s.id));
  return new Map(
    steps.map((s) => {
      const n = s.facts.number?.trim();
      return [s.id, (n && counts.get(n) === 1 && !ids.has(n) ? n : s.id).slice(0, MAX_TEXT)];
    }),
  );
}

/** Whether the process is written in hours: some step time is not a whole number of working days. */
function usesHours(view: ProcessView): boolean {
  return view.steps.some((s) => s.hours !== undefined && s.hours % HOURS_PER_WORKING_DAY !== 0);
}

interface Transition {
  from?: StepView;
  to: StepView;
  flows: ModdleElement[];
}

/** Every way from `start` (a step, a boundary event or a start event) to the next steps, through non-step nodes. */
function transitionsFrom(
  node: ModdleElement,
  from: StepView | undefined,
  stepsByEl: Map<ModdleElement, StepView>,
  onEnd: (flows: ModdleElement[]) => void,
): Transition[] {
  const out: Transition[] = [];
  const walk = (el: ModdleElement, path: ModdleElement[], seen: Set<ModdleElement>): void => {
    // a gateway's default flow first: an import reads the first action of a step as its default way
    const fallback = elementOf(el, 'default');
    const outgoing = [...elementsOf(el, 'outgoing')].sort((a, b) => Number(b === fallback) - Number(a === fallback));
    for (const flow of outgoing) {
      const target = elementOf(flow, 'targetRef');
      if (!target || seen.has(target)) continue;
      const next = [...path, flow];
      const step = stepsByEl.get(target);
      if (step) {
        out.push({ from, to: step, flows: next });
        continue;
      }
      const inner = new Set(seen).add(target);
      if (is(target, 'bpmn:SubProcess')) {
        for (const s of (target.get('flowElements') ?? []).filter((e) => is(e, 'bpmn:StartEvent')))
          walk(s, next, inner);
      } else if (is(target, 'bpmn:EndEvent') && is(target.$parent, 'bpmn:SubProcess')) {
        walk(target.$parent, next, inner);
      } else if (is(target, 'bpmn:EndEvent')) {
        onEnd(next);
      } else walk(target, next, inner);
    }
  };
  walk(node, [], new Set([node]));
  return out;
}

/** Build the process and template of one variant; `processNo` is unique in the package. */
export function variantToOpencps(view: ProcessView, processNo: string, processName: string): VariantPackagePart {
  const notes: OpencpsNote[] = [];
  const where = processNo;
  const hours = usesHours(view);
  const unitHours = (h: number | undefined): number => (h === undefined ? 0 : hours ? h : h / HOURS_PER_WORKING_DAY);
  const codes = stepCodes(view.steps);
  const code = (s: StepView): string => codes.get(s.id) as string;

  // roles: the lanes in their order, then step roles that are not lanes
  const roleNames: string[] = [];
  const addRole = (name: string | undefined) => {
    const n = name?.trim();
    if (n && !roleNames.includes(n)) roleNames.push(n);
  };
  for (const set of elementsOf(view.process, 'laneSets')) {
    const visit = (lanes: ModdleElement[]): void => {
      for (const l of lanes) {
        const child = elementOf(l, 'childLaneSet');
        if (child) visit(elementsOf(child, 'lanes'));
        else addRole(l.get('name') as string | undefined);
      }
    };
    visit(elementsOf(set, 'lanes'));
  }
  for (const s of view.steps) addRole(s.role);
  const roleEntry = (name: string, moderator: boolean): RoleEntry => ({
    roleCode: fit(slug(name), MAX_TEXT, notes, where, 'roleCode'),
    roleName: fit(name, MAX_TEXT, notes, where, 'roleName'),
    moderator,
    condition: '',
  });
  const sequenceOf = new Map(roleNames.map((r, i) => [r, String(i + 1)]));

  // actions: from the start events, then from every step (and the events on its boundary)
  const stepsByEl = new Map(view.steps.map((s) => [s.element, s]));
  const transitions: Transition[] = [];
  const ends: string[] = [];
  for (const start of elementsOf(view.process, 'flowElements').filter((e) => is(e, 'bpmn:StartEvent'))) {
    transitions.push(...transitionsFrom(start, undefined, stepsByEl, () => undefined));
  }
  const boundaries = allFlowElements(view.process).filter((e) => is(e, 'bpmn:BoundaryEvent'));
  for (const s of view.steps) {
    const onEnd = (flows: ModdleElement[]) => {
      const n = flows.find((f) => f.get('name'))?.get('name') as string | undefined;
      if (n) ends.push(`${s.name}: ${n}`);
    };
    transitions.push(...transitionsFrom(s.element, s, stepsByEl, onEnd));
    for (const b of boundaries.filter((x) => x.get('attachedToRef') === s.element))
      transitions.push(...transitionsFrom(b, s, stepsByEl, onEnd));
  }
  for (const e of ends) notes.push({ code: 'endBranch', where, params: { branch: e } });
  if (
    view.decisions.some((d) =>
      d.outgoing.some((id) => {
        const flow = flowById(view, id);
        return !!flow && readFacts(flow, 'outcome').share !== undefined;
      }),
    )
  )
    notes.push({ code: 'shares', where, params: {} });

  // step order and send-backs: depth first along the actions from the start, so that the order (and which
  // actions close a loop) depends only on the actions, and an imported package gives them back the same
  const { ordered, sendBack } = depthFirst(view.steps, transitions);
  const steps: ProcessStep[] = ordered.map((s) => {
    let term = s.facts.dossierStatus !== undefined ? statusTerm(s.facts.dossierStatus) : undefined;
    if (!term) {
      term = statusTerm(DEFAULT_STATUS_CODE) as string;
      notes.push({ code: 'statusAssumed', where, params: { step: s.name || s.id, term } });
    }
    if (s.facts.minDuration !== undefined || s.facts.maxDuration !== undefined)
      notes.push({ code: 'durationRange', where, params: { step: s.name || s.id } });
    if (s.facts.applicantHours !== undefined || s.facts.inPersonVisit)
      notes.push({ code: 'applicantEffort', where, params: { step: s.name || s.id } });
    if (s.facts.outputs.length || s.facts.forms.length)
      notes.push({ code: 'stepForms', where, params: { step: s.name || s.id } });
    return {
      stepCode: code(s),
      stepName: fit(s.name || s.id, MAX_TEXT, notes, where, 'stepName'),
      sequenceNo: s.role ? (sequenceOf.get(s.role) ?? '') : '',
      groupName: '',
      dossierStatus: term,
      dossierSubStatus: '',
      durationCount: unitHours(s.hours),
      instructionNote: fit(s.facts.description ?? '', MAX_TEXT, notes, where, 'instructionNote'),
      briefNote: '',
      roleAsStep: '',
      checkInput: 0,
      roles: s.role ? [roleEntry(s.role, true)] : [],
    };
  });

  const used = new Set<string>();
  const sendBacks: ActionConfig[] = [];
  const decisions = new Set(view.decisions.map((d) => d.element));
  const inOrder = [
    ...transitions.filter((t) => !t.from),
    ...ordered.flatMap((step) => transitions.filter((t) => t.from === step)),
  ];
  const actions: ProcessAction[] = inOrder.map((t) => {
    const decisionFlow = [...t.flows].reverse().find((f) => {
      const source = elementOf(f, 'sourceRef');
      return !!source && decisions.has(source);
    });
    // A transition holds at least one flow: the one leaving its step.
    let actionCode = String((decisionFlow ?? t.flows[0])?.id);
    if (used.has(actionCode)) actionCode = `${actionCode}_${code(t.to)}`;
    for (let n = 2; used.has(actionCode); n++) actionCode = `${actionCode}_${n}`;
    actionCode = actionCode.slice(0, MAX_TEXT);
    used.add(actionCode);
    const named = [...t.flows].reverse().find((f) => String(f.get('name') ?? '').trim());
    const actionName = fit(
      named ? String(named.get('name')) : t.to.name || t.to.id,
      MAX_TEXT,
      notes,
      where,
      'actionName',
    );
    const fromStatus = t.from?.facts.dossierStatus;
    const toStatus = t.to.facts.dossierStatus;
    if (sendBack.has(t) && fromStatus !== 5) sendBacks.push({ actionCode, actionName, rollbackable: true });
    return {
      actionCode,
      actionName,
      preStepCode: t.from ? code(t.from) : '',
      postStepCode: code(t.to),
      // the applicant's submission and resubmission after a supplement request fire on submit
      autoEvent: !t.from || fromStatus === 5 ? 'submit' : '',
      preCondition: fromStatus === 6 ? 'payok' : toStatus === 7 ? 'cancelling' : '',
      allowAssignUser: 0,
      assignUserId: 0,
      assignUserName: '',
      requestPayment: toStatus === 6 ? 1 : 0,
      paymentFee: '',
      createDossierFiles: '',
      returnDossierFiles: '',
      eSignature: false,
      signatureType: '',
      createDossiers: '',
      configNote: '',
      postAction: '',
    };
  });

  const template = dossierTemplate(view, processNo, processName, notes);
  if (!template) notes.push({ code: 'noComponents', where, params: {} });
  const procedure = view.procedure;
  const limitHours =
    procedure.timeLimit !== undefined ? toWorkingHours(procedure.timeLimit, procedure.timeUnit) : undefined;
  const process: ServiceProcess = {
    processNo,
    processName: fit(processName, MAX_TEXT, notes, where, 'processName'),
    description: fit(docText(view.process), MAX_TEXT, notes, where, 'description'),
    durationCount: unitHours(limitHours),
    durationUnit: hours ? DURATION_UNITS.hour : DURATION_UNITS.day,
    generatePassword: false,
    serverNo: '',
    serverName: '',
    dossierNoPattern: '',
    dossierGroupPattern: '',
    dueDatePattern: '',
    counter: 0,
    roles: roleNames.map((r) => roleEntry(r, false)),
    steps,
    actions,
    sequences: roleNames
      .map((r, i) => ({
        sequenceNo: String(i + 1),
        sequenceName: fit(r, MAX_TEXT, notes, where, 'sequenceName'),
        sequenceRole: slug(r),
        durationCount: unitHours(ordered.filter((s) => s.role === r).reduce((sum, s) => sum + (s.hours ?? 0), 0)),
      }))
      .filter((s) => ordered.some((x) => x.role && sequenceOf.get(x.role) === s.sequenceNo)),
  };
  return { process, template, sendBacks, notes };
}

// helpers //////////////////////

/** Steps in depth-first order of the transitions (unreached steps after, as the view orders them), and the transitions that go back to a step still open. */
function depthFirst(steps: StepView[], transitions: Transition[]): { ordered: StepView[]; sendBack: Set<Transition> } {
  const ordered: StepView[] = [];
  const state = new Map<StepView, 'open' | 'done'>();
  const sendBack = new Set<Transition>();
  const visit = (step: StepView): void => {
    state.set(step, 'open');
    ordered.push(step);
    for (const t of transitions.filter((x) => x.from === step)) {
      const s = state.get(t.to);
      if (s === 'open') sendBack.add(t);
      else if (!s) visit(t.to);
    }
    state.set(step, 'done');
  };
  for (const t of transitions.filter((x) => !x.from)) if (!state.has(t.to)) visit(t.to);
  for (const s of steps) if (!state.has(s)) visit(s);
  return { ordered, sendBack };
}

function flowById(view: ProcessView, id: string): ModdleElement | undefined {
  return allFlowElements(view.process).find((e) => e.id === id);
}

function docText(el: ModdleElement): string {
  return elementsOf(el, 'documentation')
    .map((d) => String(d.get('text') ?? ''))
    .join('\n')
    .trim();
}

/** The variant's dossier components as a template (undefined when it has none). */
function dossierTemplate(
  view: ProcessView,
  templateNo: string,
  name: string,
  notes: OpencpsNote[],
): DossierTemplate | undefined {
  const where = templateNo;
  const parts: DossierPart[] = [];
  for (const ref of allFlowElements(view.process).filter((e) => is(e, 'bpmn:DataObjectReference'))) {
    const c = readFacts(ref, 'dossierComponent');
    const partName = c.name ?? String(ref.get('name') ?? ref.id);
    if (c.source === 'database')
      notes.push({
        code: 'componentSource',
        where,
        params: { part: partName, database: c.database ?? '', platform: c.platform ?? '' },
      });
    parts.push({
      partNo: String(ref.id),
      partName: fit(partName, MAX_TEXT, notes, where, 'partName'),
      partTip: c.quantity !== undefined ? `Số lượng: ${c.quantity}` : '',
      partType: 1,
      multiple: (c.quantity ?? 1) > 1,
      required: true,
      esign: c.copyType === 'electronic',
      fileTemplateNo: '',
      deliverableType: '',
      deliverableAction: 0,
      eForm: c.source === 'database',
      sampleData: '',
      fileMark: c.copyType ? FILE_MARKS[c.copyType] : 0,
    });
  }
  if (parts.length) notes.push({ code: 'componentStep', where, params: {} });
  return parts.length
    ? {
        templateNo,
        templateName: fit(name, MAX_TEXT, notes, where, 'templateName'),
        description: '',
        newFormScript: '',
        parts,
      }
    : undefined;
}
