/**
 * The one place that decides how a readable BPMN file is repaired before it is drawn: the CLI (through
 * `openBpmn`) and the editor (in its import hook, on bpmn-js's own moddle) both call these two functions.
 */
import { ImportProblem, duplicateIdsIn, duplicateIdsProblem } from '../moddle.ts';
import type { ModdleElement, ModdleFactory } from '../moddle-types.ts';
import { referenceNames, renameDuplicateIds } from './duplicate-ids.ts';
import { idAllocator } from './generate-di.ts';
import { layOutMissingDi } from './missing-di.ts';
import { drawableRoots, shapedElements, topRoots } from './model.ts';
import { noticeElement, type OpenNotice } from './notices.ts';
import { repointPlanes } from './planes.ts';
import { dropUnresolvedDi, type ParseWarning } from './unresolved-di.ts';

export interface ParsedBpmn {
  definitions: ModdleElement;
  warnings: ParseWarning[];
  /** The parser's id index; generated elements are added to it. */
  elementsById: Record<string, unknown>;
}

export interface RepairResult {
  notices: OpenNotice[];
  created: ModdleElement[];
  /** Parser warnings the repairs answered: not to be shown as problems again. */
  handled: ParseWarning[];
}

type PackagesModdle = Parameters<typeof referenceNames>[0];

/**
 * When the parse saw duplicate ids, the file's text with them renamed and a notice per rename; undefined
 * when there were none. Throws `duplicateIds` when the text cannot be repaired.
 */
export function renameDuplicates(
  xml: string,
  warnings: ParseWarning[],
  moddle: PackagesModdle,
): { xml: string; notices: OpenNotice[] } | undefined {
  const duplicates = duplicateIdsIn(warnings);
  if (!duplicates.size) return undefined;
  const { xml: renamed, renames } = renameDuplicateIds(xml, referenceNames(moddle));
  if (!renames.length) throw duplicateIdsProblem(duplicates);
  return {
    xml: renamed,
    notices: renames.map((r) => ({ code: 'idRenamed', id: r.id, newId: r.newId, element: noticeElement(r.element) })),
  };
}

/** Repair parsed definitions in place: DI that names nothing, misdirected planes, missing layout. */
export function repairParsedBpmn(parsed: ParsedBpmn, moddle: ModdleFactory): RepairResult {
  const { definitions, warnings, elementsById } = parsed;
  const duplicates = duplicateIdsIn(warnings);
  if (duplicates.size) throw duplicateIdsProblem(duplicates);
  if (!drawableRoots(definitions).length) throw new ImportProblem('noProcess');
  const dropped = dropUnresolvedDi(definitions, warnings);
  const notices = [...dropped.notices, ...repointPlanes(definitions)];
  let laidOut;
  try {
    laidOut = layOutMissingDi(
      definitions,
      moddle,
      idAllocator((id) => id in elementsById),
    );
  } catch (error) {
    if (error instanceof ImportProblem) throw error;
    // A layout bug or a graph too deep to walk: the file is refused rather than drawn half.
    throw new ImportProblem('layoutFailed', {}, error instanceof Error ? error.message : String(error));
  }
  for (const el of laidOut.created) if (el.id) elementsById[el.id] = el;
  notices.push(...laidOut.notices);
  if (!topRoots(definitions).some((r) => shapedElements(r).length)) notices.push({ code: 'nothingToDraw' });
  return { notices, created: laidOut.created, handled: dropped.handled };
}
