/** Small hand-built queue models for the oracle tests: steps in a row, each with its own role and officers. */
import type { Block, QueueModel } from '@/core/index.ts';

export interface StageSpec {
  officers: number | null;
  meanHours: number;
  distribution?: number;
}

/** Twelve months of 20 working days: 240 days, 1,920 working hours a year. */
export const EVEN_MONTHS = new Array<number>(12).fill(20);

/** A tandem of stages (one step each, its own role), Poisson arrivals of `perYear` dossiers a year. */
export function tandemModel(stages: StageSpec[], perYear: number): QueueModel {
  const n = stages.length;
  const items: Block[] = stages.map((_, i) => ({ k: 'step', node: i }));
  const likely = stages.map((s) => s.meanHours);
  return {
    sim: {
      root: n === 1 ? (items[0] as Block) : { k: 'seq', items },
      minHours: likely.slice(),
      likelyHours: likely,
      maxHours: likely.slice(),
      applicantHours: new Array<number>(n).fill(0),
      statutoryLimitHours: null,
      feesVnd: 0,
      hourlyIncomeVnd: 0,
      costMethod: 'processing-time',
      analyticExpectedHours: likely.reduce((s, h) => s + h, 0),
    },
    // 2 = exponential (see distributions.ts)
    distribution: stages.map((s) => s.distribution ?? 2),
    role: stages.map((_, i) => i),
    stepIds: stages.map((_, i) => `Step_${i + 1}`),
    stepNames: stages.map((_, i) => `Bước ${i + 1}`),
    roles: stages.map((s, i) => ({ name: `Vai trò ${i + 1}`, officers: s.officers, hoursPerDay: 8 })),
    dossiersPerYear: perYear,
    monthlyProfile: null,
    profileInvalid: false,
    year: 2026,
    workingDaysByMonth: EVEN_MONTHS,
  };
}
