/**
 * Proof of execution: every procedure in `procedures/` is exported and run on a real engine (bpmn-engine),
 * through every decision outcome: the `bpmn` profile with its JavaScript conditions, and the `camunda8`
 * profile with its FEEL conditions evaluated by @bpmn-io/feelin. Each run checks the decision flows taken,
 * the end events reached and the timers armed with the exported (safe calendar) durations.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  exportBpmn,
  exportCamunda8,
  parseBpmn,
  processView,
  serviceFunctionName,
  timerDuration,
} from '../../../src/core/index.ts';
import { expectedEnds, runAllPaths } from './engine-run.ts';

const files = readdirSync('procedures', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.bpmn'))
  .sort();
const DAY_MS = 86_400_000;

async function sourceView(xml: string) {
  return processView((await parseBpmn(xml)).definitions);
}

describe('exported procedures run on bpmn-engine through every path', () => {
  it('finds the sample procedures', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const file of files) {
    it(`bpmn profile: ${file}`, async () => {
      // given the exported variant and its source view
      const xml = readFileSync(`procedures/${file}`, 'utf8');
      const view = await sourceView(xml);
      const exported = await exportBpmn(xml);
      const called: string[] = [];
      const services = Object.fromEntries(
        ['tthc-service', 'tthc-lgsp-lookup', 'tthc-ndxp-lookup'].map((t) => [
          serviceFunctionName(t),
          () => called.push(t),
        ]),
      );
      // when every path is run
      const runs = await runAllPaths(exported.xml, view, { services });
      // then each decision outcome is taken on some path
      const taken = new Set(runs.flatMap((r) => r.run.decisionFlows));
      for (const d of view.decisions) for (const f of d.outgoing) expect(taken, `${d.id} → ${f}`).toContain(f);
      for (const { run } of runs) {
        // the end events are those the diagram reaches with the same decisions, never an overdue end
        expect([...run.ends].sort()).toEqual(expectedEnds(view, run.decisionFlows));
        expect(run.ends.some((e) => e.endsWith('_Overdue_End'))).toBe(false);
        // every timed step that ran armed its timer with the exported duration
        for (const stepId of run.completed) {
          const step = view.steps.find((s) => s.id === stepId);
          const duration = timerDuration(step?.facts.duration, step?.facts.durationUnit);
          const armed = run.timers.filter((t) => t.id === `${stepId}_Overdue`);
          if (!duration) {
            expect(armed).toEqual([]);
            continue;
          }
          expect(armed.length).toBeGreaterThan(0);
          const ms = Number(/^P(\d+)D$/.exec(duration)?.[1]) * DAY_MS;
          expect(Math.abs((armed[0]?.timeout ?? 0) - ms)).toBeLessThan(1000); // the engine measures from its own clock
        }
      }
      if (view.steps.some((s) => s.type === 'ServiceTask')) expect(called.length).toBeGreaterThan(0);
    });

    it(`camunda8 profile with FEEL conditions: ${file}`, async () => {
      const xml = readFileSync(`procedures/${file}`, 'utf8');
      const view = await sourceView(xml);
      const exported = await exportCamunda8(xml);
      const runs = await runAllPaths(exported.xml, view, { feel: true });
      const taken = new Set(runs.flatMap((r) => r.run.decisionFlows));
      for (const d of view.decisions) for (const f of d.outgoing) expect(taken, `${d.id} → ${f}`).toContain(f);
      for (const { run } of runs) expect([...run.ends].sort()).toEqual(expectedEnds(view, run.decisionFlows));
    });
  }

  it('arms the safe bound for a hand-checked step: 0.375 working days → P11D (Tết: 9 days off in a row)', async () => {
    // given Task_Record of the birth registration option A (0.375 days)
    const xml = readFileSync('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn', 'utf8');
    const runs = await runAllPaths((await exportBpmn(xml)).xml, await sourceView(xml), { services: {} });
    // then the happy path armed 11 calendar days for it and reached End_Received
    const happy = runs.find((r) => r.run.decisionFlows[0] === 'Flow_Complete');
    expect(happy?.run.ends).toEqual(['End_Received']);
    expect(Math.round((happy?.run.timers.find((t) => t.id === 'Task_Record_Overdue')?.timeout ?? 0) / DAY_MS)).toBe(11);
    // and the supplement loop path went through Task_Supplement once, then completed
    const loop = runs.find((r) => r.run.decisionFlows[0] === 'Flow_Incomplete');
    expect(loop?.run.decisionFlows).toEqual(['Flow_Incomplete', 'Flow_Complete']);
    expect(loop?.run.completed.filter((id) => id === 'Task_Supplement')).toHaveLength(1);
  });
});
