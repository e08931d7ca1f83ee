/**
 * Rows + column mapping → steps → ProcedureSpec: one lane per performer, one task per row with its working
 * time and forms, gateways where the text says so ("yêu cầu bổ sung" → completeness check looping back to
 * the receiving step; "chuyển lại / trả lại bước N" → send-back to step N; "từ chối" → refusal end), and the
 * stated total checked against the sum of the steps.
 */
import type { TimeUnit } from '../model/types.ts';
import { ASSUMED_SHARES, ESTIMATE_SOURCE } from '../model/assumed-shares.ts';
import type { FlowSpec, NodeSpec, ProcedureSpec } from '../builder/spec.ts';
import { searchKey } from '../text/fold.ts';
import { findTime, headerUnit, parseTime, toHours } from './parse-time.ts';
import { performerFromText } from './performer.ts';
import type { ColumnMapping, RawCell, RawRow, TableField, TableProblem } from './types.ts';
import { roundTo } from '../text/number.ts';

/** One step (row) read from the table. */
export interface TableStep {
  row: number;
  /** The step number as written ("1", "2", "Bước 3"), carried down merged cells. */
  label: string;
  stepNumber: number;
  name: string;
  performer: string;
  /** True when the performer was read from the start of the step's text (no performer column): a guess to confirm. */
  performerGuessed?: boolean;
  content: string;
  timeText: string;
  time?: { value: number; unit: TimeUnit };
  forms: string[];
  supplement: boolean;
  refusal: boolean;
  sendBackTo?: number;
}

export interface TableTotal {
  row: number;
  text: string;
  time?: { value: number; unit: TimeUnit };
}

export interface StepsRead {
  steps: TableStep[];
  total?: TableTotal;
  problems: TableProblem[];
}

/**
 * Read the data rows under the header into steps, reporting every cell that needs the user's eye by row.
 * `performers` (row → text) are the user's corrections of guessed performers.
 */
export function readSteps(
  rows: RawRow[],
  headers: string[],
  mapping: ColumnMapping,
  performers: Record<number, string> = {},
): StepsRead {
  const problems: TableProblem[] = [];
  const steps: TableStep[] = [];
  const origin = new Map<number, { text: string; row: number }>();
  const timeUnit = mapping.time !== undefined ? headerUnit(headers[mapping.time] ?? '') : undefined;
  let total: TableTotal | undefined;
  let mergedTime: { first: TableStep; text: string; last: number; count: number } | undefined;
  const flushMerged = () => {
    if (mergedTime && mergedTime.count > 1) {
      problems.push({
        code: 'mergedTime',
        severity: 'info',
        row: mergedTime.first.row,
        params: { last: mergedTime.last, text: mergedTime.text, count: mergedTime.count },
      });
    }
    mergedTime = undefined;
  };

  for (const raw of rows) {
    // Resolve vertical merges to their origin's text, remembering what each column last showed.
    const resolved = raw.cells.map((cell: RawCell, col) => {
      if (cell.merge === 'up') return { text: origin.get(col)?.text ?? '', up: true };
      if (cell.merge !== 'left') origin.set(col, { text: cell.text, row: raw.row });
      return { text: cell.merge === 'left' ? '' : cell.text, up: false };
    });
    const get = (f: TableField) => (mapping[f] === undefined ? undefined : resolved[mapping[f] as number]);
    const own = resolved
      .filter((c) => !c.up)
      .map((c) => c.text)
      .filter(Boolean);
    if (!own.length) {
      problems.push({ code: 'emptyRow', severity: 'info', row: raw.row, params: {} });
      continue;
    }

    if (own.some((t) => /^tong( thoi gian| cong| so|:|$)/.test(searchKey(t)))) {
      flushMerged();
      const timeCell = get('time');
      const text = timeCell?.text && !/^tong/.test(searchKey(timeCell.text)) ? timeCell.text : own.join(' ');
      const parsed = timeCell?.text
        ? parseTime(timeCell.text, { defaultUnit: timeUnit, lenient: true })
        : { ok: false as const, code: 'timeMissing' as const };
      const found = parsed.ok ? parsed : findTime(own.join(' '));
      total = { row: raw.row, text };
      if (found.ok) total.time = { value: found.value, unit: found.unit };
      else problems.push({ code: 'totalUnreadable', severity: 'warning', row: raw.row, params: { text } });
      continue;
    }

    const performerCell = get('performer');
    const timeCell = get('time');
    const distinct = new Set(own);
    if (!performerCell?.text && !timeCell?.text && distinct.size === 1) {
      problems.push({
        code: 'sectionRow',
        severity: 'info',
        row: raw.row,
        params: { text: [...distinct][0] as string },
      });
      continue;
    }

    const previous = steps[steps.length - 1];
    const labelCell = get('step');
    const nameCell = get('name');
    // The step number comes from the step column, or from a "Tên bước" column holding "Bước N"; an empty or
    // merged cell continues the step above (several performers within one step).
    const labelSource =
      labelCell ?? (nameCell && (!nameCell.text || isStepLabel(nameCell.text)) ? nameCell : undefined);
    const labelText = labelSource?.text ?? '';
    const stepNumber =
      firstNumber(labelText) ??
      (labelSource && !labelText && previous ? previous.stepNumber : (previous?.stepNumber ?? 0) + 1);

    let performer = performerCell?.text ?? '';
    let guessed = false;
    const corrected = performers[raw.row]?.trim();
    if (mapping.performer === undefined && corrected) {
      performer = corrected;
    } else if (mapping.performer === undefined) {
      // prose tables: the unit or officer that opens the step's sentence
      const guess = performerFromText(get('content')?.text || nameCell?.text || '');
      if (guess) {
        performer = guess;
        guessed = true;
        problems.push({ code: 'performerGuessed', severity: 'info', row: raw.row, params: { text: guess } });
      }
    }
    if (!performer && previous) {
      performer = previous.performer;
      problems.push({
        code: 'filledFromAbove',
        severity: 'info',
        row: raw.row,
        params: { field: 'performer', text: performer },
      });
    }
    const content = get('content')?.text ?? '';
    const formsText = get('forms')?.text ?? '';
    let name = nameCell?.text && !isStepLabel(nameCell.text) ? firstLine(nameCell.text) : shortName(content);
    if (!name) {
      name = `Bước ${stepNumber}`;
      problems.push({ code: 'nameMissing', severity: 'warning', row: raw.row, params: {} });
    }
    const step: TableStep = {
      row: raw.row,
      label: labelText || String(stepNumber),
      stepNumber,
      name,
      performer,
      ...(guessed ? { performerGuessed: true } : {}),
      content,
      timeText: timeCell?.text ?? '',
      forms: splitForms(formsText),
      supplement: false,
      refusal: false,
    };
    const text = searchKey([nameCell?.text ?? '', content, formsText].join('\n'));
    step.supplement = /yeu cau bo sung|bo sung,? hoan thien|huong dan (bo sung|hoan thien)/.test(text);
    step.refusal = /tu choi/.test(text);
    const back = /(chuyen|tra|quay)\s+(lai|ve)\b[^.;\n]{0,60}?\bbuoc\s*(\d+)/.exec(text);
    if (back) step.sendBackTo = Number(back[3]);

    if (timeCell?.up && mergedTime) {
      mergedTime.last = raw.row;
      mergedTime.count++;
    } else {
      flushMerged();
      const parsed = parseTime(timeCell?.text ?? '', { defaultUnit: timeUnit });
      if (parsed.ok) {
        step.time = { value: parsed.value, unit: parsed.unit };
        if (parsed.note === 'notCounted')
          problems.push({ code: 'timeNotCounted', severity: 'info', row: raw.row, params: { text: step.timeText } });
        mergedTime = { first: step, text: step.timeText, last: raw.row, count: 1 };
      } else if (parsed.code === 'timeMissing') {
        problems.push({ code: 'timeMissing', severity: 'warning', row: raw.row, params: { step: name } });
      } else {
        problems.push({ code: 'timeUnreadable', severity: 'warning', row: raw.row, params: { text: step.timeText } });
      }
    }
    steps.push(step);
  }
  flushMerged();
  if (total?.time) {
    const sum = steps.reduce((h, s) => h + (s.time ? toHours(s.time.value, s.time.unit) : 0), 0);
    const stated = toHours(total.time.value, total.time.unit);
    if (Math.abs(sum - stated) > 1e-6) {
      problems.push({
        code: 'totalMismatch',
        severity: 'warning',
        row: total.row,
        params: { stated: days(stated), sum: days(sum) },
      });
    }
  }
  return { steps, total, problems };
}

export interface SpecOptions {
  name: string;
  code?: string;
  locale?: 'vi' | 'en';
}

/** The diagram spec of the steps (problems about send-back targets are added to `problems`). */
export function stepsToSpec(
  read: StepsRead,
  options: SpecOptions,
  problems: TableProblem[] = read.problems,
): ProcedureSpec {
  const t = TEXT[options.locale ?? 'vi'];
  const laneOf = new Map<string, string>();
  const lanes: ProcedureSpec['lanes'] = [];
  for (const s of read.steps) {
    const key = laneKey(s.performer);
    if (!laneOf.has(key)) {
      const id = `Lane_${lanes.length + 1}`;
      laneOf.set(key, id);
      lanes.push({ id, name: s.performer || t.unknown });
    }
  }
  const lane = (s: TableStep) => laneOf.get(laneKey(s.performer)) as string;
  const taskId = (i: number) => `Task_${i + 1}`;
  const nodes: NodeSpec[] = [];
  const flows: FlowSpec[] = [];
  const first = read.steps[0];
  if (first) nodes.push({ id: 'StartEvent_1', type: 'startEvent', name: t.start, lane: lane(first) });
  read.steps.forEach((s, i) => {
    nodes.push({
      id: taskId(i),
      type: 'userTask',
      name: s.name,
      lane: lane(s),
      step: {
        number: String(s.stepNumber),
        ...(s.time ? { duration: s.time.value, durationUnit: s.time.unit } : {}),
        role: s.performer || undefined,
        description: s.content || undefined,
        ...(s.sendBackTo !== undefined ? { maySendBack: true } : {}),
        forms: s.forms.map((name) => ({ name })),
        outputs: [],
      },
    });
  });

  // Each node links to the next; after a gateway the link is its default "yes" branch.
  let from = 'StartEvent_1';
  let yes: string | undefined;
  // exception branches get the studio's assumed shares (labelled as estimates); the "yes" branch the rest
  let exceptions = 0;
  const assumed = (value: string, share: number) => ({ value, share, shareSource: ESTIMATE_SOURCE });
  const flow = (f: FlowSpec) => flows.push({ id: `Flow_${flows.length + 1}`, ...f });
  const link = (to: string) => {
    flow(
      yes ? { from, to, name: yes, isDefault: true, outcome: assumed('true', round(1 - exceptions)) } : { from, to },
    );
    yes = undefined;
    exceptions = 0;
    from = to;
  };
  read.steps.forEach((s, i) => {
    link(taskId(i));
    if (s.supplement || s.refusal) {
      const gw = `Gateway_${i + 1}_Complete`;
      const question = s.supplement ? t.complete : t.eligible;
      nodes.push({
        id: gw,
        type: 'exclusiveGateway',
        name: question,
        lane: lane(s),
        decision: { variable: s.supplement ? 'hoSoDayDu' : 'duDieuKien', question },
      });
      link(gw);
      if (s.supplement) {
        const receiving = read.steps.findIndex(
          (r, j) => j <= i && /tiep nhan/.test(searchKey(`${r.name} ${r.content}`)),
        );
        flow({
          from: gw,
          to: taskId(receiving < 0 ? 0 : receiving),
          name: t.supplement,
          outcome: assumed('supplement', ASSUMED_SHARES.supplement),
        });
        exceptions += ASSUMED_SHARES.supplement;
      }
      if (s.refusal) {
        const end = `EndEvent_Refused_${i + 1}`;
        nodes.push({ id: end, type: 'endEvent', name: t.refused, lane: lane(s) });
        flow({ from: gw, to: end, name: t.refuse, outcome: assumed('refuse', ASSUMED_SHARES.refuse) });
        exceptions += ASSUMED_SHARES.refuse;
      }
      yes = s.supplement ? t.completeYes : t.eligibleYes;
    }
    if (s.sendBackTo !== undefined) {
      const target = read.steps.findIndex((r, j) => j < i && r.stepNumber === s.sendBackTo);
      if (target < 0 || s.sendBackTo >= s.stepNumber) {
        problems.push({
          code: 'sendBackTargetMissing',
          severity: 'warning',
          row: s.row,
          params: { target: s.sendBackTo },
        });
      } else {
        const gw = `Gateway_${i + 1}_Agree`;
        nodes.push({
          id: gw,
          type: 'exclusiveGateway',
          name: t.agree,
          lane: lane(s),
          decision: { variable: 'dongY', question: t.agree },
        });
        link(gw);
        flow({
          from: gw,
          to: taskId(target),
          name: `${t.sendBack} ${s.sendBackTo}`,
          outcome: assumed('false', ASSUMED_SHARES.sendBack),
        });
        exceptions += ASSUMED_SHARES.sendBack;
        yes = t.agreeYes;
      }
    }
  });
  if (first) {
    const last = read.steps[read.steps.length - 1] as TableStep;
    nodes.push({ id: 'EndEvent_1', type: 'endEvent', name: t.end, lane: lane(last) });
    link('EndEvent_1');
  }
  return {
    id: 'Process_TTHC',
    name: options.name,
    procedure: {
      name: options.name,
      ...(options.code ? { code: options.code } : {}),
      ...(read.total?.time
        ? {
            timeLimit: read.total.time.value,
            timeUnit: read.total.time.unit,
            timeStartsFrom: timeStartsFrom(read.total.text),
          }
        : {}),
      variantStatus: 'current',
      channels: [],
      fees: [],
      legalBases: [],
      forms: [],
    },
    lanes,
    nodes,
    flows,
  };
}

// helpers //////////////////////

const TEXT = {
  vi: {
    start: 'Nhận hồ sơ',
    end: 'Kết thúc',
    unknown: '(Chưa ghi người thực hiện)',
    complete: 'Hồ sơ đầy đủ, hợp lệ?',
    completeYes: 'Đầy đủ',
    supplement: 'Yêu cầu bổ sung',
    eligible: 'Đủ điều kiện giải quyết?',
    eligibleYes: 'Đủ điều kiện',
    refuse: 'Từ chối',
    refused: 'Từ chối giải quyết',
    agree: 'Đồng ý?',
    agreeYes: 'Đồng ý',
    sendBack: 'Chuyển lại bước',
  },
  en: {
    start: 'Dossier received',
    end: 'End',
    unknown: '(No performer given)',
    complete: 'Dossier complete and valid?',
    completeYes: 'Complete',
    supplement: 'Request supplement',
    eligible: 'Eligible?',
    eligibleYes: 'Eligible',
    refuse: 'Refuse',
    refused: 'Refused',
    agree: 'Agreed?',
    agreeYes: 'Agreed',
    sendBack: 'Send back to step',
  },
} as const;

/** Performers that differ only in case, diacritics or punctuation share a lane. */
export function laneKey(performer: string): string {
  return searchKey(performer)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function isStepLabel(text: string): boolean {
  return /^(buoc\s*)?\d+[a-z]?\s*[.:)]?$/.test(searchKey(text).trim());
}

function firstNumber(text: string): number | undefined {
  const m = /\d+/.exec(text);
  return m ? Number(m[0]) : undefined;
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

/** A task name from the work content: its first sentence or clause, at most about 80 characters. */
function shortName(content: string): string {
  const line = firstLine(content).replace(/^[-+•*]\s*/, '');
  const sentence = (line.split(/(?<=[.;:])\s|[.;:]$/)[0] ?? line).replace(/[.;:,]+$/, '').trim();
  if (sentence.length <= 80) return sentence;
  const cut = sentence.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trim()}…`;
}

/** Form names: one per line or `;`, without bullets (commas stay: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"). */
function splitForms(text: string): string[] {
  return text
    .split(/\n|;/)
    .map((l) => l.replace(/^\s*[-+•*]\s*/, '').trim())
    .filter((l) => l && !/^[-–—]+$/.test(l));
}

function days(hours: number): number {
  return roundTo(hours / 8, 3);
}

function timeStartsFrom(text: string): string | undefined {
  const m = /kể từ (.+)$/i.exec(text.normalize('NFC'));
  return m ? `Kể từ ${(m[1] as string).replace(/[.\s]+$/, '')}` : undefined;
}

/** Shares to 4 decimals (0.88, not 0.8799999999999999). */
function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
