import { describe, expect, it } from 'vitest';
import type Modeler from 'bpmn-js/lib/Modeler';
import { ImportProblem, MAX_NESTING_DEPTH, createModdle } from '@/core/index.ts';
import { openDiagram } from '@/modeler/open-diagram.ts';
import { nestedModel } from '../support/size-models.ts';

type Listener = (event: unknown) => void;

/**
 * The part of bpmn-js's Modeler that openDiagram uses: importXML parses, fires `import.parse.complete` (a
 * listener that throws aborts the import, as diagram-js's event bus does) and only then replaces the diagram.
 */
class FakeModeler {
  shown: unknown;
  private readonly moddle = createModdle();
  /** Its moddle, and a registry that holds a drawn element once a diagram is shown. */
  get(name: string): unknown {
    if (name === 'moddle') return this.moddle;
    if (name === 'elementRegistry')
      return {
        find: (fn: (e: { parent?: unknown }) => boolean) => (this.shown && fn({ parent: {} }) ? {} : undefined),
      };
    return undefined;
  }
  private readonly listeners = new Map<string, Listener[]>();
  getDefinitions(): unknown {
    return this.shown;
  }
  on(event: string, _priority: number, fn: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
  }
  off(event: string, fn: Listener): void {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((f) => f !== fn),
    );
  }
  async importXML(xml: string): Promise<{ warnings: unknown[] }> {
    const { rootElement, warnings, elementsById } = await this.moddle.fromXML(xml, 'bpmn:Definitions');
    for (const fn of this.listeners.get('import.parse.complete') ?? [])
      fn({ error: null, definitions: rootElement, warnings, elementsById });
    this.shown = rootElement;
    return { warnings: [] };
  }
  async importDefinitions(definitions: unknown): Promise<void> {
    this.shown = definitions;
  }
}

describe('opening a diagram in the editor', () => {
  it('refuses a diagram nested deeper than the editor can draw, and keeps the one on screen', async () => {
    // given a diagram on screen
    const modeler = new FakeModeler();
    await openDiagram(modeler as unknown as Modeler, nestedModel(3, { di: true }));
    const before = modeler.shown;

    // when a diagram nested past the limit is opened
    let problem: unknown;
    try {
      await openDiagram(modeler as unknown as Modeler, nestedModel(MAX_NESTING_DEPTH, { di: true }));
    } catch (error) {
      problem = error;
    }

    // then it is refused with the coded problem and the diagram on screen is unchanged
    expect(problem).toBeInstanceOf(ImportProblem);
    expect((problem as ImportProblem).code).toBe('tooDeep');
    expect(modeler.shown).toBe(before);
  });

  it('opens a diagram nested a few levels deep', async () => {
    const modeler = new FakeModeler();
    await expect(openDiagram(modeler as unknown as Modeler, nestedModel(10, { di: true }))).resolves.toMatchObject({
      warnings: [],
    });
    expect(modeler.shown).toBeTruthy();
  });
});
