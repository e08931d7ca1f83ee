import { describe, expect, it } from 'vitest';
import {
  analyze,
  buildFlowGraph,
  buildSimulationModel,
  compileProcedure,
  createModdle,
  parseBpmn,
  simulate,
  simulateQueue,
  applyScenario,
  buildQueueModel,
  WarningList,
  type ModdleElement,
} from '@/core/index.ts';
import { scopeTree } from '@/core/model/graph.ts';
import { chainModel, nestedDecisionsModel, nestedModel } from '../../support/size-models.ts';

const CHAIN = 20_000;
const DEPTH = 3_000;

/** Read without the studio's checks: the analysis core itself must hold at any depth. */
async function read(xml: string): Promise<ModdleElement> {
  const { rootElement } = await createModdle().fromXML(xml, 'bpmn:Definitions');
  return rootElement as unknown as ModdleElement;
}

describe('the analysis core at size', () => {
  it(
    `analyses a chain of ${CHAIN.toLocaleString('en')} steps: the longest path is every step once`,
    { timeout: 600_000 },
    async () => {
      // given a chain of 20,000 steps of 1.5 working hours each
      const definitions = (await parseBpmn(chainModel(CHAIN, { stepHours: 1.5 }))).definitions;

      // when
      const a = analyze(definitions, { maxPaths: 3 });

      // then one path through all steps, 20,000 × 1.5 h long, with no warning about the structure
      expect(a.steps).toBe(CHAIN);
      expect(a.criticalPathWorkingHours).toBe(CHAIN * 1.5);
      expect(a.time.nominalWorkingHours).toBe(CHAIN * 1.5);
      expect(a.time.expectedWorkingHours).toBe(CHAIN * 1.5);
      expect(a.time.criticalPath.stepIds).toHaveLength(CHAIN);
      expect(a.time.paths).toHaveLength(1);
      expect(a.time.paths[0]).toMatchObject({ ends: 'end', probability: 1, workingHours: CHAIN * 1.5 });
      expect(a.time.paths[0]!.stepIds).toHaveLength(CHAIN);
      expect(a.time.paths[0]!.nodeIds.at(-1)).toBe('End');
      expect(a.warnings.map((w) => w.code)).not.toContain('unstructuredFlow');
    },
  );

  it(
    `analyses and simulates a sub-process nested ${DEPTH.toLocaleString('en')} deep`,
    { timeout: 600_000 },
    async () => {
      // given one 2-hour step at the bottom of 3,000 nested sub-processes
      const definitions = await read(nestedModel(DEPTH, { stepHours: 2 }));

      // when
      const graph = buildFlowGraph(definitions);
      const a = analyze(definitions);
      const sim = simulate(buildSimulationModel(definitions), { runs: 100, seed: 7 });

      // then every level is a scope, the one step is found and timed, and every sub-process is compiled
      expect(graph.scopes).toHaveLength(DEPTH + 1);
      expect(scopeTree(graph.processes[0]!)).toHaveLength(DEPTH + 1);
      expect(graph.byId.get('Step')!.scope.owner!.id).toBe(`Sub${DEPTH}`);
      expect(a.steps).toBe(1);
      expect(a.criticalPathWorkingHours).toBe(2);
      expect(a.time.expectedWorkingHours).toBe(2);
      expect(a.time.paths[0]).toMatchObject({ stepIds: ['Sub1'], workingHours: 2 });
      expect(compileProcedure(definitions).inner.size).toBe(DEPTH);
      expect([sim.meanWorkingDays, sim.maxWorkingDays]).toEqual([0.25, 0.25]);
    },
  );

  it(
    `analyses and simulates decisions nested ${DEPTH.toLocaleString('en')} deep (with and without queues)`,
    { timeout: 600_000 },
    async () => {
      // given 3,000 decisions, each sending half of its dossiers to a 1-hour step and half to the next one
      const definitions = await read(nestedDecisionsModel(DEPTH));

      // when
      const a = analyze(definitions, { maxPaths: 2 });
      const sim = simulate(buildSimulationModel(definitions), { runs: 200, seed: 3 });
      const queue = simulateQueue(
        applyScenario(buildQueueModel(definitions, { year: 2026 }), { dossiersPerYear: 500 }),
        { runs: 1, seed: 3 },
      );

      // then every path runs exactly one step: one hour, whichever way a dossier goes
      expect(a.steps).toBe(DEPTH + 1);
      expect(a.criticalPathWorkingHours).toBe(1);
      expect(a.time.expectedWorkingHours).toBeCloseTo(1, 9);
      expect([sim.meanWorkingDays, sim.maxWorkingDays]).toEqual([0.125, 0.125]);
      expect(queue.dossiers).toBeGreaterThan(0);
      expect(queue.cycleTime.min).toBeCloseTo(0.125, 9);
    },
  );

  it('gives the warnings of nested sub-processes in the order compiling them on first use gives', async () => {
    // given two levels, each with a decision without shares, the inner one also in the outer level's branch
    const level = (id: string, inner: string) => `
      <bpmn:startEvent id="${id}_S" /><bpmn:exclusiveGateway id="${id}_G" />
      ${inner || `<bpmn:task id="${id}_A"><bpmn:extensionElements><tthc:step duration="1" /></bpmn:extensionElements></bpmn:task>`}
      <bpmn:task id="${id}_B"><bpmn:extensionElements><tthc:step duration="2" /></bpmn:extensionElements></bpmn:task>
      <bpmn:exclusiveGateway id="${id}_J" /><bpmn:endEvent id="${id}_E" />
      <bpmn:sequenceFlow id="${id}_1" sourceRef="${id}_S" targetRef="${id}_G" />
      <bpmn:sequenceFlow id="${id}_2" sourceRef="${id}_G" targetRef="${inner ? 'Inner' : `${id}_A`}" />
      <bpmn:sequenceFlow id="${id}_3" sourceRef="${id}_G" targetRef="${id}_B" />
      <bpmn:sequenceFlow id="${id}_4" sourceRef="${inner ? 'Inner' : `${id}_A`}" targetRef="${id}_J" />
      <bpmn:sequenceFlow id="${id}_5" sourceRef="${id}_B" targetRef="${id}_J" />
      <bpmn:sequenceFlow id="${id}_6" sourceRef="${id}_J" targetRef="${id}_E" />`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:tthc="https://tthc-studio.github.io/schema/bpmn/1.0" id="D" targetNamespace="t">
  <bpmn:process id="P">${level('Outer', `<bpmn:subProcess id="Inner">${level('In', '')}</bpmn:subProcess>`)}</bpmn:process>
</bpmn:definitions>`;
    const definitions = (await parseBpmn(xml)).definitions;

    // when
    const warnings = new WarningList();
    const c = compileProcedure(definitions, warnings);

    // then the branches (the sub-process inside) are compiled before the outer split's shares are read, as
    // before sub-processes were compiled ahead; the sub-process is compiled once
    expect(warnings.items.filter((w) => w.code === 'decisionWithoutShares').map((w) => w.elementId)).toEqual([
      'In_G',
      'Outer_G',
    ]);
    expect([...c.inner.keys()].map((n) => n.id)).toEqual(['Inner']);
    // and the time: the outer split halves between the inner content (max 2 days) and 2 days
    expect(analyze(definitions).criticalPathWorkingDays).toBe(2);
  });
});
