/**
 * The guided form of a procedure for people who do not know BPMN: the procedure's name, code, level and
 * agency, then its steps as rows (performer, working time, forms and outputs, documents with their source,
 * whether the applicant comes in person). Plain data; `guidedSpec` turns it into a laid-out diagram.
 */
import type { ProcedureSpec } from '../builder/spec.ts';
import type { CopyType, DataSource, Level, Platform, StepFacts, TimeUnit } from '../model/types.ts';

/** One document of a step's dossier and where it comes from. */
export interface GuidedDocument {
  name: string;
  source: DataSource;
  /** With source 'database': the platform the data comes through and the database. */
  platform?: Platform;
  database?: string;
  copyType?: CopyType;
  quantity?: number;
  /** The data object it was read from (reopened procedures): its id is kept. */
  id?: string;
}

/** One step (row) of the form. */
export interface GuidedStep {
  name: string;
  performer: string;
  duration?: number;
  durationUnit: TimeUnit;
  forms: string[];
  outputs: string[];
  documents: GuidedDocument[];
  inPersonVisit: boolean;
  /** The task it was read from (reopened procedures): its id and the facts the form does not show are kept. */
  id?: string;
  /** The task's other facts (status code, send-back, …, and the unit and visit flag as stored), written back unchanged. */
  keptFacts?: Partial<StepFacts>;
}

export interface GuidedForm {
  name: string;
  code?: string;
  level?: Level;
  agency?: string;
  /** Statutory time limit in working days (optional: the analysis warns when it is missing). */
  timeLimit?: number;
  steps: GuidedStep[];
  /**
   * The diagram the form was read from (as a spec): its events, decisions, flows and facts are kept, the rows'
   * edits applied and new rows spliced in after the row above them. Absent for a new procedure.
   */
  base?: ProcedureSpec;
}

/** An empty row (the applicant's dossier from the applicant, one working day). */
export function emptyGuidedStep(performer = ''): GuidedStep {
  return {
    name: '',
    performer,
    duration: 1,
    durationUnit: 'day',
    forms: [],
    outputs: [],
    documents: [],
    inPersonVisit: false,
  };
}

/** An empty form with one row. */
export function emptyGuidedForm(): GuidedForm {
  return { name: '', steps: [emptyGuidedStep()] };
}

export type GuidedProblemCode =
  | 'nameMissing'
  | 'noSteps'
  | 'stepNameMissing'
  | 'performerMissing'
  | 'durationInvalid'
  | 'documentNameMissing'
  | 'timeLimitInvalid';

export interface GuidedProblem {
  code: GuidedProblemCode;
  /** The row (0-based) it concerns, if any. */
  step?: number;
  /** The document (0-based) within the row, if any. */
  document?: number;
}

/** What must be filled in before the form can build a diagram (empty when it can). */
export function guidedFormProblems(form: GuidedForm): GuidedProblem[] {
  const out: GuidedProblem[] = [];
  if (!form.name.trim()) out.push({ code: 'nameMissing' });
  if (form.timeLimit !== undefined && !(Number.isFinite(form.timeLimit) && form.timeLimit >= 0))
    out.push({ code: 'timeLimitInvalid' });
  if (!form.steps.length) out.push({ code: 'noSteps' });
  form.steps.forEach((s, step) => {
    if (!s.name.trim()) out.push({ code: 'stepNameMissing', step });
    if (!s.performer.trim()) out.push({ code: 'performerMissing', step });
    if (s.duration === undefined || !Number.isFinite(s.duration) || s.duration < 0)
      out.push({ code: 'durationInvalid', step });
    s.documents.forEach((d, document) => {
      if (!d.name.trim()) out.push({ code: 'documentNameMissing', step, document });
    });
  });
  return out;
}

const PROBLEM_TEXT: Record<GuidedProblemCode, { vi: string; en: string }> = {
  nameMissing: { vi: 'Chưa nhập tên thủ tục.', en: 'The procedure has no name.' },
  noSteps: { vi: 'Thủ tục cần ít nhất một bước.', en: 'The procedure needs at least one step.' },
  stepNameMissing: { vi: 'Bước {n}: chưa nhập tên bước.', en: 'Step {n}: the step has no name.' },
  performerMissing: { vi: 'Bước {n}: chưa nhập người thực hiện.', en: 'Step {n}: no performer.' },
  durationInvalid: {
    vi: 'Bước {n}: thời gian phải là một số không âm.',
    en: 'Step {n}: the working time must be a number, 0 or more.',
  },
  documentNameMissing: { vi: 'Bước {n}: giấy tờ {d} chưa có tên.', en: 'Step {n}: document {d} has no name.' },
  timeLimitInvalid: {
    vi: 'Thời hạn giải quyết phải là một số không âm.',
    en: 'The statutory limit must be a number, 0 or more.',
  },
};

/** A problem as a sentence in the user's language (rows and documents numbered from 1). */
export function describeGuidedProblem(p: GuidedProblem, locale: 'vi' | 'en' = 'vi'): string {
  return PROBLEM_TEXT[p.code][locale]
    .replace('{n}', String((p.step ?? 0) + 1))
    .replace('{d}', String((p.document ?? 0) + 1));
}

/**
 * Whether a row can be removed: new rows always; a step read from a diagram only where it leads one way on
 * (the rebuild then links what came before it to what came after).
 */
export function canRemoveGuidedStep(form: GuidedForm, index: number): boolean {
  const id = form.steps[index]?.id;
  if (!id || !form.base) return true;
  return form.base.flows.filter((f) => f.from === id).length === 1;
}
