import { describe, expect, it } from 'vitest';
import {
  analyze,
  applicantHoursCost,
  compareCosts,
  DEFAULT_HOURLY_INCOME,
  processingTimeCost,
  reduction,
} from '@/core/index.ts';
import { chain, inlineModel, loadFixture } from './support.ts';

describe('compliance cost, processing-time method (docs/sources.md, Đồng Nai QĐ 2816)', () => {
  it('reproduces 10 → 9 days at 10 dossiers a year and 40,000 VND/h to the đồng', () => {
    // given the published worked example
    const before = processingTimeCost({ workingDays: 10, dossiersPerYear: 10 });
    const after = processingTimeCost({ workingDays: 9, dossiersPerYear: 10 });

    // when the two are compared
    const saved = compareCosts(before, after);

    // then 10 × 8 × 40,000 × 10 = 32,000,000 and 9 × 8 × 40,000 × 10 = 28,800,000, saving 10 %
    expect(before.perYearVnd).toBe(32_000_000);
    expect(after.perYearVnd).toBe(28_800_000);
    expect(saved.perYear).toEqual({ before: 32_000_000, after: 28_800_000, saving: 3_200_000, rate: 0.1 });
    expect(saved.perDossier).toEqual({ before: 3_200_000, after: 2_880_000, saving: 320_000, rate: 0.1 });
  });

  it('reproduces the reduction rates 25 → 23 days (8 %) and 5 → 3 days (40 %)', () => {
    // given / when
    const r1 = compareCosts(
      processingTimeCost({ workingDays: 25, dossiersPerYear: 10 }),
      processingTimeCost({ workingDays: 23, dossiersPerYear: 10 }),
    );
    const r2 = compareCosts(
      processingTimeCost({ workingDays: 5, dossiersPerYear: 10 }),
      processingTimeCost({ workingDays: 3, dossiersPerYear: 10 }),
    );

    // then 80,000,000 → 73,600,000 and 16,000,000 → 9,600,000
    expect(r1.perYear).toEqual({ before: 80_000_000, after: 73_600_000, saving: 6_400_000, rate: 0.08 });
    expect(r2.perYear).toEqual({ before: 16_000_000, after: 9_600_000, saving: 6_400_000, rate: 0.4 });
    expect(reduction(25, 23).rate).toBe(0.08);
    expect(reduction(5, 3).rate).toBe(0.4);
    expect(reduction(0, 0).rate).toBeNull();
  });

  it('shows every intermediate number with its formula', () => {
    // given 10 days, a charge of 50,000 VND and 10 dossiers a year
    const cost = processingTimeCost({
      workingDays: 10,
      daysBasis: 'statutory limit',
      fees: { feeVnd: 0, chargeVnd: 50_000, otherVnd: 0 },
      dossiersPerYear: 10,
    });

    // then each line can be recomputed from the lines above it
    expect(cost.breakdown.map((l) => [l.key, l.formula, l.value])).toEqual([
      ['workingDays', 'statutory limit', 10],
      ['workingHours', '10 × 8', 80],
      ['hourlyIncome', DEFAULT_HOURLY_INCOME.source, 40_000],
      ['workCost', '80 × 40,000', 3_200_000],
      ['fees', '0 + 50,000 + 0', 50_000],
      ['costPerDossier', '3,200,000 + 50,000', 3_250_000],
      ['dossiersPerYear', '', 10],
      ['costPerYear', '3,250,000 × 10', 32_500_000],
    ]);
  });

  it('writes formulas and labels in Vietnamese with Vietnamese digit grouping', () => {
    const cost = processingTimeCost({ workingDays: 10, dossiersPerYear: 10, locale: 'vi' });
    const last = cost.breakdown.at(-1);
    expect(last?.label).toBe('Chi phí tuân thủ mỗi năm');
    expect(last?.formula).toBe('3.200.000 × 10');
  });

  it('takes a configurable hourly income with its source and year', () => {
    const income = { vndPerHour: 45_000, source: 'Cục Thống kê tỉnh X', year: 2025 };
    const cost = processingTimeCost({ workingDays: 10, hourlyIncome: income, dossiersPerYear: 2 });
    expect(cost.perDossierVnd).toBe(3_600_000);
    expect(cost.perYearVnd).toBe(7_200_000);
    expect(cost.hourlyIncome).toEqual(income);
  });

  it('leaves the yearly cost empty when dossiers per year are unknown', () => {
    const cost = processingTimeCost({ workingDays: 1 });
    expect(cost.perDossierVnd).toBe(320_000);
    expect(cost.perYearVnd).toBeNull();
    expect(cost.breakdown.map((l) => l.key)).not.toContain('costPerYear');
  });
});

describe('compliance cost, applicant-hours method', () => {
  it("multiplies the applicant's own hours by the expected runs of each step", () => {
    // given 2 h at a desk visited 1.25 times, 4 h of supplementing 0.25 times, 1 h to collect the result
    const cost = applicantHoursCost({
      steps: [
        { id: 'T1', hours: 2, runs: 1.25 },
        { id: 'S', hours: 4, runs: 0.25 },
        { id: 'T6', hours: 1, runs: 1 },
      ],
      fees: { feeVnd: 100_000, chargeVnd: 0, otherVnd: 20_000 },
      dossiersPerYear: 50,
    });

    // then 2.5 + 1 + 1 = 4.5 h × 40,000 = 180,000, + 120,000 fees = 300,000, × 50 = 15,000,000
    expect(cost.workingHours).toBe(4.5);
    expect(
      cost.breakdown.filter((l) => l.key === 'applicantStep').map((l) => [l.elementId, l.formula, l.value]),
    ).toEqual([
      ['T1', '2 × 1.25', 2.5],
      ['S', '4 × 0.25', 1],
      ['T6', '1 × 1', 1],
    ]);
    expect(cost.workCostPerDossierVnd).toBe(180_000);
    expect(cost.perDossierVnd).toBe(300_000);
    expect(cost.perYearVnd).toBe(15_000_000);
  });
});

describe('compliance cost from a model', () => {
  it('gives 32,000,000 → 28,800,000 VND a year for a 10-day and a 9-day variant', async () => {
    // given two variants of a two-step procedure handling 10 dossiers a year
    const before = analyze(await inlineModel(chain([4, 6]), 'timeLimit="10" dossiersPerYear="10"'));
    const after = analyze(await inlineModel(chain([4, 5]), 'timeLimit="9" dossiersPerYear="10"'));

    // then the headline figures and the comparison match the worked example
    expect(before.criticalPathWorkingDays).toBe(10);
    expect(before.complianceCostPerYearVnd).toBe(32_000_000);
    expect(after.complianceCostPerYearVnd).toBe(28_800_000);
    expect(compareCosts(before.cost, after.cost).perYear?.rate).toBe(0.1);
  });

  it('uses the statutory limit instead of the longest path when asked', async () => {
    const a = analyze(await inlineModel(chain([4, 5]), 'timeLimit="10" dossiersPerYear="10"'), {
      timeBasis: 'statutory-limit',
    });
    expect(a.complianceCostPerYearVnd).toBe(32_000_000);
    expect(a.cost.breakdown[0]).toMatchObject({ key: 'workingDays', formula: 'statutory limit', value: 10 });
  });

  it('computes both methods and headlines the chosen one', async () => {
    // given the supplement / send-back fixture (fees 100,000 + other 20,000; 50 dossiers a year)
    const definitions = await loadFixture('parallel-loop.bpmn');

    // when analysed with each method
    const byTime = analyze(definitions);
    const byHours = analyze(definitions, { method: 'applicant-hours', dossiersPerYear: 100, hourlyIncome: 30_000 });

    // then processing time: the longest path as published, 9 days (no repeats) → 72 h × 40,000 = 2,880,000
    // + 120,000 = 3,000,000; × 50
    expect(byTime.complianceCostPerDossierVnd).toBe(3_000_000);
    expect(byTime.complianceCostPerYearVnd).toBe(150_000_000);
    // and applicant hours: 4.5 h × 30,000 = 135,000 + 120,000 = 255,000; × 100
    expect(byHours.costMethod).toBe('applicant-hours');
    expect(byHours.complianceCostPerDossierVnd).toBe(255_000);
    expect(byHours.complianceCostPerYearVnd).toBe(25_500_000);
    expect(byHours.costs['processing-time'].perDossierVnd).toBe(72 * 30_000 + 120_000);
  });
});
