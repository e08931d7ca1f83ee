/**
 * Open BPMN text in a modeler without ever losing the diagram on screen: unusable input is refused
 * before the canvas is cleared, and a failure after clearing restores the previous diagram. Files from other
 * tools are repaired on the way in by the core (`renameDuplicates`, `repairParsedBpmn`, the same repairs as
 * the CLI's `openBpmn`), working on bpmn-js's own moddle between parsing and drawing: no second parse. The
 * drawing is moved to the origin on the way in, so diagrams never drift.
 */
import type Modeler from 'bpmn-js/lib/Modeler';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import {
  ImportProblem,
  alignDiagramsToOrigin,
  checkBpmnText,
  checkNestingDepth,
  parseFailure,
  renameDuplicates,
  repairParsedBpmn,
  type ModdleElement,
  type ModdleFactory,
  type OpenNotice,
  type ParseWarning,
} from '@/core/index.ts';

export interface OpenResult {
  /** bpmn-js's warnings about what it could not draw. */
  warnings: string[];
  /** What the opening repaired or found, to tell the user. */
  notices: OpenNotice[];
}

interface ParseComplete {
  error?: unknown;
  definitions: ModdleElement;
  warnings: ParseWarning[];
  elementsById: Record<string, unknown>;
}

/** Thrown from the import hook when the file must first be re-read with its duplicate ids renamed. */
class RenameFirst extends Error {
  constructor(
    readonly xml: string,
    readonly notices: OpenNotice[],
  ) {
    super('duplicate ids');
  }
}

export async function openDiagram(modeler: Modeler, xml: string): Promise<OpenResult> {
  checkBpmnText(xml);
  // The definitions object itself, not its XML: keeping it costs nothing on the hot path.
  const previous = modeler.getDefinitions();
  const moddle = modeler.get<ModdleFactory & Parameters<typeof renameDuplicates>[2]>('moddle');
  let text = xml;
  const notices: OpenNotice[] = [];
  let parsed = false;
  let handled: unknown[] = [];
  // Runs between parsing and clearing the canvas, so a refusal changes nothing on screen.
  const onParsed = (event: ParseComplete) => {
    if (event.error) return;
    parsed = true;
    // bpmn-js would overflow the call stack drawing too-deep nesting: refused here, so nothing changes
    checkNestingDepth(event.definitions);
    const renamed = text === xml ? renameDuplicates(xml, event.warnings, moddle) : undefined;
    if (renamed) throw new RenameFirst(renamed.xml, renamed.notices);
    const repair = repairParsedBpmn(event, moddle);
    notices.push(...repair.notices);
    handled = repair.handled;
    // before anything is drawn: a drawing far from the origin is brought back (see align-origin.ts)
    alignDiagramsToOrigin(event.definitions);
  };
  modeler.on('import.parse.complete', 5000, onParsed);
  try {
    let result;
    try {
      result = await modeler.importXML(xml);
    } catch (error) {
      if (!(error instanceof RenameFirst)) throw error;
      // Once more with the duplicate ids renamed; the hook then repairs the rest.
      text = error.xml;
      notices.push(...error.notices);
      parsed = false;
      result = await modeler.importXML(text);
    }
    const drawWarnings = result.warnings
      .filter((w) => !handled.includes(w))
      .map((w) => (w as { message?: string }).message ?? String(w));
    if (notices.length && drawWarnings.length)
      notices.push({ code: 'drawWarnings', count: drawWarnings.length, first: drawWarnings[0] as string });
    if (!drewAnything(modeler) && !notices.some((n) => n.code === 'nothingToDraw'))
      notices.push({ code: 'nothingDrawn' });
    return { warnings: drawWarnings, notices };
  } catch (error) {
    if (error instanceof ImportProblem) throw error;
    if (!parsed) throw parseFailure(error);
    if (previous) await modeler.importDefinitions(previous);
    throw new ImportProblem('importFailed', {}, error instanceof Error ? error.message : String(error));
  } finally {
    modeler.off('import.parse.complete', onParsed);
  }
}

/** True when the canvas shows at least one element besides its root planes. */
function drewAnything(modeler: Modeler): boolean {
  return !!modeler.get<ElementRegistry>('elementRegistry').find((e) => !!e.parent);
}

/** The XML on screen, or undefined when nothing is loaded yet. */
export async function currentXml(modeler: Modeler): Promise<string | undefined> {
  if (!modeler.getDefinitions()) return undefined;
  const { xml } = await modeler.saveXML({ format: true });
  return xml;
}
