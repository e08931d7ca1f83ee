/**
 * Read an OpenCPS import package (ours or one a running OpenCPS produced) into plain data. Everything is
 * checked before anything is returned — zip, one top folder, the `processes/` and `services/` folders, each
 * XML file well-formed with the right root, steps named by every action — so a bad package imports nothing.
 * XML checking and parsing are fast-xml-parser's; a DOCTYPE is refused (no entity tricks).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipPackage } from './package-zip.ts';
import type {
  DossierPart,
  DossierTemplate,
  FileTemplate,
  OpencpsPackage,
  ProcessAction,
  ProcessOption,
  ProcessStep,
  RoleEntry,
  ServiceConfig,
  ServiceInfo,
  ServiceProcess,
} from './types.ts';

/** Why a package cannot be imported: `code` picks the message (messages.ts), `params` fill it. */
export class OpencpsProblem extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`OpenCPS package: ${code} ${JSON.stringify(params)}`);
    this.name = 'OpencpsProblem';
  }
}

const LISTS = new Set([
  'ProcessRole',
  'ProcessStep',
  'StepRole',
  'ProcessAction',
  'ProcessSequence',
  'ServiceConfig',
  'ProcessOption',
  'DossierPart',
  'fileTemplate',
]);
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => LISTS.has(name),
});
const decoder = new TextDecoder('utf-8', { fatal: true });

type Obj = Record<string, unknown>;

function text(o: Obj | undefined, key: string): string {
  const v = o?.[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

function list(o: Obj | undefined, holder: string, item: string): Obj[] {
  const h = o?.[holder];
  if (!h || typeof h !== 'object') return [];
  const items = (h as Obj)[item];
  return Array.isArray(items) ? items.filter((x): x is Obj => !!x && typeof x === 'object') : [];
}

/** A number written with "." or "," as the decimal mark; `file` and `field` name it in the problem. */
function num(o: Obj, key: string, file: string): number {
  const raw = text(o, key);
  if (raw === '') return 0;
  const n = Number(raw.replace(',', '.'));
  if (!Number.isFinite(n)) throw new OpencpsProblem('badNumber', { file, field: key, value: raw.slice(0, 40) });
  return n;
}

const bool = (o: Obj, key: string): boolean => text(o, key).toLowerCase() === 'true';

/** The parsed root element of one XML file of the package, checked to be `root`. */
function parseFile(path: string, bytes: Uint8Array, root: string): Obj {
  let xml: string;
  try {
    xml = decoder.decode(bytes);
  } catch {
    throw new OpencpsProblem('notUtf8', { file: path });
  }
  if (/<!DOCTYPE/i.test(xml)) throw new OpencpsProblem('doctype', { file: path });
  let doc: Obj;
  try {
    const check = XMLValidator.validate(xml);
    if (check !== true)
      throw new OpencpsProblem('brokenXml', { file: path, line: check.err.line, detail: check.err.msg });
    doc = parser.parse(xml) as Obj;
  } catch (error) {
    // the parser's own limits (nesting depth) and a stack overflow on hostile input
    if (error instanceof OpencpsProblem) throw error;
    throw new OpencpsProblem('tooDeep', { file: path });
  }
  const found = Object.keys(doc).filter((k) => k !== '?xml');
  const body = doc[root];
  if (found.length !== 1 || found[0] !== root)
    throw new OpencpsProblem('wrongRoot', { file: path, expected: root, found: found.join(', ') || '—' });
  return body && typeof body === 'object' ? (body as Obj) : {};
}

const role = (r: Obj): RoleEntry => ({
  roleCode: text(r, 'roleCode'),
  roleName: text(r, 'roleName'),
  moderator: bool(r, 'moderator'),
  condition: text(r, 'condition'),
});

function readProcess(o: Obj, file: string): ServiceProcess {
  const steps: ProcessStep[] = list(o, 'steps', 'ProcessStep').map((s) => ({
    stepCode: text(s, 'stepCode'),
    stepName: text(s, 'stepName'),
    sequenceNo: text(s, 'sequenceNo'),
    groupName: text(s, 'groupName'),
    dossierStatus: text(s, 'dossierStatus'),
    dossierSubStatus: text(s, 'dossierSubStatus'),
    durationCount: num(s, 'durationCount', file),
    instructionNote: text(s, 'instructionNote'),
    briefNote: text(s, 'briefNote'),
    roleAsStep: text(s, 'roleAsStep'),
    checkInput: num(s, 'checkInput', file),
    roles: list(s, 'roles', 'StepRole').map(role),
  }));
  const actions: ProcessAction[] = list(o, 'actions', 'ProcessAction').map((a) => ({
    actionCode: text(a, 'actionCode'),
    actionName: text(a, 'actionName'),
    preStepCode: text(a, 'preStepCode'),
    postStepCode: text(a, 'postStepCode'),
    autoEvent: text(a, 'autoEvent'),
    preCondition: text(a, 'preCondition'),
    allowAssignUser: num(a, 'allowAssignUser', file),
    assignUserId: num(a, 'assignUserId', file),
    assignUserName: text(a, 'assignUserName'),
    requestPayment: num(a, 'requestPayment', file),
    paymentFee: text(a, 'paymentFee'),
    createDossierFiles: text(a, 'createDossierFiles'),
    returnDossierFiles: text(a, 'returnDossierFiles'),
    eSignature: bool(a, 'eSignature'),
    signatureType: text(a, 'signatureType'),
    createDossiers: text(a, 'createDossiers'),
    configNote: text(a, 'configNote'),
    postAction: text(a, 'postAction'),
  }));
  const p: ServiceProcess = {
    processNo: text(o, 'processNo'),
    processName: text(o, 'processName'),
    description: text(o, 'description'),
    durationCount: num(o, 'durationCount', file),
    durationUnit: num(o, 'durationUnit', file),
    generatePassword: bool(o, 'generatePassword'),
    serverNo: text(o, 'serverNo'),
    serverName: text(o, 'serverName'),
    dossierNoPattern: text(o, 'dossierNoPattern'),
    dossierGroupPattern: text(o, 'dossierGroupPattern'),
    dueDatePattern: text(o, 'dueDatePattern'),
    counter: num(o, 'counter', file),
    roles: list(o, 'roles', 'ProcessRole').map(role),
    steps,
    actions,
    sequences: list(o, 'sequences', 'ProcessSequence').map((s) => ({
      sequenceNo: text(s, 'sequenceNo'),
      sequenceName: text(s, 'sequenceName'),
      sequenceRole: text(s, 'sequenceRole'),
      durationCount: num(s, 'durationCount', file),
    })),
  };
  if (!p.processNo) throw new OpencpsProblem('missingField', { file, field: 'processNo' });
  if (!steps.length) throw new OpencpsProblem('noSteps', { file });
  const codes = new Set<string>();
  for (const s of steps) {
    if (!s.stepCode) throw new OpencpsProblem('missingField', { file, field: 'stepCode' });
    if (codes.has(s.stepCode)) throw new OpencpsProblem('duplicateStep', { file, step: s.stepCode });
    codes.add(s.stepCode);
  }
  for (const a of actions) {
    for (const ref of [a.preStepCode, a.postStepCode]) {
      if (ref && !codes.has(ref))
        throw new OpencpsProblem('unknownStep', { file, action: a.actionCode || a.actionName, step: ref });
    }
    if (!a.postStepCode) throw new OpencpsProblem('missingField', { file, field: 'postStepCode' });
  }
  return p;
}

function readService(o: Obj, file: string): ServiceInfo {
  const configs: ServiceConfig[] = list(o, 'configs', 'ServiceConfig').map((c) => ({
    govAgencyCode: text(c, 'govAgencyCode'),
    govAgencyName: text(c, 'govAgencyName'),
    serviceInstruction: text(c, 'serviceInstruction'),
    serviceLevel: num(c, 'serviceLevel', file),
    serviceUrl: text(c, 'serviceUrl'),
    forCitizen: bool(c, 'forCitizen'),
    forBusiness: bool(c, 'forBusiness'),
    postalService: bool(c, 'postalService'),
    registration: bool(c, 'registration'),
    processes: list(c, 'processes', 'ProcessOption').map((p): ProcessOption => ({
      optionCode: text(p, 'optionCode'),
      optionName: text(p, 'optionName'),
      seqOrder: num(p, 'seqOrder', file),
      sampleCount: num(p, 'sampleCount', file),
      autoSelect: text(p, 'autoSelect'),
      instructionNote: text(p, 'instructionNote'),
      submissionNote: text(p, 'submissionNote'),
      templateNo: text(p, 'templateNo'),
      templateName: text(p, 'templateName'),
      processNo: text(p, 'processNo'),
      processName: text(p, 'processName'),
      registerBookCode: text(p, 'registerBookCode'),
    })),
  }));
  const s: ServiceInfo = {
    serviceCode: text(o, 'serviceCode'),
    serviceName: text(o, 'serviceName'),
    processText: text(o, 'processText'),
    methodText: text(o, 'methodText'),
    dossierText: text(o, 'dossierText'),
    conditionText: text(o, 'conditionText'),
    durationText: text(o, 'durationText'),
    applicantText: text(o, 'applicantText'),
    resultText: text(o, 'resultText'),
    regularText: text(o, 'regularText'),
    feeText: text(o, 'feeText'),
    administrationCode: text(o, 'administrationCode'),
    administrationName: text(o, 'administrationName'),
    domainCode: text(o, 'domainCode'),
    domainName: text(o, 'domainName'),
    maxLevel: num(o, 'maxLevel', file),
    public_: bool(o, 'public_'),
    fileTemplates: list(o, 'fileTemplates', 'fileTemplate').map((f): FileTemplate => ({
      filename: text(f, 'filename'),
      fileTemplateNo: text(f, 'fileTemplateNo'),
      templateName: text(f, 'templateName'),
      eFormNoPattern: text(f, 'eFormNoPattern'),
      eFormNamePattern: text(f, 'eFormNamePattern'),
    })),
    configs,
  };
  if (!s.serviceCode) throw new OpencpsProblem('missingField', { file, field: 'serviceCode' });
  return s;
}

function readTemplate(o: Obj, file: string): DossierTemplate {
  const t: DossierTemplate = {
    templateNo: text(o, 'templateNo'),
    templateName: text(o, 'templateName'),
    description: text(o, 'description'),
    newFormScript: text(o, 'newFormScript'),
    parts: list(o, 'parts', 'DossierPart').map((p): DossierPart => ({
      partNo: text(p, 'partNo'),
      partName: text(p, 'partName'),
      partTip: text(p, 'partTip'),
      partType: num(p, 'partType', file),
      multiple: bool(p, 'multiple'),
      required: bool(p, 'required'),
      esign: bool(p, 'esign'),
      fileTemplateNo: text(p, 'fileTemplateNo'),
      deliverableType: text(p, 'deliverableType'),
      deliverableAction: num(p, 'deliverableAction', file),
      eForm: bool(p, 'eForm'),
      sampleData: text(p, 'sampleData'),
      fileMark: num(p, 'fileMark', file),
    })),
  };
  if (!t.templateNo) throw new OpencpsProblem('missingField', { file, field: 'templateNo' });
  return t;
}

/** Read a package zip; throws `OpencpsProblem` on the first thing that keeps it from being imported. */
export function readOpencpsPackage(bytes: Uint8Array): OpencpsPackage {
  const entries = unzipPackage(bytes);
  if (entries === 'notZip') throw new OpencpsProblem('notZip');
  if (entries === 'tooLarge') throw new OpencpsProblem('tooLarge');
  const paths = Object.keys(entries).filter((p) => !p.startsWith('__MACOSX/'));
  const tops = new Set(paths.map((p) => p.split('/')[0] as string));
  const top = [...tops][0];
  if (tops.size !== 1 || !top || !paths.some((p) => p.startsWith(`${top}/`))) throw new OpencpsProblem('noRootFolder');
  const root = `${top}/`;
  const inFolder = (folder: string) =>
    paths
      .filter(
        (p) =>
          p.startsWith(`${root}${folder}/`) &&
          /\.xml$/i.test(p) &&
          !p.slice(root.length + folder.length + 1).includes('/'),
      )
      .sort();
  const hasFolder = (folder: string) => paths.some((p) => p.startsWith(`${root}${folder}/`));
  for (const folder of ['processes', 'services']) {
    if (!hasFolder(folder) || !inFolder(folder).length)
      throw new OpencpsProblem('missingFolder', { folder: `${root}${folder}/` });
  }
  const read = (path: string, rootName: string) => parseFile(path, entries[path] as Uint8Array, rootName);
  const processes = inFolder('processes').map((p) => readProcess(read(p, 'ServiceProcess'), p));
  const services = inFolder('services').map((p) => readService(read(p, 'ServiceInfo'), p));
  const templates = inFolder('templates').map((p) => readTemplate(read(p, 'DossierTemplate'), p));
  const seen = new Set<string>();
  for (const p of processes) {
    if (seen.has(p.processNo)) throw new OpencpsProblem('duplicateProcess', { process: p.processNo });
    seen.add(p.processNo);
  }
  for (const s of services) {
    for (const o of s.configs.flatMap((c) => c.processes)) {
      if (!seen.has(o.processNo))
        throw new OpencpsProblem('unknownProcess', { service: s.serviceCode, process: o.processNo });
    }
  }
  return { name: top, processes, services, templates, holidays: [], workingTimes: [], actionConfigs: [] };
}
