import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createModdle,
  elementOf,
  elementsOf,
  plainElementsOf,
  is,
  isModdleElement,
  parseBpmn,
  type BpmnElement,
  type ModdleElement,
} from '@/core/index.ts';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Defs" targetNamespace="urn:t">
  <bpmn:process id="P">
    <bpmn:startEvent id="S" />
    <bpmn:userTask id="T" name="Thẩm định" />
    <bpmn:sequenceFlow id="F" sourceRef="S" targetRef="T" />
  </bpmn:process>
</bpmn:definitions>`;

async function flowElements(): Promise<ModdleElement[]> {
  const { definitions } = await parseBpmn(XML);
  return elementsOf(elementsOf(definitions, 'rootElements')[0], 'flowElements');
}

describe('moddle element types', () => {
  it('is() answers for a type and its subtypes, and narrows to the shipped BPMN types', async () => {
    const [start, task, flow] = await flowElements();
    expect(is(task, 'bpmn:Activity')).toBe(true);
    expect(is(task, 'bpmn:Task')).toBe(true);
    expect(is(start, 'bpmn:Activity')).toBe(false);
    expect(is(undefined, 'bpmn:Task')).toBe(false);
    if (!is(flow, 'bpmn:SequenceFlow')) throw new Error('expected the flow');
    // the narrowed flow's references are core elements, typed as bpmn-moddle declares them
    expectTypeOf(flow).toEqualTypeOf<BpmnElement<'bpmn:SequenceFlow'>>();
    expectTypeOf(flow.get('targetRef')).toExtend<ModdleElement | undefined>();
    expect(flow.get('sourceRef')).toBe(start);
    expect(flow.get('targetRef')?.name).toBe('Thẩm định');
  });

  it('keeps answering for extension types it has no type for', () => {
    const moddle = createModdle();
    const facts = moddle.create('tthc:Step', {});
    expect(is(facts, 'tthc:Step')).toBe(true);
    expect(is(facts, 'bpmn:Task')).toBe(false);
  });

  it('reads single and many-valued properties as elements, moddle’s own array included', async () => {
    const moddle = createModdle();
    const task = moddle.create('bpmn:Task', { id: 'T' });
    const flow = moddle.create('bpmn:SequenceFlow', { id: 'F', targetRef: task });
    expect(elementOf(flow, 'targetRef')).toBe(task);
    expect(elementOf(flow, 'sourceRef')).toBeUndefined();
    expect(elementOf(undefined, 'targetRef')).toBeUndefined();
    // pushing to what elementsOf returns adds to the element, as pushing to moddle's get() does
    elementsOf(task, 'incoming').push(flow);
    expect(task.get('incoming')).toEqual([flow]);
    expect(elementsOf(undefined, 'incoming')).toEqual([]);
    // the plain read gives the same list, and leaves an unset property unset
    expect(plainElementsOf(task, 'incoming')).toBe(task.get('incoming'));
    const other = moddle.create('bpmn:Task', { id: 'U' });
    expect(plainElementsOf(other, 'outgoing')).toEqual([]);
    expect(Object.keys(other)).not.toContain('outgoing');
  });

  it('tells moddle elements from other values', async () => {
    const [task] = await flowElements();
    expect(isModdleElement(task)).toBe(true);
    for (const other of [undefined, null, 'T', 3, {}, { $type: 'bpmn:Task' }])
      expect(isModdleElement(other)).toBe(false);
  });
});
