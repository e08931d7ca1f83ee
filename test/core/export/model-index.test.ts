/**
 * An executable export replaces plain tasks by user tasks: the new task takes the old one's place in its
 * container, in its (nested) lane, in its diagram and as the host of its boundary events (src/core/export/model-index.ts).
 */
import { describe, expect, it } from 'vitest';
import { bpmnProfile, createExportModdle, makeExecutable, parseBpmn } from '../../../src/core/index.ts';
import { elementsOf, type ModdleElement } from '../../../src/core/bpmn/moddle-types.ts';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:tthc="https://tthc-studio.github.io/schema/bpmn/1.0" id="Defs" targetNamespace="t">
  <bpmn:process id="P" isExecutable="false">
    <bpmn:laneSet id="LS">
      <bpmn:lane id="Outer" name="Phòng">
        <bpmn:flowNodeRef>Start</bpmn:flowNodeRef>
        <bpmn:childLaneSet id="LS2">
          <bpmn:lane id="Inner" name="Chuyên viên">
            <bpmn:flowNodeRef>Task_A</bpmn:flowNodeRef>
            <bpmn:flowNodeRef>Err</bpmn:flowNodeRef>
          </bpmn:lane>
        </bpmn:childLaneSet>
      </bpmn:lane>
      <bpmn:lane id="Other" name="Lãnh đạo"><bpmn:flowNodeRef>End</bpmn:flowNodeRef></bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id="Task_A" name="Thẩm định"><bpmn:extensionElements><tthc:step duration="2" durationUnit="day" /></bpmn:extensionElements><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>
    <bpmn:boundaryEvent id="Err" attachedToRef="Task_A"><bpmn:errorEventDefinition id="ErrDef" /></bpmn:boundaryEvent>
    <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_A" />
    <bpmn:sequenceFlow id="F2" sourceRef="Task_A" targetRef="End" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">
    <bpmndi:BPMNShape id="Task_A_di" bpmnElement="Task_A"><dc:Bounds x="100" y="100" width="100" height="80" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

const ids = (list: ModdleElement[]): string[] => list.map((e) => String(e.id));

describe('replacing a task in an executable export', () => {
  it('rewires its container, nested lane, diagram shape, flows and boundary events to the user task', async () => {
    const { xml: out } = await makeExecutable(xml, bpmnProfile);
    const { definitions } = await parseBpmn(out, createExportModdle());
    const process = elementsOf(definitions, 'rootElements')[0] as ModdleElement;
    const flowElements = elementsOf(process, 'flowElements');
    const task = flowElements.find((e) => e.id === 'Task_A') as ModdleElement;
    expect(task.$type).toBe('bpmn:UserTask');
    // in the same place among the process's elements, once
    expect(ids(flowElements).slice(0, 5)).toEqual(['Start', 'Task_A', 'Err', 'End', 'F1']);
    expect(ids(flowElements).filter((id) => id === 'Task_A')).toHaveLength(1);
    const err = flowElements.find((e) => e.id === 'Err') as ModdleElement;
    expect(err.attachedToRef).toBe(task);
    expect((flowElements.find((e) => e.id === 'F1') as ModdleElement).targetRef).toBe(task);
    expect((flowElements.find((e) => e.id === 'F2') as ModdleElement).sourceRef).toBe(task);
    // the nested lane keeps it in its place, with the overdue timer and its end event after it
    const outer = elementsOf(elementsOf(process, 'laneSets')[0], 'lanes')[0] as ModdleElement;
    const inner = elementsOf(outer.childLaneSet as ModdleElement, 'lanes')[0] as ModdleElement;
    expect(ids(elementsOf(inner, 'flowNodeRef'))).toEqual(['Task_A', 'Err', 'Task_A_Overdue', 'Task_A_Overdue_End']);
    expect(ids(elementsOf(outer, 'flowNodeRef'))).toEqual(['Start']);
    // the diagram shape points at the user task, and the timer is drawn on its border
    const plane = elementsOf(definitions, 'diagrams')[0]?.plane as ModdleElement;
    const shapes = elementsOf(plane, 'planeElement');
    expect(shapes.find((s) => s.id === 'Task_A_di')?.bpmnElement).toBe(task);
    const timer = flowElements.find((e) => e.id === 'Task_A_Overdue') as ModdleElement;
    expect(timer.attachedToRef).toBe(task);
    expect(shapes.find((s) => s.id === 'Task_A_Overdue_di')?.bpmnElement).toBe(timer);
  });
});
