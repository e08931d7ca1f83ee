/**
 * Open BPMN text in a modeler without ever losing the diagram on screen: unusable input is refused
 * before the canvas is cleared, and a failure after clearing restores the previous diagram.
 */
import type Modeler from 'bpmn-js/lib/Modeler';
import { ImportProblem, checkBpmnText, checkNestingDepth, classifyParse, parseFailure, type ModdleElement } from '@/core/index.ts';

export interface OpenResult { warnings: string[] }

export async function openDiagram(modeler: Modeler, xml: string): Promise<OpenResult> {
  checkBpmnText(xml);
  // The definitions object itself, not its XML: keeping it costs nothing on the hot path.
  const previous = modeler.getDefinitions();
  let parsed = false;
  // Runs between parsing and clearing the canvas: refuse duplicate ids and too-deep nesting (bpmn-js would
  // overflow the call stack drawing it) here so nothing changes.
  const onParsed = (event: { error?: unknown; definitions?: ModdleElement; warnings?: Array<{ message: string }> }) => {
    if (event.error) return;
    parsed = true;
    classifyParse({ warnings: event.warnings });
    if (event.definitions) checkNestingDepth(event.definitions);
  };
  modeler.on('import.parse.complete', 5000, onParsed);
  try {
    const { warnings } = await modeler.importXML(xml);
    return { warnings: warnings.map(w => (w as { message?: string }).message ?? String(w)) };
  } catch (error) {
    if (error instanceof ImportProblem) throw error;
    if (!parsed) throw parseFailure(error);
    if (previous) await modeler.importDefinitions(previous);
    throw new ImportProblem('importFailed', {}, error instanceof Error ? error.message : String(error));
  } finally {
    modeler.off('import.parse.complete', onParsed);
  }
}

/** The XML on screen, or undefined when nothing is loaded yet. */
export async function currentXml(modeler: Modeler): Promise<string | undefined> {
  if (!modeler.getDefinitions()) return undefined;
  const { xml } = await modeler.saveXML({ format: true });
  return xml;
}
