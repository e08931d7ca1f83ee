/** Helpers for the opening tests: strip a file's diagrams, list what is drawn, find overlapping shapes. */
import { createModdle, is, serializeBpmn, type ModdleElement } from '@/core/index.ts';
import { diElements, shapedElements, topRoots } from '@/core/bpmn/repair/model.ts';

/** The file without any BPMNDiagram, as process engines and IBM tools write it. */
export async function withoutDi(xml: string): Promise<string> {
  const moddle = createModdle();
  const { rootElement } = await moddle.fromXML(xml, 'bpmn:Definitions');
  (rootElement.get('diagrams') as unknown[]).length = 0;
  return serializeBpmn(rootElement, moddle);
}

/** Ids of the pools, lanes and flow nodes that have no shape in any diagram. */
export function undrawn(definitions: ModdleElement): string[] {
  const drawn = new Set(diElements(definitions).map((di) => di.get('bpmnElement')));
  return topRoots(definitions)
    .flatMap(shapedElements)
    .filter((el) => !drawn.has(el))
    .map((el) => el.id as string);
}

/** Pairs of shapes of one plane that overlap, leaving out containers (pools, lanes) and boundary events on their hosts. */
export function overlaps(definitions: ModdleElement): string[] {
  const found: string[] = [];
  for (const diagram of definitions.get('diagrams') as ModdleElement[]) {
    const shapes = ((diagram.get('plane') as ModdleElement).get('planeElement') as ModdleElement[])
      .filter((di) => is(di, 'bpmndi:BPMNShape'))
      .filter((di) => {
        const el = di.get('bpmnElement') as ModdleElement;
        return !is(el, 'bpmn:Participant') && !is(el, 'bpmn:Lane') && !is(el, 'bpmn:BoundaryEvent');
      })
      .map((di) => ({
        id: (di.get('bpmnElement') as ModdleElement).id as string,
        b: di.get('bounds') as { x: number; y: number; width: number; height: number },
      }));
    for (let i = 0; i < shapes.length; i++) {
      for (let j = i + 1; j < shapes.length; j++) {
        const a = shapes[i]!.b;
        const c = shapes[j]!.b;
        if (a.x < c.x + c.width && c.x < a.x + a.width && a.y < c.y + c.height && c.y < a.y + a.height)
          found.push(`${shapes[i]!.id}×${shapes[j]!.id}`);
      }
    }
  }
  return found;
}

/** Every semantic element id of the file (DI left out), to check that a repair loses nothing. */
export function semanticIds(definitions: ModdleElement): string[] {
  const ids: string[] = [];
  const seen = new Set<unknown>();
  const walk = (el: ModdleElement) => {
    if (seen.has(el) || is(el, 'bpmndi:BPMNDiagram')) return;
    seen.add(el);
    if (el.id && !/^(bpmndi|dc|di):/.test(el.$type)) ids.push(el.id as string);
    const descriptor = (
      el as unknown as {
        $descriptor: { properties: Array<{ name: string; isReference?: boolean; isMany?: boolean; type: string }> };
      }
    ).$descriptor;
    for (const p of descriptor?.properties ?? []) {
      if (p.isReference) continue;
      const value = el.get(p.name);
      for (const v of Array.isArray(value) ? value : [value])
        if (v && typeof v === 'object' && '$type' in v) walk(v as ModdleElement);
    }
  };
  walk(definitions);
  return ids.sort();
}
