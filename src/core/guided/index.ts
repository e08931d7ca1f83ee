/** The guided start: a short form of a procedure's steps, built into a laid-out diagram and read back from one. */
export {
  canRemoveGuidedStep,
  describeGuidedProblem,
  emptyGuidedForm,
  emptyGuidedStep,
  guidedFormProblems,
} from './form.ts';
export type { GuidedDocument, GuidedForm, GuidedProblem, GuidedProblemCode, GuidedStep } from './form.ts';
export { guidedProcedureXml, guidedSpec } from './to-spec.ts';
export { readGuidedForm } from './read.ts';
export type { GuidedRead } from './read.ts';
