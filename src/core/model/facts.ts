/**
 * Read and write the TTHC facts on moddle business objects. Reading returns plain data; writing goes
 * through `applyFactsPatch`, which the editor wraps in an undoable command and the CLI calls directly.
 */
import {
  elementOf,
  elementsOf,
  is,
  isModdleElement,
  plainElementsOf,
  type ModdleElement,
  type ModdleFactory,
} from '../bpmn/moddle-types.ts';
import type {
  Channel,
  DecisionFacts,
  DossierComponentFacts,
  FactsByKind,
  FactsKind,
  Form,
  LegalBasis,
  Fee,
  OutcomeFacts,
  ProcedureFacts,
  RoleFacts,
  StepFacts,
} from './types.ts';

export const FACTS_TYPE: Record<FactsKind, string> = {
  procedure: 'tthc:Procedure',
  step: 'tthc:Step',
  dossierComponent: 'tthc:DossierComponent',
  decision: 'tthc:Decision',
  outcome: 'tthc:Outcome',
  role: 'tthc:Role',
};

/** Which kind of facts a BPMN element carries, if any. */
export function factsKindOf(bo: ModdleElement | undefined): FactsKind | undefined {
  if (!bo) return undefined;
  if (is(bo, 'bpmn:Process') || is(bo, 'bpmn:Participant')) return 'procedure';
  if (is(bo, 'bpmn:Lane')) return 'role';
  if (is(bo, 'bpmn:Activity')) return 'step';
  if (is(bo, 'bpmn:DataObjectReference') || is(bo, 'bpmn:DataObject') || is(bo, 'bpmn:DataInput'))
    return 'dossierComponent';
  if (is(bo, 'bpmn:ExclusiveGateway') || is(bo, 'bpmn:InclusiveGateway')) return 'decision';
  if (
    is(bo, 'bpmn:SequenceFlow') &&
    (is(elementOf(bo, 'sourceRef'), 'bpmn:ExclusiveGateway') || is(elementOf(bo, 'sourceRef'), 'bpmn:InclusiveGateway'))
  )
    return 'outcome';
  return undefined;
}

/**
 * The extension element of `type` (e.g. 'tthc:Step') on `el`. Read as plain properties, not through moddle's
 * `get`: moddle stores set properties on the element itself (the tthc types have no defaults), and this runs
 * for every element of every analysis.
 */
export function extension(el: ModdleElement, type: string): ModdleElement | undefined {
  const ext = el.extensionElements;
  const values = isModdleElement(ext) ? ext.values : undefined;
  return Array.isArray(values) ? values.find((v: ModdleElement) => v.$type === type) : undefined;
}

/** The `tthc:*` extension element of the given kind on `bo`, if present. */
export function findFactsElement(bo: ModdleElement, kind: FactsKind): ModdleElement | undefined {
  return extension(bo, FACTS_TYPE[kind]);
}

/** The facts of `kind` stored on `bo`, as plain data (empty lists where nothing is stored). */
export function readFacts<K extends FactsKind>(bo: ModdleElement, kind: K): FactsByKind[K] {
  const el = findFactsElement(bo, kind);
  return READERS[kind](el) as FactsByKind[K];
}

/**
 * Where the procedure facts live: the participant or process that carries them (in any pool), else the
 * first participant's process, else the first process.
 */
export function procedureHolder(definitions: ModdleElement): ModdleElement | undefined {
  const roots = elementsOf(definitions, 'rootElements');
  const candidates: ModdleElement[] = [];
  for (const collab of roots.filter((r) => is(r, 'bpmn:Collaboration'))) {
    for (const p of elementsOf(collab, 'participants')) {
      candidates.push(p);
      const process = elementOf(p, 'processRef');
      if (process) candidates.push(process);
    }
  }
  candidates.push(...roots.filter((r) => is(r, 'bpmn:Process')));
  return candidates.find((c) => findFactsElement(c, 'procedure')) ?? candidates.find((c) => is(c, 'bpmn:Process'));
}

/** The procedure facts of a diagram (from the process or its participant). */
export function readProcedure(definitions: ModdleElement): ProcedureFacts {
  const holder = procedureHolder(definitions);
  return holder ? readFacts(holder, 'procedure') : READERS.procedure(undefined);
}

/** The lane a flow node sits in (its own, or its enclosing sub-process's), if any. */
export function laneOf(node: ModdleElement): ModdleElement | undefined {
  for (let current: ModdleElement | undefined = node; current; current = current.$parent) {
    const container = current.$parent;
    if (!container) return undefined;
    const laneSets = elementsOf(container, 'laneSets');
    const lane = findLane(laneSets, current);
    if (lane) return lane;
  }
  return undefined;
}

/**
 * The step's performer: its own role, else its enclosing sub-process's role, else the name of its lane. The
 * same rule as the flow graph's `performerOf` (a test holds them together), for one element without a graph.
 */
export function effectiveRole(bo: ModdleElement): string | undefined {
  for (let el: ModdleElement | undefined = bo; el && is(el, 'bpmn:Activity'); el = el.$parent) {
    const role = readFacts(el, 'step').role?.trim();
    if (role) return role;
  }
  const lane = laneOf(bo);
  return (lane?.get('name') as string | undefined)?.trim() || undefined;
}

/** Moddle property values for a plain-data patch (lists become `tthc:*` child elements). */
export function patchToProperties(
  moddle: ModdleFactory,
  kind: FactsKind,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    out[key] = toProperty(moddle, key, value);
  }
  return out;
}

/** Result of `ensureFactsElement`, enough to undo what it created. */
export interface EnsuredFacts {
  facts: ModdleElement;
  createdExtensionElements?: ModdleElement;
  createdFacts: boolean;
}

/** The facts element of `kind` on `bo`, created (with `extensionElements`) when missing. */
export function ensureFactsElement(moddle: ModdleFactory, bo: ModdleElement, kind: FactsKind): EnsuredFacts {
  let ext = elementOf(bo, 'extensionElements');
  let createdExtensionElements: ModdleElement | undefined;
  if (!ext) {
    ext = moddle.create('bpmn:ExtensionElements', { values: [] });
    ext.$parent = bo;
    bo.set('extensionElements', ext);
    createdExtensionElements = ext;
  }
  const existing = findFactsElement(bo, kind);
  if (existing) return { facts: existing, createdExtensionElements, createdFacts: false };
  const facts = moddle.create(FACTS_TYPE[kind]);
  facts.$parent = ext;
  elementsOf(ext, 'values').push(facts);
  return { facts, createdExtensionElements, createdFacts: true };
}

/** Undo `ensureFactsElement`: remove what it created. */
export function removeEnsured(bo: ModdleElement, ensured: EnsuredFacts): void {
  const ext = elementOf(bo, 'extensionElements');
  if (ensured.createdFacts && ext) {
    const values = elementsOf(ext, 'values');
    const i = values.indexOf(ensured.facts);
    if (i >= 0) values.splice(i, 1);
  }
  if (ensured.createdExtensionElements) bo.set('extensionElements', undefined);
}

/** Write a patch of facts onto `bo` (not undoable; the editor uses the `tthc.updateFacts` command). */
export function applyFactsPatch<K extends FactsKind>(
  moddle: ModdleFactory,
  bo: ModdleElement,
  kind: K,
  patch: Partial<FactsByKind[K]>,
): void {
  const { facts } = ensureFactsElement(moddle, bo, kind);
  // a share someone enters is their figure, no longer the studio's assumption
  if (kind === 'outcome' && 'share' in patch && !('shareSource' in patch)) setProperty(facts, 'shareSource', undefined);
  for (const [key, value] of Object.entries(patchToProperties(moddle, kind, patch as Record<string, unknown>))) {
    setProperty(facts, key, value);
  }
}

/** Set or clear (undefined / empty string) one moddle property. */
export function setProperty(el: ModdleElement, key: string, value: unknown): void {
  if (value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value))) {
    el.set(key, undefined);
    delete el[key];
  } else {
    el.set(key, value);
  }
}

// helpers //////////////////////

function findLane(laneSets: ModdleElement[], node: ModdleElement): ModdleElement | undefined {
  for (const set of laneSets) {
    for (const lane of elementsOf(set, 'lanes')) {
      const child = elementOf(lane, 'childLaneSet');
      const nested = child ? findLane([child], node) : undefined;
      if (nested) return nested;
      if (elementsOf(lane, 'flowNodeRef').includes(node)) return lane;
    }
  }
  return undefined;
}

const LIST_TYPES: Record<string, string> = {
  fees: 'tthc:Fee',
  legalBases: 'tthc:LegalBasis',
  forms: 'tthc:Form',
  outputs: 'tthc:Output',
};

function toProperty(moddle: ModdleFactory, key: string, value: unknown): unknown {
  if (key === 'channels' && Array.isArray(value)) return value.length ? value.join(' ') : undefined;
  const listType = LIST_TYPES[key];
  if (listType && Array.isArray(value)) {
    return value.map((item) =>
      moddle.create(listType, key === 'outputs' ? { name: String(item) } : clean(item as Record<string, unknown>)),
    );
  }
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return value;
}

function clean(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== ''));
}

// plain property reads (see `extension`): the same values as moddle's `get`, without its descriptor lookups
function attr<T>(el: ModdleElement | undefined, key: string): T | undefined {
  const v = el?.[key];
  return v === undefined || v === null ? undefined : (v as T);
}

function pick<T extends object>(el: ModdleElement | undefined, keys: Array<keyof T & string>): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) {
    const v = attr<T[typeof k]>(el, k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function readForms(el: ModdleElement | undefined): Form[] {
  return plainElementsOf(el, 'forms').map((f) => pick<Form>(f, ['name', 'code', 'basis']) as Form);
}

const STEP_KEYS: Array<keyof StepFacts & string> = [
  'number',
  'duration',
  'durationUnit',
  'minDuration',
  'maxDuration',
  'role',
  'channel',
  'dossierStatus',
  'maySendBack',
  'inPersonVisit',
  'applicantHours',
  'distribution',
  'description',
];

const READERS: { [K in FactsKind]: (el: ModdleElement | undefined) => FactsByKind[K] } = {
  procedure: (el) => ({
    ...pick<ProcedureFacts>(el, [
      'code',
      'name',
      'field',
      'level',
      'agency',
      'applicants',
      'timeLimit',
      'timeUnit',
      'timeStartsFrom',
      'onlineLevel',
      'result',
      'dossiersPerYear',
      'arrivalProfile',
      'boundaryFree',
      'publicationDecision',
      'variantName',
      'variantStatus',
      'costPrepareHours',
      'costCopyVnd',
      'costCertifiedCopyVnd',
      'costVisitHours',
      'costTravelVnd',
      'costResultHours',
      'costSupplementHours',
    ]),
    channels: (attr<string>(el, 'channels') ?? '').split(/\s+/).filter(Boolean) as Channel[],
    fees: plainElementsOf(el, 'fees').map((f) => pick<Fee>(f, ['kind', 'amountVnd', 'description']) as Fee),
    legalBases: plainElementsOf(el, 'legalBases').map(
      (l) => pick<LegalBasis>(l, ['document', 'article', 'date', 'title']) as LegalBasis,
    ),
    forms: readForms(el),
  }),
  step: (el) =>
    Object.assign(pick<StepFacts>(el, STEP_KEYS), {
      forms: readForms(el),
      outputs: plainElementsOf(el, 'outputs').map((o) => String(o.name ?? '')),
    }),
  dossierComponent: (el) =>
    pick<DossierComponentFacts>(el, ['name', 'copyType', 'quantity', 'source', 'database', 'platform']),
  decision: (el) => pick<DecisionFacts>(el, ['variable', 'question']),
  outcome: (el) => pick<OutcomeFacts>(el, ['value', 'share', 'shareSource']),
  role: (el) => pick<RoleFacts>(el, ['officers', 'hoursPerDay']),
};
