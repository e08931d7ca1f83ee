import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/index.ts';
import { loadFixture } from './support.ts';

describe('what a procedure asks of people, counted', () => {
  it('counts steps, hand-offs between lanes, units, visits, dossier components, forms and fees', async () => {
    // given six steps in four lanes, two in-person steps, components from the applicant and from two databases
    const a = analyze(await loadFixture('linear-lanes.bpmn'));

    // then
    expect(a.steps).toBe(6);
    expect(a.handoffs).toBe(5);
    expect(a.counts.handoffList.map((h) => `${h.flowId}:${h.from}→${h.to}`)).toEqual([
      'F1:Bộ phận Một cửa→Lãnh đạo phòng',
      'F2:Lãnh đạo phòng→Chuyên viên',
      'F3:Chuyên viên→Lãnh đạo phòng',
      'F4:Lãnh đạo phòng→Lãnh đạo UBND',
      'F5:Lãnh đạo UBND→Bộ phận Một cửa',
    ]);
    expect(a.units).toBe(4);
    expect(a.inPersonVisits).toBe(2);
    expect(a.counts.inPersonStepIds).toEqual(['T1', 'T6']);
    // two references with facts to one data object count twice; a data object whose reference carries facts counts once
    expect(a.documentsFromApplicant).toBe(2);
    expect(a.documentsFromDatabases).toBe(2);
    expect(a.counts.documentsByDatabase).toEqual({ 'CSDL hộ tịch điện tử': 1, 'CSDL quốc gia về dân cư': 1 });
    expect(a.forms).toBe(2);
    expect(a.feesVnd).toBe(50_000);
    expect(a.counts.fees).toMatchObject({ feeVnd: 0, chargeVnd: 50_000, otherVnd: 0, totalVnd: 50_000 });
  });

  it('counts whoever takes a decision among the units, and the decisions', async () => {
    const a = analyze(await loadFixture('parallel-loop.bpmn'));
    expect(a.handoffs).toBe(10);
    expect(a.counts.unitNames).toEqual([
      'Bộ phận Một cửa',
      'Công dân',
      'Chuyên viên thụ lý',
      'Cơ quan phối hợp',
      'Lãnh đạo',
    ]);
    expect(a.counts.decisions).toBe(2);
    expect(a.feesVnd).toBe(120_000);
  });

  it('counts message flows between pools as hand-offs and roles inherited from a sub-process', async () => {
    const a = analyze(await loadFixture('collab-subprocess.bpmn'));
    expect(a.steps).toBe(8);
    expect(a.counts.handoffList).toEqual([
      { flowId: 'M_Submit', kind: 'pool', from: 'Người nộp hồ sơ', to: 'Sở Xây dựng' },
      { flowId: 'M_Result', kind: 'pool', from: 'Sở Xây dựng', to: 'Người nộp hồ sơ' },
    ]);
    // own roles, the sub-process's role for its content, the pool's name for a step with neither
    expect(a.counts.unitNames).toEqual([
      'Chủ đầu tư',
      'Bộ phận Một cửa',
      'Phòng Quản lý xây dựng',
      'Lãnh đạo Sở',
      'Sở Xây dựng',
    ]);
    expect(a.inPersonVisits).toBe(1);
  });
});
