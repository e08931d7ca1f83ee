/** Issue: figures a reviewer can sign — one time model, activity cost, one rule set, impossible values. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  applyFactsPatch,
  buildProcedureXml,
  createModdle,
  describeFinding,
  describeValidationProblem,
  importTable,
  newProcedureXml,
  parseBpmn,
  validateDefinitions,
  type ModdleElement,
} from '@/core/index.ts';
import { HANOI, toXlsx } from '../table-import/fixtures.ts';
import { inlineModel, task } from '../analysis/support.ts';

const load = async (path: string) => (await parseBpmn(readFileSync(path, 'utf8'))).definitions;
const byId = (defs: ModdleElement, id: string): ModdleElement => {
  const stack = [...(defs.get('rootElements') as ModdleElement[])];
  while (stack.length) {
    const el = stack.pop() as ModdleElement;
    if (el.id === id) return el;
    stack.push(...((el.get?.('flowElements') as ModdleElement[] | undefined) ?? []));
  }
  throw new Error(id);
};

describe('one time model', () => {
  it('shows a published table (Hanoi QĐ 1594) with its stated total as the longest path, and its default shares as assumptions', async () => {
    const r = await importTable(await toXlsx(HANOI), 'qd-1594.xlsx', { code: '1.012644' });
    const { definitions } = await parseBpmn(await buildProcedureXml(r.spec!));
    const a = analyze(definitions, { locale: 'vi' });
    expect(a.criticalPathWorkingDays).toBe(30);
    expect(a.statutoryLimitWorkingDays).toBe(30);
    expect(a.withinStatutoryLimit).toBe(true);
    // every exception branch carries an explicit share marked as the studio's estimate, shown as an assumption
    const assumed = a.warnings.filter((w) => w.code === 'assumedShare');
    expect(assumed.length).toBeGreaterThan(0);
    expect(describeFinding(assumed[0]!, 'vi')).toContain('ước tính mặc định của TTHC Studio');
    expect(a.warnings.filter((w) => w.code === 'decisionWithoutShares')).toEqual([]);
    // loops lengthen the expected time, never the headline
    expect(a.expectedWorkingDays).toBeGreaterThan(30);
  });

  it('never lets a refusal branch without a share pull the expected time below the main line', async () => {
    // a first-step check whose refusal branch has no share (as a Nghệ An table would give): 21 days for every dossier
    const a = analyze(
      await inlineModel(
        [
          '<bpmn:startEvent id="S" />',
          task('Check', 1),
          '<bpmn:exclusiveGateway id="G" />',
          task('Process', 20),
          '<bpmn:endEvent id="Done" />',
          '<bpmn:endEvent id="Refused" />',
          '<bpmn:sequenceFlow id="f0" sourceRef="S" targetRef="Check" />',
          '<bpmn:sequenceFlow id="f1" sourceRef="Check" targetRef="G" />',
          '<bpmn:sequenceFlow id="ok" sourceRef="G" targetRef="Process" />',
          '<bpmn:sequenceFlow id="no" sourceRef="G" targetRef="Refused" />',
          '<bpmn:sequenceFlow id="f2" sourceRef="Process" targetRef="Done" />',
        ].join(''),
      ),
    );
    expect(a.criticalPathWorkingDays).toBe(21);
    expect(a.expectedWorkingDays).toBe(21);
    const missing = a.warnings.find((w) => w.code === 'decisionWithoutShares');
    expect(missing?.params.main).toBe('Process');
    expect(describeFinding(missing!, 'en')).toContain('The longest path does not depend on shares');
  });
});

describe('activity cost', () => {
  const dir = 'procedures/dang-ky-khai-sinh/';
  it('lowers the cost of khai sinh by exactly the visit and the documents an option removes', async () => {
    const [current, a, b] = await Promise.all(
      ['hien-hanh', 'phuong-an-a', 'phuong-an-b'].map((f) => load(`${dir}${f}.bpmn`)),
    );
    const cost = (d: ModdleElement) => analyze(d, { method: 'activity' }).costs.activity;
    const [c0, cA, cB] = [cost(current!), cost(a!), cost(b!)];
    const line = (c: typeof c0, label: string) =>
      c.breakdown.filter((l) => l.key === 'activity' && l.label.startsWith(label)).reduce((s, l) => s + l.value, 0);
    // option A takes two documents from data: the cost drops by exactly those two "Prepare" lines
    expect(c0.perDossierVnd - cA.perDossierVnd).toBe(line(c0, 'Prepare') - line(cA, 'Prepare'));
    expect(c0.perDossierVnd - cA.perDossierVnd).toBeGreaterThan(0);
    // option B also removes the visit: the further drop is exactly the visit line
    expect(cA.perDossierVnd - cB.perDossierVnd).toBe(line(cA, 'In-person visits'));
    expect(line(cB, 'In-person visits')).toBe(0);
    // the processing-time method, as provinces publish it, sees no change in days
    const days = (d: ModdleElement) => analyze(d).costs['processing-time'].perDossierVnd;
    expect(days(b!)).toBe(days(current!));
    // every assumption says where it comes from
    expect(cB.assumptions?.every((x) => x.origin === 'estimate' && x.source.length > 10)).toBe(true);
  });

  it('uses an assumption written in the procedure instead of the estimate', async () => {
    const moddle = createModdle();
    const { definitions } = await parseBpmn(readFileSync(`${dir}phuong-an-a.bpmn`, 'utf8'), moddle);
    const before = analyze(definitions, { method: 'activity' }).costs.activity;
    applyFactsPatch(moddle, byId(definitions, 'Process_DangKyKhaiSinh'), 'procedure', { costTravelVnd: 80_000 });
    const after = analyze(definitions, { method: 'activity' }).costs.activity;
    // one visit: 80,000 − 30,000 more
    expect(after.perDossierVnd - before.perDossierVnd).toBe(50_000);
    expect(after.assumptions?.find((x) => x.key === 'costTravelVnd')).toMatchObject({ value: 80_000, origin: 'file' });
  });
});

describe('one rule set', () => {
  it('lists the same TTHC findings in the analysis and in validation, for the template and every sample', async () => {
    const files = [
      'procedures/dang-ky-khai-sinh/hien-hanh.bpmn',
      'procedures/hn1594-thay-doi-tru-so-to-chuc-ton-giao/hien-hanh.bpmn',
    ];
    const xmls = [await newProcedureXml('vi'), ...files.map((f) => readFileSync(f, 'utf8'))];
    for (const xml of xmls) {
      const { definitions } = await parseBpmn(xml);
      const analysis = analyze(definitions);
      const fromAnalysis = analysis.warnings
        .filter((w) => w.severity !== 'info')
        .map((w) => `${w.code}:${w.elementId ?? ''}`)
        .sort();
      const problems = await validateDefinitions(definitions, { lint: false });
      expect(problems.map((p) => `${p.code}:${p.elementId}`).sort()).toEqual(fromAnalysis);
    }
  });

  it('opens the template with no error or warning while drawing: only quiet hints', async () => {
    const { definitions } = await parseBpmn(await newProcedureXml('vi'));
    const live = await validateDefinitions(definitions, { context: 'live' });
    expect(live.filter((p) => p.severity === 'error' || p.severity === 'warning')).toEqual([]);
    expect(live.filter((p) => p.severity === 'hint').length).toBeGreaterThan(0);
    // the export gate still refuses the missing times
    const gate = await validateDefinitions(definitions);
    expect(gate.some((p) => p.severity === 'error' && p.code === 'stepWithoutTime')).toBe(true);
  });
});

describe('impossible values', () => {
  const cases: Array<[string, string, Record<string, unknown>, string, string]> = [
    ['procedure', 'Process_DangKyKhaiSinh', { timeLimit: -5 }, 'timeLimit', 'negative'],
    ['procedure', 'Process_DangKyKhaiSinh', { timeUnit: 'century' }, 'timeUnit', 'unknownValue'],
    ['step', 'Task_Check', { duration: Number.NaN }, 'duration', 'notANumber'],
    ['step', 'Task_Check', { dossierStatus: 99 }, 'dossierStatus', 'statusRange'],
    ['step', 'Task_Check', { durationUnit: 'century' }, 'durationUnit', 'unknownValue'],
    ['outcome', 'Flow_Incomplete', { share: 1.7 }, 'share', 'shareRange'],
  ];
  for (const [kind, id, patch, field, reason] of cases) {
    it(`reports ${field} = ${String(Object.values(patch)[0])} at its field and keeps it out of the figures`, async () => {
      const moddle = createModdle();
      const { definitions } = await parseBpmn(
        readFileSync('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn', 'utf8'),
        moddle,
      );
      const el = byId(definitions, id);
      // the raw value as a file would hold it (the panel refuses such input; a file may still carry it)
      const ext = (el.get('extensionElements') as ModdleElement).get('values') as ModdleElement[];
      const facts = ext.find((v) => v.$type === `tthc:${kind[0]!.toUpperCase()}${kind.slice(1)}`) as ModdleElement;
      for (const [k, v] of Object.entries(patch)) facts.set(k, v);
      const problems = await validateDefinitions(definitions, { lint: false });
      const p = problems.find((x) => x.code === 'impossibleValue' && x.field === field);
      expect(p).toMatchObject({ severity: 'error', elementId: id, params: { reason } });
      expect(describeValidationProblem(p!, 'vi')).toContain('không thể có');
      const a = analyze(definitions);
      expect(Number.isFinite(a.criticalPathWorkingDays) && a.criticalPathWorkingDays >= 0).toBe(true);
      expect(Number.isFinite(a.expectedWorkingDays)).toBe(true);
      if (field === 'timeLimit' || field === 'timeUnit') {
        expect(a.statutoryLimitWorkingDays).toBeNull();
        expect(problems.some((x) => x.code === 'overLimit')).toBe(false);
      }
    });
  }
});
