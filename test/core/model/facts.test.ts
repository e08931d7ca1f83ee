import { describe, expect, it } from 'vitest';
import {
  applyFactsPatch,
  createModdle,
  effectiveRole,
  factsKindOf,
  newProcedureXml,
  parseBpmn,
  readFacts,
  readProcedure,
  serializeBpmn,
  type ModdleElement,
} from '@/core/index.ts';

function byId(definitions: ModdleElement, id: string): ModdleElement {
  const found: ModdleElement[] = [];
  const walk = (el: unknown): void => {
    if (!el || typeof el !== 'object') return;
    const e = el as ModdleElement;
    if (e.id === id) found.push(e);
    for (const key of ['rootElements', 'flowElements', 'participants']) {
      const list = (e as Record<string, unknown>)[key];
      if (Array.isArray(list)) list.forEach(walk);
    }
  };
  walk(definitions);
  if (!found[0]) throw new Error(`no element ${id}`);
  return found[0];
}

const FULL_PROCEDURE = {
  code: '1.000948.H38',
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'xa' as const,
  agency: 'UBND cấp xã',
  applicants: 'Công dân Việt Nam',
  channels: ['inPerson' as const, 'online' as const],
  timeLimit: 3,
  timeUnit: 'day' as const,
  timeStartsFrom: 'ngày nhận đủ hồ sơ hợp lệ',
  onlineLevel: 'full' as const,
  result: 'Giấy khai sinh',
  dossiersPerYear: 1200,
  boundaryFree: true,
  publicationDecision: 'QĐ 123/QĐ-UBND',
  variantName: 'Phương án A',
  variantStatus: 'proposed' as const,
  fees: [{ kind: 'charge' as const, amountVnd: 8000, description: 'Lệ phí <đăng ký> & "trích lục"' }],
  legalBases: [
    { document: 'Luật Hộ tịch 2014', article: 'Điều 16', date: '2014-11-20', title: 'Thủ tục đăng ký khai sinh' },
  ],
  forms: [{ name: 'Tờ khai đăng ký khai sinh', code: 'TK-01', basis: 'Thông tư 04/2020/TT-BTP' }],
};

describe('TTHC facts in the BPMN file', () => {
  it('round-trips every procedure, step, dossier, decision and outcome field exactly', async () => {
    // given the template with every kind of facts written through the core API
    const moddle = createModdle();
    const { definitions } = await parseBpmn(await newProcedureXml('vi'), moddle);
    const process = byId(definitions, 'Process_TTHC');
    applyFactsPatch(moddle, process, 'procedure', FULL_PROCEDURE);
    const step = {
      number: '2',
      duration: 0.5,
      durationUnit: 'day' as const,
      minDuration: 0.25,
      maxDuration: 1,
      role: 'Công chức tư pháp – hộ tịch',
      channel: 'online' as const,
      dossierStatus: 2,
      maySendBack: true,
      inPersonVisit: false,
      applicantHours: 1.5,
      description: 'Kiểm tra',
      forms: [{ name: 'Mẫu 01' }],
      outputs: ['Giấy tiếp nhận', 'Phiếu kiểm soát'],
    };
    applyFactsPatch(moddle, byId(definitions, 'Task_Check'), 'step', step);
    applyFactsPatch(moddle, byId(definitions, 'Gateway_Complete'), 'decision', {
      variable: 'hoSoDayDu',
      question: 'Đủ?',
    });
    applyFactsPatch(moddle, byId(definitions, 'Flow_Incomplete'), 'outcome', { value: 'false', share: 0.15 });

    // when it is written and read back twice
    const xml = await serializeBpmn(definitions, moddle);
    const again = (await parseBpmn(xml)).definitions;
    const xml2 = await serializeBpmn(again);

    // then the facts are identical and the XML is stable
    expect(xml2).toBe(xml);
    expect(readProcedure(again)).toEqual(FULL_PROCEDURE);
    expect(readFacts(byId(again, 'Task_Check'), 'step')).toEqual(step);
    expect(readFacts(byId(again, 'Gateway_Complete'), 'decision')).toEqual({ variable: 'hoSoDayDu', question: 'Đủ?' });
    expect(readFacts(byId(again, 'Flow_Incomplete'), 'outcome')).toEqual({ value: 'false', share: 0.15 });
    expect(xml).toContain('xmlns:tthc="https://tthc-studio.github.io/schema/bpmn/1.0"');
    expect(xml).toContain('Lệ phí &#60;đăng ký&#62; &#38; &#34;trích lục&#34;');
  });

  it("defaults a step's role from its lane and classifies elements by kind", async () => {
    const { definitions } = await parseBpmn(await newProcedureXml('vi'));
    expect(effectiveRole(byId(definitions, 'Task_Process'))).toBe('Chuyên viên thụ lý');
    expect(factsKindOf(byId(definitions, 'Task_Process'))).toBe('step');
    expect(factsKindOf(byId(definitions, 'Gateway_Complete'))).toBe('decision');
    expect(factsKindOf(byId(definitions, 'Flow_Incomplete'))).toBe('outcome');
    expect(factsKindOf(byId(definitions, 'Flow_Submit'))).toBeUndefined();
    expect(factsKindOf(byId(definitions, 'Process_TTHC'))).toBe('procedure');
  });

  it('clears a field when it is set to an empty value', async () => {
    const moddle = createModdle();
    const { definitions } = await parseBpmn(await newProcedureXml('en'), moddle);
    const task = byId(definitions, 'Task_Review');
    applyFactsPatch(moddle, task, 'step', { duration: 2, role: 'Trưởng phòng' });
    applyFactsPatch(moddle, task, 'step', { duration: undefined, role: '' });
    expect(readFacts(task, 'step')).toEqual({ maySendBack: true, forms: [], outputs: [] });
    expect(await serializeBpmn(definitions, moddle)).not.toMatch(/<tthc:step[^>]*duration=/);
  });
});
