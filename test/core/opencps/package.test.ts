/**
 * OpenCPS packages: every sample variant exports to XML that validates against OpenCPS's import schema
 * (read in place from ../shared/opencps/), counts, times and statuses match the variant, the zip has the
 * importer's layout, export → import → export is identical, and bad packages import nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  OpencpsProblem,
  PackageRefused,
  STATUS_TABLE,
  buildProcedureXml,
  describeOpencpsProblem,
  exportOpencpsPackage,
  importOpencpsPackage,
  newProcedureXml,
  packageFiles,
  parseBpmn,
  processView,
  statusCode,
  statusTerm,
  toWorkingHours,
  type PackageResult,
  type ProcedureSpec,
} from '../../../src/core/index.ts';

const SCHEMA = readFileSync(join(process.cwd(), '..', 'shared', 'opencps', 'opencps_import_schema.xsd'), 'utf8');
const files = readdirSync('procedures', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.bpmn'))
  .sort();
const inputs = files.map((f) => ({ name: f, xml: readFileSync(join('procedures', f), 'utf8') }));
let first: PackageResult;

beforeAll(async () => {
  first = await exportOpencpsPackage(inputs, { name: 'mau' });
}, 120_000);

const stepsOf = (xml: string) =>
  [...xml.matchAll(/<ProcessStep>([\s\S]*?)<\/ProcessStep>/g)].map((m) => m[1] as string);
const field = (block: string, name: string) =>
  ((new RegExp(`<${name}>([^<]*)</${name}>`).exec(block) ?? [])[1] ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('status table', () => {
  it('maps every national code to one term and back', () => {
    expect(STATUS_TABLE.map((p) => p.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(STATUS_TABLE.map((p) => p.term)).size).toBe(10);
    for (const { code } of STATUS_TABLE) expect(statusCode(statusTerm(code) as string)).toBe(code);
    expect(statusCode('pausing')).toBe(8);
    expect(statusCode('nonsense')).toBeUndefined();
  });
});

describe('export', () => {
  it('writes files that all validate against the import schema', async () => {
    const xml = [...packageFiles(first.package)]
      .filter(([p]) => !p.endsWith('/'))
      .map(([p, contents]) => ({ fileName: p.replace(/\//g, '_'), contents }));
    expect(xml.length).toBe(inputs.length + 12 + inputs.length + 2);
    const result = await validateXML({ xml, schema: [SCHEMA] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  }, 120_000);
  it('lays the zip out as the importer unpacks it, with folder entries', () => {
    const names = Object.keys(unzipSync(first.zip));
    expect(first.fileName).toBe('mau.zip');
    for (const folder of ['mau/', 'mau/processes/', 'mau/services/', 'mau/templates/']) expect(names).toContain(folder);
    expect(names).toContain('mau/Holiday.xml');
    expect(names).toContain('mau/WorkingTime.xml');
    expect(names.every((n) => n.startsWith('mau/'))).toBe(true);
    expect(names.filter((n) => n.startsWith('mau/processes/') && n.endsWith('.xml')).length).toBe(inputs.length);
  });
  it("carries each variant's steps, times and statuses", async () => {
    const texts = packageFiles(first.package);
    for (const [i, input] of inputs.entries()) {
      const view = processView((await parseBpmn(input.xml)).definitions);
      const process = first.package.processes[i];
      const xml = texts.get(`mau/processes/${process?.processNo}.xml`) as string;
      const steps = stepsOf(xml);
      expect(steps.length, input.name).toBe(view.steps.length);
      const unitHours = field(xml, 'durationUnit') === '1';
      // the same steps (name, working hours, status), in whatever order
      const written = steps
        .map(
          (b) =>
            `${field(b, 'stepName')}|${Math.round(Number(field(b, 'durationCount')) * (unitHours ? 1 : 8) * 1000)}|${field(b, 'dossierStatus')}`,
        )
        .sort();
      const expected = view.steps
        .map((s) => `${s.name || s.id}|${Math.round((s.hours ?? 0) * 1000)}|${statusTerm(s.facts.dossierStatus ?? 4)}`)
        .sort();
      expect(written, input.name).toEqual(expected);
      const limit =
        view.procedure.timeLimit !== undefined ? toWorkingHours(view.procedure.timeLimit, view.procedure.timeUnit) : 0;
      expect(Number(field(xml, 'durationCount')) * (unitHours ? 1 : 8)).toBeCloseTo(limit, 3);
      const codes = new Set(process?.steps.map((s) => s.stepCode));
      expect(process?.actions.length).toBeGreaterThanOrEqual(view.steps.length - 1);
      for (const a of process?.actions ?? []) {
        expect(codes.has(a.postStepCode)).toBe(true);
        if (a.preStepCode) expect(codes.has(a.preStepCode)).toBe(true);
      }
    }
  }, 120_000);
  it('turns a supplement request into the waiting status, answered on submit, and names decision outcomes', () => {
    const p = first.package.processes.find((x) => x.processNo === 'Process_DangKyKhaiSinh_hien-hanh');
    const supplement = p?.steps.find((s) => s.stepName === 'Yêu cầu bổ sung, hoàn thiện hồ sơ');
    expect(supplement?.dossierStatus).toBe('waiting');
    const resubmit = p?.actions.find((a) => a.preStepCode === supplement?.stepCode);
    expect(resubmit).toMatchObject({ autoEvent: 'submit', postStepCode: 'Task_Check' });
    expect(p?.actions.find((a) => a.actionCode === 'Flow_Incomplete')).toMatchObject({
      actionName: 'Chưa đầy đủ',
      preStepCode: 'Task_Check',
      postStepCode: supplement?.stepCode,
    });
    expect(p?.actions[0]).toMatchObject({ preStepCode: '', autoEvent: 'submit' });
  });
  it('lists what the format cannot carry', () => {
    const codes = new Set(first.notes.map((n) => n.code));
    for (const c of ['componentSource', 'shares', 'truncated']) expect(codes).toContain(c);
    const source = first.notes.find((n) => n.code === 'componentSource');
    expect(String(source?.params.platform)).toMatch(/NDXP|LGSP/);
  });
  it('marks a send-back as rollbackable in ActionConfig.xml', async () => {
    const spec: ProcedureSpec = {
      id: 'Process_SendBack',
      name: 'Trả lại',
      procedure: { name: 'Trả lại', timeLimit: 3, timeUnit: 'day' },
      lanes: [
        { id: 'L1', name: 'Chuyên viên' },
        { id: 'L2', name: 'Lãnh đạo' },
      ],
      nodes: [
        { id: 'S', type: 'startEvent', name: 'Bắt đầu', lane: 'L1' },
        {
          id: 'A',
          type: 'userTask',
          name: 'Thẩm định',
          lane: 'L1',
          step: { duration: 1, durationUnit: 'day', dossierStatus: 4 },
        },
        {
          id: 'B',
          type: 'userTask',
          name: 'Phê duyệt',
          lane: 'L2',
          step: { duration: 1, durationUnit: 'day', dossierStatus: 4 },
        },
        { id: 'G', type: 'exclusiveGateway', name: 'Đồng ý?', lane: 'L2', decision: { variable: 'dongY' } },
        {
          id: 'C',
          type: 'userTask',
          name: 'Trả kết quả',
          lane: 'L1',
          step: { duration: 1, durationUnit: 'day', dossierStatus: 10 },
        },
        { id: 'E', type: 'endEvent', name: 'Xong', lane: 'L1' },
      ],
      flows: [
        { id: 'F1', from: 'S', to: 'A' },
        { id: 'F2', from: 'A', to: 'B' },
        { id: 'F3', from: 'B', to: 'G' },
        { id: 'Yes', from: 'G', to: 'C', name: 'Đồng ý', isDefault: true, outcome: { value: 'co' } },
        { id: 'Back', from: 'G', to: 'A', name: 'Trả lại thẩm định', outcome: { value: 'khong' } },
        { id: 'F4', from: 'C', to: 'E' },
      ],
    };
    const r = await exportOpencpsPackage([{ name: 'x.bpmn', xml: await buildProcedureXml(spec) }], { name: 'tra-lai' });
    expect(r.package.actionConfigs).toEqual([
      { actionCode: 'Back', actionName: 'Trả lại thẩm định', rollbackable: true },
    ]);
    const config = packageFiles(r.package).get('tra-lai/ActionConfig.xml') as string;
    expect(
      (await validateXML({ xml: [{ fileName: 'ActionConfig.xml', contents: config }], schema: [SCHEMA] })).valid,
    ).toBe(true);
    expect(r.package.processes[0]?.roles.map((x) => x.roleName)).toEqual(['Chuyên viên', 'Lãnh đạo']);
  }, 120_000);
  it('refuses a variant with errors and produces nothing', async () => {
    await expect(exportOpencpsPackage([{ name: 'mau.bpmn', xml: await newProcedureXml('vi') }])).rejects.toBeInstanceOf(
      PackageRefused,
    );
  }, 120_000);
});

describe('import', () => {
  it('reads our package back into one procedure per service, one variant per process, in lanes by role', async () => {
    const imported = await importOpencpsPackage(first.zip);
    expect(imported.procedures.length).toBe(12);
    expect(imported.procedures.reduce((n, p) => n + p.variants.length, 0)).toBe(inputs.length);
    const birth = imported.procedures.find((p) => p.name === 'Đăng ký khai sinh');
    expect(birth?.variants.map((v) => v.spec.procedure?.variantStatus)).toEqual(['current', 'proposed', 'proposed']);
    const view = processView((await parseBpmn(birth?.variants[0]?.xml as string)).definitions);
    expect(view.steps.find((s) => s.id === 'Task_Check')?.role).toBe('Bộ phận Một cửa cấp xã');
  }, 120_000);
  it('gives the same package on export → import → export', async () => {
    const imported = await importOpencpsPackage(first.zip);
    const again = await exportOpencpsPackage(
      imported.procedures.flatMap((p) => p.variants.map((v) => ({ name: v.processNo, xml: v.xml }))),
      { name: 'mau' },
    );
    const a = packageFiles(first.package);
    const b = packageFiles(again.package);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
  }, 120_000);

  const entries = () => unzipSync(first.zip);
  const rezip = (files: Record<string, Uint8Array>) => zipSync(files);
  const problemOf = async (bytes: Uint8Array) => {
    try {
      await importOpencpsPackage(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(OpencpsProblem);
      return error as OpencpsProblem;
    }
    throw new Error('imported');
  };
  it('refuses a package without its processes folder', async () => {
    const files = Object.fromEntries(Object.entries(entries()).filter(([k]) => !k.startsWith('mau/processes/')));
    const p = await problemOf(rezip(files));
    expect(p.code).toBe('missingFolder');
    expect(describeOpencpsProblem(p, 'vi')).toBe('Gói thiếu thư mục mau/processes/ hoặc thư mục không có tệp .xml.');
  });
  it('refuses a broken XML file, naming it and its line', async () => {
    const files = entries();
    files['mau/services/dang-ky-khai-sinh.xml'] = strToU8(
      '<?xml version="1.0"?>\n<ServiceInfo>\n<serviceCode>x</serviceName>\n</ServiceInfo>',
    );
    const p = await problemOf(rezip(files));
    expect(p.code).toBe('brokenXml');
    expect(describeOpencpsProblem(p, 'en')).toContain(
      'File mau/services/dang-ky-khai-sinh.xml is not well-formed XML (line 3)',
    );
  }, 120_000);
  it('refuses a process whose action names an unknown step', async () => {
    const files = entries();
    const path = 'mau/processes/Process_DangKyKhaiSinh_hien-hanh.xml';
    files[path] = strToU8(
      new TextDecoder()
        .decode(files[path])
        .replace('<postStepCode>Task_Record</postStepCode>', '<postStepCode>999</postStepCode>'),
    );
    const p = await problemOf(rezip(files));
    expect(p.code).toBe('unknownStep');
    expect(describeOpencpsProblem(p, 'vi')).toBe(
      `Tệp ${path}: thao tác Flow_Task_Receive_Task_Record chỉ tới bước 999 không có trong quy trình.`,
    );
  }, 120_000);
  it('refuses what is not a zip, a DOCTYPE, a second top folder and hostile nesting', async () => {
    expect((await problemOf(strToU8('not a zip'))).code).toBe('notZip');
    const files = entries();
    files['mau/services/dang-ky-khai-sinh.xml'] = strToU8(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><ServiceInfo>&a;</ServiceInfo>',
    );
    expect((await problemOf(rezip(files))).code).toBe('doctype');
    expect((await problemOf(rezip({ ...entries(), 'other/': new Uint8Array(0) }))).code).toBe('noRootFolder');
    files['mau/services/dang-ky-khai-sinh.xml'] = strToU8(
      `<ServiceInfo>${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}</ServiceInfo>`,
    );
    const deep = await problemOf(rezip(files));
    expect(describeOpencpsProblem(deep, 'vi')).toBe(
      'Tệp mau/services/dang-ky-khai-sinh.xml lồng quá sâu hoặc quá phức tạp để đọc.',
    );
  }, 120_000);
  it('reads a package as a running OpenCPS writes it: numeric step codes, hours, comma decimals, shared action codes', async () => {
    const step = (code: string, status: string, role: string) =>
      `<ProcessStep><stepCode>${code}</stepCode><stepName>Bước ${code}</stepName><sequenceNo>1</sequenceNo><groupName/><dossierStatus>${status}</dossierStatus><dossierSubStatus/><durationCount>4,5</durationCount><instructionNote/><briefNote/><roleAsStep/><checkInput>0</checkInput><roles><StepRole><roleCode>${role}</roleCode><roleName/><moderator>true</moderator><condition/></StepRole></roles></ProcessStep>`;
    const action = (code: string, pre: string, post: string) =>
      `<ProcessAction><actionCode>${code}</actionCode><actionName>Chuyển</actionName><preStepCode>${pre}</preStepCode><postStepCode>${post}</postStepCode></ProcessAction>`;
    const process = `<ServiceProcess><processNo>QT-01</processNo><processName>Quy trình 1</processName><durationCount>9</durationCount><durationUnit>1</durationUnit><steps>${step('100', 'receiving', 'MOTCUA')}${step('200', 'processing', 'CHUYENVIEN')}${step('300', 'done', 'MOTCUA')}</steps><actions>${action('1100', '', '100')}${action('9000', '100', '200')}${action('9000', '200', '300')}${action('7000', '200', '100')}</actions></ServiceProcess>`;
    const service =
      '<ServiceInfo><serviceCode>1.000001</serviceCode><serviceName>Thủ tục thử</serviceName><configs><ServiceConfig><processes><ProcessOption><optionName>Trực tiếp</optionName><seqOrder>1</seqOrder><processNo>QT-01</processNo></ProcessOption></processes></ServiceConfig></configs></ServiceInfo>';
    const zip = zipSync({
      'pk/': new Uint8Array(0),
      'pk/processes/': new Uint8Array(0),
      'pk/processes/QT-01.xml': strToU8(process),
      'pk/services/': new Uint8Array(0),
      'pk/services/s.xml': strToU8(service),
    });
    const imported = await importOpencpsPackage(zip);
    const v = imported.procedures[0]?.variants[0];
    expect(imported.procedures[0]).toMatchObject({ name: 'Thủ tục thử', code: '1.000001' });
    const view = processView((await parseBpmn(v?.xml as string)).definitions);
    expect(view.steps.map((s) => [s.facts.number, s.hours, s.facts.dossierStatus, s.role])).toEqual([
      ['100', 4.5, 2, 'MOTCUA'],
      ['200', 4.5, 4, 'CHUYENVIEN'],
      ['300', 4.5, 10, 'MOTCUA'],
    ]);
    expect(view.decisions.length).toBe(1);
    expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
  }, 120_000);
});
