import { describe, expect, it } from 'vitest';
import {
  applyScenario,
  buildQueueModel,
  buildSimulationModel,
  QueueModelError,
  simulate,
  simulateQueue,
} from '@/core/index.ts';
import { finishAt, nextAvailable } from '@/core/analysis/queue/timetable.ts';
import { loadFixture } from '../support.ts';
import { tandemModel } from './models.ts';

describe('queue simulation', { timeout: 120_000 }, () => {
  it("with no officer counts stated equals today's contention-free simulation", async () => {
    // given the send-back / parallel fixture without capacity facts: nobody waits
    const definitions = await loadFixture('parallel-loop.bpmn');
    const model = applyScenario(buildQueueModel(definitions, { year: 2026 }), { dossiersPerYear: 3000 });
    expect(model.roles.every((r) => r.officers === null)).toBe(true);

    // when one year is simulated without warm-up, and today's simulation runs as many dossiers with the seed
    const q = simulateQueue(model, { runs: 1, seed: 11, warmUpDays: 0 });
    const today = simulate(buildSimulationModel(definitions), { runs: q.dossiers, seed: 11 });

    // then every dossier took the same time: the distributions agree to rounding
    expect(q.dossiers).toBeGreaterThan(2500);
    expect(q.cycleTime.mean).toBeCloseTo(today.meanWorkingDays, 9);
    expect(q.cycleTime.p50).toBeCloseTo(today.medianWorkingDays, 9);
    expect(q.cycleTime.p90).toBeCloseTo(today.p90WorkingDays, 9);
    expect(q.cycleTime.max).toBeCloseTo(today.maxWorkingDays, 9);
    expect(q.withinLimitShare).toBe(today.shareWithinStatutoryLimit);
    expect(q.meanWithoutWaitingDays).toBeCloseTo(today.meanWorkingDays, 9);
    expect(q.bottleneck).toBeNull();
  });

  it('gives the same result for the same seed, also on a structured clone, and another for another seed', () => {
    // given a loaded two-step tandem
    const model = tandemModel(
      [
        { officers: 2, meanHours: 3 },
        { officers: 1, meanHours: 1, distribution: 0 },
      ],
      700,
    );

    // when
    const a = simulateQueue(model, { runs: 3, seed: 5 });
    const b = simulateQueue(structuredClone(model), { runs: 3, seed: '5' });
    const c = simulateQueue(model, { runs: 3, seed: 6 });

    // then
    expect(b).toEqual(a);
    expect(c.cycleTime.mean).not.toBe(a.cycleTime.mean);
  });

  it('counts after the warm-up, names the bottleneck and drops waiting when officers are added', () => {
    // given 900 dossiers a year, a 2-hour step with 1 officer (ρ ≈ 0.94) and a light second step
    const model = tandemModel(
      [
        { officers: 1, meanHours: 2 },
        { officers: 1, meanHours: 0.5 },
      ],
      900,
    );

    // when it runs with one and with two officers at the first step
    const one = simulateQueue(model, { runs: 4, seed: 3 });
    const two = simulateQueue(applyScenario(model, { officers: { 'Vai trò 1': 2 } }), { runs: 4, seed: 3 });

    // then the figures rest on the dossiers that arrived after 20 working days, over 220 days a year
    expect(one.warmUpDays).toBe(20);
    expect(one.workingDays).toBe(4 * 220);
    expect(one.dossiers).toBeLessThan(one.arrived);
    expect(one.bottleneck?.id).toBe('Step_1');
    expect(one.utilisation[0]!.utilisation!).toBeGreaterThan(0.85);
    expect(two.utilisation[0]!.utilisation!).toBeLessThan(0.5);
    expect(two.waiting[0]!.meanWaitingDays).toBeLessThan(one.waiting[0]!.meanWaitingDays / 5);
    expect(two.cycleTime.mean).toBeLessThan(one.cycleTime.mean);
  });

  it('reports dossiers still open at the end of an overloaded year', () => {
    // given twice as much work as one officer can do
    const model = tandemModel([{ officers: 1, meanHours: 4, distribution: 1 }], 960);

    // when
    const r = simulateQueue(model, { runs: 1, seed: 1 });

    // then many dossiers are still open when the year ends, and none is lost
    expect(r.openAtEnd).toBeGreaterThan(r.dossiers * 0.3);
    expect(r.utilisation[0]!.utilisation!).toBeGreaterThan(0.99);
  });

  it('refuses a model without arrivals, with a warm-up as long as the year or with too many dossiers', () => {
    const model = tandemModel([{ officers: 1, meanHours: 1 }], 100);
    expect(() => simulateQueue({ ...model, dossiersPerYear: null }, { runs: 1, seed: 1 })).toThrow(QueueModelError);
    expect(() => simulateQueue(model, { runs: 1, seed: 1, warmUpDays: 240 })).toThrow(/warmUpTooLong/);
    expect(() => simulateQueue({ ...model, dossiersPerYear: 1e9 }, { runs: 1, seed: 1 })).toThrow(/tooManyDossiers/);
  });

  it('spreads arrivals by the monthly profile', () => {
    // given all dossiers in December
    const profile = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    const model = applyScenario(tandemModel([{ officers: null, meanHours: 1 }], 500), { monthlyProfile: profile });

    // when
    const r = simulateQueue(model, { runs: 2, seed: 9, warmUpDays: 0 });

    // then they all arrived (about 500 a year) and none counted before December is lost
    expect(r.arrived).toBeGreaterThan(850);
    expect(r.arrived).toBeLessThan(1150);
    expect(r.dossiers).toBe(r.arrived);
  });

  it('keeps officers to their hours of the day', () => {
    // 4 hours a day: work stops at 4 h into the day and goes on the next working day
    expect(nextAvailable(5, 4)).toBe(8);
    expect(nextAvailable(9, 4)).toBe(9);
    expect(finishAt(2, 3, 4)).toBe(9);
    expect(finishAt(0, 4, 4)).toBe(4);
    expect(finishAt(1, 10, 8)).toBe(11);
  });
});
