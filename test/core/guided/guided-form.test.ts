import { describe, expect, it } from 'vitest';
import {
  analyze,
  describeGuidedProblem,
  effectiveRole,
  emptyGuidedForm,
  guidedFormProblems,
  guidedProcedureXml,
  laneOf,
  newProcedureXml,
  parseBpmn,
  readFacts,
  readGuidedForm,
  readProcedure,
  validateDefinitions,
  type GuidedForm,
  type ModdleElement,
} from '@/core/index.ts';

/** A birth registration as a reform officer would type it. */
function birthForm(): GuidedForm {
  return {
    name: 'Đăng ký khai sinh',
    code: '1.001193',
    level: 'xa',
    agency: 'UBND cấp xã',
    timeLimit: 1,
    steps: [
      {
        name: 'Tiếp nhận hồ sơ',
        performer: 'Bộ phận Một cửa',
        duration: 2,
        durationUnit: 'hour',
        forms: ['Tờ khai đăng ký khai sinh'],
        outputs: ['Giấy tiếp nhận hồ sơ'],
        inPersonVisit: true,
        documents: [
          { name: 'Giấy chứng sinh', source: 'applicant', copyType: 'original' },
          {
            name: 'Thông tin cư trú của cha mẹ',
            source: 'database',
            platform: 'NDXP',
            database: 'Cơ sở dữ liệu quốc gia về dân cư',
          },
        ],
      },
      {
        name: 'Kiểm tra, ghi sổ hộ tịch',
        performer: 'Công chức tư pháp - hộ tịch',
        duration: 4,
        durationUnit: 'hour',
        forms: [],
        outputs: [],
        documents: [],
        inPersonVisit: false,
      },
      {
        name: 'Ký giấy khai sinh',
        performer: 'Chủ tịch UBND cấp xã',
        duration: 1,
        durationUnit: 'hour',
        forms: [],
        outputs: ['Giấy khai sinh'],
        documents: [],
        inPersonVisit: false,
      },
      {
        name: 'Trả kết quả',
        performer: 'bộ phận một cửa',
        duration: 1,
        durationUnit: 'hour',
        forms: [],
        outputs: [],
        documents: [],
        inPersonVisit: true,
      },
    ],
  };
}

function flowNodes(definitions: ModdleElement): ModdleElement[] {
  const process = (definitions.get('rootElements') as ModdleElement[]).find(
    (r) => r.$type === 'bpmn:Process',
  ) as ModdleElement;
  return process.get('flowElements') as ModdleElement[];
}

describe('guided form → diagram', () => {
  it("builds one task per row in its performer's lane, with times, forms, outputs, visits and documents typed", async () => {
    const { definitions, warnings } = await parseBpmn(await guidedProcedureXml(birthForm(), 'vi'));
    expect(warnings).toEqual([]);
    const tasks = flowNodes(definitions).filter((n) => n.$type === 'bpmn:UserTask');
    expect(tasks.map((t) => t.name)).toEqual([
      'Tiếp nhận hồ sơ',
      'Kiểm tra, ghi sổ hộ tịch',
      'Ký giấy khai sinh',
      'Trả kết quả',
    ]);
    // the same performer typed in another case is one lane
    expect(tasks.map((t) => laneOf(t)?.get('name'))).toEqual([
      'Bộ phận Một cửa',
      'Công chức tư pháp - hộ tịch',
      'Chủ tịch UBND cấp xã',
      'Bộ phận Một cửa',
    ]);
    expect(tasks.map((t) => effectiveRole(t))).toEqual([
      'Bộ phận Một cửa',
      'Công chức tư pháp - hộ tịch',
      'Chủ tịch UBND cấp xã',
      'Bộ phận Một cửa',
    ]);
    const first = readFacts(tasks[0] as ModdleElement, 'step');
    expect(first).toMatchObject({
      duration: 2,
      durationUnit: 'hour',
      inPersonVisit: true,
      forms: [{ name: 'Tờ khai đăng ký khai sinh' }],
      outputs: ['Giấy tiếp nhận hồ sơ'],
    });
    const docs = flowNodes(definitions)
      .filter((n) => n.$type === 'bpmn:DataObjectReference')
      .map((d) => readFacts(d, 'dossierComponent'));
    expect(docs).toEqual([
      { name: 'Giấy chứng sinh', source: 'applicant', copyType: 'original' },
      {
        name: 'Thông tin cư trú của cha mẹ',
        source: 'database',
        platform: 'NDXP',
        database: 'Cơ sở dữ liệu quốc gia về dân cư',
      },
    ]);
    expect(readProcedure(definitions)).toMatchObject({
      name: 'Đăng ký khai sinh',
      code: '1.001193',
      level: 'xa',
      agency: 'UBND cấp xã',
      timeLimit: 1,
      timeUnit: 'day',
      variantStatus: 'current',
    });

    // the analysis reads it as typed: 8 working hours in line, two visits, one document from data
    const a = analyze(definitions);
    expect(a.steps).toBe(4);
    expect(a.criticalPathWorkingHours).toBe(8);
    expect(a.inPersonVisits).toBe(2);
    expect(a.documentsFromApplicant).toBe(1);
    expect(a.documentsFromDatabases).toBe(1);
    expect(a.withinStatutoryLimit).toBe(true);
  });

  it('lays every shape out inside its lane and opens with no validation error', async () => {
    const { definitions } = await parseBpmn(await guidedProcedureXml(birthForm(), 'vi'));
    const plane = (definitions.get('diagrams') as ModdleElement[])[0]?.get('plane') as ModdleElement;
    const bounds = new Map(
      (plane.get('planeElement') as ModdleElement[]).map((s) => [
        (s.bpmnElement as ModdleElement).id,
        s.bounds as { x: number; y: number; width: number; height: number } | undefined,
      ]),
    );
    for (const n of flowNodes(definitions).filter(
      (n) => n.$type !== 'bpmn:DataObject' && n.$type !== 'bpmn:SequenceFlow' && n.$type !== 'bpmn:DataObjectReference',
    )) {
      const b = bounds.get(n.id as string);
      const lane = bounds.get(laneOf(n)?.id as string);
      expect(b && lane, n.id as string).toBeTruthy();
      expect(b!.y >= lane!.y && b!.y + b!.height <= lane!.y + lane!.height, n.id as string).toBe(true);
    }
    const problems = await validateDefinitions(definitions);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('says what is missing, in Vietnamese and English, before building', () => {
    const form = emptyGuidedForm();
    form.steps[0]!.documents.push({ name: ' ', source: 'applicant' });
    form.steps[0]!.duration = -1;
    const problems = guidedFormProblems(form);
    expect(problems.map((p) => p.code)).toEqual([
      'nameMissing',
      'stepNameMissing',
      'performerMissing',
      'durationInvalid',
      'documentNameMissing',
    ]);
    expect(describeGuidedProblem(problems[4]!, 'vi')).toBe('Bước 1: giấy tờ 1 chưa có tên.');
    expect(describeGuidedProblem(problems[2]!, 'en')).toBe('Step 1: no performer.');
    expect(guidedFormProblems(birthForm())).toEqual([]);
  });
});

describe('guided form reopened on an existing procedure', () => {
  it("reads the template's steps in flow order with their performers and facts", async () => {
    const { definitions } = await parseBpmn(await newProcedureXml('vi'));
    const { form, unsupported } = readGuidedForm(definitions);
    expect(unsupported).toEqual([]);
    expect(form.name).toBe('Thủ tục hành chính mới');
    expect(form.steps.map((s) => s.id)).toEqual([
      'Task_Check',
      'Task_Process',
      'Task_Supplement',
      'Task_Review',
      'Task_Approve',
      'Task_Issue',
      'Task_Return',
    ]);
    expect(form.steps[0]).toMatchObject({
      performer: 'Bộ phận Một cửa',
      forms: ['Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)'],
      keptFacts: { dossierStatus: 2 },
    });
  });

  it('rebuilding with nothing changed keeps every element, flow and fact', async () => {
    const { definitions: before } = await parseBpmn(await newProcedureXml('vi'));
    const { form } = readGuidedForm(before);
    const { definitions: after } = await parseBpmn(await guidedProcedureXml(form));
    const facts = (d: ModdleElement) =>
      flowNodes(d)
        .map((n) => ({
          id: n.id,
          type: n.$type,
          name: n.name,
          lane: laneOf(n)?.get('name'),
          step: n.$type.endsWith('Task') ? readFacts(n, 'step') : undefined,
          outcome: n.$type === 'bpmn:SequenceFlow' ? readFacts(n, 'outcome') : undefined,
          from: (n.sourceRef as ModdleElement | undefined)?.id,
          to: (n.targetRef as ModdleElement | undefined)?.id,
        }))
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(facts(after)).toEqual(facts(before));
    expect(readProcedure(after)).toEqual(readProcedure(before));
  });

  it('adds a step after the row above it, keeping the supplement loop, and removes a straight step', async () => {
    const { definitions: before } = await parseBpmn(await newProcedureXml('vi'));
    const { form } = readGuidedForm(before);
    // the form asks for every row's time before it builds
    form.steps.forEach((s) => {
      s.duration = 0.5;
    });
    const at = form.steps.findIndex((s) => s.id === 'Task_Process');
    form.steps.splice(at + 1, 0, {
      name: 'Lấy ý kiến cơ quan liên quan',
      performer: 'Sở Xây dựng',
      duration: 3,
      durationUnit: 'day',
      forms: [],
      outputs: [],
      documents: [
        { name: 'Giấy chứng nhận quyền sử dụng đất', source: 'database', platform: 'LGSP', database: 'CSDL đất đai' },
      ],
      inPersonVisit: false,
    });
    form.steps = form.steps.filter((s) => s.id !== 'Task_Review');
    const { definitions: after } = await parseBpmn(await guidedProcedureXml(form));
    const nodes = flowNodes(after);
    const byId = new Map(nodes.map((n) => [n.id as string, n]));
    const added = nodes.find((n) => n.name === 'Lấy ý kiến cơ quan liên quan') as ModdleElement;
    const next = (el: ModdleElement) =>
      (el.get('outgoing') as ModdleElement[]).map((f) => (f.targetRef as ModdleElement).id);
    expect(next(byId.get('Task_Process')!)).toEqual([added.id]);
    expect(next(added)).toEqual(['Task_Approve']);
    expect(byId.has('Task_Review')).toBe(false);
    expect(laneOf(added)?.get('name')).toBe('Sở Xây dựng');
    expect(next(byId.get('Task_Supplement')!)).toEqual(['Task_Check']);
    expect(readFacts(byId.get('Task_Supplement')!, 'step').dossierStatus).toBe(5);
    expect(readFacts(byId.get('Gateway_Complete')!, 'decision').variable).toBe('hoSoDayDu');
    expect(analyze(after).documentsFromDatabases).toBe(1);
    expect((await validateDefinitions(after)).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('marks what it cannot rebuild (a condition, a sub-process) instead of dropping it', async () => {
    const xml = (await newProcedureXml('vi')).replace(
      '<bpmn:startEvent',
      '<bpmn:subProcess id="Sub_1" name="Khác" /><bpmn:startEvent',
    );
    const { definitions } = await parseBpmn(xml);
    expect(readGuidedForm(definitions).unsupported).toContain('Sub_1');
  });

  it('marks a flow whose end the file does not hold instead of failing', async () => {
    // given a flow pointing at an element the file does not have (bpmn-moddle leaves the reference unset)
    const xml = (await newProcedureXml('vi')).replace(
      '<bpmn:startEvent',
      '<bpmn:sequenceFlow id="Flow_Dangling" sourceRef="Nowhere" targetRef="Nowhere_Either" /><bpmn:startEvent',
    );
    const { definitions } = await parseBpmn(xml);
    // when the form reads it, then the flow is marked and the steps are still read
    const read = readGuidedForm(definitions);
    expect(read.unsupported).toContain('Flow_Dangling');
    expect(read.form.steps.length).toBeGreaterThan(0);
  });
});
