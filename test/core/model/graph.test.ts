import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { effectiveRole, parseBpmn, performerOf, readFacts } from '@/core/index.ts';
import { buildFlowGraph } from '@/core/model/graph.ts';
import type { ModdleElement } from '@/core/bpmn/moddle-types.ts';
import { markBackEdges, postDominators } from '@/core/analysis/structure.ts';
import { inlineModel, loadFixture } from '../analysis/support.ts';

function pickSet(el: ModdleElement, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (el.get(k) !== undefined && el.get(k) !== null) out[k] = el.get(k);
  return out;
}

describe('the flow graph', () => {
  it("gives every step the facts moddle's own accessors read", async () => {
    // the read model reads plain properties for speed; moddle's `get` (descriptor lookups) is the reference
    const viaGet = (bo: ModdleElement): Record<string, unknown> => {
      const ext = bo.get('extensionElements') as ModdleElement | undefined;
      const step = ((ext?.get('values') as ModdleElement[] | undefined) ?? []).find((v) => v.$type === 'tthc:Step');
      const out: Record<string, unknown> = { forms: [], outputs: [] };
      if (!step) return out;
      const props = (step.$descriptor as { properties: Array<{ name: string }> }).properties;
      for (const { name } of props) {
        const v = step.get(name);
        if (name === 'forms')
          out.forms = (v as ModdleElement[]).map((f) => ({ ...pickSet(f, ['name', 'code', 'basis']) }));
        else if (name === 'outputs') out.outputs = (v as ModdleElement[]).map((o) => String(o.get('name') ?? ''));
        else if (v !== undefined && v !== null) out[name] = v;
      }
      return out;
    };
    let checked = 0;
    for (const name of ['linear-lanes.bpmn', 'parallel-loop.bpmn', 'collab-subprocess.bpmn']) {
      const graph = buildFlowGraph(await loadFixture(name));
      for (const node of graph.nodes.filter((n) => n.step)) {
        expect(node.step, `${name} ${node.id}`).toEqual(viaGet(node.bo));
        expect(node.step, `${name} ${node.id}`).toEqual(readFacts(node.bo, 'step'));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('names the same performer as the properties panel for every step of every sample', async () => {
    // performerOf (graph) and effectiveRole (one element) state one rule; the samples and fixtures hold them together
    const root = fileURLToPath(new URL('../../../procedures/', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.bpmn'));
    const xmls = files.map((f) => readFileSync(join(root, f), 'utf8'));
    let steps = 0;
    let inherited = 0;
    for (const definitions of [
      ...(await Promise.all(xmls.map(async (x) => (await parseBpmn(x)).definitions))),
      await loadFixture('collab-subprocess.bpmn'),
      await inlineModel(`
        <bpmn:subProcess id="Sub"><bpmn:extensionElements><tthc:step role="Văn phòng" /></bpmn:extensionElements>
          <bpmn:startEvent id="S2" /><bpmn:task id="Inner" /><bpmn:endEvent id="E2" />
          <bpmn:sequenceFlow id="i1" sourceRef="S2" targetRef="Inner" /><bpmn:sequenceFlow id="i2" sourceRef="Inner" targetRef="E2" />
        </bpmn:subProcess>`),
    ]) {
      const graph = buildFlowGraph(definitions);
      for (const node of graph.nodes.filter((n) => n.kind === 'step')) {
        expect(performerOf(graph, node), node.id).toBe(effectiveRole(node.bo));
        steps++;
        if (node.id === 'Inner') inherited += performerOf(graph, node) === 'Văn phòng' ? 1 : 0;
      }
    }
    expect(files.length).toBeGreaterThan(10);
    expect(steps).toBeGreaterThan(100);
    expect(inherited).toBe(1);
  });

  it('finds the flows that close loops and where branches meet again', async () => {
    // given the supplement loop (S → T1) and the send-back loop (G2 → T5) around a parallel block
    const graph = buildFlowGraph(await loadFixture('parallel-loop.bpmn'));
    const scope = graph.processes[0]!;

    // when
    const order = markBackEdges(scope);
    const ipdom = postDominators(scope);
    const node = (id: string) => graph.byId.get(id)!;

    // then exactly the two loop-closing flows are back edges, headed by T1 and T5
    expect(
      scope.edges
        .filter((e) => e.back)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['F_Resubmit', 'F_SendBack']);
    expect([...order.headers].map((n) => n.id).sort()).toEqual(['T1', 'T5']);
    expect(order.starts.map((n) => n.id)).toEqual(['Start']);
    // the parallel split meets again at its join, the decisions at the step after the loop they close
    expect(ipdom[node('P1').local]?.id).toBe('P2');
    expect(ipdom[node('G1').local]?.id).toBe('T2');
    expect(ipdom[node('G2').local]?.id).toBe('T6');
    expect(ipdom[node('End').local]).toBeNull();
  });

  it('records lanes (also for sub-process content), pools and data elements', async () => {
    const graph = buildFlowGraph(await loadFixture('collab-subprocess.bpmn'));
    expect(graph.processes.map((p) => [p.id, p.participant?.id])).toEqual([
      ['P_App', 'Participant_Applicant'],
      ['P_Agency', 'Participant_Agency'],
    ]);
    expect(graph.byId.get('B_Sub')?.kind).toBe('container');
    expect(graph.byId.get('I_Check')?.scope.owner?.id).toBe('B_Sub');
    expect(graph.messageFlows.map((m) => m.id)).toEqual(['M_Submit', 'M_Result']);
    const lanes = buildFlowGraph(await loadFixture('linear-lanes.bpmn'));
    expect(lanes.laneOf.get(lanes.byId.get('T3')!.bo)?.id).toBe('Lane_Officer');
    expect(lanes.dataElements.map((d) => d.id)).toEqual([
      'DO_Request',
      'Doc_Request',
      'Doc_Photo',
      'DO_Residence',
      'Doc_Birth',
      'DO_Health',
    ]);
  });
});
