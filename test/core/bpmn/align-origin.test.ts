/** Diagrams are moved to a fixed offset from the origin at import, shapes, edges and labels alike. */
import { describe, expect, it } from 'vitest';
import { ORIGIN_OFFSET, alignDiagramsToOrigin, drawingOrigin, parseBpmn } from '@/core/index.ts';

/** A start event, a task and a labelled flow between them, drawn with its top-left at (ox, oy). */
function drawnAt(ox: number, oy: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="x">
  <bpmn:process id="P"><bpmn:startEvent id="S" /><bpmn:task id="T" /><bpmn:sequenceFlow id="F" name="go" sourceRef="S" targetRef="T" /></bpmn:process>
  <bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">
    <bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="${ox}" y="${oy + 22}" width="36" height="36" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="T_di" bpmnElement="T"><dc:Bounds x="${ox + 100}" y="${oy}" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="F_di" bpmnElement="F"><di:waypoint x="${ox + 36}" y="${oy + 40}" /><di:waypoint x="${ox + 100}" y="${oy + 40}" />
      <bpmndi:BPMNLabel><dc:Bounds x="${ox + 60}" y="${oy + 45}" width="20" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

type Di = {
  bounds?: { x: number; y: number };
  waypoint?: Array<{ x: number; y: number }>;
  label?: { bounds: { x: number; y: number } };
};
const planeOf = (definitions: unknown) =>
  (definitions as { diagrams: Array<{ plane: { planeElement: Di[] } }> }).diagrams[0]!.plane.planeElement;

describe('alignDiagramsToOrigin', () => {
  it('moves a drawing far from the origin so its top-left corner is at the offset, keeping every relative position', async () => {
    const { definitions } = await parseBpmn(drawnAt(-2400, 3100));
    expect(alignDiagramsToOrigin(definitions)).toBe(1);
    const plane = planeOf(definitions);
    expect(drawingOrigin(plane as never)).toEqual(ORIGIN_OFFSET);
    const task = plane.find((e) => (e as { id?: string }).id === 'T_di') as Di;
    const edge = plane.find((e) => (e as { id?: string }).id === 'F_di') as Di;
    expect(task.bounds).toMatchObject({ x: ORIGIN_OFFSET.x + 100, y: ORIGIN_OFFSET.y });
    expect(edge.waypoint?.map((p) => [p.x, p.y])).toEqual([
      [ORIGIN_OFFSET.x + 36, ORIGIN_OFFSET.y + 40],
      [ORIGIN_OFFSET.x + 100, ORIGIN_OFFSET.y + 40],
    ]);
    expect(edge.label?.bounds).toMatchObject({ x: ORIGIN_OFFSET.x + 60, y: ORIGIN_OFFSET.y + 45 });
  });

  it('leaves a drawing already near the offset where it is', async () => {
    const { definitions } = await parseBpmn(drawnAt(ORIGIN_OFFSET.x + 20, ORIGIN_OFFSET.y - 30));
    expect(alignDiagramsToOrigin(definitions)).toBe(0);
    expect(drawingOrigin(planeOf(definitions) as never)).toEqual({ x: ORIGIN_OFFSET.x + 20, y: ORIGIN_OFFSET.y - 30 });
  });

  it('ignores definitions without a drawing', () => {
    expect(alignDiagramsToOrigin({ diagrams: [{ plane: { planeElement: [] } }] })).toBe(0);
    expect(alignDiagramsToOrigin(undefined)).toBe(0);
  });
});
