/** Parse and serialize BPMN with the `tthc` extension; classify bad input into coded problems. */
import { BpmnModdle } from 'bpmn-moddle';
import { tthcDescriptor } from './tthc-descriptor.ts';
import { isModdleElement, type ModdleElement } from './moddle-types.ts';

/** Files above this size are refused before parsing: the browser would stall for minutes. */
export const MAX_BPMN_BYTES = 20 * 1024 * 1024;

/**
 * Elements nested deeper than this (sub-processes in sub-processes, lanes in lanes) are refused where a library
 * walks the model by recursion: bpmn-js draws nested sub-processes and bpmnlint's rules check them on the call
 * stack, which overflows between 1,500 and 3,000 levels (measured: Chromium, Node 20). 500 keeps a wide margin;
 * real procedures nest a few levels. The studio's own analysis, comparison and export walk any depth.
 */
export const MAX_NESTING_DEPTH = 500;

export type ImportProblemCode =
  | 'empty'
  | 'tooLarge'
  | 'tooDeep'
  | 'notXml'
  | 'notBpmn'
  | 'duplicateIds'
  | 'noProcess'
  | 'tooManyToLayOut'
  | 'layoutFailed'
  | 'importFailed';

/** A problem that makes a file unusable; `params` are shown as plain text, never as markup. */
export class ImportProblem extends Error {
  constructor(
    readonly code: ImportProblemCode,
    readonly params: Record<string, string | number> = {},
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'ImportProblem';
  }
}

export interface ParseResult {
  definitions: ModdleElement;
  /** Non-fatal notes from the parser (unknown elements, unresolved references). */
  warnings: string[];
}

/** Extension descriptors registered with every moddle of the app, CLI and tests. */
export const moddleExtensions = { tthc: tthcDescriptor };

export function createModdle(): BpmnModdle {
  return new BpmnModdle(moddleExtensions);
}

/** Refuse a file too large to open, before reading it. */
export function checkBpmnSize(byteLength: number): void {
  if (byteLength > MAX_BPMN_BYTES) {
    throw new ImportProblem('tooLarge', { sizeMb: round1(byteLength / 1048576), limitMb: MAX_BPMN_BYTES / 1048576 });
  }
}

/** Refuse text that cannot be a BPMN file before any parsing work is done. */
export function checkBpmnText(xml: string): void {
  checkBpmnSize(xml.length);
  if (!xml.trim()) throw new ImportProblem('empty');
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*</.test(xml.slice(0, 4096))) throw new ImportProblem('notXml');
}

/**
 * How deep model elements nest below `root` (root = 1), over the same contained properties bpmnlint's
 * traverse follows (generic extension content is not entered), with an explicit stack.
 */
export function nestingDepth(root: ModdleElement): number {
  let deepest = 0;
  const elements: ModdleElement[] = [root];
  const depths: number[] = [1];
  for (let el = elements.pop(); el; el = elements.pop()) {
    const depth = depths.pop() as number;
    if (depth > deepest) deepest = depth;
    const descriptor = el.$descriptor as ModdleDescriptor | undefined;
    if (!descriptor || descriptor.isGeneric) continue;
    for (const p of containedProperties(descriptor)) {
      const value = el[p.name];
      if (!value || typeof value !== 'object') continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isModdleElement(child)) {
          elements.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return deepest;
}

/** Refuse a model nested deeper than `MAX_NESTING_DEPTH`, before a recursive library walks it. */
export function checkNestingDepth(definitions: ModdleElement): void {
  const depth = nestingDepth(definitions);
  if (depth > MAX_NESTING_DEPTH) throw new ImportProblem('tooDeep', { depth, limit: MAX_NESTING_DEPTH });
}

/** The parser's outcome with fatal problems turned into `ImportProblem`s. */
export function classifyParse(result: {
  rootElement: ModdleElement;
  warnings?: Array<{ message: string }>;
}): ParseResult {
  const warnings = (result.warnings ?? []).map((w) => w.message);
  const duplicates = duplicateIdsIn(result.warnings ?? []);
  if (duplicates.size) throw duplicateIdsProblem(duplicates);
  return { definitions: result.rootElement, warnings };
}

/** The ids the parser saw more than once (it drops every later element holding one). */
export function duplicateIdsIn(warnings: Array<{ message: string }>): Set<string> {
  return new Set(
    warnings.map((w) => /duplicate ID <([^>]*)>/i.exec(w.message)?.[1]).filter((id): id is string => !!id),
  );
}

export function duplicateIdsProblem(ids: Set<string>): ImportProblem {
  return new ImportProblem('duplicateIds', { ids: [...ids].slice(0, 5).join(', ') });
}

/** Turn a parser exception into the matching `ImportProblem`. */
export function parseFailure(error: unknown): ImportProblem {
  if (error instanceof ImportProblem) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/failed to parse document as <bpmn:Definitions>/i.test(message)) {
    return new ImportProblem('notBpmn', {}, message);
  }
  return new ImportProblem('notXml', {}, message);
}

/** Parse BPMN text into moddle definitions, throwing `ImportProblem` for unusable input. */
export async function parseBpmn(xml: string, moddle: BpmnModdle = createModdle()): Promise<ParseResult> {
  checkBpmnText(xml);
  let result;
  try {
    result = await moddle.fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    throw parseFailure(error);
  }
  return classifyParse(result);
}

/** Serialize definitions back to BPMN XML. */
export async function serializeBpmn(definitions: ModdleElement, moddle: BpmnModdle = createModdle()): Promise<string> {
  const { xml } = await moddle.toXML(definitions as never, { format: true });
  return xml;
}

interface ModdleProperty {
  name: string;
  type: string;
  isAttr?: boolean;
  isReference?: boolean;
}
interface ModdleDescriptor {
  isGeneric?: boolean;
  properties: ModdleProperty[];
}

const SIMPLE_TYPES = new Set(['String', 'Boolean', 'Integer', 'Real']);
const CONTAINED = new WeakMap<ModdleDescriptor, ModdleProperty[]>();

/** The properties of a type that hold child elements (not attributes, references or simple values), cached. */
function containedProperties(descriptor: ModdleDescriptor): ModdleProperty[] {
  let props = CONTAINED.get(descriptor);
  if (!props) {
    props = descriptor.properties.filter((p) => !p.isAttr && !p.isReference && !SIMPLE_TYPES.has(p.type));
    CONTAINED.set(descriptor, props);
  }
  return props;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
