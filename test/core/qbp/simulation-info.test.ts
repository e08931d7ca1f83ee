import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyQbp,
  buildQueueModel,
  createModdle,
  parseBpmn,
  readFacts,
  readQbp,
  serializeBpmn,
  writeQbp,
  type ModdleElement,
} from '@/core/index.ts';

const QUEUE = new URL('../fixtures/analysis/queue-two-roles.bpmn', import.meta.url).pathname;

function find(definitions: ModdleElement, id: string): ModdleElement {
  const process = (definitions.get('rootElements') as ModdleElement[])[0] as ModdleElement;
  const lanes = ((process.get('laneSets') as ModdleElement[])[0]?.get('lanes') as ModdleElement[]) ?? [];
  const el = [...(process.get('flowElements') as ModdleElement[]), ...lanes].find((e) => e.id === id);
  if (!el) throw new Error(`no ${id}`);
  return el;
}

describe('BIMP / QBP simulation extension', { timeout: 60_000 }, () => {
  it("writes the studio's scenario as qbp:processSimulationInfo and reads it back into the same facts", async () => {
    // given the two-role queue fixture (officers, hours per day, an exponential and a triangular step)
    const moddle = createModdle();
    const { definitions } = await parseBpmn(readFileSync(QUEUE, 'utf8'), moddle);
    writeQbp(definitions, moddle, { year: 2026 });
    const xml = await serializeBpmn(definitions, moddle);

    // when the file is read again twice, and its QBP scenario applied to a copy whose TTHC facts were removed
    const again = (await parseBpmn(xml)).definitions;
    expect(await serializeBpmn(again)).toBe(xml);
    const stripped = xml
      .replace(/<tthc:role [^>]*\/>/g, '')
      .replace(/<tthc:step [^>]*\/>/g, '<tthc:step />')
      .replace(/ dossiersPerYear="600"/, '');
    const target = createModdle();
    const copy = (await parseBpmn(stripped, target)).definitions;
    const q = readQbp(copy);
    expect(q).not.toBeNull();
    const applied = applyQbp(copy, target, q!);

    // then BIMP reads exponential arrivals, office-hour timetables and resources; the facts come back
    expect(xml).toContain('xmlns:qbp="http://www.qbp-simulator.com/Schema201212"');
    expect(xml).toContain('<qbp:arrivalRateDistribution type="EXPONENTIAL" mean="NaN" arg1="52560" arg2="NaN">');
    expect(xml).toContain('<qbp:resource id="qbp_resource_L2" name="Công chức" totalAmount="2"');
    expect(xml).toContain(
      'fromTime="07:00:00.000+07:00" toTime="11:00:00.000+07:00" fromWeekDay="MONDAY" toWeekDay="FRIDAY"',
    );
    expect(applied).toMatchObject({ steps: 2, roles: 2, dossiersPerYear: 600, approximated: [] });
    expect(readFacts(find(copy, 'L1'), 'role')).toEqual({ officers: 1, hoursPerDay: 4 });
    expect(readFacts(find(copy, 'L2'), 'role')).toEqual({ officers: 2 });
    expect(readFacts(find(copy, 'A'), 'step')).toMatchObject({
      distribution: 'exponential',
      duration: 1,
      durationUnit: 'hour',
    });
    expect(readFacts(find(copy, 'B'), 'step')).toMatchObject({
      distribution: 'triangular',
      duration: 2,
      minDuration: 1,
      maxDuration: 4,
      durationUnit: 'hour',
    });
    const original = buildQueueModel(definitions, { year: 2026 });
    const restored = buildQueueModel(copy, { year: 2026 });
    expect(restored.roles).toEqual(original.roles);
    expect(restored.sim.likelyHours).toEqual(original.sim.likelyHours);
    expect(restored.distribution).toEqual(original.distribution);
  });

  it("keeps a BIMP file's own simulation info, stable from the first save, and reads it", async () => {
    // given a scenario as BIMP saves it (with elements the studio does not use)
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:qbp="http://www.qbp-simulator.com/Schema201212" id="D" targetNamespace="t">
  <bpmn:process id="P">
    <bpmn:extensionElements>
      <qbp:processSimulationInfo id="s1" processInstances="100" startDateTime="2026-01-05T08:00:00.000Z" currency="EUR">
        <qbp:errors />
        <qbp:arrivalRateDistribution type="EXPONENTIAL" mean="NaN" arg1="1800" arg2="NaN">
          <qbp:timeUnit>minutes</qbp:timeUnit>
        </qbp:arrivalRateDistribution>
        <qbp:statsOptions trimStartProcessInstances="0.1" trimEndProcessInstances="0.1" />
      </qbp:processSimulationInfo>
    </bpmn:extensionElements>
    <bpmn:task id="T" />
  </bpmn:process>
</bpmn:definitions>`;

    // when
    const { definitions } = await parseBpmn(xml);

    // then what the studio writes keeps every QBP element and is stable when read and written again
    const written = await serializeBpmn(definitions);
    expect(await serializeBpmn((await parseBpmn(written)).definitions)).toBe(written);
    expect(written).toContain('<qbp:statsOptions trimStartProcessInstances="0.1" trimEndProcessInstances="0.1" />');
    expect(written).toContain('<qbp:timeUnit>minutes</qbp:timeUnit>');
    expect(readQbp(definitions)).toMatchObject({
      processInstances: 100,
      arrivalMeanSeconds: 1800,
      resources: [],
      elements: [],
    });
  });
});
