import { describe, expect, it } from 'vitest';
import { analyze, buildSimulationModel, mulberry32, seedFrom, simulate } from '@/core/index.ts';
import { quantile } from '@/core/analysis/simulate.ts';
import { chain, flow, inlineModel, loadFixture, task } from './support.ts';

describe('Monte Carlo simulation', () => {
  it('is reproducible from its seed and plain data a worker can receive', async () => {
    // given the model of the supplement / send-back fixture
    const model = buildSimulationModel(await loadFixture('parallel-loop.bpmn'));

    // when it is run twice with one seed, once on a structured clone, once with another seed
    const a = simulate(model, { runs: 2000, seed: 42 });
    const b = simulate(model, { runs: 2000, seed: 42 });
    const cloned = simulate(structuredClone(model), { runs: 2000, seed: '42' });
    const other = simulate(model, { runs: 2000, seed: 43 });

    // then the same seed gives the same numbers
    expect(b).toEqual(a);
    expect(cloned).toEqual(a);
    expect(other.meanWorkingDays).not.toBe(a.meanWorkingDays);
  });

  it('converges to the analytic expectation with loops and a time range', async () => {
    // given: expected time 0.5 + 0.375 + 2 + 6 + 1 + 1/9 + 0.5 = 10.486111 days
    const definitions = await loadFixture('parallel-loop.bpmn');
    const expected = analyze(definitions).expectedWorkingDays;

    // when
    const r = simulate(buildSimulationModel(definitions), { runs: 40_000, seed: 1 });

    // then the mean is within 5 standard errors (σ ≈ 1.42 days)
    expect(expected).toBe(10.486111);
    expect(r.analyticExpectedWorkingDays).toBeCloseTo(expected, 6);
    expect(Math.abs(r.meanWorkingDays - expected)).toBeLessThan((5 * 1.42) / Math.sqrt(40_000));
    expect(r.minWorkingDays).toBeGreaterThanOrEqual(0.5 + 2 + 4 + 1 + 0.5);
    expect(r.cappedRuns).toBe(0);
  });

  it('converges for nested loops and for an inclusive gateway', async () => {
    const nested = await inlineModel(
      [
        '<bpmn:startEvent id="S" />',
        task('A', 1),
        task('B', 1),
        '<bpmn:exclusiveGateway id="G1" />',
        task('C', 1),
        '<bpmn:exclusiveGateway id="G2" />',
        '<bpmn:endEvent id="E" />',
        flow('f0', 'S', 'A'),
        flow('f1', 'A', 'B'),
        flow('f2', 'B', 'G1'),
        flow('b1', 'G1', 'B', 0.5),
        flow('f3', 'G1', 'C', 0.5),
        flow('f4', 'C', 'G2'),
        flow('b2', 'G2', 'A', 0.2),
        flow('f5', 'G2', 'E', 0.8),
      ].join(''),
    );
    const inclusive = await inlineModel(
      [
        '<bpmn:startEvent id="S" />',
        '<bpmn:inclusiveGateway id="OR" />',
        task('X', 2),
        task('Y', 4),
        '<bpmn:inclusiveGateway id="J" />',
        '<bpmn:endEvent id="E" />',
        flow('f0', 'S', 'OR'),
        flow('fx', 'OR', 'X', 0.5),
        flow('fy', 'OR', 'Y', 0.5),
        flow('jx', 'X', 'J'),
        flow('jy', 'Y', 'J'),
        flow('f9', 'J', 'E'),
      ].join(''),
    );
    // nested: 5 days expected; inclusive: 3 days expected (σ ≤ 4 days in both)
    expect(simulate(buildSimulationModel(nested), { runs: 40_000, seed: 9 }).meanWorkingDays).toBeCloseTo(5, 1);
    expect(simulate(buildSimulationModel(inclusive), { runs: 40_000, seed: 9 }).meanWorkingDays).toBeCloseTo(3, 1);
  });

  it('gives median, 90th percentile and the share within the limit of a triangular step', async () => {
    // given one step of 2–3–4 days and a limit of 3 days
    const model = buildSimulationModel(
      await inlineModel(
        '<bpmn:startEvent id="S" />' +
          task('T', 3, 'minDuration="2" maxDuration="4"') +
          '<bpmn:endEvent id="E" />' +
          flow('a', 'S', 'T') +
          flow('b', 'T', 'E'),
        'timeLimit="3"',
      ),
    );

    // when
    const r = simulate(model, { runs: 40_000, seed: 5 });

    // then half finish within 3 days; the 90th percentile solves 1 − (4 − x)² / 2 = 0.9: x = 4 − √0.2
    expect(r.shareWithinStatutoryLimit).toBeCloseTo(0.5, 1);
    expect(r.medianWorkingDays).toBeCloseTo(3, 1);
    expect(r.p90WorkingDays).toBeCloseTo(4 - Math.sqrt(0.2), 1);
    expect(r.statutoryLimitWorkingDays).toBe(3);
  });

  it('gives the expected cost per dossier and a histogram that holds every run', async () => {
    // given 3 days and 50,000 VND of charges (the linear fixture)
    const r = simulate(buildSimulationModel(await loadFixture('linear-lanes.bpmn')), { runs: 500, seed: 3 });
    expect(r.expectedCostPerDossierVnd).toBe(3 * 8 * 40_000 + 50_000);
    expect(r.histogram.bins.reduce((s, b) => s + b.count, 0)).toBe(500);

    const spread = simulate(buildSimulationModel(await loadFixture('parallel-loop.bpmn')), {
      runs: 3000,
      seed: 3,
      bins: 10,
    });
    const bins = spread.histogram.bins;
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(3000);
    for (let i = 1; i < bins.length; i++) expect(bins[i]?.fromDays).toBeCloseTo(bins[i - 1]?.toDays ?? 0, 6);
    expect(bins[0]?.fromDays).toBeLessThanOrEqual(spread.minWorkingDays);
    expect(bins.at(-1)?.toDays).toBeGreaterThan(spread.maxWorkingDays);
  });

  it('uses the applicant-hours method when asked', async () => {
    const definitions = await loadFixture('parallel-loop.bpmn');
    const r = simulate(buildSimulationModel(definitions, { method: 'applicant-hours' }), { runs: 40_000, seed: 11 });
    // analytic: 4.5 h × 40,000 + 120,000 = 300,000 VND
    expect(r.costMethod).toBe('applicant-hours');
    expect(Math.abs(r.expectedCostPerDossierVnd - 300_000) / 300_000).toBeLessThan(0.01);
  });

  it('has a seeded generator and an interpolated quantile', async () => {
    const next = mulberry32(seedFrom(7));
    const values = Array.from({ length: 5 }, next);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(Array.from({ length: 5 }, mulberry32(7))).toEqual(values);
    expect(seedFrom('abc')).toBe(seedFrom('abc'));
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 10);
    // a deterministic model: every run the same
    const fixed = simulate(buildSimulationModel(await inlineModel(chain([1, 2]))), { runs: 10, seed: 1 });
    expect([fixed.minWorkingDays, fixed.maxWorkingDays, fixed.stdDevWorkingDays]).toEqual([3, 3, 0]);
  });
});
