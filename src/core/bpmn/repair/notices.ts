/** What opening a file changed or found, one typed notice per repair; shown by the app and the CLI. */

/** The kinds of BPMN element a notice may name (others are described as "element"). */
export type NoticeElement =
  | 'definitions'
  | 'process'
  | 'collaboration'
  | 'participant'
  | 'laneSet'
  | 'lane'
  | 'task'
  | 'event'
  | 'gateway'
  | 'subProcess'
  | 'sequenceFlow'
  | 'messageFlow'
  | 'data'
  | 'diagram'
  | 'element';

export type OpenNotice =
  /** An id used twice: the later element got `newId`; references point at the element the file meant. */
  | { code: 'idRenamed'; id: string; newId: string; element: NoticeElement }
  /** A diagram plane pointed at something that cannot be drawn (`from`, may be empty) and now draws `to`. */
  | { code: 'planeRepointed'; diagram: string; from: string; to: string }
  /** Diagram shapes or lines whose element is not in the file were removed; `refs` are the ids they named. */
  | { code: 'diDropped'; count: number; refs: string[] }
  /** A layout was generated for `scope` (a process or collaboration): it had no diagram, or only part of one. */
  | { code: 'layoutGenerated'; scope: string; reason: 'noDiagram' | 'partial'; missing: number; elements: number }
  /** The file holds no element that can be drawn: the canvas stays empty. */
  | { code: 'nothingToDraw' }
  /** The editor drew nothing from the file's diagram although the file holds elements (a safety net). */
  | { code: 'nothingDrawn' }
  /** The drawing library skipped parts of the diagram; `first` is its first message (in English). */
  | { code: 'drawWarnings'; count: number; first: string };

/** True for notices that changed the file (saving writes the repair); the others only report. */
export function isRepair(notice: OpenNotice): boolean {
  return notice.code !== 'nothingToDraw' && notice.code !== 'nothingDrawn' && notice.code !== 'drawWarnings';
}

/** The notice's element kind for a moddle type such as `bpmn:UserTask`. */
export function noticeElement(type: string): NoticeElement {
  const bare = type.replace(/^.*:/, '');
  const local = bare.charAt(0).toUpperCase() + bare.slice(1);
  const direct: Record<string, NoticeElement> = {
    Definitions: 'definitions',
    Process: 'process',
    Collaboration: 'collaboration',
    Participant: 'participant',
    LaneSet: 'laneSet',
    Lane: 'lane',
    SequenceFlow: 'sequenceFlow',
    MessageFlow: 'messageFlow',
    BPMNDiagram: 'diagram',
  };
  if (direct[local]) return direct[local];
  if (/SubProcess$|^Transaction$/.test(local)) return 'subProcess';
  if (/Task$|^CallActivity$/.test(local)) return 'task';
  if (/Event$/.test(local)) return 'event';
  if (/Gateway$/.test(local)) return 'gateway';
  if (/^Data/.test(local)) return 'data';
  return 'element';
}
