/**
 * Export of an approved variant for one-stop software: `exportVariant(xml, target)` → files. Every export
 * works on a fresh parse of the XML (the user's model object is never changed) and refuses an invalid model:
 * it throws `ExportRefused` with every error problem and produces nothing.
 */
import { parseBpmn } from '../bpmn/moddle.ts';
import { validateDefinitions, type ValidationProblem } from '../validate/index.ts';
import { bpmnProfile, exportBpmn } from './bpmn.ts';
import { baseName, buildBundle, type BundleManifest } from './bundle.ts';
import { camunda7Profile } from './camunda7.ts';
import { camunda8Profile } from './camunda8.ts';
import { flowableProfile } from './flowable.ts';
import { toDescriptor } from './json.ts';
import { processView } from './process-view.ts';
import { toTable } from './table.ts';
import { tableToCsv } from './table-csv.ts';
import { tableToDocx } from './table-docx.ts';
import { createExportModdle, makeExecutableFrom, type ExecutableResult, type Profile } from './executable.ts';
import { FROM_YEAR, TO_YEAR } from './working-time.ts';

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
  const moddle = createExportModdle(profile?.extension);
  // one fresh parse, validated, then transformed in place: the caller's model is never touched
  const { definitions } = await parseBpmn(xml, moddle);
  const errors = (await validateDefinitions(definitions)).filter((p) => p.severity === 'error');
  if (errors.length) throw new ExportRefused(errors);
  const view = processView(definitions);
  const base = options.baseName ?? baseName(view.procedure.code, String(view.process.id));
  const executable = (t: string, r: ExecutableResult, suffix: string): ExportFile => ({
    target: t,
    fileName: `${base}${suffix}.bpmn`,
    mime: BPMN_MIME,
    content: r.xml,
  });
  switch (target) {
    case 'bpmn-engine':
      return [
        executable('bpmn-engine', await makeExecutableFrom(definitions, moddle, bpmnProfile, view), '.bpmn-engine'),
      ];
    case 'camunda8':
      return [
        executable('camunda8', await makeExecutableFrom(definitions, moddle, camunda8Profile, view), '.camunda8'),
      ];
    case 'camunda7':
      return [
        executable('camunda7', await makeExecutableFrom(definitions, moddle, camunda7Profile, view), '.camunda7'),
      ];
    case 'flowable':
      return [
        executable('flowable', await makeExecutableFrom(definitions, moddle, flowableProfile, view), '.flowable'),
      ];
    case 'json':
      return [
        {
          target: 'json',
          fileName: `${base}.descriptor.json`,
          mime: 'application/json',
          content: JSON.stringify(toDescriptor(view), null, 2) + '\n',
        },
      ];
    case 'table': {
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
    case 'bundle': {
      const parts: ExportFile[] = [];
      const services = new Set<string>();
      for (const t of ['bpmn-engine', 'camunda8', 'camunda7', 'flowable', 'json', 'table'] as const)
        parts.push(...(await exportVariant(xml, t, { baseName: base })));
      for (const r of [await exportBpmn(xml)]) r.services.forEach((s) => services.add(s));
      parts.push(...(options.images ?? []));
      const manifest: Omit<BundleManifest, 'format' | 'version' | 'files' | 'generator'> = {
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
        serviceTypes: [...services].sort(),
        timerPolicy: `Step time limits are working time; timers use the longest calendar span that working time can take (weekends, public holidays and bridge days of ${FROM_YEAR}–${TO_YEAR} included), in whole calendar days: a timer may fire late, never early.`,
      };
      const { zip } = buildBundle(parts, manifest);
      return [{ target: 'bundle', fileName: `${base}.bundle.zip`, mime: 'application/zip', content: zip }];
    }
  }
}
