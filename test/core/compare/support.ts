/** Helpers of the comparison tests: sample procedures and "the same procedure drawn again by someone else". */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createModdle, parseBpmn, serializeBpmn, type ModdleElement } from '../../../src/core/index.ts';

export const PROCEDURES = join(process.cwd(), 'procedures');

export function sampleXml(slug: string, variant: string): string {
  return readFileSync(join(PROCEDURES, slug, `${variant}.bpmn`), 'utf8');
}

export async function parse(xml: string): Promise<ModdleElement> {
  return (await parseBpmn(xml)).definitions;
}

/** Every id of the file replaced by a fresh one (references too), every shape moved a little, the drawing shifted. */
export function redraw(xml: string): string {
  const ids = [...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
  const fresh = new Map(ids.map((id, i) => [id, `X${(i * 7919 + 13).toString(36)}_${i}`]));
  let out = xml
    .replace(/="([^"]+)"/g, (all, v: string) => (fresh.has(v) ? `="${fresh.get(v)}"` : all))
    .replace(/>([^<>\s]+)</g, (all, v: string) => (fresh.has(v) ? `>${fresh.get(v)}<` : all));
  let k = 0;
  const jitter = () => ((k++ * 37) % 21) - 10; // −10 … +10
  out = out.replace(
    /<dc:Bounds x="([-\d.]+)" y="([-\d.]+)"/g,
    (_all, x: string, y: string) => `<dc:Bounds x="${Number(x) + 250 + jitter()}" y="${Number(y) + 120 + jitter()}"`,
  );
  out = out.replace(
    /<di:waypoint x="([-\d.]+)" y="([-\d.]+)"/g,
    (_all, x: string, y: string) => `<di:waypoint x="${Number(x) + 250}" y="${Number(y) + 120}"`,
  );
  return out;
}

const moddle = createModdle();

function flowElements(process: ModdleElement): ModdleElement[] {
  return process.get('flowElements') as ModdleElement[];
}

function remove<T>(list: T[] | undefined, item: T): void {
  const i = list?.indexOf(item) ?? -1;
  if (i >= 0) list?.splice(i, 1);
}

function byId(definitions: ModdleElement, id: string): ModdleElement {
  for (const root of definitions.get('rootElements') as ModdleElement[]) {
    const found = (root.get('flowElements') as ModdleElement[] | undefined)?.find((e) => e.id === id);
    if (found) return found;
  }
  throw new Error(`no ${id}`);
}

function diPlane(definitions: ModdleElement): ModdleElement[] {
  const diagram = (definitions.get('diagrams') as ModdleElement[])[0] as ModdleElement;
  return (diagram.get('plane') as ModdleElement).get('planeElement') as ModdleElement[];
}

function lanes(process: ModdleElement): ModdleElement[] {
  return ((process.get('laneSets') as ModdleElement[] | undefined) ?? []).flatMap(
    (s) => s.get('lanes') as ModdleElement[],
  );
}

/**
 * Birth registration, current process, edited: "Task_Check" renamed, "Task_SignRegister" removed (the flow into
 * it now goes to the next step), a new step added between "Task_Issue" and "Task_Return".
 */
export async function editedBirthRegistration(): Promise<string> {
  const definitions = await parse(sampleXml('dang-ky-khai-sinh', 'hien-hanh'));
  byId(definitions, 'Task_Check').set('name', 'Xem xét hồ sơ, giấy tờ');

  const sign = byId(definitions, 'Task_SignRegister');
  const process = sign.$parent as ModdleElement;
  const issue = byId(definitions, 'Task_Issue');
  const into = (sign.get('incoming') as ModdleElement[])[0] as ModdleElement;
  const out = (sign.get('outgoing') as ModdleElement[])[0] as ModdleElement;
  into.set('targetRef', issue);
  remove(issue.get('incoming') as ModdleElement[], out);
  (issue.get('incoming') as ModdleElement[]).push(into);
  remove(flowElements(process), sign);
  remove(flowElements(process), out);
  for (const lane of lanes(process)) remove(lane.get('flowNodeRef') as ModdleElement[], sign);
  const plane = diPlane(definitions);
  for (const di of [...plane]) if (di.get('bpmnElement') === sign || di.get('bpmnElement') === out) remove(plane, di);

  const ret = byId(definitions, 'Task_Return');
  const toReturn = (issue.get('outgoing') as ModdleElement[]).find((f) => f.get('targetRef') === ret) as ModdleElement;
  const added = moddle.create('bpmn:UserTask', {
    id: 'Task_Notify',
    name: 'Gửi Giấy khai sinh điện tử vào kho dữ liệu VNeID',
  });
  added.$parent = process;
  const link = moddle.create('bpmn:SequenceFlow', { id: 'Flow_Issue_Notify', sourceRef: issue, targetRef: added });
  link.$parent = process;
  toReturn.set('sourceRef', added);
  remove(issue.get('outgoing') as ModdleElement[], toReturn);
  (issue.get('outgoing') as ModdleElement[]).push(link);
  added.set('incoming', [link]);
  added.set('outgoing', [toReturn]);
  flowElements(process).push(added, link);
  const shape = moddle.create('bpmndi:BPMNShape', {
    id: 'Task_Notify_di',
    bpmnElement: added,
    bounds: moddle.create('dc:Bounds', { x: 2000, y: 1500, width: 100, height: 80 }),
  });
  const edge = moddle.create('bpmndi:BPMNEdge', {
    id: 'Flow_Issue_Notify_di',
    bpmnElement: link,
    waypoint: [moddle.create('dc:Point', { x: 1900, y: 1540 }), moddle.create('dc:Point', { x: 2000, y: 1540 })],
  });
  plane.push(shape, edge);
  return serializeBpmn(definitions);
}
