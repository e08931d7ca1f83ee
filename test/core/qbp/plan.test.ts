import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createModdle,
  parseBpmn,
  planQbp,
  readQbp,
  scenarioSource,
  serializeBpmn,
  stepFromQbp,
  withQbpScenario,
} from '@/core/index.ts';

const QUEUE = new URL('../fixtures/analysis/queue-two-roles.bpmn', import.meta.url).pathname;

/** The fixture as BIMP hands it back: its QBP info, none of the studio's officers. */
async function fromBimp(edit: (xml: string) => string = (x) => x): Promise<string> {
  const { xml } = await withQbpScenario(readFileSync(QUEUE, 'utf8'), { year: 2026 });
  return edit(xml.replace(/<tthc:role [^>]*\/>/g, ''));
}

describe('using a QBP scenario', { timeout: 60_000 }, () => {
  it('plans the changes without making them, one patch per element, and names what does not match', async () => {
    // given a BIMP file with a resource no lane is named after
    const xml = await fromBimp((x) =>
      x.replace('<qbp:resources>', '<qbp:resources><qbp:resource id="r9" name="Kế toán" totalAmount="4" />'),
    );
    const moddle = createModdle();
    const { definitions } = await parseBpmn(xml, moddle);

    // when
    const { patches, applied } = planQbp(definitions, readQbp(definitions)!);

    // then the file is as it was, and the patches say what using the scenario writes
    expect(await serializeBpmn(definitions, moddle)).toBe(await serializeBpmn((await parseBpmn(xml)).definitions));
    expect(applied).toMatchObject({ roles: 2, steps: 2, dossiersPerYear: 600, unmatched: ['Kế toán'] });
    expect(patches.filter((p) => p.kind === 'role')).toEqual([
      { elementId: 'L1', kind: 'role', patch: { officers: 1, hoursPerDay: 4 } },
      { elementId: 'L2', kind: 'role', patch: { officers: 2, hoursPerDay: undefined } },
    ]);
    expect(patches.find((p) => p.kind === 'procedure')).toEqual({
      elementId: 'P',
      kind: 'procedure',
      patch: { dossiersPerYear: 600 },
    });
  });

  it("takes the QBP scenario only when no lane states officers, the studio's own facts otherwise", async () => {
    const own = (await parseBpmn(readFileSync(QUEUE, 'utf8'))).definitions;
    const exported = (await parseBpmn((await withQbpScenario(readFileSync(QUEUE, 'utf8'), { year: 2026 })).xml))
      .definitions;
    const bimp = (await parseBpmn(await fromBimp())).definitions;
    expect([scenarioSource(own), scenarioSource(exported), scenarioSource(bimp)]).toEqual(['tthc', 'tthc', 'qbp']);
  });

  it('refuses QBP step times no step can have', () => {
    const d = (type: string, mean: number, arg1 = NaN, arg2 = NaN) => ({ type, mean, arg1, arg2 });
    expect(stepFromQbp(d('FIXED', -60))).toBeNull();
    expect(stepFromQbp(d('FIXED', Infinity))).toBeNull();
    expect(stepFromQbp(d('EXPONENTIAL', NaN, -1))).toBeNull();
    expect(stepFromQbp(d('TRIANGULAR', 7200, 10_800, 14_400))).toBeNull();
    expect(stepFromQbp(d('LOGNORMAL', -3600, 100))).toBeNull();
    expect(stepFromQbp(d('TRIANGULAR', 7200, 3600, 14_400))).toMatchObject({
      distribution: 'triangular',
      duration: 2,
      minDuration: 1,
      maxDuration: 4,
    });
  });
});
