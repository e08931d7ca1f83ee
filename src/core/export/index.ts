/**
 * Export of an approved variant for one-stop software: `exportVariant(xml, target)` → files. Every export
 * works on a fresh parse of the XML (the user's model object is never changed) and refuses an invalid model:
 * it throws `ExportRefused` with every error problem and produces nothing.
 */
import type { BpmnModdle } from 'bpmn-moddle';
import { buildFlowGraph } from '../model/graph.ts';
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import { copyTree } from '../bpmn/copy-tree.ts';
import { parseBpmn } from '../bpmn/moddle.ts';
import { validateDefinitions, type ValidationProblem } from '../validate/index.ts';
import { bpmnProfile } from './bpmn.ts';
import { baseName, buildBundle, type BundleManifest } from './bundle.ts';
import { camunda7Profile } from './camunda7.ts';
import { camunda8Profile } from './camunda8.ts';
import { flowableProfile } from './flowable.ts';
import { toDescriptor } from './json.ts';
import { processView, type ProcessView } from './process-view.ts';
import { toTable } from './table.ts';
import { tableToCsv } from './table-csv.ts';
import { tableToDocx } from './table-docx.ts';
import { createExportModdle, makeExecutableFrom, type ExecutableResult, type Profile } from './executable.ts';
import { FROM_YEAR, TO_YEAR } from './working-time.ts';
import type { ExportProgress } from './progress.ts';

export { slug, isVariableName } from './names.ts';
export { maxCalendarDaysFor, timerDuration, FROM_YEAR, TO_YEAR } from './working-time.ts';
export { processView, mainProcess, type ProcessView, type StepView, type EdgeView } from './process-view.ts';
export { exportBpmn, bpmnProfile, serviceFunctionName } from './bpmn.ts';
export { exportCamunda8, camunda8Profile, CAMUNDA8_VERSION } from './camunda8.ts';
export { exportCamunda7, camunda7Profile } from './camunda7.ts';
export { exportFlowable, flowableProfile, FLOWABLE_NS } from './flowable.ts';
export {
  makeExecutable,
  makeExecutableFrom,
  createExportModdle,
  serviceTypeOf,
  type ExecutableResult,
  type Profile,
} from './executable.ts';
export {
  exportJson,
  toDescriptor,
  DESCRIPTOR_FORMAT,
  DESCRIPTOR_VERSION,
  DESCRIPTOR_SCHEMA_ID,
  type ProcessDescriptor,
} from './json.ts';
export { exportTable, toTable, formatWorkingTime, TABLE_HEADERS, TOTAL_LABEL, type StepTable } from './table.ts';
export { tableToCsv, csvField } from './table-csv.ts';
export { tableToDocx } from './table-docx.ts';
export { buildBundle, BUNDLE_FORMAT, BUNDLE_VERSION, type BundleManifest } from './bundle.ts';
export { sha256Hex } from './sha256.ts';
export { describeExportStage, type ExportProgress } from './progress.ts';

export const EXPORT_TARGETS = ['bpmn-engine', 'camunda8', 'camunda7', 'flowable', 'json', 'table', 'bundle'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

/** One exported file: its name, MIME type and content. */
export interface ExportFile {
  target: string;
  fileName: string;
  mime: string;
  content: string | Uint8Array;
}

/** An export refused because the model has errors; nothing was produced. */
export class ExportRefused extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super(`Export refused: ${problems.length} error(s)`);
    this.name = 'ExportRefused';
  }
}

export interface ExportOptions {
  /** Picture files the browser renders (diagram.svg, diagram.png), added to the bundle. */
  images?: ExportFile[];
  /** File name stem (default: the procedure code and process id). */
  baseName?: string;
  /** Called as each stage begins (the app's export worker posts it to the progress bar). */
  onProgress?: (progress: ExportProgress) => void;
}

const BPMN_MIME = 'application/bpmn+xml';
const PROFILES: Partial<Record<ExportTarget, Profile>> = {
  'bpmn-engine': bpmnProfile,
  camunda8: camunda8Profile,
  camunda7: camunda7Profile,
  flowable: flowableProfile,
};

/** Export a variant for `target`. Throws `ExportRefused` (with the problems) when the model has errors. */
export async function exportVariant(
  xml: string,
  target: ExportTarget,
  options: ExportOptions = {},
): Promise<ExportFile[]> {
  const profile = PROFILES[target];
  const total = target === 'bundle' ? BUNDLE_STAGES : 3;
  const report = options.onProgress ?? (() => {});
  report({ stage: 'parse', done: 0, total });
  const moddle = createExportModdle(profile?.extension);
  // one fresh parse, validated once, then transformed in place: the caller's model is never touched
  const { definitions } = await parseBpmn(xml, moddle);
  report({ stage: 'validate', done: 1, total });
  // one read of the model: the graph the validation's analysis walks is the one the export views
  const graph = buildFlowGraph(definitions);
  const errors = (await validateDefinitions(definitions, { graph })).filter((p) => p.severity === 'error');
  if (errors.length) throw new ExportRefused(errors);
  const view = processView(definitions, graph);
  const base = options.baseName ?? baseName(view.procedure.code, String(view.process.id));
  if (target === 'bundle') return [await bundleOf({ definitions, moddle, view }, base, options.images ?? [], report)];
  report({ stage: 'target', target, done: 2, total });
  if (profile) return [executableFile(target, await makeExecutableFrom(definitions, moddle, profile, view), base)];
  return viewFiles(target as 'json' | 'table', view, base);
}

// helpers //////////////////////

/** A model parsed for export: its definitions (changed by an executable transform), moddle and view. */
interface Parsed {
  definitions: ModdleElement;
  moddle: BpmnModdle;
  view: ProcessView;
}

/** A tree of its own for an engine transform: the parse copied into a moddle with the engine's extension model. */
function copyFor(parsed: Parsed, profile: Profile): Parsed {
  const moddle = createExportModdle(profile.extension);
  const definitions = copyTree(parsed.definitions, moddle);
  return { definitions, moddle, view: processView(definitions) };
}

const EXECUTABLE_TARGETS = ['bpmn-engine', 'camunda8', 'camunda7', 'flowable'] as const;
/** Read, check, the descriptor, the table, each engine, the zip. */
const BUNDLE_STAGES = 5 + EXECUTABLE_TARGETS.length;

function executableFile(target: string, r: ExecutableResult, base: string): ExportFile {
  return { target, fileName: `${base}.${target}.bpmn`, mime: BPMN_MIME, content: r.xml };
}

/** The files read from the process view alone: the JSON descriptor, or the step table as CSV and DOCX. */
async function viewFiles(target: 'json' | 'table', view: ProcessView, base: string): Promise<ExportFile[]> {
  if (target === 'json') {
    const content = JSON.stringify(toDescriptor(view), null, 2) + '\n';
    return [{ target: 'json', fileName: `${base}.descriptor.json`, mime: 'application/json', content }];
  }
  const table = toTable(view);
  return [
    { target: 'table', fileName: `${base}.table.csv`, mime: 'text/csv', content: tableToCsv(table) },
    {
      target: 'table',
      fileName: `${base}.table.docx`,
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      content: await tableToDocx(table),
    },
  ];
}

/**
 * Every target in one zip, from the model parsed and validated once: the descriptor and the table read its
 * view, the first engine transforms that parse in place, and each other engine a copy of it in a moddle with
 * its extension model (`copyTree`, no second parse: zeebe and camunda cannot share one moddle, and each
 * transform changes its tree). Every file is byte for byte the single-target export's.
 */
async function bundleOf(
  parsed: Parsed,
  base: string,
  images: ExportFile[],
  report: (progress: ExportProgress) => void,
): Promise<ExportFile> {
  const { view } = parsed;
  const total = BUNDLE_STAGES;
  let done = 2;
  report({ stage: 'target', target: 'json', done: done++, total });
  // read from the view before an engine transforms the tree it points into
  const described = await viewFiles('json', view, base);
  report({ stage: 'target', target: 'table', done: done++, total });
  described.push(...(await viewFiles('table', view, base)));
  const identity = {
    procedure: {
      code: view.procedure.code ?? null,
      name: view.procedure.name ?? String(view.process.get('name') ?? view.process.id),
    },
    variant: {
      processId: String(view.process.id),
      name: view.procedure.variantName ?? null,
      status: view.procedure.variantStatus ?? null,
    },
    roleGroups: [...view.roleGroups].map(([id, name]) => ({ id, name })),
  };
  // the parse goes to the first engine that needs no extension model, transformed last: each other engine
  // transforms a copy taken from it unchanged, one at a time, so that only one copy is held at once (a
  // 20,000-step model's tree takes some 100 MB)
  const taker = EXECUTABLE_TARGETS.find((t) => !PROFILES[t]?.extension);
  let serviceTypes: string[] = [];
  const engines = new Map<string, ExportFile>();
  for (const t of [
    ...EXECUTABLE_TARGETS.filter((t) => t !== taker),
    ...EXECUTABLE_TARGETS.filter((t) => t === taker),
  ]) {
    report({ stage: 'target', target: t, done: done++, total });
    const profile = PROFILES[t] as Profile;
    const tree = t === taker ? parsed : copyFor(parsed, profile);
    const result = await makeExecutableFrom(tree.definitions, tree.moddle, profile, tree.view);
    if (t === 'bpmn-engine') serviceTypes = result.services;
    engines.set(t, executableFile(t, result, base));
  }
  const manifest: Omit<BundleManifest, 'format' | 'version' | 'files' | 'generator'> = {
    ...identity,
    serviceTypes,
    timerPolicy: `Step time limits are working time; timers use the longest calendar span that working time can take (weekends, public holidays and bridge days of ${FROM_YEAR}–${TO_YEAR} included), in whole calendar days: a timer may fire late, never early.`,
  };
  report({ stage: 'package', done: done++, total });
  const files = EXECUTABLE_TARGETS.map((t) => engines.get(t) as ExportFile);
  const { zip } = buildBundle([...files, ...described, ...images], manifest);
  return { target: 'bundle', fileName: `${base}.bundle.zip`, mime: 'application/zip', content: zip };
}
