/**
 * A procedure → its OpenCPS `ServiceInfo`: the facts in the text fields that fit them (legal basis in
 * `regularText`, which has no element of its own), one `ServiceConfig` for its agency, and one
 * `ProcessOption` per variant pointing at that variant's process and dossier template.
 */
import { slug } from '../export/names.ts';
import type { Channel, Fee, FeeKind, LegalBasis, ProcedureFacts } from '../model/types.ts';
import { fit, MAX_TEXT } from './from-variant.ts';
import { SERVICE_LEVELS } from './status-table.ts';
import { decimal } from './xml-write.ts';
import type { DossierTemplate, OpencpsNote, ServiceInfo, ServiceProcess } from './types.ts';

const LONG_TEXT = 1000;

/** How channels read in `methodText` (and are read back). */
export const CHANNEL_TEXT: Record<Channel, string> = {
  inPerson: 'Trực tiếp',
  post: 'Qua dịch vụ bưu chính',
  online: 'Trực tuyến',
};
/** How fee kinds read in `feeText` (and are read back). */
export const FEE_TEXT: Record<FeeKind, string> = { fee: 'Phí', charge: 'Lệ phí', other: 'Khoản thu khác' };

export function legalBasisText(l: LegalBasis): string {
  return [l.document, l.article, l.date].filter(Boolean).join(', ') + (l.title ? ` (${l.title})` : '');
}

export function feeText(f: Fee): string {
  return `${FEE_TEXT[f.kind] ?? FEE_TEXT.other}: ${f.amountVnd} đồng${f.description ? ` (${f.description})` : ''}`;
}

/** `durationText` of a process duration: whole working days as days, otherwise hours. */
export function durationText(p: ServiceProcess): string {
  const hours = p.durationUnit === 0 ? p.durationCount * 8 : p.durationCount;
  return hours % 8 === 0 ? `${decimal(hours / 8)} ngày làm việc` : `${decimal(hours)} giờ làm việc`;
}

export interface ServiceVariant {
  process: ServiceProcess;
  template?: DossierTemplate;
  variantName: string;
}

/** The service of one procedure; `facts` are those of its first variant. */
export function serviceInfo(
  serviceCode: string,
  facts: ProcedureFacts,
  variants: ServiceVariant[],
  notes: OpencpsNote[],
): ServiceInfo {
  const where = serviceCode;
  const first = variants[0] as ServiceVariant;
  const name = facts.name ?? first.process.processName;
  if (variants.length > 1) notes.push({ code: 'serviceFromFirst', where, params: { variant: first.variantName } });
  if (facts.level) notes.push({ code: 'level', where, params: { level: facts.level } });
  if (facts.dossiersPerYear !== undefined)
    notes.push({ code: 'dossiersPerYear', where, params: { count: facts.dossiersPerYear } });
  if (facts.legalBases.length) notes.push({ code: 'legalBasisText', where, params: {} });
  const forms = facts.forms.length ? facts.forms : [];
  if (!forms.length) notes.push({ code: 'noForms', where, params: {} });
  if (forms.some((f) => f.basis)) notes.push({ code: 'formBasis', where, params: {} });
  const timeLimit = durationText(first.process) + (facts.timeStartsFrom ? ` (${facts.timeStartsFrom})` : '');
  const components = first.template?.parts.map((p) => p.partName) ?? [];
  return {
    serviceCode,
    serviceName: fit(name, LONG_TEXT, notes, where, 'serviceName'),
    processText: fit(first.process.steps.map((s) => s.stepName).join(' → '), MAX_TEXT, notes, where, 'processText'),
    methodText: fit(facts.channels.map((c) => CHANNEL_TEXT[c]).join('; '), LONG_TEXT, notes, where, 'methodText'),
    dossierText: fit(components.join('; '), LONG_TEXT, notes, where, 'dossierText'),
    conditionText: '',
    durationText: fit(timeLimit, LONG_TEXT, notes, where, 'durationText'),
    applicantText: fit(facts.applicants ?? '', LONG_TEXT, notes, where, 'applicantText'),
    resultText: fit(facts.result ?? '', LONG_TEXT, notes, where, 'resultText'),
    regularText: fit(facts.legalBases.map(legalBasisText).join('; '), LONG_TEXT, notes, where, 'regularText'),
    feeText: fit(facts.fees.map(feeText).join('; '), LONG_TEXT, notes, where, 'feeText'),
    administrationCode: facts.agency ? slug(facts.agency).slice(0, MAX_TEXT) : '',
    administrationName: fit(facts.agency ?? '', MAX_TEXT, notes, where, 'administrationName'),
    domainCode: facts.field ? slug(facts.field).slice(0, MAX_TEXT) : '',
    domainName: fit(facts.field ?? '', MAX_TEXT, notes, where, 'domainName'),
    maxLevel: SERVICE_LEVELS[facts.onlineLevel ?? 'none'],
    public_: true,
    // the schema needs one file template at least: without forms, the dossier template stands for it
    fileTemplates: forms.length
      ? forms.map((f) => ({
          filename: '',
          fileTemplateNo: fit(f.code ?? slug(f.name), MAX_TEXT, notes, where, 'fileTemplateNo'),
          templateName: fit(f.name, MAX_TEXT, notes, where, 'templateName'),
          eFormNoPattern: '',
          eFormNamePattern: '',
        }))
      : [
          {
            filename: '',
            fileTemplateNo: first.process.processNo,
            templateName: fit(name, MAX_TEXT, notes, where, 'templateName'),
            eFormNoPattern: '',
            eFormNamePattern: '',
          },
        ],
    configs: [
      {
        govAgencyCode: facts.agency ? slug(facts.agency).slice(0, MAX_TEXT) : '',
        govAgencyName: fit(facts.agency ?? '', MAX_TEXT, notes, where, 'govAgencyName'),
        serviceInstruction: '',
        serviceLevel: SERVICE_LEVELS[facts.onlineLevel ?? 'none'],
        serviceUrl: '',
        forCitizen: true,
        forBusiness: /doanh nghiệp|tổ chức|hộ kinh doanh/i.test(facts.applicants ?? ''),
        postalService: facts.channels.includes('post'),
        registration: false,
        processes: variants.map((v, i) => ({
          optionCode: v.process.processNo,
          optionName: fit(v.variantName, MAX_TEXT, notes, where, 'optionName'),
          seqOrder: i + 1,
          sampleCount: 0,
          autoSelect: '',
          instructionNote: '',
          submissionNote: '',
          templateNo: v.template?.templateNo ?? '',
          templateName: v.template?.templateName ?? '',
          processNo: v.process.processNo,
          processName: v.process.processName,
          registerBookCode: '',
        })),
      },
    ],
  };
}
