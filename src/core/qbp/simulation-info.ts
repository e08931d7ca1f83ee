/**
 * Read and write the BIMP / QBP simulation extension (`qbp:processSimulationInfo`, namespace
 * http://www.qbp-simulator.com/Schema201212), used by BIMP, Simod and Prosimos: arrivals, resources with
 * amounts and timetables, step duration distributions and branch probabilities. The element is kept as a
 * generic moddle element (no descriptor), so that whatever else a BIMP file carries in it round-trips untouched.
 *
 * Units: QBP counts seconds. Step times are working time (1 working day = 8 h = 28,800 s); arrivals are
 * calendar time, as BIMP's clock runs day and night (mean gap = 365 days ÷ dossiers per year).
 */
import {
  elementOf,
  elementsOf,
  is,
  isModdleElement,
  type ModdleElement,
  type ModdleFactory,
} from '../bpmn/moddle-types.ts';
import { applyFactsPatch, findFactsElement, procedureHolder, readFacts } from '../model/facts.ts';
import { HOURS_PER_WORKING_DAY, toWorkingHours } from '../model/time.ts';
import type { DurationDistribution, StepFacts } from '../model/types.ts';
import { LOGNORMAL_DEFAULT_CV } from '../analysis/queue/distributions.ts';

export const QBP_NS = 'http://www.qbp-simulator.com/Schema201212';
const SECONDS_PER_HOUR = 3600;
const CALENDAR_YEAR_SECONDS = 365 * 24 * SECONDS_PER_HOUR;
/** The studio's default office hours (calendar.ts) as QBP timetable rules, Monday to Friday. */
const OFFICE_HOURS: Array<[string, string]> = [
  ['07:00', '11:00'],
  ['13:00', '17:00'],
];

export interface QbpDistribution {
  type: string;
  mean: number;
  arg1: number;
  arg2: number;
}
export interface QbpResource {
  id: string;
  name: string;
  totalAmount: number;
  timetableId: string;
}
export interface QbpInfo {
  processInstances: number | null;
  /** Mean gap between arrivals in seconds (exponential arrivals), when stated. */
  arrivalMeanSeconds: number | null;
  resources: QbpResource[];
  /** Working hours a day of each timetable (Monday's rules). */
  timetableHours: Record<string, number>;
  elements: Array<{ elementId: string; duration: QbpDistribution | null; resourceIds: string[] }>;
  flows: Array<{ elementId: string; probability: number }>;
}

/** Extension owner: the element holding the procedure facts if it is a process, else the first process. */
function owner(definitions: ModdleElement): ModdleElement | undefined {
  const holder = procedureHolder(definitions);
  if (holder && is(holder, 'bpmn:Participant')) return holder.get('processRef');
  return holder;
}

/** The `qbp:processSimulationInfo` of a file (on any process or collaboration), if any. */
export function findQbp(definitions: ModdleElement): ModdleElement | undefined {
  for (const root of elementsOf(definitions, 'rootElements')) {
    const values = elementsOf(elementOf(root, 'extensionElements'), 'values');
    const info = values.find((v) => v.$type === 'qbp:processSimulationInfo');
    if (info) return info;
  }
  return undefined;
}

/** The QBP scenario of a file as plain data (null without one). */
export function readQbp(definitions: ModdleElement): QbpInfo | null {
  const info = findQbp(definitions);
  if (!info) return null;
  const arrival = child(info, 'arrivalRateDistribution');
  const arrivalDist = arrival ? distribution(arrival) : null;
  const timetableHours: Record<string, number> = {};
  for (const t of children(child(info, 'timetables'), 'timetable')) {
    let minutes = 0;
    for (const rule of children(child(t, 'rules'), 'rule')) {
      if (String(attr(rule, 'fromWeekDay') ?? 'MONDAY').toUpperCase() !== 'MONDAY') continue;
      minutes += Math.max(0, clock(attr(rule, 'toTime')) - clock(attr(rule, 'fromTime')));
    }
    timetableHours[String(attr(t, 'id') ?? '')] = minutes / 60;
  }
  return {
    processInstances: finite(attr(info, 'processInstances')),
    arrivalMeanSeconds: arrivalDist
      ? finite(
          arrivalDist.type === 'EXPONENTIAL' && Number.isFinite(arrivalDist.arg1) ? arrivalDist.arg1 : arrivalDist.mean,
        )
      : null,
    resources: children(child(info, 'resources'), 'resource').map((r) => ({
      id: String(attr(r, 'id') ?? ''),
      name: String(attr(r, 'name') ?? ''),
      totalAmount: finite(attr(r, 'totalAmount')) ?? 1,
      timetableId: String(attr(r, 'timetableId') ?? ''),
    })),
    timetableHours,
    elements: children(child(info, 'elements'), 'element').map((e) => {
      const d = child(e, 'durationDistribution');
      return {
        elementId: String(attr(e, 'elementId') ?? ''),
        duration: d ? distribution(d) : null,
        resourceIds: children(child(e, 'resourceIds'), 'resourceId').map((x) => String(x.$body ?? '').trim()),
      };
    }),
    flows: children(child(info, 'sequenceFlows'), 'sequenceFlow')
      .map((f) => ({
        elementId: String(attr(f, 'elementId') ?? ''),
        probability: finite(attr(f, 'executionProbability')) ?? NaN,
      }))
      .filter((f) => Number.isFinite(f.probability)),
  };
}

/** What `applyQbp` wrote, for the user's message. */
export interface QbpApplied {
  steps: number;
  roles: number;
  outcomes: number;
  dossiersPerYear: number | null;
  /** Ids of steps whose QBP time is not taken (a type the studio does not draw, or impossible numbers). */
  approximated: string[];
  /** Names of QBP resources with no lane of the same name (their officers are not used). */
  unmatched: string[];
}

/** One change `applyQbp` makes: a patch of facts of `kind` onto the element `elementId`. */
export interface QbpPatch {
  elementId: string;
  kind: 'step' | 'role' | 'outcome' | 'procedure';
  patch: Record<string, unknown>;
}

/**
 * The changes a QBP scenario makes to the file's TTHC facts (step times, officers per lane, shares and
 * arrivals), without changing the file: the editor runs them as one undoable command, `applyQbp` directly.
 */
export function planQbp(definitions: ModdleElement, q: QbpInfo): { patches: QbpPatch[]; applied: QbpApplied } {
  const byId = indexById(definitions);
  const patches: QbpPatch[] = [];
  const out: QbpApplied = { steps: 0, roles: 0, outcomes: 0, dossiersPerYear: null, approximated: [], unmatched: [] };
  const lanesByName = new Map<string, ModdleElement>();
  for (const el of byId.values()) if (is(el, 'bpmn:Lane')) lanesByName.set(String(el.get('name') ?? '').trim(), el);
  for (const e of q.elements) {
    const step = byId.get(e.elementId);
    if (!step || !is(step, 'bpmn:Activity') || !e.duration) continue;
    const facts = stepFromQbp(e.duration);
    if (!facts) {
      out.approximated.push(e.elementId);
      continue;
    }
    patches.push({ elementId: step.id as string, kind: 'step', patch: facts });
    out.steps++;
  }
  for (const r of q.resources) {
    const lane = lanesByName.get(r.name.trim());
    if (!lane) {
      out.unmatched.push(r.name);
      continue;
    }
    const hours = q.timetableHours[r.timetableId];
    patches.push({
      elementId: lane.id as string,
      kind: 'role',
      patch: {
        officers: Math.max(1, Math.round(r.totalAmount)),
        hoursPerDay: hours !== undefined && hours > 0 && hours < HOURS_PER_WORKING_DAY ? hours : undefined,
      },
    });
    out.roles++;
  }
  for (const f of q.flows) {
    const flow = byId.get(f.elementId);
    if (!flow || !is(flow, 'bpmn:SequenceFlow')) continue;
    const source = flow.get('sourceRef');
    if (!source || !(is(source, 'bpmn:ExclusiveGateway') || is(source, 'bpmn:InclusiveGateway'))) continue;
    // a share from BIMP is a stated figure, no longer the studio's assumption
    patches.push({
      elementId: flow.id as string,
      kind: 'outcome',
      patch: { share: Math.min(1, Math.max(0, f.probability)), shareSource: undefined },
    });
    out.outcomes++;
  }
  const holder = procedureHolder(definitions);
  if (holder && q.arrivalMeanSeconds && q.arrivalMeanSeconds > 0) {
    out.dossiersPerYear = Math.max(1, Math.round(CALENDAR_YEAR_SECONDS / q.arrivalMeanSeconds));
    patches.push({
      elementId: holder.id as string,
      kind: 'procedure',
      patch: { dossiersPerYear: out.dossiersPerYear },
    });
  }
  return { patches, applied: out };
}

/** Write a QBP scenario into the file's TTHC facts: step times, officers per lane, shares and arrivals. */
export function applyQbp(definitions: ModdleElement, moddle: ModdleFactory, q: QbpInfo): QbpApplied {
  const { patches, applied } = planQbp(definitions, q);
  const byId = indexById(definitions);
  for (const p of patches) {
    const el = byId.get(p.elementId);
    if (!el) continue;
    // each patch was built for its kind by planQbp
    applyFactsPatch(moddle, el, p.kind, p.patch as never);
  }
  return applied;
}

/** Whether a lane of the file states its officers (the studio's own capacity facts). */
export function statesOfficers(definitions: ModdleElement): boolean {
  return [...indexById(definitions).values()].some(
    (el) => is(el, 'bpmn:Lane') && typeof readFacts(el, 'role').officers === 'number',
  );
}

/**
 * Where a simulation takes its scenario from: the file's QBP extension when it carries one and no lane
 * states officers (a file prepared in BIMP, Simod or Prosimos), else the studio's own facts.
 */
export function scenarioSource(definitions: ModdleElement): 'qbp' | 'tthc' {
  return findQbp(definitions) && !statesOfficers(definitions) ? 'qbp' : 'tthc';
}

/** Write (or replace) the file's `qbp:processSimulationInfo` from its TTHC facts. */
export function writeQbp(
  definitions: ModdleElement,
  moddle: ModdleFactory,
  options: { year: number },
): ModdleElement | undefined {
  const process = owner(definitions);
  if (!process) return undefined;
  const any = (name: string, props: Record<string, unknown> = {}): ModdleElement =>
    (moddle as unknown as { createAny(n: string, ns: string, p: Record<string, unknown>): ModdleElement }).createAny(
      `qbp:${name}`,
      QBP_NS,
      props,
    );
  const withChildren = (el: ModdleElement, list: ModdleElement[]): ModdleElement => {
    el.$children = list;
    return el;
  };
  const dist = (name: string, d: QbpDistribution): ModdleElement =>
    withChildren(
      any(name, {
        type: d.type,
        mean: num(d.mean),
        arg1: num(d.arg1),
        arg2: num(d.arg2),
      }),
      [any('timeUnit', { $body: 'seconds' })],
    );

  const procedure = readFacts(procedureHolder(definitions) ?? process, 'procedure');
  const perYear = procedure.dossiersPerYear && procedure.dossiersPerYear > 0 ? procedure.dossiersPerYear : null;
  const lanes = [...indexById(definitions).values()].filter((el) => is(el, 'bpmn:Lane'));
  const timetables = new Map<number, string>();
  const resources: ModdleElement[] = [];
  const laneResource = new Map<ModdleElement, string>();
  for (const lane of lanes) {
    const role = readFacts(lane, 'role');
    const hours =
      role.hoursPerDay && role.hoursPerDay > 0 && role.hoursPerDay < HOURS_PER_WORKING_DAY
        ? role.hoursPerDay
        : HOURS_PER_WORKING_DAY;
    if (!timetables.has(hours))
      timetables.set(
        hours,
        hours === HOURS_PER_WORKING_DAY ? 'qbp_office_hours' : `qbp_hours_${String(hours).replace('.', '_')}`,
      );
    const id = `qbp_resource_${lane.id}`;
    laneResource.set(lane, id);
    // a role without a stated officer count is not limited in the studio; BIMP needs a number
    resources.push(
      any('resource', {
        id,
        name: String(lane.get('name') ?? lane.id),
        totalAmount: String(role.officers ?? UNLIMITED_OFFICERS),
        costPerHour: '0',
        timetableId: timetables.get(hours),
      }),
    );
  }
  const elements: ModdleElement[] = [];
  const flows: ModdleElement[] = [];
  for (const el of indexById(definitions).values()) {
    if (is(el, 'bpmn:Activity') && findFactsElement(el, 'step')) {
      const d = qbpFromStep(readFacts(el, 'step'));
      if (!d) continue;
      const lane = lanes.find((l) => (l.get('flowNodeRef') ?? []).includes(el));
      const rid = lane ? laneResource.get(lane) : undefined;
      elements.push(
        withChildren(any('element', { id: `qbp_${el.id}`, elementId: el.id }), [
          dist('durationDistribution', d),
          withChildren(any('resourceIds'), rid ? [any('resourceId', { $body: rid })] : []),
        ]),
      );
    } else if (is(el, 'bpmn:SequenceFlow') && findFactsElement(el, 'outcome')) {
      const share = readFacts(el, 'outcome').share;
      if (typeof share === 'number')
        flows.push(any('sequenceFlow', { elementId: el.id, executionProbability: num(share) }));
    }
  }
  const info = withChildren(
    any('processSimulationInfo', {
      id: 'qbp_tthc_studio',
      processInstances: String(perYear ?? 0),
      startDateTime: `${options.year}-01-01T07:00:00.000Z`,
      currency: 'VND',
    }),
    [
      withChildren(
        any('timetables'),
        [...timetables].map(([hours, id], i) =>
          withChildren(any('timetable', { id, default: i === 0 ? 'true' : 'false', name: id }), [
            withChildren(
              any('rules'),
              officeRules(hours).map(([from, to]) =>
                any('rule', {
                  fromTime: `${from}:00.000+07:00`,
                  toTime: `${to}:00.000+07:00`,
                  fromWeekDay: 'MONDAY',
                  toWeekDay: 'FRIDAY',
                }),
              ),
            ),
          ]),
        ),
      ),
      dist('arrivalRateDistribution', {
        type: 'EXPONENTIAL',
        mean: NaN,
        arg1: perYear ? CALENDAR_YEAR_SECONDS / perYear : NaN,
        arg2: NaN,
      }),
      withChildren(any('resources'), resources),
      withChildren(any('elements'), elements),
      withChildren(any('sequenceFlows'), flows),
    ],
  );
  let ext = elementOf(process, 'extensionElements');
  if (!ext) {
    ext = moddle.create('bpmn:ExtensionElements', { values: [] });
    ext.$parent = process;
    process.set('extensionElements', ext);
  }
  const values = elementsOf(ext, 'values');
  const at = values.findIndex((v) => v.$type === 'qbp:processSimulationInfo');
  if (at >= 0) values.splice(at, 1, info);
  else values.push(info);
  info.$parent = ext;
  return info;
}

/** Officers written for a role whose count is not stated (BIMP needs a number; the studio reads it back as stated). */
export const UNLIMITED_OFFICERS = 1000;

// helpers //////////////////////

/** A step's time as a QBP distribution in working seconds (null without a stated time). */
export function qbpFromStep(step: StepFacts): QbpDistribution | null {
  if (typeof step.duration !== 'number') return null;
  const unit = step.durationUnit === 'hour' ? 'hour' : 'day';
  const s = (v: number | undefined): number =>
    typeof v === 'number' ? toWorkingHours(v, unit) * SECONDS_PER_HOUR : NaN;
  const likely = s(step.duration);
  const min = Number.isFinite(s(step.minDuration)) ? s(step.minDuration) : likely;
  const max = Number.isFinite(s(step.maxDuration)) ? s(step.maxDuration) : likely;
  switch (step.distribution ?? 'triangular') {
    case 'fixed':
      return { type: 'FIXED', mean: likely, arg1: NaN, arg2: NaN };
    case 'exponential':
      return { type: 'EXPONENTIAL', mean: likely, arg1: likely, arg2: NaN };
    case 'lognormal': {
      const sd = max > min ? (max - min) / 4 : LOGNORMAL_DEFAULT_CV * likely;
      return { type: 'LOGNORMAL', mean: likely, arg1: sd * sd, arg2: NaN };
    }
    default:
      return max > min
        ? { type: 'TRIANGULAR', mean: likely, arg1: min, arg2: max }
        : { type: 'FIXED', mean: likely, arg1: NaN, arg2: NaN };
  }
}

/**
 * Step facts (in working hours) for a QBP distribution; null for a type the studio does not draw, or for
 * numbers no step time can have (negative, not finite, a triangle whose likely time is outside its range).
 */
export function stepFromQbp(d: QbpDistribution): Partial<StepFacts> | null {
  const time = (v: number): boolean => Number.isFinite(v) && v >= 0;
  const h = (seconds: number): number => Math.round((seconds / SECONDS_PER_HOUR) * 1e6) / 1e6;
  const fact = (
    distribution: DurationDistribution,
    duration: number,
    min?: number,
    max?: number,
  ): Partial<StepFacts> => ({
    distribution,
    duration: h(duration),
    durationUnit: 'hour',
    minDuration: min === undefined ? undefined : h(min),
    maxDuration: max === undefined ? undefined : h(max),
  });
  switch (d.type.toUpperCase()) {
    case 'FIXED':
      return time(d.mean) ? fact('fixed', d.mean) : null;
    case 'EXPONENTIAL': {
      const m = Number.isFinite(d.arg1) ? d.arg1 : d.mean;
      return time(m) ? fact('exponential', m) : null;
    }
    case 'TRIANGULAR':
      return [d.mean, d.arg1, d.arg2].every(time) && d.arg1 <= d.mean && d.mean <= d.arg2
        ? fact('triangular', d.mean, d.arg1, d.arg2)
        : null;
    case 'LOGNORMAL': {
      if (!time(d.mean)) return null;
      const sd = Number.isFinite(d.arg1) && d.arg1 > 0 ? Math.sqrt(d.arg1) : NaN;
      // the studio states a lognormal's spread as min / max = mean ∓ 2 sd (when that stays above zero)
      return Number.isFinite(sd) && d.mean - 2 * sd >= 0
        ? fact('lognormal', d.mean, d.mean - 2 * sd, d.mean + 2 * sd)
        : fact('lognormal', d.mean);
    }
    default:
      return null;
  }
}

function officeRules(hours: number): Array<[string, string]> {
  if (hours >= HOURS_PER_WORKING_DAY) return OFFICE_HOURS;
  const hhmm = (m: number): string =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(Math.round(m % 60)).padStart(2, '0')}`;
  const first = Math.min(4, hours) * 60;
  const rules: Array<[string, string]> = [['07:00', hhmm(7 * 60 + first)]];
  if (hours > 4) rules.push(['13:00', hhmm(13 * 60 + (hours - 4) * 60)]);
  return rules;
}

function indexById(definitions: ModdleElement): Map<string, ModdleElement> {
  const out = new Map<string, ModdleElement>();
  const seen = new Set<unknown>();
  const walk = (el: unknown): void => {
    if (!isModdleElement(el) || seen.has(el)) return;
    seen.add(el);
    if (typeof el.id === 'string' && el.$type?.startsWith('bpmn:')) out.set(el.id, el);
    for (const key of ['rootElements', 'flowElements', 'participants', 'laneSets', 'lanes', 'childLaneSet']) {
      const v = el[key];
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') walk(v);
    }
  };
  walk(definitions);
  return out;
}

function child(el: ModdleElement | undefined, name: string): ModdleElement | undefined {
  return children(el, name)[0];
}

function children(el: ModdleElement | undefined, name: string): ModdleElement[] {
  // A generic element (no descriptor) keeps its child elements in `$children`.
  const list = el?.$children;
  return Array.isArray(list) ? list.filter((c: ModdleElement) => c.$type === `qbp:${name}`) : [];
}

function attr(el: ModdleElement, key: string): unknown {
  return (el as Record<string, unknown>)[key];
}

function distribution(el: ModdleElement): QbpDistribution {
  // the numbers are seconds whatever `qbp:timeUnit` says: BIMP uses that unit only to display them
  const n = (k: string): number => Number(attr(el, k) ?? NaN);
  return { type: String(attr(el, 'type') ?? ''), mean: n('mean'), arg1: n('arg1'), arg2: n('arg2') };
}

function finite(v: unknown): number | null {
  const n = Number(v);
  return v !== undefined && v !== null && v !== '' && Number.isFinite(n) ? n : null;
}

function num(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : 'NaN';
}

function clock(v: unknown): number {
  const m = /^(\d{1,2}):(\d{2})/.exec(String(v ?? ''));
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}
