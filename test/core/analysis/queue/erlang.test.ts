import { describe, expect, it } from 'vitest';
import { erlangC, mmcMeanSojourn, mmcMeanWait, simulateQueue } from '@/core/index.ts';
import { tandemModel } from './models.ts';

/** 1,920 working hours a year in the test models (12 × 20 days × 8 h). */
const YEAR_HOURS = 1920;
/** Enough dossiers that the estimate's own error is well below the 5 % tolerance (about 1–2 % at ρ = 0.85). */
const DOSSIERS = 280_000;
/** Mean service of half an hour: a year is then long against the queue's relaxation time, so the warm-up suffices. */
const SERVICE_HOURS = 0.5;

describe('Erlang C formula', () => {
  it('matches hand-worked values', () => {
    // M/M/1: the probability of waiting is ρ; M/M/2 with a = 1: C = 1/3 (Gross & Harris, table of Erlang C)
    expect(erlangC(1, 0.6)).toBeCloseTo(0.6, 12);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    // Wq of M/M/1 = ρ / (μ − λ)
    expect(mmcMeanWait(0.5, 1, 1)).toBeCloseTo(1, 12);
    expect(mmcMeanSojourn(0.5, 1, 1)).toBeCloseTo(2, 12);
    expect(mmcMeanWait(2, 1, 2)).toBe(Infinity);
  });
});

describe('queue simulation against queueing theory', { timeout: 180_000 }, () => {
  it.each([
    { c: 1, rho: 0.5 },
    { c: 1, rho: 0.85 },
    { c: 2, rho: 0.85 },
    { c: 3, rho: 0.7 },
    { c: 5, rho: 0.85 },
  ])('one step with $c officers at load $rho matches Erlang C within 5 %', ({ c, rho }) => {
    // given Poisson arrivals and exponential service at load ρ = λ / (c μ)
    const mu = 1 / SERVICE_HOURS;
    const lambda = rho * c * mu;
    const perYear = lambda * YEAR_HOURS;
    const model = tandemModel([{ officers: c, meanHours: SERVICE_HOURS }], perYear);

    // when enough years are simulated for DOSSIERS dossiers, with a fixed seed
    const r = simulateQueue(model, { runs: Math.ceil(DOSSIERS / perYear), seed: 2026 });

    // then mean waiting and mean cycle time (working days of 8 h) are within 5 % of the formulas
    const wq = mmcMeanWait(lambda, mu, c) / 8;
    const w = mmcMeanSojourn(lambda, mu, c) / 8;
    expect(r.dossiers).toBeGreaterThan(DOSSIERS * 0.9);
    expect(Math.abs(r.waiting[0]!.meanWaitingDays / wq - 1)).toBeLessThan(0.05);
    expect(Math.abs(r.cycleTime.mean / w - 1)).toBeLessThan(0.05);
    expect(Math.abs(r.utilisation[0]!.utilisation! / rho - 1)).toBeLessThan(0.02);
  });

  it('a tandem of two such steps matches the sum of their formulas', () => {
    // given two stations in a row (a Jackson network: each behaves as its own M/M/c)
    const mu1 = 1 / SERVICE_HOURS;
    const mu2 = 1 / (SERVICE_HOURS * 1.5);
    const lambda = 1.4;
    const model = tandemModel(
      [
        { officers: 1, meanHours: 1 / mu1 },
        { officers: 3, meanHours: 1 / mu2 },
      ],
      lambda * YEAR_HOURS,
    );

    // when
    const r = simulateQueue(model, { runs: Math.ceil(DOSSIERS / (lambda * YEAR_HOURS)), seed: 7 });

    // then (ρ1 = 0.7, ρ2 ≈ 0.70) the mean cycle time is the sum of both sojourn times
    const w = (mmcMeanSojourn(lambda, mu1, 1) + mmcMeanSojourn(lambda, mu2, 3)) / 8;
    expect(Math.abs(r.cycleTime.mean / w - 1)).toBeLessThan(0.05);
    expect(Math.abs(r.waiting[1]!.meanWaitingDays / (mmcMeanWait(lambda, mu2, 3) / 8) - 1)).toBeLessThan(0.05);
  });
});
