/** Broken files as other tools write them: each is repaired, the repair is told, and nothing semantic is lost. */
import { describe, expect, it } from 'vitest';
import {
  ImportProblem,
  describeNotice,
  openBpmn,
  parseBpmn,
  type ModdleElement,
  type OpenNotice,
} from '@/core/index.ts';
import { isSemanticallyEqual, semanticDiff } from '../../../support/semantic-diff.ts';
import { overlaps, semanticIds, undrawn } from './support.ts';

const NS =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" ' +
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"';
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions ${NS} id="D" targetNamespace="t">${body}</bpmn:definitions>`;
let diCount = 0;
const shape = (ref: string, x: number, y = 100, w = 100, h = 80) =>
  `<bpmndi:BPMNShape id="di_${++diCount}" bpmnElement="${ref}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}"/></bpmndi:BPMNShape>`;
const edge = (ref: string, x1: number, x2: number) =>
  `<bpmndi:BPMNEdge id="di_${++diCount}" bpmnElement="${ref}"><di:waypoint x="${x1}" y="140"/><di:waypoint x="${x2}" y="140"/></bpmndi:BPMNEdge>`;

/** A pool's process: start → task, the task named after the pool; every id repeated in the second pool. */
const pooled = (name: string) =>
  `<bpmn:process id="P"><bpmn:laneSet id="LS"><bpmn:lane id="Lane_${name}" name="${name}">` +
  '<bpmn:flowNodeRef>S</bpmn:flowNodeRef><bpmn:flowNodeRef>T</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>' +
  `<bpmn:startEvent id="S"/><bpmn:task id="T" name="${name} task"/><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="T"/></bpmn:process>`;
const DUPLICATES = doc(
  '<bpmn:collaboration id="C"><bpmn:participant id="Pa" name="A" processRef="P"/><bpmn:participant id="Pb" name="B" processRef="P"/></bpmn:collaboration>' +
    pooled('A') +
    pooled('B') +
    '<bpmndi:BPMNDiagram id="Dg"><bpmndi:BPMNPlane id="Pl" bpmnElement="C">' +
    shape('Pa', 100, 50, 600, 200) +
    shape('Lane_A', 130, 50, 570, 200) +
    shape('S', 200, 120, 36, 36) +
    shape('T', 300) +
    edge('F', 236, 300) +
    shape('Pb', 100, 300, 600, 200) +
    shape('Lane_B', 130, 300, 570, 200) +
    shape('S', 200, 370, 36, 36) +
    shape('T', 300, 350) +
    edge('F', 236, 300) +
    '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>',
);

const SIMPLE = (plane: string, shapes: string) =>
  doc(
    '<bpmn:process id="P" name="Cấp phép"><bpmn:startEvent id="S"/><bpmn:task id="T" name="Tiếp nhận"/><bpmn:endEvent id="E"/>' +
      '<bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/><bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="E"/></bpmn:process>' +
      `<bpmndi:BPMNDiagram id="Dg" name="Sơ đồ"><bpmndi:BPMNPlane id="Pl" bpmnElement="${plane}">${shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`,
  );
const FULL_DI =
  shape('S', 100, 122, 36, 36) +
  shape('T', 200) +
  shape('E', 400, 122, 36, 36) +
  edge('F1', 136, 200) +
  edge('F2', 300, 400);

function byId(definitions: ModdleElement, id: string): ModdleElement | undefined {
  let found: ModdleElement | undefined;
  const walk = (el: ModdleElement): void => {
    if (found || !el || typeof el !== 'object') return;
    if (el.id === id && !/^bpmndi:/.test(el.$type)) {
      found = el;
      return;
    }
    for (const key of ['rootElements', 'flowElements', 'laneSets', 'lanes', 'participants'])
      for (const c of (el.get?.(key) as ModdleElement[] | undefined) ?? []) walk(c);
  };
  walk(definitions);
  return found;
}

const codes = (notices: OpenNotice[]) => notices.map((n) => n.code);

describe('duplicate ids', () => {
  it('are renamed by position, references kept pointing at the element the file meant', async () => {
    const opened = await openBpmn(DUPLICATES);
    const d = opened.definitions;
    expect(
      opened.notices
        .filter((n) => n.code === 'idRenamed')
        .map((n) => n.code === 'idRenamed' && `${n.id}→${n.newId}`)
        .sort(),
    ).toEqual(['F→F_2', 'LS→LS_2', 'P→P_2', 'S→S_2', 'T→T_2']);
    expect(byId(d, 'T_2')?.name).toBe('B task');
    expect((byId(d, 'Pb')?.get('processRef') as ModdleElement).id).toBe('P_2');
    expect((byId(d, 'Pa')?.get('processRef') as ModdleElement).id).toBe('P');
    const flow = byId(d, 'F_2') as ModdleElement;
    expect([(flow.get('sourceRef') as ModdleElement).id, (flow.get('targetRef') as ModdleElement).id]).toEqual([
      'S_2',
      'T_2',
    ]);
    expect((byId(d, 'Lane_B')?.get('flowNodeRef') as ModdleElement[]).map((n) => n.id)).toEqual(['S_2', 'T_2']);
    // The second pool's shapes now draw the second pool's elements.
    const plane = (d.get('diagrams') as ModdleElement[])[0]!.get('plane') as ModdleElement;
    const drawnAt = (plane.get('planeElement') as ModdleElement[]).map(
      (di) => `${(di.get('bpmnElement') as ModdleElement).id}`,
    );
    expect(drawnAt).toEqual(['Pa', 'Lane_A', 'S', 'T', 'F', 'Pb', 'Lane_B', 'S_2', 'T_2', 'F_2']);
    expect(undrawn(d)).toEqual([]);
    expect(opened.repaired).toBe(true);
  });

  it('keep every element of the file, which the strict parser would drop', async () => {
    const opened = await openBpmn(DUPLICATES);
    const reread = (await parseBpmn(await opened.xml())).definitions;
    expect(semanticIds(reread)).toEqual([
      'C',
      'D',
      'F',
      'F_2',
      'LS',
      'LS_2',
      'Lane_A',
      'Lane_B',
      'P',
      'P_2',
      'Pa',
      'Pb',
      'S',
      'S_2',
      'T',
      'T_2',
    ]);
    await expect(parseBpmn(DUPLICATES)).rejects.toMatchObject({ code: 'duplicateIds' });
  });
});

describe('diagram planes', () => {
  it('pointing at the definitions (Modelio) are re-pointed at the process they draw, the layout kept', async () => {
    const opened = await openBpmn(SIMPLE('D', FULL_DI));
    expect(codes(opened.notices)).toEqual(['planeRepointed']);
    expect(opened.notices[0]).toMatchObject({ diagram: 'Sơ đồ', from: 'D', to: 'Cấp phép' });
    const plane = (opened.definitions.get('diagrams') as ModdleElement[])[0]!.get('plane') as ModdleElement;
    expect((plane.get('bpmnElement') as ModdleElement).id).toBe('P');
    expect(await opened.xml()).toContain('<dc:Bounds x="200" y="100" width="100" height="80" />');
  });
});

describe('diagram references that do not resolve (GenMyModel)', () => {
  it('are dropped and the elements laid out', async () => {
    const broken = FULL_DI.replace(/bpmnElement="(\w+)"/g, 'bpmnElement="_gmm_$1"');
    const opened = await openBpmn(SIMPLE('P', broken));
    expect(codes(opened.notices)).toEqual(['diDropped', 'layoutGenerated']);
    expect(opened.notices[0]).toMatchObject({ count: 5, refs: ['_gmm_S', '_gmm_T', '_gmm_E', '_gmm_F1', '_gmm_F2'] });
    expect(opened.notices[1]).toMatchObject({ reason: 'noDiagram', missing: 3 });
    expect(undrawn(opened.definitions)).toEqual([]);
  });
});

describe('missing layout', () => {
  it('of part of a process: the whole process is laid out again, and the user is told how much was missing', async () => {
    const opened = await openBpmn(SIMPLE('P', shape('S', 100, 122, 36, 36) + shape('T', 200)));
    expect(codes(opened.notices)).toEqual(['layoutGenerated']);
    expect(opened.notices[0]).toMatchObject({ scope: 'Cấp phép', reason: 'partial', missing: 1 });
    expect(undrawn(opened.definitions)).toEqual([]);
    expect(overlaps(opened.definitions)).toEqual([]);
  });

  it('of sub-processes: drawn collapsed, their content laid out on their own plane', async () => {
    const xml = doc(
      '<bpmn:process id="P"><bpmn:startEvent id="S"/><bpmn:subProcess id="Sub" name="Thẩm định">' +
        '<bpmn:startEvent id="S1"/><bpmn:task id="T1"/><bpmn:sequenceFlow id="f1" sourceRef="S1" targetRef="T1"/></bpmn:subProcess>' +
        '<bpmn:boundaryEvent id="B" attachedToRef="Sub"><bpmn:timerEventDefinition/></bpmn:boundaryEvent><bpmn:endEvent id="E"/><bpmn:endEvent id="E2"/>' +
        '<bpmn:sequenceFlow id="f0" sourceRef="S" targetRef="Sub"/><bpmn:sequenceFlow id="f2" sourceRef="Sub" targetRef="E"/>' +
        '<bpmn:sequenceFlow id="f3" sourceRef="B" targetRef="E2"/></bpmn:process>',
    );
    const opened = await openBpmn(xml);
    const diagrams = opened.definitions.get('diagrams') as ModdleElement[];
    expect(diagrams.map((d) => ((d.get('plane') as ModdleElement).get('bpmnElement') as ModdleElement).id)).toEqual([
      'P',
      'Sub',
    ]);
    const main = (diagrams[0]!.get('plane') as ModdleElement).get('planeElement') as ModdleElement[];
    const sub = main.find((di) => (di.get('bpmnElement') as ModdleElement).id === 'Sub') as ModdleElement;
    expect(sub.get('isExpanded')).toBe(false);
    expect(undrawn(opened.definitions)).toEqual([]);
    expect(overlaps(opened.definitions)).toEqual([]);
    // The boundary event sits on its host's lower edge.
    const box = (id: string) =>
      main.find((di) => (di.get('bpmnElement') as ModdleElement).id === id)!.get('bounds') as {
        x: number;
        y: number;
        width: number;
        height: number;
      };
    expect(box('B').y + box('B').height / 2).toBe(box('Sub').y + box('Sub').height);
  });

  it('of a collaboration: pools stacked, as wide as each other, message flows drawn', async () => {
    const xml = doc(
      '<bpmn:collaboration id="C"><bpmn:participant id="Citizen" name="Người dân"/><bpmn:participant id="Office" name="UBND" processRef="P"/>' +
        '<bpmn:messageFlow id="M" sourceRef="Citizen" targetRef="T"/></bpmn:collaboration>' +
        '<bpmn:process id="P"><bpmn:laneSet id="LS"><bpmn:lane id="L1"><bpmn:flowNodeRef>S</bpmn:flowNodeRef></bpmn:lane>' +
        '<bpmn:lane id="L2"><bpmn:flowNodeRef>T</bpmn:flowNodeRef><bpmn:flowNodeRef>E</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>' +
        '<bpmn:startEvent id="S"/><bpmn:task id="T"/><bpmn:endEvent id="E"/>' +
        '<bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="T"/><bpmn:sequenceFlow id="f2" sourceRef="T" targetRef="E"/></bpmn:process>',
    );
    const opened = await openBpmn(xml);
    expect(opened.notices).toMatchObject([{ code: 'layoutGenerated', scope: 'Người dân', reason: 'noDiagram' }]);
    const plane = (opened.definitions.get('diagrams') as ModdleElement[])[0]!.get('plane') as ModdleElement;
    const di = new Map(
      (plane.get('planeElement') as ModdleElement[]).map((e) => [(e.get('bpmnElement') as ModdleElement).id, e]),
    );
    const bounds = (id: string) => di.get(id)!.get('bounds') as { x: number; y: number; width: number; height: number };
    expect(bounds('Citizen').width).toBe(bounds('Office').width);
    expect(bounds('Citizen').y + bounds('Citizen').height).toBeLessThan(bounds('Office').y);
    expect(bounds('L1').y + bounds('L1').height).toBe(bounds('L2').y);
    expect((di.get('M')!.get('waypoint') as unknown[]).length).toBeGreaterThanOrEqual(2);
    expect(undrawn(opened.definitions)).toEqual([]);
    const d = semanticDiff((await parseBpmn(xml)).definitions, (await parseBpmn(await opened.xml())).definitions);
    expect(isSemanticallyEqual(d), JSON.stringify(d)).toBe(true);
  });
});

describe('refusals and findings', () => {
  it('refuses a file with no process or collaboration, with a reason in both languages', async () => {
    await expect(openBpmn(doc('<bpmn:message id="M"/>'))).rejects.toMatchObject({ code: 'noProcess' });
    await expect(openBpmn('not xml')).rejects.toBeInstanceOf(ImportProblem);
  });

  it('refuses to lay out more than it can draw in time, and endless duplicate ids', async () => {
    const tasks = Array.from({ length: 5001 }, (_, i) => `<bpmn:task id="T${i}"/>`).join('');
    await expect(openBpmn(doc(`<bpmn:process id="P">${tasks}</bpmn:process>`))).rejects.toMatchObject({
      code: 'tooManyToLayOut',
      params: { count: 5001, limit: 5000 },
    });
    const repeated = Array.from({ length: 2002 }, () => '<bpmn:task id="Same"/>').join('');
    await expect(openBpmn(doc(`<bpmn:process id="P">${repeated}</bpmn:process>`))).rejects.toMatchObject({
      code: 'duplicateIds',
    });
  });

  it('says so when a file holds nothing to draw', async () => {
    const opened = await openBpmn(doc('<bpmn:process id="P"/>'));
    expect(codes(opened.notices)).toEqual(['nothingToDraw']);
    expect(opened.repaired).toBe(false);
    expect((opened.definitions.get('diagrams') as unknown[]).length).toBe(1);
  });
});

describe('notice texts', () => {
  const samples: OpenNotice[] = [
    { code: 'idRenamed', id: 'T', newId: 'T_2', element: 'task' },
    { code: 'planeRepointed', diagram: 'D1', from: 'Defs', to: 'P' },
    { code: 'diDropped', count: 7, refs: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
    { code: 'layoutGenerated', scope: 'P', reason: 'partial', missing: 2, elements: 9 },
    { code: 'layoutGenerated', scope: 'P', reason: 'noDiagram', missing: 9, elements: 9 },
    { code: 'nothingToDraw' },
    { code: 'nothingDrawn' },
    { code: 'drawWarnings', count: 2, first: 'x' },
  ];
  it.each(samples.map((n) => [n.code, n] as const))(
    '%s reads in Vietnamese and English, every placeholder filled',
    (_code, notice) => {
      const vi = describeNotice(notice, 'vi');
      const en = describeNotice(notice, 'en');
      expect(vi).toMatch(/[àáảãạăâđêôơưệếốờ]/i);
      expect(vi).not.toBe(en);
      for (const text of [vi, en]) {
        expect(text).not.toMatch(/[{}]|undefined/);
        expect(text).not.toContain(notice.code);
      }
    },
  );
  it('lists at most five dropped references', () => {
    expect(describeNotice(samples[2]!, 'en')).toContain('a, b, c, d, e, …');
  });
});
