/**
 * A two-pool procedure drawn by hand (applicant and commune one-stop shop, message flows between them, lanes,
 * unnamed start/end events and gateways), and the same procedure drawn again by someone else: every id new,
 * the pools in the other order, shapes placed differently, with exactly three real changes.
 */

interface Node {
  key: string;
  type: string;
  name?: string;
  pool: 'P1' | 'P2';
  lane?: string;
  x: number;
  y: number;
}
interface Flow {
  key: string;
  from: string;
  to: string;
  message?: boolean;
  name?: string;
}
interface Drawing {
  nodes: Node[];
  flows: Flow[];
  pools: Record<'P1' | 'P2', { name: string; y: number; height: number }>;
  lanes: Record<string, { name: string; pool: 'P1' | 'P2'; y: number; height: number }>;
}

const SIZE: Record<string, [number, number]> = {
  startEvent: [36, 36],
  endEvent: [36, 36],
  exclusiveGateway: [50, 50],
  userTask: [100, 80],
};

/** The procedure as it is today. */
export function original(): Drawing {
  return {
    pools: {
      P1: { name: 'Người nộp hồ sơ', y: 0, height: 200 },
      P2: { name: 'Ủy ban nhân dân xã', y: 250, height: 400 },
    },
    lanes: {
      Lmc: { name: 'Bộ phận một cửa', pool: 'P2', y: 250, height: 200 },
      Ltp: { name: 'Công chức tư pháp', pool: 'P2', y: 450, height: 200 },
    },
    nodes: [
      { key: 'S1', type: 'startEvent', pool: 'P1', x: 120, y: 100 },
      { key: 'Tnop', type: 'userTask', name: 'Nộp hồ sơ', pool: 'P1', x: 240, y: 100 },
      { key: 'Tnhan', type: 'userTask', name: 'Nhận kết quả', pool: 'P1', x: 1100, y: 100 },
      { key: 'E1', type: 'endEvent', pool: 'P1', x: 1250, y: 100 },
      { key: 'S2', type: 'startEvent', pool: 'P2', lane: 'Lmc', x: 270, y: 350 },
      { key: 'Ttiep', type: 'userTask', name: 'Tiếp nhận hồ sơ', pool: 'P2', lane: 'Lmc', x: 400, y: 350 },
      { key: 'G1', type: 'exclusiveGateway', pool: 'P2', lane: 'Ltp', x: 550, y: 550 },
      { key: 'Ttham', type: 'userTask', name: 'Thẩm định hồ sơ', pool: 'P2', lane: 'Ltp', x: 700, y: 550 },
      { key: 'Tbs', type: 'userTask', name: 'Yêu cầu bổ sung hồ sơ', pool: 'P2', lane: 'Lmc', x: 700, y: 350 },
      { key: 'G2', type: 'exclusiveGateway', pool: 'P2', lane: 'Ltp', x: 850, y: 550 },
      { key: 'Ttra', type: 'userTask', name: 'Trả kết quả', pool: 'P2', lane: 'Lmc', x: 1000, y: 350 },
      { key: 'E2', type: 'endEvent', pool: 'P2', lane: 'Lmc', x: 1150, y: 350 },
    ],
    flows: [
      { key: 'f1', from: 'S1', to: 'Tnop' },
      { key: 'f2', from: 'Tnhan', to: 'E1' },
      { key: 'm1', from: 'Tnop', to: 'S2', message: true },
      { key: 'm2', from: 'Ttra', to: 'Tnhan', message: true },
      { key: 'f3', from: 'S2', to: 'Ttiep' },
      { key: 'f4', from: 'Ttiep', to: 'G1' },
      { key: 'f5', from: 'G1', to: 'Ttham' },
      { key: 'f6', from: 'G1', to: 'Tbs' },
      { key: 'f7', from: 'Ttham', to: 'G2' },
      { key: 'f8', from: 'Tbs', to: 'G2' },
      { key: 'f9', from: 'G2', to: 'Ttra' },
      { key: 'f10', from: 'Ttra', to: 'E2' },
    ],
  };
}

/**
 * The same procedure drawn again: the commune's pool on top, everything spread 1.25× wider and shifted;
 * "Thẩm định hồ sơ" renamed "Thẩm định các hồ sơ", "Yêu cầu bổ sung hồ sơ" removed (its branch now goes
 * straight to the merge) and "Ký số kết quả" added between the merge and the return of the result.
 */
export function redrawn(): Drawing {
  const d = original();
  d.pools = {
    P2: { name: 'Ủy ban nhân dân xã', y: 0, height: 400 },
    P1: { name: 'Người nộp hồ sơ', y: 460, height: 200 },
  };
  d.lanes = {
    Lmc: { name: 'Bộ phận một cửa', pool: 'P2', y: 0, height: 200 },
    Ltp: { name: 'Công chức tư pháp', pool: 'P2', y: 200, height: 200 },
  };
  d.nodes = d.nodes
    .filter((n) => n.key !== 'Tbs')
    .map((n) => ({
      ...n,
      name: n.key === 'Ttham' ? 'Thẩm định các hồ sơ' : n.name,
      x: Math.round(n.x * 1.25) + 40,
      y: n.pool === 'P1' ? n.y + 460 + 15 : n.y - 250 + (n.key === 'G1' ? 12 : 0),
    }));
  d.nodes.push({ key: 'Tky', type: 'userTask', name: 'Ký số kết quả', pool: 'P2', lane: 'Ltp', x: 1200, y: 300 });
  d.flows = d.flows.filter((f) => f.key !== 'f6' && f.key !== 'f8' && f.key !== 'f9');
  d.flows.push(
    { key: 'f6b', from: 'G1', to: 'G2' },
    { key: 'f9a', from: 'G2', to: 'Tky' },
    { key: 'f9b', from: 'Tky', to: 'Ttra' },
  );
  return d;
}

/** The BPMN XML of a drawing, every id made from `prefix` (so two drawings share none). */
export function toXml(d: Drawing, prefix: string): string {
  const id = (key: string) => `${prefix}${key}`;
  const node = (n: Node) => `<bpmn:${n.type} id="${id(n.key)}"${n.name ? ` name="${n.name}"` : ''} />`;
  const seq = (f: Flow) => `<bpmn:sequenceFlow id="${id(f.key)}" sourceRef="${id(f.from)}" targetRef="${id(f.to)}" />`;
  const process = (pool: 'P1' | 'P2') => {
    const nodes = d.nodes.filter((n) => n.pool === pool);
    const keys = new Set(nodes.map((n) => n.key));
    const lanes = Object.entries(d.lanes).filter(([, l]) => l.pool === pool);
    const laneSet = lanes.length
      ? `<bpmn:laneSet id="${id(`LS${pool}`)}">${lanes
          .map(
            ([k, l]) =>
              `<bpmn:lane id="${id(k)}" name="${l.name}">${nodes
                .filter((n) => n.lane === k)
                .map((n) => `<bpmn:flowNodeRef>${id(n.key)}</bpmn:flowNodeRef>`)
                .join('')}</bpmn:lane>`,
          )
          .join('')}</bpmn:laneSet>`
      : '';
    return `<bpmn:process id="${id(`Proc${pool}`)}" isExecutable="false">${laneSet}${nodes.map(node).join('')}${d.flows
      .filter((f) => !f.message && keys.has(f.from))
      .map(seq)
      .join('')}</bpmn:process>`;
  };
  const centre = new Map(d.nodes.map((n) => [n.key, n]));
  const shape = (key: string, x: number, y: number, w: number, h: number, horizontal = false) =>
    `<bpmndi:BPMNShape id="${id(key)}_di" bpmnElement="${id(key)}"${horizontal ? ' isHorizontal="true"' : ''}><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`;
  const width = Math.max(...d.nodes.map((n) => n.x)) + 150;
  const shapes = [
    ...(['P1', 'P2'] as const).map((p) => shape(`Part${p}`, 0, d.pools[p].y, width, d.pools[p].height, true)),
    ...Object.entries(d.lanes).map(([k, l]) => shape(k, 30, l.y, width - 30, l.height, true)),
    ...d.nodes.map((n) => {
      const [w, h] = SIZE[n.type] as [number, number];
      return shape(n.key, n.x - w / 2, n.y - h / 2, w, h);
    }),
  ];
  const edges = d.flows.map((f) => {
    const a = centre.get(f.from) as Node;
    const b = centre.get(f.to) as Node;
    return `<bpmndi:BPMNEdge id="${id(f.key)}_di" bpmnElement="${id(f.key)}"><di:waypoint x="${a.x}" y="${a.y}" /><di:waypoint x="${b.x}" y="${b.y}" /></bpmndi:BPMNEdge>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="${id('Defs')}" targetNamespace="http://bpmn.io/schema/bpmn">
<bpmn:collaboration id="${id('Collab')}">
${(['P1', 'P2'] as const).map((p) => `<bpmn:participant id="${id(`Part${p}`)}" name="${d.pools[p].name}" processRef="${id(`Proc${p}`)}" />`).join('')}
${d.flows
  .filter((f) => f.message)
  .map((f) => `<bpmn:messageFlow id="${id(f.key)}" sourceRef="${id(f.from)}" targetRef="${id(f.to)}" />`)
  .join('')}
</bpmn:collaboration>
${process('P1')}
${process('P2')}
<bpmndi:BPMNDiagram id="${id('Diagram')}"><bpmndi:BPMNPlane id="${id('Plane')}" bpmnElement="${id('Collab')}">${shapes.join('')}${edges.join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}
