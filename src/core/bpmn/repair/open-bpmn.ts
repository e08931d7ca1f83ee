/** Open BPMN text for the CLI and tests: refuse what cannot be read, repair and lay out the rest, and say so. */
import type { BpmnModdle } from 'bpmn-moddle';
import { checkBpmnText, createModdle, parseFailure, serializeBpmn } from '../moddle.ts';
import type { ModdleElement } from '../moddle-types.ts';
import { isRepair, type OpenNotice } from './notices.ts';
import { renameDuplicates, repairParsedBpmn } from './repair.ts';
import type { ParseWarning } from './unresolved-di.ts';

export interface OpenedBpmn {
  definitions: ModdleElement;
  moddle: BpmnModdle;
  /** Every repair and finding, in the order they were made. */
  notices: OpenNotice[];
  /** True when the model differs from the file (renamed ids, re-pointed planes, generated layout…). */
  repaired: boolean;
  /** The parser's remaining warnings (unknown elements and the like). */
  warnings: string[];
  /** The repaired file as BPMN text; the original text when nothing was repaired. */
  xml(): Promise<string>;
}

export async function openBpmn(xml: string, moddle: BpmnModdle = createModdle()): Promise<OpenedBpmn> {
  checkBpmnText(xml);
  let parsed = await read(xml, moddle);
  const notices: OpenNotice[] = [];
  // The project's bpmn-moddle typings (src/types) leave out getPackages, which every moddle has.
  const renamed = renameDuplicates(xml, parsed.warnings, moddle as unknown as Parameters<typeof renameDuplicates>[2]);
  if (renamed) {
    parsed = await read(renamed.xml, moddle);
    notices.push(...renamed.notices);
  }
  const repair = repairParsedBpmn(parsed, moddle);
  notices.push(...repair.notices);
  const repaired = notices.some(isRepair);
  const definitions = parsed.definitions;
  return {
    definitions,
    moddle,
    notices,
    repaired,
    warnings: parsed.warnings.filter((w) => !repair.handled.includes(w)).map((w) => w.message),
    xml: async () => (repaired ? serializeBpmn(definitions, moddle) : xml),
  };
}

async function read(
  xml: string,
  moddle: BpmnModdle,
): Promise<{ definitions: ModdleElement; warnings: ParseWarning[]; elementsById: Record<string, unknown> }> {
  try {
    const result = await moddle.fromXML(xml, 'bpmn:Definitions');
    return { definitions: result.rootElement, warnings: result.warnings, elementsById: result.elementsById };
  } catch (error) {
    throw parseFailure(error);
  }
}
