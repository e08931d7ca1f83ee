/**
 * `opencps` export: the variants given → one OpenCPS import package (one `ServiceInfo` per procedure, one
 * `ServiceProcess` and `DossierTemplate` per variant, the calendar), with the report of what it could not
 * carry. Every variant is checked first, like the other exports: one with errors refuses the whole package.
 */
import { buildFlowGraph } from '../model/graph.ts';
import { parseBpmn } from '../bpmn/moddle.ts';
import { slug } from '../export/names.ts';
import { processView, type ProcessView } from '../export/process-view.ts';
import type { ExportProgress } from '../export/progress.ts';
import { validateDefinitions, type ValidationProblem } from '../validate/index.ts';
import { calendarToOpencps } from './calendar.ts';
import { variantToOpencps } from './from-variant.ts';
import { safeFileName, zipPackage } from './package-zip.ts';
import { serviceInfo, type ServiceVariant } from './service-info.ts';
import type { ActionConfig, OpencpsNote, OpencpsPackage } from './types.ts';

export interface PackageInput {
  xml: string;
  /** File name, for messages. */ name: string;
}

/** Variants with errors: nothing was produced. */
export class PackageRefused extends Error {
  constructor(readonly refusals: Array<{ name: string; problems: ValidationProblem[] }>) {
    super(`OpenCPS export refused: ${refusals.length} variant(s) with errors`);
    this.name = 'PackageRefused';
  }
}

export interface PackageResult {
  fileName: string;
  zip: Uint8Array;
  package: OpencpsPackage;
  notes: OpencpsNote[];
}

/** The package (plain data) and its notes for already validated views. */
export function buildPackage(views: ProcessView[], name?: string): { package: OpencpsPackage; notes: OpencpsNote[] } {
  const notes: OpencpsNote[] = [];
  const processIds = views.map((v) => String(v.process.id));
  const taken = new Set<string>();
  const groups = new Map<string, { facts: ProcessView['procedure']; variants: ServiceVariant[] }>();
  const actionConfigs = new Map<string, ActionConfig>();
  const result: OpencpsPackage = {
    name: '',
    processes: [],
    services: [],
    templates: [],
    holidays: [],
    workingTimes: [],
    actionConfigs: [],
  };
  views.forEach((view, i) => {
    const id = processIds[i] as string;
    const variantName = view.procedure.variantName ?? '';
    // the process id names the process, unless other variants share it (variants of one procedure do)
    let processNo =
      processIds.filter((p) => p === id).length > 1
        ? `${id}_${slug(variantName || String(i + 1))
            .slice(0, 40)
            .replace(/-+$/, '')}`
        : id;
    for (let n = 2; taken.has(processNo); n++) processNo = `${id}_${n}`;
    taken.add(processNo);
    const procedureName = view.procedure.name ?? String(view.process.get('name') ?? id);
    const part = variantToOpencps(view, processNo, variantName ? `${procedureName} – ${variantName}` : procedureName);
    notes.push(...part.notes);
    result.processes.push(part.process);
    if (part.template) result.templates.push(part.template);
    for (const a of part.sendBacks) actionConfigs.set(a.actionCode, a);
    const serviceCode = view.procedure.code?.trim() || slug(procedureName);
    const group = groups.get(serviceCode) ?? { facts: view.procedure, variants: [] };
    group.variants.push({
      process: part.process,
      template: part.template,
      variantName: variantName || part.process.processName,
    });
    groups.set(serviceCode, group);
  });
  for (const [code, g] of groups) result.services.push(serviceInfo(code, g.facts, g.variants, notes));
  const calendar = calendarToOpencps();
  result.holidays = calendar.holidays;
  result.workingTimes = calendar.workingTimes;
  result.actionConfigs = [...actionConfigs.values()];
  result.name = safeFileName(
    name ?? (groups.size === 1 ? `opencps-${[...groups.keys()][0]}` : `opencps-${groups.size}-thu-tuc`),
  );
  return { package: result, notes };
}

/** Export `inputs` as one OpenCPS package. Throws `PackageRefused` when a variant has errors. */
export async function exportOpencpsPackage(
  inputs: PackageInput[],
  options: {
    name?: string;
    /** Called as each variant is checked (`target` is its name) and as the package is written. */
    onProgress?: (progress: ExportProgress) => void;
  } = {},
): Promise<PackageResult> {
  const views: ProcessView[] = [];
  const refusals: PackageRefused['refusals'] = [];
  const total = inputs.length + 1;
  for (const [i, input] of inputs.entries()) {
    options.onProgress?.({ stage: 'validate', target: input.name, done: i, total });
    // one parse and one graph per variant, shared by the validation and the view
    const { definitions } = await parseBpmn(input.xml);
    const graph = buildFlowGraph(definitions);
    const errors = (await validateDefinitions(definitions, { graph })).filter((p) => p.severity === 'error');
    if (errors.length) refusals.push({ name: input.name, problems: errors });
    else views.push(processView(definitions, graph));
  }
  if (refusals.length) throw new PackageRefused(refusals);
  options.onProgress?.({ stage: 'package', done: inputs.length, total });
  const built = buildPackage(views, options.name);
  return { fileName: `${built.package.name}.zip`, zip: zipPackage(built.package), ...built };
}
