/** TTHC rules and bpmnlint's recommended rules on the template, the samples and hand-made faults. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyFactsPatch,
  createModdle,
  describeValidationProblem,
  newProcedureXml,
  parseBpmn,
  serializeBpmn,
  validateDefinitions,
  validateXml,
} from '../../../src/core/index.ts';
import type { ModdleElement } from '../../../src/core/index.ts';

const find = (defs: ModdleElement, id: string): ModdleElement => {
  const stack = [...(defs.get('rootElements') as ModdleElement[])];
  while (stack.length) {
    const el = stack.pop() as ModdleElement;
    if (el.id === id) return el;
    stack.push(...((el.get?.('flowElements') as ModdleElement[] | undefined) ?? []));
  }
  throw new Error(id);
};

describe('validation', () => {
  it('lists the template steps without times, in both languages', async () => {
    const problems = await validateXml(await newProcedureXml('vi'));
    const noTime = problems.filter((p) => p.code === 'stepWithoutTime').map((p) => p.elementId);
    expect(noTime).toEqual([
      'Task_Check',
      'Task_Supplement',
      'Task_Process',
      'Task_Review',
      'Task_Approve',
      'Task_Issue',
      'Task_Return',
    ]);
    const p = problems.find((x) => x.elementId === 'Task_Process' && x.code === 'stepWithoutTime');
    expect(describeValidationProblem(p!, 'vi')).toBe('Bước "Thẩm định, xử lý hồ sơ" chưa có thời gian thực hiện.');
    expect(describeValidationProblem(p!, 'en')).toBe('Step "Thẩm định, xử lý hồ sơ" has no working time.');
  });

  it('has no error on a sample procedure (only the supplement loop fake-join warning)', async () => {
    const problems = await validateXml(readFileSync('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn', 'utf8'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => `${p.code}:${p.elementId}`)).toEqual(['lint:fake-join:Task_Check']);
  });

  it('gives the same result on repeated runs (no rule state leaks between runs)', async () => {
    const xml = readFileSync('procedures/dang-ky-ket-hon/phuong-an-a.bpmn', 'utf8');
    const a = await validateXml(xml);
    const b = await validateXml(xml);
    expect(b).toEqual(a);
  });

  it('finds decisions without variable, flows without outcome, an over-limit path and a component without source', async () => {
    const moddle = createModdle();
    const { definitions } = await parseBpmn(
      readFileSync('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn', 'utf8'),
      moddle,
    );
    applyFactsPatch(moddle, find(definitions, 'Gateway_Complete'), 'decision', { variable: '' });
    applyFactsPatch(moddle, find(definitions, 'Flow_Incomplete'), 'outcome', { value: '' });
    applyFactsPatch(moddle, find(definitions, 'Task_Issue'), 'step', { duration: 3 });
    const process = find(definitions, 'Process_DangKyKhaiSinh');
    const component = (process.get('flowElements') as ModdleElement[]).find(
      (e) => e.$type === 'bpmn:DataObjectReference',
    ) as ModdleElement;
    applyFactsPatch(moddle, component, 'dossierComponent', { source: undefined });
    const problems = await validateDefinitions(definitions);
    const codes = problems.filter((p) => p.severity === 'error').map((p) => `${p.code}:${p.elementId}`);
    expect(codes).toContain('decisionWithoutVariable:Gateway_Complete');
    expect(codes).toContain('flowWithoutOutcome:Flow_Incomplete');
    expect(codes).toContain('overLimit:Process_DangKyKhaiSinh');
    expect(codes).toContain(`componentWithoutSource:${component.id}`);
    // 0.125 + 0.375 + 0.125 + 3 + 0.125 = 3.75 days against 1
    const over = problems.find((p) => p.code === 'overLimit');
    expect(over?.params).toMatchObject({ days: 3.75, limit: 1 });
    // the source model object was only read
    expect(await serializeBpmn(definitions, moddle)).toContain('Gateway_Complete');
  });

  it('rejects a decision variable that no engine can read', async () => {
    const moddle = createModdle();
    const { definitions } = await parseBpmn(
      readFileSync('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn', 'utf8'),
      moddle,
    );
    applyFactsPatch(moddle, find(definitions, 'Gateway_Complete'), 'decision', { variable: 'hồ sơ đủ' });
    const problems = await validateDefinitions(definitions, { lint: false });
    expect(problems.map((p) => p.code)).toEqual(['decisionVariableInvalid']);
  });
});

describe('single-pass bpmnlint run', () => {
  it("reports exactly what bpmnlint's Linter reports with the recommended config, on every sample and the template", async () => {
    const { createRequire } = await import('node:module');
    const { readdirSync } = await import('node:fs');
    const { lintProblems, staticResolver } = await import('../../../src/core/index.ts');
    const require = createRequire(import.meta.url);
    const { Linter } = require('bpmnlint') as {
      Linter: new (o: unknown) => {
        lint(d: unknown): Promise<Record<string, Array<{ id: string; message: string; category: string }>>>;
      };
    };
    const xmls = readdirSync('procedures', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.bpmn'))
      .map((f) => readFileSync(`procedures/${f}`, 'utf8'));
    xmls.push(await newProcedureXml('en'));
    for (const xml of xmls) {
      const { definitions } = await parseBpmn(xml);
      const reference = await new Linter({
        config: { extends: 'bpmnlint:recommended' },
        resolver: staticResolver,
      }).lint(definitions);
      const expected = Object.entries(reference)
        .flatMap(([rule, rs]) =>
          rs.map((r) => `${rule}|${r.category === 'error' ? 'error' : 'warning'}|${r.id}|${r.message}`),
        )
        .sort();
      const ours = (await lintProblems(definitions))
        .map((p) => `${p.code.slice(5)}|${p.severity}|${p.elementId}|${p.params.message}`)
        .sort();
      expect(ours).toEqual(expected);
    }
  });
});
