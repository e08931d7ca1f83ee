import { describe, expect, it } from 'vitest';
import {
  applyFactsPatch,
  buildQueueModel,
  createModdle,
  factsKindOf,
  parseBpmn,
  procedureHolder,
  readFacts,
  readProcedure,
  serializeBpmn,
  type ModdleElement,
} from '@/core/index.ts';
import { loadFixture } from '../support.ts';

describe('capacity facts in the file', { timeout: 60_000 }, () => {
  it('round-trip officers and hours on lanes, the arrival profile and a step distribution exactly', async () => {
    // given the two-lane fixture with capacity facts written through the core API
    const moddle = createModdle();
    const definitions = await loadFixture('linear-lanes.bpmn');
    const process = (definitions.get('rootElements') as ModdleElement[]).find((r) => r.$type === 'bpmn:Process')!;
    const lane = ((process.get('laneSets') as ModdleElement[])[0]!.get('lanes') as ModdleElement[])[0]!;
    const step = (process.get('flowElements') as ModdleElement[]).find(
      (e) => e.$type === 'bpmn:UserTask' || e.$type === 'bpmn:Task',
    )!;
    expect(factsKindOf(lane)).toBe('role');
    applyFactsPatch(moddle, lane, 'role', { officers: 3, hoursPerDay: 6.5 });
    applyFactsPatch(moddle, step, 'step', { distribution: 'lognormal' });
    const profile = '8 5 8 8 8 9 9 10 9 9 8 9';
    applyFactsPatch(moddle, procedureHolder(definitions)!, 'procedure', { arrivalProfile: profile });

    // when it is written and read back twice
    const xml = await serializeBpmn(definitions, moddle);
    const again = (await parseBpmn(xml)).definitions;
    const xml2 = await serializeBpmn(again);

    // then the XML is stable and the facts, and the queue model built from them, come back
    expect(xml2).toBe(xml);
    expect(xml).toContain('<tthc:role officers="3" hoursPerDay="6.5" />');
    expect(readProcedure(again).arrivalProfile).toBe(profile);
    const model = buildQueueModel(again, { year: 2026 });
    expect(model.roles.find((r) => r.name === lane.get('name'))).toEqual({
      name: lane.get('name'),
      officers: 3,
      hoursPerDay: 6.5,
    });
    expect(model.monthlyProfile).toEqual(profile.split(' ').map(Number));
    expect(readFacts(step, 'step').distribution).toBe('lognormal');
    expect(model.workingDaysByMonth.reduce((s, d) => s + d, 0)).toBe(250);
  });

  it('marks an unreadable monthly profile instead of guessing', async () => {
    const moddle = createModdle();
    const definitions = await loadFixture('linear-lanes.bpmn');
    applyFactsPatch(moddle, procedureHolder(definitions)!, 'procedure', { arrivalProfile: '1 2 three' });
    const model = buildQueueModel(definitions, { year: 2026 });
    expect(model.profileInvalid).toBe(true);
    expect(model.monthlyProfile).toBeNull();
  });
});
