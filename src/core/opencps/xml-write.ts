/**
 * Package files as XML, elements in the import schema's order (the order of the keys below; JAXB binds by
 * name, but the schema is a sequence and one OpenCPS version validates against it). Serialization and
 * escaping are fast-xml-parser's builder.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type {
  ActionConfig,
  DossierTemplate,
  Holiday,
  ProcessAction,
  ProcessStep,
  RoleEntry,
  ServiceInfo,
  ServiceProcess,
  WorkingTime,
} from './types.ts';

type Node = { [key: string]: string | Node | Node[] };

const builder = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: false });
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A number as OpenCPS reads it: plain decimal with a dot, at most 3 decimals. */
export function decimal(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

const b = (v: boolean): string => (v ? 'true' : 'false');
const i = (v: number): string => String(Math.trunc(v));

function role(r: RoleEntry): Node {
  return { roleCode: r.roleCode, roleName: r.roleName, moderator: b(r.moderator), condition: r.condition };
}

function step(s: ProcessStep): Node {
  return {
    stepCode: s.stepCode,
    stepName: s.stepName,
    sequenceNo: s.sequenceNo,
    groupName: s.groupName,
    dossierStatus: s.dossierStatus,
    dossierSubStatus: s.dossierSubStatus,
    durationCount: decimal(s.durationCount),
    instructionNote: s.instructionNote,
    briefNote: s.briefNote,
    roleAsStep: s.roleAsStep,
    checkInput: i(s.checkInput),
    roles: { StepRole: s.roles.map(role) },
  };
}

function action(a: ProcessAction): Node {
  return {
    actionCode: a.actionCode,
    actionName: a.actionName,
    preStepCode: a.preStepCode,
    postStepCode: a.postStepCode,
    autoEvent: a.autoEvent,
    preCondition: a.preCondition,
    allowAssignUser: i(a.allowAssignUser),
    assignUserId: i(a.assignUserId),
    assignUserName: a.assignUserName,
    requestPayment: i(a.requestPayment),
    paymentFee: a.paymentFee,
    createDossierFiles: a.createDossierFiles,
    returnDossierFiles: a.returnDossierFiles,
    eSignature: b(a.eSignature),
    signatureType: a.signatureType,
    createDossiers: a.createDossiers,
    configNote: a.configNote,
    postAction: a.postAction,
  };
}

function xml(root: string, body: Node): string {
  return HEAD + (builder.build({ [root]: body }) as string);
}

export function serviceProcessXml(p: ServiceProcess): string {
  return xml('ServiceProcess', {
    processNo: p.processNo,
    processName: p.processName,
    description: p.description,
    durationCount: decimal(p.durationCount),
    durationUnit: i(p.durationUnit),
    generatePassword: b(p.generatePassword),
    serverNo: p.serverNo,
    serverName: p.serverName,
    dossierNoPattern: p.dossierNoPattern,
    dossierGroupPattern: p.dossierGroupPattern,
    dueDatePattern: p.dueDatePattern,
    counter: i(p.counter),
    roles: { ProcessRole: p.roles.map(role) },
    steps: { ProcessStep: p.steps.map(step) },
    actions: { ProcessAction: p.actions.map(action) },
    sequences: {
      ProcessSequence: p.sequences.map((s) => ({
        sequenceNo: s.sequenceNo,
        sequenceName: s.sequenceName,
        sequenceRole: s.sequenceRole,
        durationCount: decimal(s.durationCount),
      })),
    },
  });
}

export function serviceInfoXml(s: ServiceInfo): string {
  return xml('ServiceInfo', {
    serviceCode: s.serviceCode,
    serviceName: s.serviceName,
    processText: s.processText,
    methodText: s.methodText,
    dossierText: s.dossierText,
    conditionText: s.conditionText,
    durationText: s.durationText,
    applicantText: s.applicantText,
    resultText: s.resultText,
    regularText: s.regularText,
    feeText: s.feeText,
    administrationCode: s.administrationCode,
    administrationName: s.administrationName,
    domainCode: s.domainCode,
    domainName: s.domainName,
    maxLevel: i(s.maxLevel),
    public_: b(s.public_),
    fileTemplates: {
      fileTemplate: s.fileTemplates.map((f) => ({
        filename: f.filename,
        fileTemplateNo: f.fileTemplateNo,
        templateName: f.templateName,
        eFormNoPattern: f.eFormNoPattern,
        eFormNamePattern: f.eFormNamePattern,
      })),
    },
    configs: {
      ServiceConfig: s.configs.map((c) => ({
        govAgencyCode: c.govAgencyCode,
        govAgencyName: c.govAgencyName,
        serviceInstruction: c.serviceInstruction,
        serviceLevel: i(c.serviceLevel),
        serviceUrl: c.serviceUrl,
        forCitizen: b(c.forCitizen),
        forBusiness: b(c.forBusiness),
        postalService: b(c.postalService),
        registration: b(c.registration),
        processes: {
          ProcessOption: c.processes.map((o) => ({
            optionCode: o.optionCode,
            optionName: o.optionName,
            seqOrder: i(o.seqOrder),
            sampleCount: i(o.sampleCount),
            autoSelect: o.autoSelect,
            instructionNote: o.instructionNote,
            submissionNote: o.submissionNote,
            templateNo: o.templateNo,
            templateName: o.templateName,
            processNo: o.processNo,
            processName: o.processName,
            registerBookCode: o.registerBookCode,
          })),
        },
      })),
    },
  });
}

export function dossierTemplateXml(t: DossierTemplate): string {
  return xml('DossierTemplate', {
    templateNo: t.templateNo,
    templateName: t.templateName,
    description: t.description,
    newFormScript: t.newFormScript,
    parts: {
      DossierPart: t.parts.map((p) => ({
        partNo: p.partNo,
        partName: p.partName,
        partTip: p.partTip,
        partType: i(p.partType),
        multiple: b(p.multiple),
        required: b(p.required),
        esign: b(p.esign),
        fileTemplateNo: p.fileTemplateNo,
        deliverableType: p.deliverableType,
        deliverableAction: i(p.deliverableAction),
        eForm: b(p.eForm),
        sampleData: p.sampleData,
        fileMark: i(p.fileMark),
      })),
    },
  });
}

export function holidayListXml(list: Holiday[]): string {
  return xml('HolidayList', {
    Holiday: list.map((h) => ({
      holidayDate: h.holidayDate,
      description: h.description,
      holidayType: i(h.holidayType),
    })),
  });
}

export function workingTimeListXml(list: WorkingTime[]): string {
  return xml('WorkingTimeList', {
    WorkingTime: list.map((w) => ({ workTimeDay: i(w.workTimeDay), workTimeHours: w.workTimeHours })),
  });
}

/** `ActionConfig.xml`: the send-back actions, marked `rollbackable` (OpenCPS keeps that per action code there). */
export function actionConfigListXml(list: ActionConfig[]): string {
  return xml('ActionConfigList', {
    ActionConfig: list.map((a) => ({
      actionCode: a.actionCode,
      actionName: a.actionName,
      extraForm: 'false',
      formConfig: '',
      sampleData: '',
      insideProcess: 'true',
      userNote: '0',
      syncType: '0',
      eventType: '0',
      infoType: '0',
      rollbackable: b(a.rollbackable),
      notificationType: '',
      documentType: '',
      mappingAction: '',
      dateOption: '0',
    })),
  });
}
