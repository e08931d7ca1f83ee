import { describe, expect, it } from 'vitest';
import {
  effectiveRole,
  newProcedureSpec,
  newProcedureXml,
  parseBpmn,
  readFacts,
  type ModdleElement,
} from '@/core/index.ts';

describe('new procedure template', () => {
  it('has one pool, the six usual lanes, the supplement loop and every task inside its lane', async () => {
    const xml = await newProcedureXml('vi');
    const { definitions, warnings } = await parseBpmn(xml);
    expect(warnings).toEqual([]);
    const roots = definitions.get('rootElements') as ModdleElement[];
    const process = roots.find((r) => r.$type === 'bpmn:Process') as ModdleElement;
    const lanes = ((process.get('laneSets') as ModdleElement[])[0]?.get('lanes') as ModdleElement[]).map((l) => l.name);
    expect(lanes).toEqual([
      'Tổ chức, cá nhân',
      'Bộ phận Một cửa',
      'Chuyên viên thụ lý',
      'Lãnh đạo phòng chuyên môn',
      'Lãnh đạo cơ quan',
      'Văn thư',
    ]);
    const nodes = process.get('flowElements') as ModdleElement[];
    const start = nodes.find((n) => n.$type === 'bpmn:StartEvent');
    expect(start?.name).toBe('Nộp hồ sơ');
    // the supplement loop: gateway → supplement → back to the check
    const loop = nodes.find((n) => n.id === 'Flow_Resubmit') as ModdleElement;
    expect((loop.sourceRef as ModdleElement).id).toBe('Task_Supplement');
    expect((loop.targetRef as ModdleElement).id).toBe('Task_Check');
    expect(readFacts(nodes.find((n) => n.id === 'Task_Supplement') as ModdleElement, 'step').dossierStatus).toBe(5);
    expect(effectiveRole(nodes.find((n) => n.id === 'Task_Approve') as ModdleElement)).toBe('Lãnh đạo cơ quan');

    // every flow node's shape lies inside its lane's shape
    const plane = (definitions.get('diagrams') as ModdleElement[])[0]?.get('plane') as ModdleElement;
    const bounds = new Map(
      (plane.get('planeElement') as ModdleElement[]).map((s) => [
        (s.bpmnElement as ModdleElement).id,
        s.bounds as { x: number; y: number; width: number; height: number },
      ]),
    );
    const spec = newProcedureSpec('vi');
    for (const node of spec.nodes) {
      const b = bounds.get(node.id);
      const lane = bounds.get(node.lane);
      expect(b && lane, node.id).toBeTruthy();
      expect(b!.y).toBeGreaterThanOrEqual(lane!.y);
      expect(b!.y + b!.height).toBeLessThanOrEqual(lane!.y + lane!.height);
      expect(b!.x).toBeGreaterThan(lane!.x + 30);
      expect(b!.x + b!.width).toBeLessThanOrEqual(lane!.x + lane!.width);
    }
  });

  it('is available in English too', async () => {
    const { definitions } = await parseBpmn(await newProcedureXml('en'));
    expect(JSON.stringify((definitions.get('rootElements') as ModdleElement[]).map((r) => r.name))).toContain(
      'New administrative procedure',
    );
  });
});
