/**
 * Export targets accepted by their targets as is: camunda8 passes bpmnlint-plugin-camunda-compat for
 * Camunda 8.x with no error; every descriptor validates against the versioned JSON Schema; the CSV table
 * round-trips through the table importer; the bundle's manifest checksums match; invalid models are refused.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { unzipSync, strFromU8 } from 'fflate';
import { createRequire } from 'node:module';
import {
  createExportModdle,
  exportCamunda7,
  exportCamunda8,
  exportFlowable,
  exportVariant,
  ExportRefused,
  maxCalendarDaysFor,
  newProcedureXml,
  parseBpmn,
  previewTable,
  sha256Hex,
  slug,
  timerDuration,
  toDescriptor,
  processView,
} from '../../../src/core/index.ts';
import schema from '../../../src/core/export/schemas/process-descriptor.v1.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as {
  Linter: new (o: unknown) => {
    lint(d: unknown): Promise<Record<string, Array<{ category: string; message: string; id?: string }>>>;
  };
};
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;

const files = readdirSync('procedures', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.bpmn'))
  .sort();
const read = (f: string) => readFileSync(`procedures/${f}`, 'utf8');

describe('working days are never exported as a shorter calendar duration', () => {
  it('bounds N working days by the longest calendar span, holidays included (hand-checked)', () => {
    // Tết 2026: Mon 16/2–Fri 20/2 off, with the weekends 14/2–22/2 = 9 days off; from Fri 13/2, 1 working day
    // ends on Mon 23/2: 10 days later + the first day = 11
    expect(maxCalendarDaysFor(1)).toBe(11);
    expect(maxCalendarDaysFor(0.125)).toBe(11);
    // 5 working days can never take less than a week: at least 7 days, here 15 with Tết
    expect(maxCalendarDaysFor(5)).toBe(15);
    expect(timerDuration(2, 'day')).toBe('P12D');
    expect(timerDuration(4, 'hour')).toBe('P11D');
    expect(timerDuration(0, 'day')).toBeUndefined();
    for (const n of [1, 2, 3, 5, 10, 15, 20, 30])
      expect(maxCalendarDaysFor(n)).toBeGreaterThan(n + 2 * Math.floor(n / 5));
  });

  it('slugs roles into stable candidate groups', () => {
    expect(slug('Bộ phận Một cửa')).toBe('bo-phan-mot-cua');
    expect(slug('Công chức tư pháp - hộ tịch')).toBe('cong-chuc-tu-phap-ho-tich');
    expect(slug('Lãnh đạo UBND cấp xã')).toBe('lanh-dao-ubnd-cap-xa');
  });
});

describe('camunda8 export', () => {
  for (const version of ['8-6', '8-8', '8-10']) {
    it(`has no camunda-compat error for Camunda ${version.replace('-', '.')} on every procedure`, async () => {
      for (const file of files) {
        const { xml } = await exportCamunda8(read(file));
        const { definitions } = await parseBpmn(xml, createExportModdle('zeebe'));
        const linter = new Linter({
          config: { extends: `plugin:camunda-compat/camunda-cloud-${version}` },
          resolver: new NodeResolver(),
        });
        const results = await linter.lint(definitions);
        const errors = Object.entries(results).flatMap(([rule, reports]) =>
          reports.filter((r) => r.category === 'error').map((r) => `${file} ${rule} ${r.id}: ${r.message}`),
        );
        expect(errors).toEqual([]);
      }
    });
  }

  it('writes user tasks, candidate groups, forms, job types, FEEL and the platform', async () => {
    const { xml } = await exportCamunda8(read('dang-ky-khai-sinh/phuong-an-a.bpmn'));
    expect(xml).toContain('modeler:executionPlatform="Camunda Cloud"');
    expect(xml).toContain('isExecutable="true"');
    expect(xml).toContain('<zeebe:assignmentDefinition candidateGroups="cong-chuc-tu-phap-ho-tich" />');
    expect(xml).toContain('<zeebe:formDefinition externalReference="tthc:form/Task_Record" />');
    expect(xml).toContain('>=hoSoDayDu = "chuaDayDu"</bpmn:conditionExpression>');
    expect(xml).toMatch(/<bpmn:timeDuration[^>]*>P11D<\/bpmn:timeDuration>/);
    expect(xml).not.toMatch(/>P0D</);
    const lookups = await exportCamunda8(read('lien-thong-khai-sinh-thuong-tru-bhyt/phuong-an-a.bpmn'));
    expect(lookups.xml).toMatch(/<zeebe:taskDefinition type="tthc-[a-z-]+" retries="3" \/>/);
  });
});

describe('camunda7 and flowable exports', () => {
  it('write candidate groups, due dates and JUEL conditions', async () => {
    const c7 = (await exportCamunda7(read('dang-ky-khai-sinh/phuong-an-a.bpmn'))).xml;
    expect(c7).toContain('camunda:candidateGroups="cong-chuc-tu-phap-ho-tich"');
    expect(c7).toContain('camunda:dueDate="${dateTime().plusDays(11).toDate()}"');
    expect(c7).toContain("${execution.getVariable('hoSoDayDu') == 'chuaDayDu'}");
    const fl = (await exportFlowable(read('dang-ky-khai-sinh/phuong-an-a.bpmn'))).xml;
    expect(fl).toContain('xmlns:flowable="http://flowable.org/bpmn"');
    expect(fl).toContain('flowable:candidateGroups="cong-chuc-tu-phap-ho-tich"');
    expect(fl).toContain('flowable:dueDate="P11D"');
  });
});

describe('json descriptor', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(schema);
  it('validates against schemas/process-descriptor.v1.json for every procedure', async () => {
    for (const file of files) {
      const [out] = await exportVariant(read(file), 'json');
      const data = JSON.parse(String(out?.content));
      expect(validate(data), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
  it('describes steps, groups, statuses and conditioned edges (hand-checked)', async () => {
    const { definitions } = await parseBpmn(read('dang-ky-khai-sinh/phuong-an-a.bpmn'));
    const d = toDescriptor(processView(definitions));
    const record = d.steps.find((s) => s.id === 'Task_Record');
    expect(record).toMatchObject({
      roleGroup: 'cong-chuc-tu-phap-ho-tich',
      timeHours: 3,
      timeValue: 0.375,
      timeUnit: 'day',
      timerDuration: 'P11D',
      dossierStatuses: [4],
    });
    expect(d.steps.map((s) => s.id).slice(0, 3)).toEqual(['Task_Submit', 'Task_Check', 'Task_Receive']);
    expect(d.edges.find((e) => e.id === 'Flow_Incomplete')?.condition).toEqual({
      variable: 'hoSoDayDu',
      value: 'chuaDayDu',
    });
    expect(d.edges.find((e) => e.id === 'Flow_Complete')).toMatchObject({ isDefault: true, condition: null });
    expect(d.procedure).toMatchObject({ timeLimit: 1, timeUnit: 'day', timeLimitHours: 8 });
  });
});

describe('table export', () => {
  it('writes the decision table as CSV that the table importer reads back step for step', async () => {
    const files = await exportVariant(read('dang-ky-khai-sinh/phuong-an-a.bpmn'), 'table');
    const csv = files.find((f) => f.fileName.endsWith('.csv'));
    const text = String(csv?.content);
    expect(
      text.startsWith('\ufeffBước,Tên bước,Đơn vị/người thực hiện,Nội dung công việc,Thời hạn,Biểu mẫu/kết quả\r\n'),
    ).toBe(true);
    expect(text).toContain('0,375 ngày');
    expect(text).toMatch(/\r\nTổng thời gian,,,[^\r]*,"?1 ngày"?,\r\n$/);
    const { read: steps, preview } = previewTable(new TextEncoder().encode(text), 'table.csv');
    expect(preview?.format).toBe('studio');
    expect(steps?.steps.map((s) => s.name)).toEqual([
      'Nộp tờ khai và Giấy chứng sinh',
      'Kiểm tra giấy tờ',
      'Tiếp nhận, chuyển công chức tư pháp - hộ tịch',
      'Yêu cầu bổ sung, hoàn thiện hồ sơ',
      'Ghi Sổ hộ tịch, cập nhật CSDL để lấy Số định danh cá nhân',
      'Cùng ký tên vào Sổ hộ tịch',
      'Cấp Giấy khai sinh',
      'Trả Giấy khai sinh',
    ]);
    expect(steps?.steps[4]).toMatchObject({
      performer: 'Công chức tư pháp - hộ tịch',
      time: { value: 0.375, unit: 'day' },
    });
    expect(steps?.total?.time).toEqual({ value: 1, unit: 'day' });
    const docx = files.find((f) => f.fileName.endsWith('.docx'));
    expect((docx?.content as Uint8Array)[0]).toBe(0x50); // a zip (PK)
  });
});

describe('bundle', () => {
  it('zips every target with a manifest whose checksums match', async () => {
    const [bundle] = await exportVariant(read('dang-ky-khai-sinh/phuong-an-a.bpmn'), 'bundle');
    const entries = unzipSync(bundle?.content as Uint8Array);
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array));
    expect(manifest).toMatchObject({
      format: 'tthc-deployment-bundle',
      version: 1,
      variant: { processId: 'Process_DangKyKhaiSinh', status: 'proposed' },
    });
    expect(manifest.files.map((f: { target: string }) => f.target).sort()).toEqual([
      'bpmn-engine',
      'camunda7',
      'camunda8',
      'flowable',
      'json',
      'table',
      'table',
    ]);
    expect(manifest.roleGroups).toContainEqual({ id: 'bo-phan-mot-cua-cap-xa', name: 'Bộ phận Một cửa cấp xã' });
    for (const f of manifest.files) expect(sha256Hex(entries[f.path] as Uint8Array)).toBe(f.sha256);
  });
  it('sha256 matches a known vector', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('bad input', () => {
  it('refuses an invalid model (the template has steps without times), listing every error', async () => {
    const xml = await newProcedureXml('vi');
    const error = await exportVariant(xml, 'camunda8').catch((e) => e);
    expect(error).toBeInstanceOf(ExportRefused);
    const codes = (error as ExportRefused).problems.map((p) => `${p.code}:${p.elementId}`);
    expect(codes).toContain('stepWithoutTime:Task_Process');
    expect(codes.filter((c) => c.startsWith('stepWithoutTime'))).toHaveLength(7);
  });
  it('never changes the input: the same XML exports to the same output twice', async () => {
    const xml = read('dang-ky-khai-sinh/phuong-an-a.bpmn');
    const a = await exportCamunda8(xml);
    const b = await exportCamunda8(xml);
    expect(a.xml).toBe(b.xml);
    expect(xml).toBe(read('dang-ky-khai-sinh/phuong-an-a.bpmn'));
  });
});
