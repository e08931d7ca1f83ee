/**
 * The parts of an OpenCPS import package the studio writes and reads, as plain data named like the schema's
 * elements (shared/opencps/opencps_import_schema.xsd). xml-write.ts gives them the schema's element order.
 */

export interface RoleEntry {
  roleCode: string;
  roleName: string;
  moderator: boolean;
  condition: string;
}

export interface ProcessStep {
  stepCode: string;
  stepName: string;
  sequenceNo: string;
  groupName: string;
  dossierStatus: string;
  dossierSubStatus: string;
  /** In the process's duration unit. */
  durationCount: number;
  instructionNote: string;
  briefNote: string;
  roleAsStep: string;
  checkInput: number;
  roles: RoleEntry[];
}

export interface ProcessAction {
  actionCode: string;
  actionName: string;
  preStepCode: string;
  postStepCode: string;
  autoEvent: string;
  preCondition: string;
  allowAssignUser: number;
  assignUserId: number;
  assignUserName: string;
  requestPayment: number;
  paymentFee: string;
  createDossierFiles: string;
  returnDossierFiles: string;
  eSignature: boolean;
  signatureType: string;
  createDossiers: string;
  configNote: string;
  postAction: string;
}

export interface ProcessSequence {
  sequenceNo: string;
  sequenceName: string;
  sequenceRole: string;
  durationCount: number;
}

export interface ServiceProcess {
  processNo: string;
  processName: string;
  description: string;
  durationCount: number;
  /** 0 = working days of 8 hours, otherwise hours. */
  durationUnit: number;
  generatePassword: boolean;
  serverNo: string;
  serverName: string;
  dossierNoPattern: string;
  dossierGroupPattern: string;
  dueDatePattern: string;
  counter: number;
  roles: RoleEntry[];
  steps: ProcessStep[];
  actions: ProcessAction[];
  sequences: ProcessSequence[];
}

export interface FileTemplate {
  filename: string;
  fileTemplateNo: string;
  templateName: string;
  eFormNoPattern: string;
  eFormNamePattern: string;
}

export interface ProcessOption {
  optionCode: string;
  optionName: string;
  seqOrder: number;
  sampleCount: number;
  autoSelect: string;
  instructionNote: string;
  submissionNote: string;
  templateNo: string;
  templateName: string;
  processNo: string;
  processName: string;
  registerBookCode: string;
}

export interface ServiceConfig {
  govAgencyCode: string;
  govAgencyName: string;
  serviceInstruction: string;
  serviceLevel: number;
  serviceUrl: string;
  forCitizen: boolean;
  forBusiness: boolean;
  postalService: boolean;
  registration: boolean;
  processes: ProcessOption[];
}

export interface ServiceInfo {
  serviceCode: string;
  serviceName: string;
  processText: string;
  methodText: string;
  dossierText: string;
  conditionText: string;
  durationText: string;
  applicantText: string;
  resultText: string;
  regularText: string;
  feeText: string;
  administrationCode: string;
  administrationName: string;
  domainCode: string;
  domainName: string;
  maxLevel: number;
  public_: boolean;
  fileTemplates: FileTemplate[];
  configs: ServiceConfig[];
}

export interface DossierPart {
  partNo: string;
  partName: string;
  partTip: string;
  partType: number;
  multiple: boolean;
  required: boolean;
  esign: boolean;
  fileTemplateNo: string;
  deliverableType: string;
  deliverableAction: number;
  eForm: boolean;
  sampleData: string;
  fileMark: number;
}

export interface DossierTemplate {
  templateNo: string;
  templateName: string;
  description: string;
  newFormScript: string;
  parts: DossierPart[];
}

export interface Holiday {
  holidayDate: string;
  description: string;
  holidayType: number;
}
export interface WorkingTime {
  workTimeDay: number;
  workTimeHours: string;
}
export interface ActionConfig {
  actionCode: string;
  actionName: string;
  rollbackable: boolean;
}

/** A whole package: its folder name and every file it holds. */
export interface OpencpsPackage {
  /** The package's folder (and zip) name: `<name>.zip` holds `<name>/…`. */
  name: string;
  processes: ServiceProcess[];
  services: ServiceInfo[];
  templates: DossierTemplate[];
  holidays: Holiday[];
  workingTimes: WorkingTime[];
  actionConfigs: ActionConfig[];
}

/**
 * Something the package cannot carry, or an assumption the export made, for the export's report:
 * `code` picks the message (messages.ts), `params` fill it.
 */
export interface OpencpsNote {
  code: string;
  /** The variant (process number) or file it concerns. */
  where: string;
  params: Record<string, string | number>;
}
