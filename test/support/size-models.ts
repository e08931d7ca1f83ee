/**
 * Generated models at the sizes the studio must take (docs/limits.md): a chain of N steps and a sub-process
 * nested N deep. Built as text so that the tests and scripts/bench-size.ts need no fixture files.
 */

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
  'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" ' +
  'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" ' +
  'xmlns:tthc="https://tthc-studio.github.io/schema/bpmn/1.0" id="Defs_Size" targetNamespace="https://tthc-studio.github.io/test">\n';

export interface SizeModelOptions {
  /** Working hours of every step (default 1). */
  stepHours?: number;
  /** Add diagram shapes and edges, as saved files have them (default false). */
  di?: boolean;
}

/** The procedure facts: a statutory limit that the model keeps (so validation finds no error). */
function procedure(limitDays: number): string {
  return `<bpmn:extensionElements><tthc:procedure code="1.000000" name="Thủ tục thử cỡ lớn" timeLimit="${limitDays}" timeUnit="day" /></bpmn:extensionElements>`;
}

/** The incoming and outgoing flow references a saved file carries (bpmnlint's no-disconnected reads them). */
function links(incoming: string | undefined, outgoing: string | undefined): string {
  return (
    (incoming ? `<bpmn:incoming>${incoming}</bpmn:incoming>` : '') +
    (outgoing ? `<bpmn:outgoing>${outgoing}</bpmn:outgoing>` : '')
  );
}

function task(id: string, hours: number, incoming: string, outgoing: string): string {
  return `<bpmn:task id="${id}" name="Bước ${id}"><bpmn:extensionElements><tthc:step duration="${hours}" durationUnit="hour" role="Chuyên viên" /></bpmn:extensionElements>${links(incoming, outgoing)}</bpmn:task>`;
}

function flow(id: string, from: string, to: string): string {
  return `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`;
}

/** Start → S1 → … → Sn → End, every step `stepHours` working hours: the longest path is n × stepHours. */
export function chainModel(n: number, options: SizeModelOptions = {}): string {
  const hours = options.stepHours ?? 1;
  const ids = ['Start', ...Array.from({ length: n }, (_, i) => `S${i + 1}`), 'End'];
  const parts: string[] = [
    HEAD,
    '<bpmn:process id="Process_Chain" name="Chuỗi" isExecutable="false">',
    procedure(Math.ceil((n * hours) / 8)),
    `<bpmn:startEvent id="Start" name="Nhận hồ sơ">${links(undefined, 'F1')}</bpmn:startEvent>`,
  ];
  for (let i = 1; i <= n; i++) parts.push(task(`S${i}`, hours, `F${i}`, `F${i + 1}`));
  parts.push(`<bpmn:endEvent id="End" name="Trả kết quả">${links(`F${n + 1}`, undefined)}</bpmn:endEvent>`);
  for (let i = 1; i < ids.length; i++) parts.push(flow(`F${i}`, ids[i - 1] as string, ids[i] as string));
  parts.push('</bpmn:process>');
  if (options.di) {
    parts.push(
      '<bpmndi:BPMNDiagram id="Diagram_Chain"><bpmndi:BPMNPlane id="Plane_Chain" bpmnElement="Process_Chain">',
    );
    ids.forEach((id, i) =>
      parts.push(
        `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${i * 150}" y="100" width="100" height="80" /></bpmndi:BPMNShape>`,
      ),
    );
    for (let i = 1; i < ids.length; i++) {
      parts.push(
        `<bpmndi:BPMNEdge id="F${i}_di" bpmnElement="F${i}"><di:waypoint x="${i * 150 - 50}" y="140" /><di:waypoint x="${i * 150}" y="140" /></bpmndi:BPMNEdge>`,
      );
    }
    parts.push('</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>');
  }
  parts.push('</bpmn:definitions>\n');
  return parts.join('\n');
}

/**
 * A process whose only step sits `depth` sub-processes deep: every level is Start → Sub → End, the innermost
 * Start → Step → End. The longest path is the one step's `stepHours`.
 */
export function nestedModel(depth: number, options: SizeModelOptions = {}): string {
  const hours = options.stepHours ?? 1;
  const open: string[] = [];
  const close: string[] = [];
  for (let level = 1; level <= depth; level++) {
    const sub = `Sub${level}`;
    open.push(
      `<bpmn:startEvent id="Start${level - 1}" name="Bắt đầu ${level - 1}">${links(undefined, `In${level - 1}`)}</bpmn:startEvent>`,
      `<bpmn:subProcess id="${sub}" name="Giai đoạn ${level}">${links(`In${level - 1}`, `Out${level - 1}`)}`,
    );
    close.unshift(
      '</bpmn:subProcess>',
      `<bpmn:endEvent id="End${level - 1}" name="Kết thúc ${level - 1}">${links(`Out${level - 1}`, undefined)}</bpmn:endEvent>`,
      flow(`In${level - 1}`, `Start${level - 1}`, sub),
      flow(`Out${level - 1}`, sub, `End${level - 1}`),
    );
  }
  const inner = [
    `<bpmn:startEvent id="Start${depth}" name="Bắt đầu ${depth}">${links(undefined, `In${depth}`)}</bpmn:startEvent>`,
    task('Step', hours, `In${depth}`, `Out${depth}`),
    `<bpmn:endEvent id="End${depth}" name="Kết thúc ${depth}">${links(`Out${depth}`, undefined)}</bpmn:endEvent>`,
    flow(`In${depth}`, `Start${depth}`, 'Step'),
    flow(`Out${depth}`, 'Step', `End${depth}`),
  ];
  return [
    HEAD,
    '<bpmn:process id="Process_Nested" name="Lồng nhau" isExecutable="false">',
    procedure(Math.max(1, Math.ceil(hours / 8))),
    ...open,
    ...inner,
    ...close,
    '</bpmn:process>',
    options.di ? nestedDiagram(depth) : '',
    '</bpmn:definitions>\n',
  ].join('\n');
}

/**
 * Shapes of the nested model: scope k (0 = the process) spans [M·k, W − M·k] both ways; its start and end
 * events sit in the margins left and right of sub-process k + 1 (the step in the innermost scope).
 */
function nestedDiagram(depth: number): string {
  const M = 50;
  const W = 2 * M * (depth + 1) + 100;
  const mid = W / 2;
  const shape = (id: string, x: number, y: number, w: number, h: number, extra = ''): string =>
    `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"${extra}><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`;
  const edge = (id: string, x1: number, x2: number): string =>
    `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${x1}" y="${mid}" /><di:waypoint x="${x2}" y="${mid}" /></bpmndi:BPMNEdge>`;
  const parts = [
    '<bpmndi:BPMNDiagram id="Diagram_Nested"><bpmndi:BPMNPlane id="Plane_Nested" bpmnElement="Process_Nested">',
  ];
  for (let k = 0; k <= depth; k++) {
    const inner = M * (k + 1);
    if (k > 0) parts.push(shape(`Sub${k}`, M * k, M * k, W - 2 * M * k, W - 2 * M * k, ' isExpanded="true"'));
    parts.push(shape(`Start${k}`, M * k + 7, mid - 18, 36, 36), shape(`End${k}`, W - inner + 7, mid - 18, 36, 36));
    if (k === depth) parts.push(shape('Step', mid - 50, mid - 40, 100, 80));
    const innerLeft = k === depth ? mid - 50 : inner;
    const innerRight = k === depth ? mid + 50 : W - inner;
    parts.push(edge(`In${k}`, M * k + 43, innerLeft), edge(`Out${k}`, innerRight, W - inner + 7));
  }
  parts.push('</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>');
  return parts.join('\n');
}

/**
 * Decisions nested `depth` deep in one flat process: decision k sends half its dossiers to step Bk and half on
 * to decision k + 1; the innermost sends its other half to step Inner. Every path runs exactly one step of
 * `stepHours`; the joins close in reverse order (a block structure `depth` levels deep).
 */
export function nestedDecisionsModel(depth: number, options: SizeModelOptions = {}): string {
  const hours = options.stepHours ?? 1;
  const nodes: string[] = ['<bpmn:startEvent id="Start" name="Nhận hồ sơ" />'];
  const flows: string[] = [];
  let n = 0;
  const link = (from: string, to: string, share?: number): void => {
    const ext =
      share === undefined ? '' : `<bpmn:extensionElements><tthc:outcome share="${share}" /></bpmn:extensionElements>`;
    flows.push(`<bpmn:sequenceFlow id="F${++n}" sourceRef="${from}" targetRef="${to}">${ext}</bpmn:sequenceFlow>`);
  };
  const step = (id: string): string =>
    `<bpmn:task id="${id}" name="Bước ${id}"><bpmn:extensionElements><tthc:step duration="${hours}" durationUnit="hour" role="Chuyên viên" /></bpmn:extensionElements></bpmn:task>`;
  let previous = 'Start';
  for (let k = 1; k <= depth; k++) {
    nodes.push(`<bpmn:exclusiveGateway id="X${k}" />`, `<bpmn:exclusiveGateway id="J${k}" />`, step(`B${k}`));
    link(previous, `X${k}`, k > 1 ? 0.5 : undefined);
    link(`X${k}`, `B${k}`, 0.5);
    link(`B${k}`, `J${k}`);
    previous = `X${k}`;
  }
  nodes.push(step('Inner'), '<bpmn:endEvent id="End" name="Trả kết quả" />');
  link(`X${depth}`, 'Inner', 0.5);
  link('Inner', `J${depth}`);
  for (let k = depth; k > 1; k--) link(`J${k}`, `J${k - 1}`);
  link('J1', 'End');
  return [
    HEAD,
    '<bpmn:process id="Process_Decisions" name="Quyết định lồng nhau" isExecutable="false">',
    procedure(Math.max(1, Math.ceil(hours / 8))),
    ...nodes,
    ...flows,
    '</bpmn:process>',
    '</bpmn:definitions>\n',
  ].join('\n');
}
