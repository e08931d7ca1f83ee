/**
 * Independently drawn diagrams: unnamed events and gateways are matched by type, pool and lane, neighbours
 * and place in their pool, so a redrawn diagram with several pools compares as exactly its real changes.
 */
import { describe, expect, it } from 'vitest';
import { compareModels, parseBpmn } from '../../../src/core/index.ts';
import { corpusFiles, readCorpusFile } from '../../support/corpus.ts';
import { original, redrawn, toXml } from './multi-pool.ts';
import { redraw } from './support.ts';

const parse = async (xml: string) => (await parseBpmn(xml)).definitions;

describe('a multi-pool diagram drawn again with new ids', () => {
  it('compares as exactly its renamed, removed and added steps; unnamed start, end events and gateways stay matched', async () => {
    // given: two pools (applicant; commune with two lanes), message flows, unnamed start/end events and gateways,
    // drawn again with every id new, the pools in the other order and everything spread out
    const before = await parse(toXml(original(), 'A_'));
    const after = await parse(toXml(redrawn(), 'Z_'));

    // when
    const c = compareModels(before, after);

    // then: the three real changes and nothing else of its own
    const main = c.changes.filter((x) => !x.impliedBy);
    expect(main.map((x) => [x.kind, x.name, x.fields.map((f) => [f.field, f.old, f.new])])).toEqual([
      ['changed', 'Thẩm định các hồ sơ', [['name', 'Thẩm định hồ sơ', 'Thẩm định các hồ sơ']]],
      ['removed', 'Yêu cầu bổ sung hồ sơ', []],
      ['added', 'Ký số kết quả', []],
    ]);
    // every unnamed event and gateway found its counterpart in the same pool, by its neighbours
    const pairs = new Map(c.matched.map((p) => [p.before, p]));
    for (const key of ['S1', 'E1', 'S2', 'E2', 'G1', 'G2']) {
      expect(pairs.get(`A_${key}`), key).toMatchObject({ after: `Z_${key}`, rule: 'neighbours' });
    }
    // the flows that follow from the removed and added steps say so
    expect(
      c.changes
        .filter((x) => x.impliedBy)
        .every((x) => x.connection && ['A_Tbs', 'Z_Tky'].includes(x.impliedBy as string)),
    ).toBe(true);
  });

  it('finds no change at all when nothing but the drawing and the ids changed', async () => {
    const xml = toXml(original(), 'A_');
    const again = toXml(
      {
        ...redrawn(),
        nodes: original().nodes.map((n) => ({ ...n, x: n.x * 1.25 + 40, y: n.pool === 'P1' ? n.y + 475 : n.y - 250 })),
        flows: original().flows,
      },
      'Z_',
    );
    const c = compareModels(await parse(xml), await parse(again));
    expect(c.changes).toEqual([]);
  });
});

describe('corpus diagrams redrawn with new ids', () => {
  // (import-multiple-diagrams draws its processes in separate diagrams, each in its own coordinates: positions
  // across them mean nothing, so it is left out)
  const files = corpusFiles(['miwg', 'bpmnio']).filter((f) => !f.negative && !f.name.includes('multiple-diagrams'));
  it.each(files.map((f) => [f.name, f] as const))(
    '%s: no event, gateway or flow added, removed or changed',
    async (_name, file) => {
      const xml = readCorpusFile(file);
      const ids = new Set([...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const c = compareModels(await parse(xml), await parse(redraw(xml)));
      const wrong = c.changes
        .filter((x) => /Event|Gateway|SequenceFlow|MessageFlow/.test(x.type))
        // a name that was its element's id is renamed with the id by the redraw helper: not a change of the matching
        .filter((x) => !x.fields.length || x.fields.some((f) => !(f.field === 'name' && ids.has(String(f.old)))))
        .map((x) => `${x.kind} ${x.type} ${x.beforeId ?? x.afterId} ${x.fields.map((f) => f.field).join(',')}`);
      expect(wrong).toEqual([]);
    },
  );
});
